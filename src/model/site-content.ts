/**
 * Loads the collections once per build, checks every cross-reference, and hands pages plain data. Pages call
 * `loadSiteContent()`; a broken reference anywhere fails the whole build with one message listing all problems.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { isVisible, newestFirst } from '~/lib/briefing/listing';
import {
  checkBriefingReferences,
  checkComponentProps,
  checkEventReferences,
  checkTradeSources,
  formatProblems,
  type ContentProblem,
} from '~/lib/content/references';
import { findCitations, findComponentIds, findComponentTags } from '~/lib/content/mdx-scan';
import { orderEvents, toTimelineEvent, type TimelineEvent } from '~/lib/timeline/events';
import { availableViews } from '~/lib/trade/rank';
import type { TradeRow } from '~/lib/trade/csv';

export type Briefing = CollectionEntry<'briefings'>;
export type Source = CollectionEntry<'sources'>;

export interface SiteContent {
  /** Briefings readers may see in this build, newest first. */
  briefings: Briefing[];
  sources: Map<string, Source>;
  /** Every event, in chronological order. */
  events: TimelineEvent[];
  eventsById: Map<string, TimelineEvent>;
  /** Display names of actors and themes, by id, in the order the taxonomy files list them. */
  actorNames: Map<string, string>;
  themeNames: Map<string, string>;
  /** Every trade row, in file and line order. */
  trade: TradeRow[];
}

let cached: Promise<SiteContent> | undefined;

/** Every collection, checked, memoised for the build. */
export function loadSiteContent(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}

const pathOf = (entry: { filePath?: string | undefined; id: string }, folder: string, ext: string) =>
  entry.filePath ?? `content/${folder}/${entry.id}.${ext}`;

async function load(): Promise<SiteContent> {
  const [allBriefings, sourceEntries, eventEntries, actorEntries, themeEntries, tradeEntries] = await Promise.all([
    getCollection('briefings'),
    getCollection('sources'),
    getCollection('events'),
    getCollection('actors'),
    getCollection('themes'),
    getCollection('trade'),
  ]);
  const trade = tradeEntries.map((e) => e.data).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const sources = new Map(sourceEntries.map((s) => [s.id, s]));
  const actorNames = new Map(actorEntries.map((a) => [a.id, a.data.name]));
  const themeNames = new Map(themeEntries.map((t) => [t.id, t.data.name]));
  const known = {
    sources: new Set(sources.keys()),
    events: new Set(eventEntries.map((e) => e.id)),
    actors: new Set(actorNames.keys()),
    themes: new Set(themeNames.keys()),
    briefings: new Set(allBriefings.map((b) => b.id)),
  };

  const tradeOffer = {
    views: new Set(availableViews(trade, 'KZ').map((v) => `${v.period}|${v.flow}|${v.basis}`)),
    partners: new Set(trade.map((r) => r.partner)),
  };

  const problems: ContentProblem[] = [];
  for (const briefing of allBriefings) {
    const body = briefing.body ?? '';
    const file = pathOf(briefing, 'briefings', 'mdx');
    problems.push(
      ...checkComponentProps(
        file,
        { claimChecks: findComponentTags(body, 'ClaimCheck'), tradePanels: findComponentTags(body, 'TradePanel') },
        tradeOffer,
      ),
    );
    problems.push(
      ...checkBriefingReferences(
        { filePath: file, sources: briefing.data.sources, events: briefing.data.events },
        known,
        { cites: findCitations(body), eventRefs: findComponentIds(body, 'EventRef') },
      ),
    );
  }
  for (const event of eventEntries) {
    problems.push(...checkEventReferences({ filePath: pathOf(event, 'events', 'yaml'), ...event.data }, known));
  }
  problems.push(...checkTradeSources(trade, known.sources));
  if (problems.length > 0) {
    throw new AstroError(formatProblems(problems), 'Fix each file named above; docs/EDITING.md explains every field.');
  }

  const events = orderEvents(eventEntries.map((e) => toTimelineEvent(e.id, e.data)));
  const briefings = newestFirst(allBriefings.filter((b) => isVisible(b, { includeDrafts: __SHOW_DRAFTS__ })));
  return {
    briefings,
    sources,
    events,
    eventsById: new Map(events.map((e) => [e.id, e])),
    actorNames,
    themeNames,
    trade,
  };
}
