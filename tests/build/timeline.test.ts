/** The timeline as built: every event once, in order, dated, sourced, linkable and downloadable. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parsePartialDate, sortKey, toPartialDate } from '~/lib/dates/calendar-date';
import { builtPage, builtPages, distText } from '../support/dist';
import { yamlEntries } from '../support/content-files';

interface EventFile {
  date: string;
  end?: string;
  title: string;
  sources: string[];
}

const eventFiles = yamlEntries<EventFile>('events');
const sourceFiles = yamlEntries<{ url: string }>('sources');
const page = builtPage('/timeline/');
const items = [...page.document.querySelectorAll('li.timeline-event')];

describe('the timeline page', () => {
  it('has at least 30 events, each data file exactly once', () => {
    expect(eventFiles.size).toBeGreaterThanOrEqual(30);
    expect(items.map((li) => li.id).sort()).toEqual([...eventFiles.keys()].sort());
  });

  it('lists them in date order, coarser dates before the finer dates inside them', () => {
    const keys = items.map((li) => sortKey(toPartialDate(eventFiles.get(li.id)!.date)));
    expect(keys).toEqual([...keys].sort());
  });

  it('gives every event a valid datetime at the precision of its data, a title and at least one source link', () => {
    for (const li of items) {
      const data = eventFiles.get(li.id)!;
      const datetime = li.querySelector('time')?.getAttribute('datetime') ?? '';
      expect(parsePartialDate(datetime).ok, `${li.id}: ${datetime}`).toBe(true);
      expect(datetime).toBe(data.date);
      expect(li.querySelector('h3')?.textContent?.trim()).toBe(data.title);
      const links = [...li.querySelectorAll('a[href^="http"]')].map((a) => a.getAttribute('href'));
      expect(links).toEqual(data.sources.map((id) => sourceFiles.get(id)!.url));
    }
  });

  it('never shows a month-precision date as a day', () => {
    for (const li of items) {
      const data = eventFiles.get(li.id)!;
      if (/^\d{4}-\d{2}$/.test(data.date) && !data.end) {
        expect(li.querySelector('time')?.textContent).toMatch(/^(c\. )?[A-Z][a-z]+ \d{4}$/);
      }
    }
  });

  it('links to each year from the jump list, and offers the downloads', () => {
    const years = [...page.document.querySelectorAll('section[data-year]')].map((s) => s.getAttribute('data-year'));
    const jump = [...page.document.querySelectorAll('nav[aria-label="Jump to year"] a')].map((a) => a.textContent?.trim());
    expect(jump).toEqual(years);
    const hrefs = [...page.document.querySelectorAll('a[download]')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['/timeline/events.csv', '/timeline/events.json']);
  });

  it('renders no filter controls in the HTML: the script adds them', () => {
    expect(page.document.querySelector('timeline-filter button')).toBeNull();
    expect(page.html).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/);
  });
});

describe('the downloads', () => {
  const json = JSON.parse(distText('timeline/events.json')) as { count: number; events: { id: string; date: string; title: string; sources: { id: string; url: string }[] }[] };
  const csv = parse(distText('timeline/events.csv'), { columns: true }) as Record<string, string>[];

  it('hold every event in the page order with the data as written', () => {
    expect(json.count).toBe(items.length);
    expect(json.events.map((e) => e.id)).toEqual(items.map((li) => li.id));
    expect(csv.map((row) => row['id'])).toEqual(items.map((li) => li.id));
    for (const e of json.events) {
      const data = eventFiles.get(e.id)!;
      expect([e.date, e.title]).toEqual([data.date, data.title]);
      expect(e.sources.map((s) => s.url)).toEqual(data.sources.map((id) => sourceFiles.get(id)!.url));
    }
    for (const row of csv) {
      expect(row['source_urls']?.split(' | ')).toEqual(eventFiles.get(row['id']!)!.sources.map((id) => sourceFiles.get(id)!.url));
    }
  });
});

describe('events in briefings', () => {
  const briefings = builtPages().filter((p) => p.path.startsWith('/briefings/'));

  it('every <EventRef> link reaches an event anchor, on the page or on the timeline', () => {
    let count = 0;
    for (const briefing of briefings) {
      for (const link of briefing.document.querySelectorAll('a.event-ref')) {
        count++;
        const href = link.getAttribute('href')!;
        const [path, id] = href.startsWith('#') ? [briefing.path, href.slice(1)] : href.split('#');
        const target = path === briefing.path ? briefing : builtPage(path!);
        expect(target.document.getElementById(id!)?.classList.contains('timeline-event'), href).toBe(true);
      }
    }
    expect(count).toBeGreaterThan(3);
  });

  it("the first briefing shows its own key events, in order", () => {
    const briefing = builtPage('/briefings/how-kazakhstan-changed-after-the-invasion/');
    const own = [...briefing.document.querySelectorAll('section[aria-labelledby="key-events-heading"] li.timeline-event')];
    expect(own.length).toBeGreaterThanOrEqual(8);
    const keys = own.map((li) => sortKey(toPartialDate(eventFiles.get(li.id)!.date)));
    expect(keys).toEqual([...keys].sort());
  });
});
