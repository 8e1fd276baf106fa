import { describe, expect, it } from 'vitest';
import { backlinkLabel, citationAnchor, numberSources, sourceAnchor } from '~/lib/briefing/citations';

describe('numberSources', () => {
  it('numbers sources in the order the text first cites them, then the uncited ones as listed', () => {
    expect(numberSources(['a', 'b', 'c', 'd'], ['c', 'a', 'c', 'c'])).toEqual([
      { id: 'c', number: 1, citedTimes: 3 },
      { id: 'a', number: 2, citedTimes: 1 },
      { id: 'b', number: 3, citedTimes: 0 },
      { id: 'd', number: 4, citedTimes: 0 },
    ]);
  });

  it('keeps every listed source exactly once', () => {
    const numbered = numberSources(['x', 'y'], ['y', 'y']);
    expect(numbered.map((s) => s.id)).toEqual(['y', 'x']);
  });
});

describe('anchors and labels', () => {
  it('gives each source and each use of it its own anchor', () => {
    expect(sourceAnchor('tass-2022')).toBe('source-tass-2022');
    expect(citationAnchor('tass-2022', 2)).toBe('cite-tass-2022-2');
  });
  it.each([
    [0, 'a'],
    [1, 'b'],
    [25, 'z'],
    [26, 'aa'],
    [27, 'ab'],
  ])('back-link %i is labelled %s', (index, label) => {
    expect(backlinkLabel(index)).toBe(label);
  });
});
