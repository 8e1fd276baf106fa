/**
 * The one way components get data: the page being rendered puts a context in `Astro.locals.page`, and every
 * component reads it with `pageContext()`. A lookup of an id that does not exist throws an error naming the id
 * and the component, so a misuse in code never renders `undefined`.
 */
import type { CompiledBriefing } from '~/lib/briefing/briefing-text';
import type { CitationState } from '~/lib/briefing/citation-state';
import type { NumberedSource } from '~/lib/briefing/citations';
import { briefingContents, type ContentsHeading, type ContentsItem } from '~/lib/briefing/contents';
import type { TimelineEvent } from '~/lib/timeline/events';
import type { TradeRow } from '~/lib/trade/model';
import type { PlaceData, RouteData } from '~/model/schemas/map';
import type { SourceData } from '~/model/schemas/source';
import type { Briefing, SiteContent } from './site-content';

/** The data of the site that components may read, and the state of the page being rendered. */
export interface PageContext {
  /** Briefings readers may see in this build, newest first. */
  briefings: readonly Briefing[];
  /** Every trade row, in file and line order. */
  trade: readonly TradeRow[];
  /** Every event, in chronological order. */
  events: readonly TimelineEvent[];
  /** Actor and theme display names by id, in taxonomy order. */
  actorNames: ReadonlyMap<string, string>;
  themeNames: ReadonlyMap<string, string>;
  /** A source by id; throws when there is none. */
  source(id: string): SourceData;
  /** An event by id; throws when there is none. */
  event(id: string): TimelineEvent;
  /** The map's places and routes, by id, in file order. */
  places: ReadonlyMap<string, PlaceData>;
  routes: ReadonlyMap<string, RouteData>;
  /** A place on the map by id; throws when there is none. */
  place(id: string): PlaceData;
  /** A route by id; throws when there is none. */
  route(id: string): RouteData;
  /** Ids of the events this page shows in its own timeline; `<EventRef>` links to them in the page. */
  eventsOnPage: ReadonlySet<string>;
  /**
   * Where sources are cited: the numbered sources, and, where `<Cite>` components render (the catalogue), the running
   * count each advances. A briefing has no count: its citations were written as HTML when its text compiled.
   */
  citations?: { numbered: readonly NumberedSource[]; state?: CitationState };
  /** On a briefing: its contents list (empty when it has too few sections to need one). */
  contents?: readonly ContentsItem[];
}

/** The parts of the site model a page context is built from (a test can pass a small one). */
export type PageContextSource = Pick<
  SiteContent,
  'briefings' | 'trade' | 'events' | 'eventsById' | 'actorNames' | 'themeNames' | 'sources' | 'places' | 'routes'
>;

/** A context for one page: the site's data, plus what only this page knows. */
export function createPageContext(
  site: PageContextSource,
  page: {
    eventsOnPage?: Iterable<string>;
    citations?: PageContext['citations'];
    contents?: PageContext['contents'];
  } = {},
): PageContext {
  const lookup =
    <T>(map: ReadonlyMap<string, T>, kind: string, where: string) =>
    (id: string): T => {
      const found = map.get(id);
      if (found === undefined) throw new Error(`No ${kind} has the id '${id}' (expected a file in ${where}).`);
      return found;
    };
  return {
    briefings: site.briefings,
    trade: site.trade,
    events: site.events,
    actorNames: site.actorNames,
    themeNames: site.themeNames,
    source: lookup(site.sources, 'source', 'content/sources/'),
    event: lookup(site.eventsById, 'event', 'content/events/'),
    places: site.places,
    routes: site.routes,
    place: lookup(site.places, 'place', 'content/map/places.yaml'),
    route: lookup(site.routes, 'route', 'content/map/routes.yaml'),
    eventsOnPage: new Set(page.eventsOnPage ?? []),
    ...(page.citations ? { citations: page.citations } : {}),
    ...(page.contents ? { contents: page.contents } : {}),
  };
}

/**
 * A briefing's context: its sources as the compile step numbered them (in the order the text first cites them),
 * for the list of sources; its own timeline's events, so `<EventRef>` in the prose links within the page; and,
 * given the headings the text renders with, its contents list.
 */
export function briefingPageContext(
  site: PageContextSource,
  briefing: Pick<Briefing, 'data'>,
  compiled: Pick<CompiledBriefing, 'sources'>,
  headings: readonly ContentsHeading[] = [],
): PageContext {
  return createPageContext(site, {
    eventsOnPage: briefing.data.events,
    citations: { numbered: compiled.sources },
    contents: briefingContents(headings, briefing.data),
  });
}

/** The context of the page being rendered; throws, naming the component, when the page set none. */
export function pageContext(locals: App.Locals, component: string): PageContext {
  if (!locals.page) {
    throw new Error(
      `<${component}> needs page data: render it in a page that sets Astro.locals.page (see src/model/page-context.ts).`,
    );
  }
  return locals.page;
}
