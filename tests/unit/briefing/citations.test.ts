import { describe, expect, it } from 'vitest';
import {
  backlinkLabel,
  citationAnchor,
  citationRuns,
  groupCitationNumbers,
  groupCitationParts,
  numberSources,
  sourceAnchor,
} from '~/lib/briefing/citations';
import { citedSources, componentUses } from '~/lib/content/mdx';

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

describe('groupCitationNumbers', () => {
  // Two consecutive numbers stay a list ('3, 4'): a range would hide nothing, and both numbers keep their own link.
  it.each([
    [[17], '17'],
    [[10, 11, 12, 13, 14], '10–14'],
    [[29, 28], '28, 29'],
    [[3, 24, 25], '3, 24, 25'],
    [[3, 4], '3, 4'],
    [[1, 2, 3], '1–3'],
    [[19, 3, 9, 61], '3, 9, 19, 61'],
    [[12, 11, 13, 20, 21, 22, 23, 30], '11–13, 20–23, 30'],
    [[5, 5], '5'],
    [[], ''],
  ])('%j reads %s', (numbers, label) => {
    expect(groupCitationNumbers(numbers)).toBe(label);
  });
});

describe('groupCitationParts', () => {
  it.each([
    [[17], ['[17]']],
    [
      [29, 28],
      ['[28,\u202f', '29]'],
    ],
    [
      [3, 24, 25],
      ['[3,\u202f', '24,\u202f', '25]'],
    ],
    [
      [14, 10, 12, 11, 13],
      ['[10–14]', '', '', '', ''],
    ],
    [
      [11, 12, 13, 20],
      ['[11–13,\u202f', '', '', '20]'],
    ],
    [
      [1, 2, 3, 5, 6, 7],
      ['[1–3,\u202f', '', '', '5–7]', '', ''],
    ],
    [
      [5, 7, 5],
      ['[5,\u202f', '', '7]'],
    ],
  ])('%j shows its links as %j, smallest first', (numbers, texts) => {
    const parts = groupCitationParts(numbers);
    expect(parts.map((p) => p.text)).toEqual(texts);
    expect(parts.map((p) => p.number)).toEqual([...numbers].sort((a, b) => a - b));
    // The links together read as the group's label, in brackets, with narrow no-break spaces.
    expect(parts.map((p) => p.text).join('')).toBe(`[${groupCitationNumbers(numbers).replaceAll(' ', '\u202f')}]`);
  });

  it('makes a range one link, from its first number, that knows where the range ends', () => {
    expect(groupCitationParts([4, 5, 6, 9]).map((p) => p.through)).toEqual([6, undefined, undefined, undefined]);
  });
});

describe('citationRuns', () => {
  const runs = (body: string) => citationRuns(body, componentUses(body));

  it.each([
    ['one alone', 'Text.<Cite id="a" />', [['a']]],
    ['adjacent', 'Text.<Cite id="a" /><Cite id="b" /><Cite id="c" />', [['a', 'b', 'c']]],
    ['spaces between', 'Text.<Cite id="a" />  <Cite id="b" />', [['a', 'b']]],
    ['one line break between', 'Text.<Cite id="a" />\n<Cite id="b" />', [['a', 'b']]],
    ['words between', 'One.<Cite id="a" /> Two.<Cite id="b" />', [['a'], ['b']]],
    ['a paragraph between', 'One.<Cite id="a" />\n\n<Cite id="b" /> Two.', [['a'], ['b']]],
    ['another component between', 'One.<Cite id="a" /><EventRef id="e">x</EventRef><Cite id="b" />', [['a'], ['b']]],
    ['list items', '- One.<Cite id="a" />\n- Two.<Cite id="b" />', [['a'], ['b']]],
    ['non-ASCII before', '“Émigré” – 😀.<Cite id="a" /><Cite id="b" />', [['a', 'b']]],
    ['a > in a prop', 'One.<Cite id="a>b" /><Cite id={"c"} />', [['a>b', 'c']]],
  ])('%s', (_name, body, expected) => {
    expect(runs(body)).toEqual(expected);
  });

  it('counts a claim check’s source as a citation of its own, and its evidence in runs', () => {
    const body = [
      'Claim.<Cite id="a" />',
      '',
      '<ClaimCheck claim="x" by="y" source="a" verdict="false">',
      '',
      'Evidence.<Cite id="b" /><Cite id="c" />',
      '',
      '</ClaimCheck>',
    ].join('\n');
    expect(runs(body)).toEqual([['a'], ['a'], ['b', 'c']]);
  });

  it('covers exactly the citations the page numbers, in reading order, after frontmatter too', () => {
    const body = '---\ntitle: x\n---\n\nOne.<Cite id="b" /><Cite id="a" /> Two `<Cite id="z" />`.<Cite id="b" />';
    const uses = componentUses(body);
    expect(citationRuns(body, uses)).toEqual([['b', 'a'], ['b']]);
    expect(citationRuns(body, uses).flat()).toEqual(citedSources(uses));
  });

  it('starts a new run when a position does not point at a <Cite> tag', () => {
    const body = 'One.<Cite id="a" /><Cite id="b" />';
    const uses = componentUses(body).map((use, i) => (i === 1 ? { ...use, column: use.column + 1 } : use));
    expect(citationRuns(body, uses)).toEqual([['a'], ['b']]);
  });
});
