import { describe, expect, it } from 'vitest';
import { describeCount, matchesFilter, parseFilterQuery, toFilterQuery } from '~/lib/timeline/filter';

const items = [
  { id: 'oil', themes: ['energy', 'trade'], actors: ['kazakhstan', 'germany'] },
  { id: 'spief', themes: ['diplomacy', 'war'], actors: ['kazakhstan', 'russia'] },
  { id: 'csto', themes: ['security', 'domestic'], actors: ['kazakhstan', 'russia', 'csto'] },
  { id: 'eu', themes: ['diplomacy', 'trade'], actors: ['eu', 'kazakhstan'] },
];
const state = (themes: string[] = [], actors: string[] = []) => ({ themes: new Set(themes), actors: new Set(actors) });

describe('matching', () => {
  it.each([
    [[], [], ['oil', 'spief', 'csto', 'eu']],
    [['trade'], [], ['oil', 'eu']],
    [['trade', 'war'], [], ['oil', 'spief', 'eu']],
    [[], ['russia'], ['spief', 'csto']],
    [['diplomacy'], ['russia'], ['spief']],
    [['energy'], ['russia'], []],
  ])('themes %o and actors %o show %o', (themes, actors, ids) => {
    expect(items.filter((i) => matchesFilter(i, state(themes, actors))).map((i) => i.id)).toEqual(ids);
  });

  it('matches an item with no actors only when no actor is selected', () => {
    const item = { themes: ['war'], actors: [] };
    expect(matchesFilter(item, state(['war']))).toBe(true);
    expect(matchesFilter(item, state(['war'], ['russia']))).toBe(false);
  });
});

describe('the URL', () => {
  const known = { themes: new Set(['energy', 'trade', 'war']), actors: new Set(['germany', 'russia']) };

  it('reads comma lists and repeated keys, and drops unknown ids', () => {
    const parsed = parseFilterQuery('?theme=energy,trade&theme=bogus&actor=germany&actor=russia&other=1', known);
    expect([...parsed.themes]).toEqual(['energy', 'trade']);
    expect([...parsed.actors]).toEqual(['germany', 'russia']);
  });

  it('writes a stable, readable query and round-trips it', () => {
    const query = toFilterQuery(state(['trade', 'energy'], ['germany']));
    expect(query).toBe('?theme=energy,trade&actor=germany');
    expect(parseFilterQuery(query, known)).toEqual(state(['energy', 'trade'], ['germany']));
  });

  it('is empty when nothing is selected', () => {
    expect(toFilterQuery(state())).toBe('');
  });
});

describe('describeCount', () => {
  it.each([
    [38, 38, 'Showing all 38 events'],
    [12, 38, 'Showing 12 of 38 events'],
    [0, 38, 'Showing 0 of 38 events'],
    [1, 1, 'Showing all 1 event'],
  ])('%i of %i → %s', (shown, total, text) => {
    expect(describeCount(shown, total)).toBe(text);
  });
});
