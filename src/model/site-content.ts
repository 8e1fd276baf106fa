/**
 * Loads the collections once per build, checks every cross-reference and every component use in the briefings,
 * and hands pages plain data. A broken reference anywhere fails the whole build with one message listing all
 * problems. Pages load it and pass it on through the page context (`./page-context`); components never call it.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { claimCheckProblems } from '~/components/trade/claim-check';
import { tradeOffer, tradePanelProblems } from '~/components/trade/trade-panel';
import { resolveTradeFigure, resolveTradeLeaders } from '~/components/trade/trade-prose';
import { isVisible, newestFirst } from '~/lib/briefing/listing';
import { findCitations, findComponentIds, findComponentTags } from '~/lib/content/mdx-scan';
import { formatProblems, type ContentProblem } from '~/lib/content/problems';
import { checkBriefingReferences, checkEventReferences, checkTradeSources } from '~/lib/content/references';
import { orderEvents, toTimelineEvent, type TimelineEvent } from '~/lib/timeline/events';
import type { TradeRow } from '~/lib/trade/model';
import type { SourceData } from '~/model/schemas/source';

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
  /** The editorial text of the fixed pages (home, about, timeline, trade), by id. */
  pages: ReadonlyMap<string, SitePage>;
}

let cached: Promise<SiteContent> | undefined;

/** Every collection, checked, memoised for the build. */
export function loadSiteContent(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}

const pathOf = (entry: { filePath?: string | undefined; id: string }, folder: string, ext: string) =>
  entry.filePath ?? `content/${folder}/${entry.id}.${ext}`;

/** Every component use in one MDX body that the build checks: props, citations and event references. */
function checkBody(file: string, body: string, trade: readonly TradeRow[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const offer = tradeOffer(trade);
  const report = (line: number, found: object) => {
    if ('problem' in found) problems.push({ file, line, message: String(found.problem) });
  };
  for (const { line, attributes } of findComponentTags(body, 'ClaimCheck')) {
    problems.push(...claimCheckProblems(attributes).map((message) => ({ file, line, message })));
  }
  for (const { line, attributes } of findComponentTags(body, 'TradePanel')) {
    problems.push(...tradePanelProblems(attributes, offer).map((message) => ({ file, line, message })));
  }
  for (const { line, attributes } of findComponentTags(body, 'TradeFigure'))
    report(line, resolveTradeFigure(attributes, trade));
  for (const { line, attributes } of findComponentTags(body, 'TradeLeaders'))
    report(line, resolveTradeLeaders(attributes, trade));
  return problems;
}

async function load(): Promise<SiteContent> {
  const [allBriefings, sourceEntries, eventEntries, actorEntries, themeEntries, tradeEntries, pageEntries] =
    await Promise.all([
      getCollection('briefings'),
      getCollection('sources'),
      getCollection('events'),
      getCollection('actors'),
      getCollection('themes'),
      getCollection('trade'),
      getCollection('pages'),
    ]);
  const trade = tradeEntries.map((e) => e.data).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const sources = new Map(sourceEntries.map((s) => [s.id, s.data]));
  const actorNames = new Map(actorEntries.map((a) => [a.id, a.data.name]));
  const themeNames = new Map(themeEntries.map((t) => [t.id, t.data.name]));
  const known = {
    sources: new Set(sources.keys()),
    events: new Set(eventEntries.map((e) => e.id)),
    actors: new Set(actorNames.keys()),
    themes: new Set(themeNames.keys()),
  };

  const problems: ContentProblem[] = [];
  for (const briefing of allBriefings) {
    const body = briefing.body ?? '';
    const file = pathOf(briefing, 'briefings', 'mdx');
    problems.push(...checkBody(file, body, trade));
    problems.push(
      ...checkBriefingReferences(
        { filePath: file, sources: briefing.data.sources, events: briefing.data.events },
        known,
        { cites: findCitations(body), eventRefs: findComponentIds(body, 'EventRef') },
      ),
    );
  }
  for (const page of pageEntries) {
    problems.push(...checkBody(pathOf(page, 'pages', 'mdx'), page.body ?? '', trade));
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
    pages: new Map(pageEntries.map((p) => [p.id, p])),
  };
}
