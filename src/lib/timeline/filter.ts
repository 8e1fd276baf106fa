/**
 * Filtering rules shared by the build (tests, static views) and the browser enhancement, which bundles only this
 * small module. Within themes or within actors a match on any selected value counts; across them, both must match:
 * "any of the chosen themes, and any of the chosen actors".
 */

export interface FilterState {
  themes: ReadonlySet<string>;
  actors: ReadonlySet<string>;
}

export interface Filterable {
  themes: readonly string[];
  actors: readonly string[];
}

/** An empty selection in a facet means "no constraint" for that facet. */
export function matchesFilter(item: Filterable, state: FilterState): boolean {
  const themeOk = state.themes.size === 0 || item.themes.some((t) => state.themes.has(t));
  const actorOk = state.actors.size === 0 || item.actors.some((a) => state.actors.has(a));
  return themeOk && actorOk;
}

export interface FacetCounts {
  themes: Map<string, number>;
  actors: Map<string, number>;
}

/**
 * What each filter button would show, as faceted search counts it: a theme's count is the number of items with
 * that theme that also match the chosen actors, and an actor's the number with that actor that match the chosen
 * themes. A group's own selection never narrows its own counts, since choosing more in a group only adds ("any of").
 */
export function facetCounts(items: Iterable<Filterable>, state: FilterState): FacetCounts {
  const counts: FacetCounts = { themes: new Map(), actors: new Map() };
  const add = (map: Map<string, number>, ids: readonly string[]) => {
    for (const id of ids) map.set(id, (map.get(id) ?? 0) + 1);
  };
  const none = new Set<string>();
  const actorsOnly = { themes: none, actors: state.actors };
  const themesOnly = { themes: state.themes, actors: none };
  for (const item of items) {
    if (matchesFilter(item, actorsOnly)) add(counts.themes, item.themes);
    if (matchesFilter(item, themesOnly)) add(counts.actors, item.actors);
  }
  return counts;
}

function readList(params: URLSearchParams, key: string, known: ReadonlySet<string>): Set<string> {
  const values = params.getAll(key).flatMap((v) => v.split(','));
  return new Set(values.map((v) => v.trim()).filter((v) => known.has(v)));
}

/** Reads `?theme=energy,trade&actor=germany` (repeated keys work too), dropping values that are not known ids. */
export function parseFilterQuery(
  search: string,
  known: { themes: ReadonlySet<string>; actors: ReadonlySet<string> },
): FilterState {
  const params = new URLSearchParams(search);
  return { themes: readList(params, 'theme', known.themes), actors: readList(params, 'actor', known.actors) };
}

/** The query string for a filter state (`?theme=energy&actor=germany`), or '' when nothing is selected. */
export function toFilterQuery(state: FilterState): string {
  const params = new URLSearchParams();
  if (state.themes.size) params.set('theme', [...state.themes].sort().join(','));
  if (state.actors.size) params.set('actor', [...state.actors].sort().join(','));
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}

/** "Showing 12 of 38 events" (or "all 38 events"), for the polite live region. */
export function describeCount(shown: number, total: number): string {
  if (shown === total) return `Showing all ${total} ${total === 1 ? 'event' : 'events'}`;
  return `Showing ${shown} of ${total} ${total === 1 ? 'event' : 'events'}`;
}
