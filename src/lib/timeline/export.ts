/** The timeline as downloadable data: one record per event, with its sources written out in full. */
import { stringify } from 'csv-stringify/sync';
import { toDatetimeAttribute } from '~/lib/dates/calendar-date';
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

/** Events (in timeline order) as export records, with absolute links. */
export function exportEvents(
  events: readonly TimelineEvent[],
  lookupSource: (id: string) => ExportSource,
  timelineUrl: string,
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
    place: e.place ?? null,
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

/** CSV with a header row; lists are joined with " | " so each cell stays one value a spreadsheet can split. */
export function eventsToCsv(events: readonly ExportedEvent[]): string {
  return stringify(
    events.map((e) => ({
      ...e,
      end: e.end ?? '',
      place: e.place ?? '',
      approx: e.approx ? 'true' : 'false',
      themes: e.themes.join(' | '),
      actors: e.actors.join(' | '),
      source_ids: e.sources.map((s) => s.id).join(' | '),
      source_urls: e.sources.map((s) => s.url).join(' | '),
    })),
    { header: true, columns: [...EVENT_CSV_COLUMNS], record_delimiter: 'unix' },
  );
}
