/**
 * What each component is for, as the catalogue page (/components/) says it beside the component's example in
 * this folder. Typed by the registry, so a component added there cannot go without a description.
 */
import type { ComponentName } from '../registry';

export const COMPONENT_DESCRIPTIONS: Record<ComponentName, string> = {
  Cite: 'A numbered citation that links to the source in the list at the foot of the page. Put it straight after the full stop of the sentence it supports. Sources are numbered in the order the text first cites them; the source must be listed in the briefing’s sources.',
  EventRef:
    'Links the words between its tags to a timeline event and shows the event’s date after them, so the sentence need not repeat the date. The link goes to the event on the same page when the page shows it, otherwise to the full timeline.',
  KeyPoints:
    'The “Key points” box a briefing opens with. Put a Markdown list inside, with a blank line after the opening tag and before the closing one.',
  ClaimCheck:
    'Quotes a claim (keep it short), who made it and its source, gives a verdict, and holds the evidence, with its own citations, between its tags.',
  TradePanel:
    'The trade-partner chart and table for one whole year, with a summary sentence written from the data and the partners with no figure that year listed as such. Only years with figures for at least three partners can be charted. With switches (the trade page), readers can change the year, flow and basis.',
  TradeFigure:
    'One figure from the trade data in running text, written as the charts write it and linked to its source. Use it instead of typing a trade number, so the text changes when the data is corrected.',
  TradeLeaders:
    'The leading partners of one year’s ranking in running text, each with its figure linked to its source.',
  TradeTrend:
    'Total trade with up to five partners year by year, on Kazakhstan’s figures in US dollars: one line per partner, labelled at its end, with a gap wherever a year has no figure, a sentence and a table with the same numbers.',
  RegionMap:
    'A map of Kazakhstan and its neighbours with the export routes and places you name, drawn when the site is built. Routes are schematic lines; each place is marked and linked to its events on the timeline, and places beyond the map get an arrow at its edge. A list under the map says the same for readers who cannot see it. With all (the map page), every route and every place an event happened at.',
  Lead: 'The standfirst under a fixed page’s heading, larger and quieter than the text.',
  BriefingList: 'Every published briefing, newest first, with its standfirst and dates (the home page).',
  CreditLine:
    'The exact credit to give when reusing a page, chart or download, with the site’s name, the address and the licence.',
  DataCount: 'How many items the data holds, in running text, so a page never states a count by hand.',
  TimelineKey: 'What the timeline’s status labels mean, beside links to download the events.',
  Timeline:
    'The whole timeline, year by year; with filterable, readers can filter it by theme and actor. Use it once per page.',
  BasisComparison:
    'The same trade as Kazakhstan and each partner count it, as paired bars on one scale, with the gap when both are in one currency and the reason when they are not.',
  PartYearTable: 'Every trade figure published for part of a year, kept apart because it cannot be ranked.',
  TradeColumnNotes: 'What each column of the trade downloads means.',
  TradeShift:
    'How trade with each partner moved between two whole years, as paired bars (the home page’s lead chart). Only partners with figures in both years are compared; the title states the finding, a sentence written from the data says it in words, and a table holds every number with its source.',
  KeyMoments:
    'A short strip of timeline events you choose, shown in date order, each a date and a headline linking to its place on the timeline. List between 4 and 10 event ids; an id that is not an event stops the build.',
  SectionLinks:
    'The ways into the site: the briefings (the list on the same page, so use it with BriefingList), the timeline and the trade page, each saying what it holds.',
};
