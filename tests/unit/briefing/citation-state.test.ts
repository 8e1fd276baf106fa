import { describe, expect, it } from 'vitest';
import { createCitationState, nextCitation } from '~/lib/briefing/citation-state';
import { numberSources } from '~/lib/briefing/citations';

describe('citation state across one page', () => {
  it('gives each use of a source the same number and its own anchor, in reading order', () => {
    const state = createCitationState(numberSources(['b', 'a'], ['a', 'b', 'a']));
    expect([nextCitation(state, 'a'), nextCitation(state, 'b'), nextCitation(state, 'a')]).toEqual([
      [{ id: 'a', number: 1, anchor: 'cite-a-1', text: '[1]' }],
      [{ id: 'b', number: 2, anchor: 'cite-b-1', text: '[2]' }],
      [{ id: 'a', number: 1, anchor: 'cite-a-2', text: '[1]' }],
    ]);
  });

  it('refuses a source the page does not list, naming it', () => {
    expect(() => nextCitation(createCitationState(numberSources(['a'], [])), 'z')).toThrow(
      '<Cite id="z" /> is not among this page\'s sources',
    );
    const withRuns = createCitationState(numberSources(['a'], ['a']), [['a', 'z']]);
    expect(() => nextCitation(withRuns, 'z')).toThrow('<Cite id="z" /> is not among this page\'s sources');
  });
});

describe('citation state with runs of adjacent citations', () => {
  // Cited in this order: c a b | c | d c | b.  Numbers: c 1, a 2, b 3, d 4.
  const cited = ['c', 'a', 'b', 'c', 'd', 'c', 'b'];
  const runs = [['c', 'a', 'b'], ['c'], ['d', 'c'], ['b']];
  const render = () => {
    const state = createCitationState(numberSources(['a', 'b', 'c', 'd'], cited), runs);
    return cited.map((id) => nextCitation(state, id));
  };

  it('draws a run as one group, sorted by number, from its first <Cite>; the rest draw nothing', () => {
    expect(render()).toEqual([
      [
        { id: 'c', number: 1, anchor: 'cite-c-1', text: '[1–3]', through: 3 },
        { id: 'a', number: 2, anchor: 'cite-a-1', text: '' },
        { id: 'b', number: 3, anchor: 'cite-b-1', text: '' },
      ],
      [],
      [],
      [{ id: 'c', number: 1, anchor: 'cite-c-2', text: '[1]' }],
      [
        { id: 'c', number: 1, anchor: 'cite-c-3', text: '[1,\u202f' },
        { id: 'd', number: 4, anchor: 'cite-d-1', text: '4]' },
      ],
      [],
      [{ id: 'b', number: 3, anchor: 'cite-b-2', text: '[3]' }],
    ]);
  });

  it('counts anchors in page order, so back-links a, b, c… meet the citations in the order the page shows them', () => {
    const anchors = render()
      .flat()
      .map((c) => c.anchor);
    for (const id of ['a', 'b', 'c', 'd']) {
      const own = anchors.filter((a) => a.startsWith(`cite-${id}-`));
      expect(own).toEqual(own.map((_, i) => `cite-${id}-${i + 1}`));
    }
  });

  it('does not depend on render order: a claim check renders its evidence before its own citation', () => {
    // <ClaimCheck source="a"> with evidence citing b: the page reads a, b; Astro renders b, then a.
    const state = createCitationState(numberSources(['a', 'b'], ['a', 'b']), [['a'], ['b']]);
    expect([nextCitation(state, 'b'), nextCitation(state, 'a')].map((g) => g.map((c) => [c.id, c.text]))).toEqual([
      [['b', '[2]']],
      [['a', '[1]']],
    ]);
  });

  it('stops when a <Cite> renders more often than the text cites it', () => {
    const state = createCitationState(numberSources(['a'], ['a']), [['a']]);
    nextCitation(state, 'a');
    expect(() => nextCitation(state, 'a')).toThrow('<Cite id="a" /> renders more often than the page\'s text cites it');
  });
});
