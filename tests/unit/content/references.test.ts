import { describe, expect, it } from 'vitest';
import {
  checkBriefingReferences,
  checkEventReferences,
  checkRouteReferences,
  checkTradeSources,
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
      field: 'sources[1]',
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
    expect(problems[0]).toMatchObject({ file, line: 14 });
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
    expect(problems[0]?.field).toBe('sources[0]');
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
        field: 'events[1]',
        message:
          "'spief-tokayev-donbas' is not a known event id (expected a file content/events/spief-tokayev-donbas.yaml); did you mean 'spief-tokayev-donbas-remark'?",
      },
      {
        file,
        line: 22,
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
    places: new Set(['astana', 'st-petersburg']),
  };
  const event = {
    filePath: 'content/events/first-oil-to-germany.yaml',
    sources: ['matussek-oped'],
    actors: ['kazakhstan', 'germany'],
    themes: ['energy'],
  };

  it('accepts an event whose ids all exist', () => {
    expect(checkEventReferences(event, knownForEvents)).toEqual([]);
  });

  it.each([
    ['sources', { sources: ['nope'] }, 'sources[0]', "'nope' is not a known source id (expected a file content/sources/nope.yaml)"],
    ['actors', { actors: ['kazakhstan', 'germny'] }, 'actors[1]', "'germny' is not a known actor id (expected an entry in content/taxonomy/actors.yaml); did you mean 'germany'?"],
    ['themes', { themes: ['war'] }, 'themes[0]', "'war' is not a known theme id (expected an entry in content/taxonomy/themes.yaml)"],
    ['place', { place: 'st-peterburg' }, 'place', "'st-peterburg' is not a known place id (expected an entry in content/map/places.yaml); did you mean 'st-petersburg'?"],
  ])('names an unknown id in %s', (_field, patch, field, message) => {
    expect(checkEventReferences({ ...event, ...patch }, knownForEvents)).toEqual([
      { file: event.filePath, field, message },
    ]);
  });
});

describe('checkRouteReferences', () => {
  const knownForRoutes = {
    sources: known.sources,
    events: new Set(['first-oil-to-germany']),
    places: new Set(['atyrau', 'samara', 'schwedt']),
  };
  const route = {
    line: ['atyrau', 'samara', 'schwedt'],
    events: ['first-oil-to-germany'],
    sources: ['matussek-oped'],
    figures: [{ source: 'matussek-oped' }],
  };
  const file = 'content/map/routes.yaml';

  it('accepts a route whose ids all exist', () => {
    expect(checkRouteReferences(file, 'druzhba', route, knownForRoutes)).toEqual([]);
  });

  it.each([
    ['line', { line: ['atyrau', 'samra'] }, 'druzhba.line[1]', "'samra' is not a known place id (expected an entry in content/map/places.yaml); did you mean 'samara'?"],
    ['events', { events: ['nope'] }, 'druzhba.events[0]', "'nope' is not a known event id (expected a file content/events/nope.yaml)"],
    ['sources', { sources: ['nope'] }, 'druzhba.sources[0]', "'nope' is not a known source id (expected a file content/sources/nope.yaml)"],
    ['figures', { figures: [{ source: 'matussek-oped' }, { source: 'nope' }] }, 'druzhba.figures[1].source', "'nope' is not a known source id (expected a file content/sources/nope.yaml)"],
  ])('names an unknown id in %s, from the top of the file', (_field, patch, field, message) => {
    expect(checkRouteReferences(file, 'druzhba', { ...route, ...patch }, knownForRoutes)).toEqual([
      { file, field, message },
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
        line: 9, column: 'source',
        message: "'matusek-oped' is not a known source id (expected a file content/sources/matusek-oped.yaml); did you mean 'matussek-oped'?",
      },
    ]);
  });
});

