import { describe, expect, it } from 'vitest';
import {
  checkBriefingReferences,
  checkComponentProps,
  checkEventReferences,
  checkTradeSources,
  editDistance,
  formatProblems,
  suggestId,
} from '~/lib/content/references';

const known = {
  sources: new Set(['tass-2022-01-csto', 'astanatimes-2023-06-aif', 'matussek-oped']),
  events: new Set(['spief-tokayev-donbas-remark', 'trade-mission-closure-decree']),
};
const file = 'content/briefings/example.mdx';

describe('checkBriefingReferences', () => {
  it('accepts a briefing whose ids all exist', () => {
    expect(
      checkBriefingReferences({ filePath: file, sources: ['matussek-oped'], events: [] }, known, {
      cites: [
        { id: 'matussek-oped', line: 3 },
      ],
      eventRefs: [],
    }),
    ).toEqual([]);
  });

  it('names the file, the field and the unknown id, with a suggestion for a typo', () => {
    const [problem] = checkBriefingReferences(
      { filePath: file, sources: ['matussek-oped', 'tass-2022-01-cst'], events: [] },
      known,
      { cites: [], eventRefs: [] },
    );
    expect(problem).toEqual({
      file,
      where: 'sources[1]',
      message:
        "'tass-2022-01-cst' is not a known source id (expected a file content/sources/tass-2022-01-cst.yaml); did you mean 'tass-2022-01-csto'?",
    });
  });

  it('names the line of a <Cite> with an unknown id', () => {
    const problems = checkBriefingReferences({ filePath: file, sources: ['matussek-oped'], events: [] }, known, {
      cites: [
      { id: 'nowhere', line: 14 },
      ],
      eventRefs: [],
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file, where: 'line 14' });
    expect(problems[0]?.message).toContain('<Cite id="nowhere" />');
    expect(problems[0]?.message).not.toContain('did you mean');
  });

  it('asks for a cited source to be listed in the frontmatter', () => {
    const problems = checkBriefingReferences({ filePath: file, sources: ['matussek-oped'], events: [] }, known, {
      cites: [
      { id: 'astanatimes-2023-06-aif', line: 9 },
      ],
      eventRefs: [],
    });
    expect(problems[0]?.message).toBe(
      "<Cite id=\"astanatimes-2023-06-aif\" /> cites a source missing from this briefing's frontmatter; add 'astanatimes-2023-06-aif' to sources",
    );
  });

  it('rejects a <Cite> without an id', () => {
    const problems = checkBriefingReferences({ filePath: file, sources: ['matussek-oped'], events: [] }, known, {
      cites: [
      { id: '', line: 2 },
      ],
      eventRefs: [],
    });
    expect(problems[0]?.message).toContain('needs an id');
  });
});

describe('suggestions', () => {
  it('measures edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('suggests only close ids', () => {
    expect(suggestId('matusek-oped', known.sources)).toBe('matussek-oped');
    expect(suggestId('something-else-entirely', known.sources)).toBeUndefined();
  });
});

describe('formatProblems', () => {
  it('lists every problem on its own line, by file', () => {
    expect(
      formatProblems([
        { file: 'content/events/b.yaml', where: 'sources[0]', message: 'x' },
        { file: 'content/briefings/a.mdx', where: 'line 3', message: 'y' },
      ]),
    ).toBe('Found 2 content problems:\n  content/briefings/a.mdx → line 3: y\n  content/events/b.yaml → sources[0]: x');
  });
});

describe('one message per mistake', () => {
  it('does not repeat an unknown listed source for each <Cite> of it', () => {
    const problems = checkBriefingReferences({ filePath: file, sources: ['gone'], events: [] }, known, {
      cites: [
      { id: 'gone', line: 3 },
      { id: 'gone', line: 8 },
      ],
      eventRefs: [],
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.where).toBe('sources[0]');
  });
});

describe('briefing event references', () => {
  it('names an unknown event in the frontmatter and an unknown <EventRef> by line', () => {
    const problems = checkBriefingReferences(
      { filePath: file, sources: ['matussek-oped'], events: ['spief-tokayev-donbas-remark', 'spief-tokayev-donbas'] },
      known,
      { cites: [], eventRefs: [{ id: 'trade-mission-closure', line: 22 }] },
    );
    expect(problems).toEqual([
      {
        file,
        where: 'events[1]',
        message:
          "'spief-tokayev-donbas' is not a known event id (expected a file content/events/spief-tokayev-donbas.yaml); did you mean 'spief-tokayev-donbas-remark'?",
      },
      {
        file,
        where: 'line 22',
        message:
          "<EventRef id=\"trade-mission-closure\">: 'trade-mission-closure' is not a known event id (expected a file content/events/trade-mission-closure.yaml); did you mean 'trade-mission-closure-decree'?",
      },
    ]);
  });
});

describe('checkEventReferences', () => {
  const knownForEvents = {
    sources: known.sources,
    actors: new Set(['kazakhstan', 'russia', 'germany']),
    themes: new Set(['energy', 'diplomacy']),
    briefings: new Set(['how-kazakhstan-changed-after-the-invasion']),
  };
  const event = {
    filePath: 'content/events/first-oil-to-germany.yaml',
    sources: ['matussek-oped'],
    actors: ['kazakhstan', 'germany'],
    themes: ['energy'],
    briefings: [],
  };

  it('accepts an event whose ids all exist', () => {
    expect(checkEventReferences(event, knownForEvents)).toEqual([]);
  });

  it.each([
    ['sources', { sources: ['nope'] }, 'sources[0]', "'nope' is not a known source id (expected a file content/sources/nope.yaml)"],
    ['actors', { actors: ['kazakhstan', 'germny'] }, 'actors[1]', "'germny' is not a known actor id (expected an entry in content/taxonomy/actors.yaml); did you mean 'germany'?"],
    ['themes', { themes: ['war'] }, 'themes[0]', "'war' is not a known theme id (expected an entry in content/taxonomy/themes.yaml)"],
    ['briefings', { briefings: ['old-slug'] }, 'briefings[0]', "'old-slug' is not a known briefing id (expected a file content/briefings/old-slug.mdx)"],
  ])('names an unknown id in %s', (_field, patch, where, message) => {
    expect(checkEventReferences({ ...event, ...patch }, knownForEvents)).toEqual([
      { file: event.filePath, where, message },
    ]);
  });
});

describe('checkTradeSources', () => {
  it('names the CSV line and column of an unknown source', () => {
    expect(
      checkTradeSources(
        [
          { file: 'content/trade/kazakhstan.csv', line: 2, source: 'matussek-oped' },
          { file: 'content/trade/kazakhstan.csv', line: 9, source: 'matusek-oped' },
        ],
        known.sources,
      ),
    ).toEqual([
      {
        file: 'content/trade/kazakhstan.csv',
        where: 'line 9, column source',
        message: "'matusek-oped' is not a known source id (expected a file content/sources/matusek-oped.yaml); did you mean 'matussek-oped'?",
      },
    ]);
  });
});

describe('checkComponentProps', () => {
  const trade = { views: new Set(['2022|turnover|reporter', '2023|turnover|reporter', '2022|turnover|mirror']), partners: new Set(['DE', 'CN']) };
  const tag = (line: number, attributes: Record<string, string>) => ({ line, column: 1, attributes });
  const claim = { claim: 'x', by: 'y', source: 'matussek-oped', verdict: 'contradicted' };

  it('accepts props that match the data', () => {
    expect(
      checkComponentProps(file, { claimChecks: [tag(3, claim)], tradePanels: [tag(9, { year: '2022', highlight: '["DE"]' }), tag(12, { year: '2022', basis: 'mirror' })] }, trade),
    ).toEqual([]);
  });

  it.each([
    ['an unknown verdict', { claimChecks: [tag(3, { ...claim, verdict: 'false' })], tradePanels: [] }, 'line 3', '<ClaimCheck verdict="false">: verdict must be one of confirmed, partly-true, contradicted, unverified'],
    ['a claim without its source', { claimChecks: [tag(4, { ...claim, source: '' })], tradePanels: [] }, 'line 4', '<ClaimCheck> needs source="…"'],
    ['a part year', { claimChecks: [], tradePanels: [tag(9, { year: '2023-H1' })] }, 'line 9', 'year must be a whole calendar year'],
    ['a year without data', { claimChecks: [], tradePanels: [tag(9, { year: '2019' })] }, 'line 9', 'no turnover figures on the reporter basis for 2019 in content/trade/; years with such figures: 2022, 2023'],
    ['an unknown highlight', { claimChecks: [], tradePanels: [tag(9, { year: '2022', highlight: '["GE"]' })] }, 'line 9', "'GE' is not a partner code"],
  ])('names %s by line', (_label, tags, where, message) => {
    const problems = checkComponentProps(file, tags, trade);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file, where });
    expect(problems[0]?.message).toContain(message);
  });
});
