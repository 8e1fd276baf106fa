import { describe, expect, it } from 'vitest';
import { createCitationState, nextCitation } from '~/lib/briefing/citation-state';
import { numberSources } from '~/lib/briefing/citations';

describe('citation state across one page', () => {
  it('gives each use of a source the same number and its own anchor, in reading order', () => {
    const state = createCitationState(numberSources(['b', 'a'], ['a', 'b', 'a']));
    expect([nextCitation(state, 'a'), nextCitation(state, 'b'), nextCitation(state, 'a')]).toEqual([
      { number: 1, anchor: 'cite-a-1' },
      { number: 2, anchor: 'cite-b-1' },
      { number: 1, anchor: 'cite-a-2' },
    ]);
  });

  it('refuses a source the page does not list, naming it', () => {
    expect(() => nextCitation(createCitationState(numberSources(['a'], [])), 'z')).toThrow(
      '<Cite id="z" /> is not among this page\'s sources',
    );
  });
});
