import { describe, expect, it } from 'vitest';
import { describeCount, facetCounts, matchesFilter, parseFilterQuery, toFilterQuery } from '~/lib/timeline/filter';

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

describe('facetCounts: each button counts what choosing it would show, given the other group', () => {
  const counts = (themes: string[], actors: string[]) => {
    const { themes: t, actors: a } = facetCounts(items, state(themes, actors));
    return { themes: Object.fromEntries(t), actors: Object.fromEntries(a) };
  };

  it('counts every item under each of its themes and actors when nothing is chosen', () => {
    expect(counts([], [])).toEqual({
      themes: { energy: 1, trade: 2, diplomacy: 2, war: 1, security: 1, domestic: 1 },
      actors: { kazakhstan: 4, germany: 1, russia: 2, csto: 1, eu: 1 },
    });
  });

  it('narrows the theme counts by the chosen actors, and leaves the actor counts whole', () => {
    expect(counts([], ['russia'])).toEqual({
      themes: { diplomacy: 1, war: 1, security: 1, domestic: 1 },
      actors: { kazakhstan: 4, germany: 1, russia: 2, csto: 1, eu: 1 },
    });
  });

  it('narrows the actor counts by the chosen themes, and never a group by its own choice ("any of" only adds)', () => {
    expect(counts(['trade'], [])).toEqual({
      themes: { energy: 1, trade: 2, diplomacy: 2, war: 1, security: 1, domestic: 1 },
      actors: { kazakhstan: 2, germany: 1, eu: 1 },
    });
  });

  it('narrows both groups when both have choices, so a button whose choice would add nothing counts 0 (absent)', () => {
    const both = counts(['diplomacy', 'security'], ['russia', 'eu']);
    expect(both.themes).toEqual({ diplomacy: 2, war: 1, security: 1, domestic: 1, trade: 1 });
    expect(both.actors).toEqual({ kazakhstan: 3, russia: 2, csto: 1, eu: 1 });
    expect(both.themes['energy']).toBeUndefined();
  });

  it('agrees with matchesFilter: pressing a button shows as many items as it counted', () => {
    const chosen = state(['trade'], ['kazakhstan']);
    const { themes, actors } = facetCounts(items, chosen);
    for (const [theme, n] of themes) {
      const added = state([theme], [...chosen.actors]);
      expect(items.filter((i) => matchesFilter(i, added)).length, theme).toBe(n);
    }
    for (const [actor, n] of actors) {
      const added = state([...chosen.themes], [actor]);
      expect(items.filter((i) => matchesFilter(i, added)).length, actor).toBe(n);
    }
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
