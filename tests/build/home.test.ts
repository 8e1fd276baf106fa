/**
 * The home page as built: a visual lead (a map of Kazakhstan and its oil routes, then a chart of its partners in two
 * years, with its words and its table), the key moments linking into the timeline, the ways into the site, a picture for each briefing, and a first
 * load light enough for a slow phone.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { headExtrasWeight, pageWeight } from '../../tools/lib/page-weight';
import { DIST } from '../../tools/lib/paths';
import { builtPage } from '../support/dist';

const home = builtPage('/');
const timeline = builtPage('/timeline/');
const { document } = home;
const KB = 1024;
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('the lead chart', () => {
  const figure = document.querySelector('main figure[data-trade-shift]');

  it('comes straight after the map, which leads the page’s body after the standfirst (tests/build/map.test.ts)', () => {
    expect(figure).not.toBeNull();
    const body = figure!.parentElement!;
    expect([...body.children].indexOf(figure!)).toBe(2);
    expect(body.children[1]?.matches('figure[data-region-map]')).toBe(true);
  });

  it('has an accessible name that states its finding', () => {
    const name = document.getElementById(figure?.getAttribute('aria-labelledby') ?? '');
    expect(figure?.contains(name)).toBe(true);
    expect(text(name)).toBe("China overtook Russia as Kazakhstan's largest trading partner by turnover");
  });

  it('compares only partners with Kazakhstan’s own figures for both years, the bars labelled with their values', () => {
    const partners = [...figure!.querySelectorAll('[data-bars] > li')].map((li) => li.getAttribute('data-partner'));
    expect(partners).toEqual(['CN', 'RU', 'TR', 'DE']);
    for (const li of figure!.querySelectorAll('[data-bars] > li')) {
      expect([...li.querySelectorAll('[data-year]')].map((bar) => bar.getAttribute('data-year'))).toEqual([
        '2021',
        '2023',
      ]);
      for (const bar of li.querySelectorAll('[data-year]'))
        expect(text(bar.querySelector('[data-bar-value]'))).toMatch(/US\$[\d.]+ bn/);
    }
  });

  it('holds the same numbers in a table, with the change and the sources', () => {
    const bars = [...figure!.querySelectorAll('[data-bars] [data-year]')].map((bar) => bar.getAttribute('data-value'));
    const cells = [...figure!.querySelectorAll('table[data-table] tbody td[data-value]')].map((td) =>
      td.getAttribute('data-value'),
    );
    expect(cells).toEqual(bars);
    expect(cells).toEqual(['18', '31.4', '24.5', '26', '4.1', '6', '2.2', '4']);
    expect(text(figure!.querySelector('tbody tr[data-partner="CN"]'))).toContain('about US$18 bn (derived)');
    expect([...figure!.querySelectorAll('thead th')].map(text)).toEqual([
      'Partner',
      '2021',
      '2023',
      'Change (derived)',
      'Sources',
    ]);
    for (const row of figure!.querySelectorAll('tbody tr')) expect(row.querySelector('a[href^="http"]')).not.toBeNull();
  });

  it('says the same in words, naming the partners it leaves out', () => {
    const summary = text(figure!.querySelector('[data-shift-summary]'));
    expect(summary).toContain('China overtook Russia');
    expect(summary).toContain('Not shown, for want of figures to compare: Italy');
  });

  it('links to the method and to the trade page, and carries a credit line', () => {
    expect(figure!.querySelector('a[href="/about/#trade-figures"]')?.textContent).toBe('About these figures');
    expect(figure!.querySelector('a[href="/trade/"]')).not.toBeNull();
    expect(text(figure!.querySelector('[data-chart-credit]'))).toMatch(
      /^Source: .+\. Chart: Kazakhstan after the invasion, CC BY 4\.0\.$/,
    );
  });
});

describe('the key moments', () => {
  const section = document.querySelector('main [data-key-moments]');
  const links = [...(section?.querySelectorAll('ol a') ?? [])];

  it('are between 8 and 10, in date order, each with a machine-readable date', () => {
    expect(links.length).toBeGreaterThanOrEqual(8);
    expect(links.length).toBeLessThanOrEqual(10);
    const dates = [...section!.querySelectorAll('ol time')].map((t) => t.getAttribute('datetime') ?? '');
    expect(dates).toHaveLength(links.length);
    expect([...dates].sort()).toEqual(dates);
  });

  it('each link to the event’s place on the timeline, with the event’s own headline', () => {
    for (const link of links) {
      const [path, id = ''] = link.getAttribute('href')!.split('#');
      expect(path).toBe('/timeline/');
      const event = timeline.document.getElementById(id);
      expect(event?.tagName).toBe('LI');
      expect(text(event?.querySelector('h2, h3, h4'))).toBe(text(link));
    }
  });
});

describe('the ways in', () => {
  it('lead to the briefings, the timeline and the trade page', () => {
    const hrefs = [...document.querySelectorAll('main nav[aria-label="Sections of the site"] a')].map((a) =>
      a.getAttribute('href'),
    );
    expect(hrefs).toEqual(['#briefings', '/timeline/', '/trade/']);
    expect(document.getElementById('briefings')?.querySelector('h2')).not.toBeNull();
  });

  it('give every briefing a picture of its key events, described in words', () => {
    const articles = [...document.querySelectorAll('#briefings article')];
    expect(articles.length).toBeGreaterThan(0);
    for (const article of articles) {
      const visual = article.querySelector('[data-briefing-visual]');
      expect(visual?.querySelectorAll('svg.event-strip circle').length).toBeGreaterThan(0);
      expect(text(visual?.querySelector('svg.event-strip + p') ?? null)).toMatch(/^\d+ key events, \w+ \d{4}/);
    }
  });
});

describe('the first load', () => {
  it('is under 15 KB with brotli (HTML, CSS and JavaScript) and needs no JavaScript to read', () => {
    const weight = pageWeight(DIST, home.file);
    // Every page's small scripts and nothing else: the theme snippet (inline, before the first paint), the header
    // search's bootstrap (loads the search on focus) and the charts' "link to this" (copies an address; without
    // JavaScript it is a plain link).
    const scripts = [...home.document.querySelectorAll('script:not([type="application/ld+json"])')];
    expect(scripts.filter((s) => s.hasAttribute('src'))).toEqual([]);
    const inline = scripts.map((s) =>
      s.hasAttribute('data-theme-script')
        ? 'theme'
        : s.textContent?.includes('[data-site-search]') && s.textContent.includes('Link to this')
          ? 'every page'
          : (s.textContent ?? '').slice(0, 60),
    );
    expect(inline.sort()).toEqual(['every page', 'theme']);
    // Beside the theme snippet and the search's bootstrap (each budgeted on its own: sharing.test.ts, budgets.test.ts),
    // the page's own JavaScript, the "link to this" script, stays small.
    const own = scripts.filter(
      (s) => !s.hasAttribute('data-theme-script') && !s.textContent?.includes('[data-site-search]'),
    );
    expect(gzipSync(own.map((s) => s.textContent ?? '').join(''), { level: 9 }).length).toBeLessThan(0.5 * KB);
    // Weighed as before issue 11: without its head tags for machines and the theme snippet (weighed apart).
    expect(weight.firstLoad.brotli - headExtrasWeight(DIST, home.file).brotli).toBeLessThan(15 * KB);
  });
});
