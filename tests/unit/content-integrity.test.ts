import { describe, expect, it } from 'vitest';
import { checkBriefingReferences, editDistance, formatProblems, suggestId } from '~/lib/content-integrity';

const known = { sources: new Set(['tass-2022-01-csto', 'astanatimes-2023-06-aif', 'matussek-oped']) };
const file = 'content/briefings/example.mdx';

describe('checkBriefingReferences', () => {
  it('accepts a briefing whose ids all exist', () => {
    expect(
      checkBriefingReferences({ filePath: file, sources: ['matussek-oped'], body: '' }, known, [
        { id: 'matussek-oped', line: 3 },
      ]),
    ).toEqual([]);
  });

  it('names the file, the field and the unknown id, with a suggestion for a typo', () => {
    const [problem] = checkBriefingReferences(
      { filePath: file, sources: ['matussek-oped', 'tass-2022-01-cst'], body: '' },
      known,
      [],
    );
    expect(problem).toEqual({
      file,
      where: 'sources[1]',
      message:
        "'tass-2022-01-cst' is not a known source id (expected a file content/sources/tass-2022-01-cst.yaml); did you mean 'tass-2022-01-csto'?",
    });
  });

  it('names the line of a <Cite> with an unknown id', () => {
    const problems = checkBriefingReferences({ filePath: file, sources: ['matussek-oped'], body: '' }, known, [
      { id: 'nowhere', line: 14 },
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file, where: 'line 14' });
    expect(problems[0]?.message).toContain('<Cite id="nowhere" />');
    expect(problems[0]?.message).not.toContain('did you mean');
  });

  it('asks for a cited source to be listed in the frontmatter', () => {
    const problems = checkBriefingReferences({ filePath: file, sources: ['matussek-oped'], body: '' }, known, [
      { id: 'astanatimes-2023-06-aif', line: 9 },
    ]);
    expect(problems[0]?.message).toBe(
      "<Cite id=\"astanatimes-2023-06-aif\" /> cites a source missing from this briefing's frontmatter; add 'astanatimes-2023-06-aif' to sources",
    );
  });

  it('rejects a <Cite> without an id', () => {
    const problems = checkBriefingReferences({ filePath: file, sources: ['matussek-oped'], body: '' }, known, [
      { id: '', line: 2 },
    ]);
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
