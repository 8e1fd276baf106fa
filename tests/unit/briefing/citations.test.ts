import { describe, expect, it } from 'vitest';
import { backlinkLabel, citationAnchor, numberSources, sourceAnchor } from '~/lib/briefing/citations';
import { findCitations, findComponentIds, findComponentTags } from '~/lib/content/mdx-scan';

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

describe('findComponentIds', () => {
  it('finds ids in reading order with their lines', () => {
    const body = 'One.<Cite id="a" /> Two.<Cite id=\'b\'/>\n\nThree <Cite  id="a"/>\n<EventRef id="e1">x</EventRef>';
    expect(findComponentIds(body, 'Cite')).toEqual([
      { id: 'a', line: 1, column: 5 },
      { id: 'b', line: 1, column: 25 },
      { id: 'a', line: 3, column: 7 },
    ]);
    expect(findComponentIds(body, 'EventRef')).toEqual([{ id: 'e1', line: 4, column: 1 }]);
  });

  it('ignores examples inside code fences and components with similar names', () => {
    const body = '```mdx\n<Cite id="example" />\n```\n<CiteList id="not-me" />\n<Cite id="real" />';
    expect(findComponentIds(body, 'Cite')).toEqual([{ id: 'real', line: 5, column: 1 }]);
  });

  it('finds tags written over several lines, where the tag starts', () => {
    const body =
      'Text.\n\n<ClaimCheck\n  claim="x"\n  source="oped"\n  verdict="contradicted"\n>\n\nEvidence.<Cite\n  id="b"\n/>\n</ClaimCheck>';
    expect(findCitations(body)).toEqual([
      { id: 'oped', line: 3, column: 1 },
      { id: 'b', line: 9, column: 10 },
    ]);
  });

  it('reports an empty id so the build can complain', () => {
    expect(findComponentIds('<Cite id="" />', 'Cite')).toEqual([{ id: '', line: 1, column: 1 }]);
  });

  it("counts a claim check's source as a citation, in reading order", () => {
    const body =
      'Intro.<Cite id="a" />\n\n<ClaimCheck claim="x" by="y" source="oped" verdict="contradicted">\n\nEvidence.<Cite id="b" />\n\n</ClaimCheck>';
    expect(findCitations(body).map((c) => c.id)).toEqual(['a', 'oped', 'b']);
  });
});

describe('findComponentTags', () => {
  it('reads quoted and braced attributes, across lines', () => {
    const body =
      'Intro.\n\n<TradePanel\n  year={2022}\n  flow="exports"\n  highlight={["DE", "IT"]}\n/>\n\n<TradePanelNote year={1} />';
    expect(findComponentTags(body, 'TradePanel')).toEqual([
      { line: 3, column: 1, attributes: { year: '2022', flow: 'exports', highlight: '["DE", "IT"]' } },
    ]);
  });
});
