import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { EVENT_CSV_COLUMNS, eventsToCsv, exportEvents } from '~/lib/timeline/export';
import { toTimelineEvent } from '~/lib/timeline/events';

const events = [
  toTimelineEvent('spief-tokayev-donbas-remark', {
    date: '2022-06-17',
    approx: false,
    title: 'Tokayev, beside Putin, rules out recognising "quasi-state" Luhansk and Donetsk',
    summary: 'A summary, with a comma.',
    place: 'St Petersburg, Russia',
    actors: ['kazakhstan', 'russia'],
    themes: ['diplomacy', 'war'],
    status: 'confirmed',
    sources: ['a', 'b'],
  }),
  toTimelineEvent('cpc-late-july', {
    date: '2022-07',
    approx: true,
    title: 'Storms cut power to CPC pumping stations',
    summary: 'Line one\nline two.',
    actors: ['cpc'],
    themes: ['energy'],
    status: 'reported',
    sources: ['a'],
  }),
];
const lookup = (id: string) => ({ id, title: `Title ${id}`, publisher: 'P', url: `https://example.org/${id}` });
const exported = exportEvents(events, lookup, 'https://site.example/timeline/');

describe('exportEvents', () => {
  it('keeps each date as written, with its precision, and links to the event', () => {
    expect(exported[1]).toMatchObject({
      id: 'cpc-late-july',
      date: '2022-07',
      end: null,
      precision: 'month',
      approx: true,
      date_text: 'c. July 2022',
      place: null,
      url: 'https://site.example/timeline/#cpc-late-july',
    });
    expect(exported[0]?.sources.map((s) => s.url)).toEqual(['https://example.org/a', 'https://example.org/b']);
  });
});

describe('eventsToCsv', () => {
  it('writes a header and one parseable row per event, quotes and newlines intact', () => {
    const rows = parse(eventsToCsv(exported), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...EVENT_CSV_COLUMNS]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      title: 'Tokayev, beside Putin, rules out recognising "quasi-state" Luhansk and Donetsk',
      place: 'St Petersburg, Russia',
      themes: 'diplomacy | war',
      source_urls: 'https://example.org/a | https://example.org/b',
    });
    expect(rows[1]?.summary).toBe('Line one\nline two.');
  });
});
