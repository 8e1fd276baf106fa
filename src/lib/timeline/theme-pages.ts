/** The themes' own timeline pages (/timeline/energy/…): a theme chosen, shared and read without JavaScript. */
import type { Filterable } from './filter';

export interface ThemePage {
  theme: string;
  name: string;
  /** How many events the page lists. */
  count: number;
}

/** The address of a theme's page. */
export function themePath(theme: string): string {
  return `/timeline/${theme}/`;
}

/** A page for each theme that at least one event has, in the taxonomy's order. */
export function themePages(themeNames: ReadonlyMap<string, string>, events: readonly Filterable[]): ThemePage[] {
  return [...themeNames].flatMap(([theme, name]) => {
    const count = events.filter((e) => e.themes.includes(theme)).length;
    return count > 0 ? [{ theme, name, count }] : [];
  });
}

/** A theme page's description, for search results, link previews and its share card. */
export function themePageDescription(page: Pick<ThemePage, 'name' | 'count'>): string {
  return `The ${page.count} events filed under ${page.name} in the site's timeline of Kazakhstan since 2020, each dated as precisely as the record allows and linked to its sources.`;
}
