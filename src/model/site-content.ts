/**
 * Loads the collections once per build, checks every cross-reference and every component use in the briefings,
 * and hands pages plain data. A broken reference anywhere fails the whole build with one message listing all
 * problems. Pages load it and pass it on through the page context (`./page-context`); components never call it.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { formatReport } from '~/lib/content/problems';
import { isVisible, newestFirst } from '~/lib/briefing/listing';
import { localDate } from '~/lib/dates/calendar-date';
import { orderEvents, toTimelineEvent, type TimelineEvent } from '~/lib/timeline/events';
import type { TradeRow } from '~/lib/trade/model';
import { checkContent } from './content-check';
import type { PlaceData, RouteData } from './schemas/map';
import type { SourceData } from './schemas/source';

export type Briefing = CollectionEntry<'briefings'>;
export type SitePage = CollectionEntry<'pages'>;

export interface SiteContent {
  /** Briefings readers may see in this build, newest first. */
  briefings: Briefing[];
  /** The bibliography, by id. */
  sources: ReadonlyMap<string, SourceData>;
  /** Every event, in chronological order. */
  events: TimelineEvent[];
  eventsById: ReadonlyMap<string, TimelineEvent>;
  /** Display names of actors and themes, by id, in the order the taxonomy files list them. */
  actorNames: ReadonlyMap<string, string>;
  themeNames: ReadonlyMap<string, string>;
  /** Every trade row, in file and line order. */
  trade: TradeRow[];
  /** The map's places, by id, in file order. */
  places: ReadonlyMap<string, PlaceData>;
  /** The map's routes, by id, in file order (a route's position there decides how it is drawn). */
  routes: ReadonlyMap<string, RouteData>;
  /** The editorial text of the fixed pages (home, about, timeline, trade, map), by id. */
  pages: ReadonlyMap<string, SitePage>;
}

let cached: Promise<SiteContent> | undefined;

/**
 * Every collection, checked: once per build, and afresh for every page in `npm run dev`, so a mistake saved in any
 * file (a CSV row included) shows in the browser's error overlay, and its fix on the next reload.
 */
export function loadSiteContent(): Promise<SiteContent> {
  if (__SHOW_DRAFTS__) return load();
  cached ??= load();
  return cached;
}

/** Today in the build machine's time zone, 'YYYY-MM-DD': a briefing published after it is scheduled. */
export const today = (): string => localDate(new Date());

async function load(): Promise<SiteContent> {
  const [
    allBriefings,
    sourceEntries,
    eventEntries,
    actorEntries,
    themeEntries,
    tradeEntries,
    pageEntries,
    placeEntries,
    routeEntries,
  ] = await Promise.all([
    getCollection('briefings'),
    getCollection('sources'),
    getCollection('events'),
    getCollection('actors'),
    getCollection('themes'),
    getCollection('trade'),
    getCollection('pages'),
    getCollection('places'),
    getCollection('routes'),
  ]);
  const trade = tradeEntries.map((e) => e.data).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const sources = new Map(sourceEntries.map((s) => [s.id, s.data]));
  const actorNames = new Map(actorEntries.map((a) => [a.id, a.data.name]));
  const themeNames = new Map(themeEntries.map((t) => [t.id, t.data.name]));

  // In `npm run dev`, the same check as `npm run check:content`, so a mistake reads the same in the browser's overlay
  // as in the terminal. A build has already run it as its first step (astro.config.mjs): once is enough.
  const { problems } = __SHOW_DRAFTS__ ? checkContent(process.cwd(), { today: today() }) : { problems: [] };
  if (problems.length > 0) {
    throw new AstroError(formatReport(problems), 'Fix each file named above; docs/EDITING.md explains every field.');
  }

  const events = orderEvents(eventEntries.map((e) => toTimelineEvent(e.id, e.data)));
  const briefings = newestFirst(allBriefings.filter((b) => isVisible(b, { preview: __SHOW_DRAFTS__, today: today() })));
  return {
    briefings,
    sources,
    events,
    eventsById: new Map(events.map((e) => [e.id, e])),
    actorNames,
    themeNames,
    trade,
    places: new Map(placeEntries.map((p) => [p.id, p.data])),
    routes: new Map(routeEntries.map((r) => [r.id, r.data])),
    pages: new Map(pageEntries.map((p) => [p.id, p])),
  };
}
