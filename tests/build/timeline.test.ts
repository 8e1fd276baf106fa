/** The timeline as built: every event once, in order, dated, sourced, linkable and downloadable. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { parsePartialDate } from '~/lib/dates/calendar-date';
import { builtPage, builtPages, distText } from '../support/dist';
import { yamlEntries } from '../support/content-files';
import { DIST, ROOT } from '../../tools/lib/paths';
import { buildCopyWith, type CopyBuild } from '../../tools/lib/site-copy';

interface EventFile {
  date: string;
  end?: string;
  title: string;
  summary: string;
  themes: string[];
  status: string;
  sources: string[];
}

const eventFiles = yamlEntries<EventFile>('events');
const themeNames = load(readFileSync(join(ROOT, 'content/taxonomy/themes.yaml'), 'utf8')) as Record<
  string,
  { name: string }
>;
const sourceFiles = yamlEntries<{ url: string }>('sources');
const page = builtPage('/timeline/');
const items = [...page.document.querySelectorAll('li.timeline-event')];

/**
 * Asserts that `listed` shows every id of `expected` exactly once and in that relative order (other ids may sit
 * between them).
 */
function expectInOrder(listed: readonly string[], expected: readonly string[]): void {
  expect(new Set(expected).size).toBe(expected.length);
  expect(listed.filter((id) => expected.includes(id))).toEqual(expected);
}

describe('the timeline page', () => {
  it('has at least 30 events, each data file exactly once', () => {
    expect(eventFiles.size).toBeGreaterThanOrEqual(30);
    expect(items.map((li) => li.id).sort()).toEqual([...eventFiles.keys()].sort());
  });

  it('lists a hand-checked slice of real events in the order a reader expects', () => {
    // Worked out by hand from content/events/*.yaml. Each line says why the event sits where it does.
    expectInOrder(
      items.map((li) => li.id),
      [
        'epca-enters-into-force', //                2020-03-01: the only event before 2022
        'csto-withdrawal-complete', //              2022-01-19
        'russia-full-scale-invasion-of-ukraine', // 2022-02-24
        'government-aid-for-ukraine-announced', //  2022-03-09
        'private-aid-trucks-leave-for-ukraine', //  c. 2022-03-11: an approximate day sorts as that day
        'aid-flights-to-katowice', //               2022-03-14 to 03-15
        'cpc-single-mooring-mine-clearance', //     2022-06-15 to 06-25: a span sorts by its start…
        'spief-tokayev-donbas-remark', //           2022-06-17: …so it comes before a day inside it
        'cpc-pumping-stations-power-cut', //        2022-07: a month before the days inside it
        'novorossiysk-court-suspends-cpc', //       2022-07-05 to 07-06
        'krasnodar-court-lifts-cpc-suspension', //  2022-07-11
        'cpc-moorings-shut-for-repairs', //         2022-08: after every July day, though written without one
        'germany-schwedt-kazakh-oil-talks', //      2022-09: before 21 September
        'mobilisation-russians-enter-kazakhstan', // 2022-09-21 to 09-27
        'mfa-rejects-occupation-referendums', //    2022-09-26: inside the span above, after its start
        'transneft-kaztransoil-germany-application', // 2022-12-29
        'bucha-yurt-of-invincibility', //           2023-01: after December 2022, before 9 January 2023
        'rouble-tenge-agreement-denounced', //      2023-01-09
        'kyiv-yurt-of-invincibility-opens', //      2023-01-14
        'kharkiv-yurt-of-invincibility-opens', //   c. 2023-01-22
        'trade-mission-closure-draft-decree', //    2023-02-01
        'first-astana-international-forum', //     2023-06-08 to 06-09
        'steinmeier-state-visit', //                2023-06-19 to 06-21
        'kmg-rosneft-deutschland-oil-contract', //  2023-06-20: inside the state visit, after its start
        'astana-international-forum-2025', //       2025-05-29 to 05-30: the last event
      ],
    );
  });

  it('groups events by the year they start in, years ascending, each year once', () => {
    const sections = [...page.document.querySelectorAll('section[data-year]')];
    const years = sections.map((s) => Number(s.getAttribute('data-year')));
    expect(years.length).toBeGreaterThan(1);
    expect(years.every((year, i) => i === 0 || year > years[i - 1]!)).toBe(true);
    expect(sections.flatMap((s) => [...s.querySelectorAll('li.timeline-event')].map((li) => li.id))).toEqual(
      items.map((li) => li.id),
    );
    for (const section of sections) {
      for (const li of section.querySelectorAll('li.timeline-event')) {
        expect(eventFiles.get(li.id)!.date.slice(0, 4), li.id).toBe(section.getAttribute('data-year'));
      }
    }
  });

  it('never lists an event before one that starts earlier, a coarser date before the finer dates inside it', () => {
    // ISO dates as written ("2022", "2022-06", "2022-06-17") compare as plain strings in exactly this order.
    const dates = items.map((li) => eventFiles.get(li.id)!.date);
    const outOfOrder = dates.flatMap((date, i) =>
      i > 0 && date < dates[i - 1]! ? [`${items[i - 1]!.id} (${dates[i - 1]}) before ${items[i]!.id} (${date})`] : [],
    );
    expect(outOfOrder).toEqual([]);
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
    const jump = [...page.document.querySelectorAll('nav[aria-label="Jump to year"] a')].map((a) =>
      a.textContent?.trim(),
    );
    expect(jump).toEqual(years);
    const hrefs = [...page.document.querySelectorAll('a[download]')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['/timeline/events.csv', '/timeline/events.json']);
  });

  it('shows time: the long gaps say how long, and each summary with its sources folds into a <details>', () => {
    // Hand-checked: nothing is recorded between the EU agreement (1 March 2020) and the unrest of January 2022.
    const marker = (id: string) => page.document.getElementById(id)?.querySelector('.timeline-gap')?.textContent;
    expect(marker('january-unrest-protests-begin')).toBe('22 months later');
    expect(marker('tokayev-requests-csto-help')).toBeUndefined();
    expect(items.filter((li) => li.querySelector('.timeline-gap')).length).toBeLessThan(items.length / 4);
    for (const li of items) {
      const details = li.querySelector('details[data-print="open"]');
      expect(details?.hasAttribute('open'), li.id).toBe(false);
      expect(details?.querySelector('.timeline-summary')?.textContent, li.id).toBe(eventFiles.get(li.id)!.summary);
      expect(details?.querySelectorAll('a[href^="http"]').length, li.id).toBe(eventFiles.get(li.id)!.sources.length);
    }
  });

  it('labels only the events that are not confirmed, and names every theme in words', () => {
    for (const li of items) {
      const data = eventFiles.get(li.id)!;
      const label = li.querySelector('.timeline-meta .timeline-status');
      expect(label?.getAttribute('data-status') ?? 'confirmed', li.id).toBe(data.status);
      expect(
        [...li.querySelectorAll('.timeline-meta .timeline-theme')].map((t) =>
          t.textContent?.replace(/,\s*$/, '').trim(),
        ),
      ).toEqual(data.themes.map((id) => themeNames[id]!.name));
    }
  });

  it('renders no filter controls in the HTML: the script adds them', () => {
    expect(page.document.querySelector('timeline-filter button')).toBeNull();
    // The script that adds them ships with the page: inlined while it is small, as a file once it grows.
    const scripts = [...page.document.querySelectorAll('script[type="module"]')];
    const defines = (script: Element) => {
      const src = script.getAttribute('src');
      const code = src ? readFileSync(join(DIST, src), 'utf8') : (script.textContent ?? '');
      return /customElements\.define\(\s*[`'"]timeline-filter[`'"]/.test(code);
    };
    expect(scripts.filter(defines)).toHaveLength(1);
  });
});

describe("each theme's own page", () => {
  const used = Object.keys(themeNames).filter((theme) =>
    [...eventFiles.values()].some((e) => e.themes.includes(theme)),
  );

  it('exists for every theme an event has, and /timeline/ links to each', () => {
    expect(used.length).toBeGreaterThanOrEqual(5);
    const links = [...page.document.querySelectorAll('[data-facet-group="themes"] a[data-value]')];
    expect(links.map((a) => a.getAttribute('href')).sort()).toEqual(used.map((t) => `/timeline/${t}/`).sort());
    const sitemap = distText('sitemap-0.xml');
    for (const theme of used) expect(sitemap).toContain(`/timeline/${theme}/</loc>`);
  });

  it.each(used.map((t) => [t]))('/timeline/%s/ lists exactly that theme’s events, in order', (theme) => {
    const themed = builtPage(`/timeline/${theme}/`);
    const listed = [...themed.document.querySelectorAll('li.timeline-event')].map((li) => li.id);
    expect(listed).toEqual(items.map((li) => li.id).filter((id) => eventFiles.get(id)!.themes.includes(theme)));
    const name = themeNames[theme]!.name;
    expect(themed.document.querySelector('h1')?.textContent).toBe(`Timeline: ${name}`);
    expect(themed.document.title).toContain(`Timeline: ${name}`);
    expect(themed.document.querySelector('a[aria-current="page"]')?.getAttribute('href')).toBe(`/timeline/${theme}/`);
    // Its year links name only the years it has events in, each to a heading on the page.
    const years = [...themed.document.querySelectorAll('section[data-year]')].map((s) => s.getAttribute('data-year'));
    const jump = [...themed.document.querySelectorAll('nav[aria-label="Jump to year"] a')];
    expect(jump.map((a) => a.textContent)).toEqual(years.length > 1 ? years : []);
    // Its gaps are measured between its own events: the first has none.
    expect(themed.document.querySelector('li.timeline-event')?.hasAttribute('data-gap')).toBe(false);
  });
});

describe('the order rules the real events do not exercise yet', () => {
  // No real event is dated by year alone, and none share a start: a throwaway copy of the site adds some that do.
  const fixture = (id: string, date: string, extra = '') =>
    [
      `content/events/${id}.yaml`,
      `date: "${date}"\n${extra}title: "Fixture ${id}"\nsummary: "A fixture event."\nactors: [kazakhstan]\nthemes: [diplomacy]\nstatus: confirmed\nsources: [matussek-oped]\n`,
    ] as const;
  let copy: CopyBuild | undefined;
  afterAll(() => copy?.cleanup());

  it('a year before its months, a month before its days, then same-day events by when they end, then by id', () => {
    copy = buildCopyWith(
      Object.fromEntries([
        fixture('test-order-z-year', '2021'),
        fixture('test-order-z-month', '2021-05'),
        fixture('test-order-b-day', '2021-05-10'),
        fixture('test-order-a-day', '2021-05-10', 'approx: true\n'),
        fixture('test-order-a-span-to-month', '2021-05-10', 'end: "2021-06"\n'),
        fixture('test-order-b-span-to-day', '2021-05-10', 'end: "2021-06-20"\n'),
        fixture('test-order-c-span-to-month-end', '2021-05-10', 'end: "2021-06-30"\n'),
        fixture('test-order-year-2022', '2022'),
        fixture('test-order-march-2022', '2022-03'),
      ]),
    );
    expect(copy.status, copy.output).toBe(0);
    const { document } = parseHTML(readFileSync(join(copy.dir, 'dist/timeline/index.html'), 'utf8'));
    expectInOrder(
      [...document.querySelectorAll('li.timeline-event')].map((li) => li.id),
      [
        'epca-enters-into-force', //                2020-03-01
        'test-order-z-year', //                     2021: the year first, whatever its id
        'test-order-z-month', //                    2021-05: then the month
        'test-order-a-day', //                      c. 2021-05-10 } the same day, neither spans: by id,
        'test-order-b-day', //                      2021-05-10    } approximate or not
        'test-order-b-span-to-day', //              2021-05-10 to 2021-06-20: a span after a day on its first day
        'test-order-a-span-to-month', //            2021-05-10 to "2021-06", which ends on 30 June, after 20 June…
        'test-order-c-span-to-month-end', //        2021-05-10 to 2021-06-30: …and ties with this one, so by id
        'test-order-year-2022', //                  2022: before every day of 2022
        'january-unrest-protests-begin', //         2022-01-02
        'russia-full-scale-invasion-of-ukraine', // 2022-02-24
        'test-order-march-2022', //                 2022-03: after February, before 2 March
        'unga-es-11-1-kazakhstan-abstains', //      2022-03-02
      ],
    );
  });
});

describe('the downloads', () => {
  const json = JSON.parse(distText('timeline/events.json')) as {
    count: number;
    events: { id: string; date: string; title: string; sources: { id: string; url: string }[] }[];
  };
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
      expect(row['source_urls']?.split(' | ')).toEqual(
        eventFiles.get(row['id']!)!.sources.map((id) => sourceFiles.get(id)!.url),
      );
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
        // On the briefing, the event in its own key events list; elsewhere, the event on the timeline.
        const item = path === briefing.path ? 'key-event' : 'timeline-event';
        expect(target.document.getElementById(id!)?.classList.contains(item), href).toBe(true);
      }
    }
    expect(count).toBeGreaterThan(3);
  });

  it('the first briefing shows its own key events, each once, in order', () => {
    const slug = 'how-kazakhstan-changed-after-the-invasion';
    const mdx = readFileSync(join(ROOT, `content/briefings/${slug}.mdx`), 'utf8');
    const frontmatter = load(/^---\n([\s\S]*?)\n---/.exec(mdx)![1]!) as { events: string[] };
    const briefing = builtPage(`/briefings/${slug}/`);
    const own = [
      ...briefing.document.querySelectorAll('section[aria-labelledby="key-events-heading"] li.key-event'),
    ].map((li) => li.id);
    expect(own.length).toBeGreaterThanOrEqual(8);
    expect([...own].sort()).toEqual([...frontmatter.events].sort());
    // Worked out by hand from the events' dates: the invasion, the UN vote, Tokayev at SPIEF, mobilisation…
    expectInOrder(own, [
      'tokayev-requests-csto-help', //             2022-01-05
      'csto-withdrawal-complete', //               2022-01-19
      'russia-full-scale-invasion-of-ukraine', //  2022-02-24
      'unga-es-11-1-kazakhstan-abstains', //       2022-03-02
      'spief-tokayev-donbas-remark', //            2022-06-17
      'mobilisation-russians-enter-kazakhstan', // 2022-09-21 to 09-27
      'tokayev-official-visit-moscow', //          2022-11-28
      'zakharova-demands-yurt-explanation', //     2023-01-10
      'smadiyarov-nothing-to-explain', //          2023-01-11
      'trade-mission-closure-draft-decree', //     2023-02-01
      'trade-mission-closure-decree', //           2023-02-22
      'first-astana-international-forum', //       2023-06-08 to 06-09
      'kmg-rosneft-deutschland-oil-contract', //   2023-06-20
    ]);
    const dates = own.map((id) => eventFiles.get(id)!.date);
    expect(dates.every((date, i) => i === 0 || date >= dates[i - 1]!)).toBe(true);
  });
});
