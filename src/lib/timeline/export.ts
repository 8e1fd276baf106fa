/** The timeline as downloadable data: one record per event, with its sources written out in full. */
import { stringify } from 'csv-stringify/sync';
import { toDatetimeAttribute } from '~/lib/dates/calendar-date';
import { spreadsheetSafeRecord } from '~/lib/site/spreadsheet';
import type { TimelineEvent } from '~/lib/timeline/events';

export interface ExportSource {
  id: string;
  title: string;
  publisher: string;
  url: string;
}

export interface ExportedEvent {
  id: string;
  /** As written in the data: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
  date: string;
  end: string | null;
  precision: 'year' | 'month' | 'day';
  approx: boolean;
  date_text: string;
  title: string;
  summary: string;
  place: string | null;
  status: string;
  themes: string[];
  actors: string[];
  sources: ExportSource[];
  /** The event's address on the timeline page. */
  url: string;
}

/** Events (in timeline order) as export records, with absolute links and places by name ("Kyiv, Ukraine"). */
export function exportEvents(
  events: readonly TimelineEvent[],
  lookupSource: (id: string) => ExportSource,
  timelineUrl: string,
  placeName: (id: string) => string = (id) => id,
): ExportedEvent[] {
  return events.map((e) => ({
    id: e.id,
    date: toDatetimeAttribute(e.date),
    end: e.end ? toDatetimeAttribute(e.end) : null,
    precision: e.date.precision,
    approx: e.approx,
    date_text: e.dateText,
    title: e.title,
    summary: e.summary,
    place: e.place ? placeName(e.place) : null,
    status: e.status,
    themes: [...e.themes],
    actors: [...e.actors],
    sources: e.sources.map(lookupSource),
    url: `${timelineUrl}#${e.id}`,
  }));
}

export const EVENT_CSV_COLUMNS = [
  'id',
  'date',
  'end',
  'precision',
  'approx',
  'date_text',
  'title',
  'summary',
  'place',
  'status',
  'themes',
  'actors',
  'source_ids',
  'source_urls',
  'url',
] as const;

/** What each column of the events CSV means, for the data package and the page that offers the file. */
export const EVENT_COLUMN_NOTES: Record<(typeof EVENT_CSV_COLUMNS)[number], string> = {
  id: "The event's id: its file name, and its anchor on the timeline page.",
  date: 'When it happened (or began), at the precision the record supports: YYYY, YYYY-MM or YYYY-MM-DD.',
  end: 'For an event that spans time, when it ended, at its own precision; empty otherwise.',
  precision: 'How precise date is: year, month or day.',
  approx: 'true when the date is approximate or inferred (shown as "c." on the site).',
  date_text: 'The date as the site writes it: "17 June 2022", "June 2022", "13–19 January 2022".',
  title: 'A short, neutral headline.',
  summary: "One or two sentences in the site's own words.",
  place: 'Where it happened, as place and country ("Kyiv, Ukraine"); empty when not recorded.',
  status:
    'How firmly the record supports it: confirmed (two or more independent sources, or an official one), reported (one source, or an inferred date) or disputed (sources conflict).',
  themes: 'Theme ids, separated by " | ".',
  actors: 'Actor ids, separated by " | ".',
  source_ids: 'Ids of the sources in the site\'s bibliography, separated by " | ".',
  source_urls: 'The addresses of those sources, in the same order, separated by " | ".',
  url: "The event on the site's timeline.",
};

/** CSV with a header row; lists are joined with " | " so each cell stays one value a spreadsheet can split. */
export function eventsToCsv(events: readonly ExportedEvent[]): string {
  return stringify(
    events.map((e) =>
      spreadsheetSafeRecord({
        ...e,
        end: e.end ?? '',
        place: e.place ?? '',
        approx: e.approx ? 'true' : 'false',
        themes: e.themes.join(' | '),
        actors: e.actors.join(' | '),
        source_ids: e.sources.map((s) => s.id).join(' | '),
        source_urls: e.sources.map((s) => s.url).join(' | '),
      }),
    ),
    { header: true, columns: [...EVENT_CSV_COLUMNS], record_delimiter: 'unix' },
  );
}
