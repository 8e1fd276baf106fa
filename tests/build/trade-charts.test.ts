/**
 * Every trade chart as built, on every page: named for screen readers, backed by a table with the same numbers,
 * never a ranking of fewer than three, never silent about a partner that has no figure, and the trend's lines
 * broken wherever the data is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { builtPage, builtPages } from '../support/dist';
import { ROOT } from '../../tools/lib/paths';

type CsvRow = Record<'partner' | 'period' | 'flow' | 'value' | 'unit' | 'basis', string>;

const data = parse(readFileSync(join(ROOT, 'content/trade/kazakhstan.csv'), 'utf8'), { columns: true }) as CsvRow[];
const pages = builtPages().filter((p) =>
  p.document.querySelector('[data-trade-panel], [data-trade-trend], [data-basis-pairs]'),
);
const charts = pages.flatMap((page) =>
  [
    ...page.document.querySelectorAll('figure[data-trade-panel], figure[data-trade-trend], figure[data-basis-pairs]'),
  ].map((figure, i) => [`${page.path} chart ${i + 1}`, figure, page.document] as const),
);
const numbers = (text: string) => [...text.matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0]);
const trade = builtPage('/trade/');

describe('trade charts on every page', () => {
  it('are on the trade page and in the briefings that use them', () => {
    expect(pages.map((p) => p.path)).toContain('/trade/');
    expect(pages.some((p) => p.path.startsWith('/briefings/'))).toBe(true);
    expect(charts.length).toBeGreaterThanOrEqual(4);
  });

  it.each(charts)('%s has an accessible name, and a table holding every number it draws', (_name, figure, document) => {
    const name = document.getElementById(figure.getAttribute('aria-labelledby') ?? '')?.textContent?.trim();
    expect(name).toBeTruthy();
    const svg = figure.querySelector('svg[role="img"]');
    if (svg) expect(document.getElementById(svg.getAttribute('aria-labelledby') ?? '')?.textContent).toBeTruthy();
    // Each view (or the figure, when it has one view) keeps its numbers in its own table.
    const scopes = figure.querySelectorAll('.trade-view').length
      ? [...figure.querySelectorAll('.trade-view')]
      : [figure];
    for (const scope of scopes) {
      const table = scope.querySelector('table');
      expect(table, 'a table').not.toBeNull();
      const tableNumbers = new Set(numbers(table!.textContent ?? ''));
      for (const value of scope.querySelectorAll('[data-bar-value]')) {
        for (const n of numbers(value.textContent ?? '')) expect(tableNumbers, `${value.textContent}`).toContain(n);
      }
      for (const marker of scope.querySelectorAll('g[data-partner] use[data-year]')) {
        const partner = marker.closest('g')!.getAttribute('data-partner');
        const cell = table!.querySelector(
          `td[data-partner="${partner}"][data-year="${marker.getAttribute('data-year')}"]`,
        );
        expect(cell?.getAttribute('data-value'), `${partner} ${marker.getAttribute('data-year')}`).toBeTruthy();
      }
    }
    // Sizes come from classes and SVG attributes, never inline styles.
    expect(figure.querySelector('[style]')).toBeNull();
  });

  // Every chart's table, the home page's shift chart's too, the same to read and to print.
  const tables = builtPages().flatMap((page) =>
    [
      ...page.document.querySelectorAll(
        ':is(figure[data-trade-panel], figure[data-trade-trend], figure[data-basis-pairs], figure[data-trade-shift]) table',
      ),
    ].map((table, i) => [`${page.path} table ${i + 1}`, table] as const),
  );

  it.each(tables)(
    '%s folds under "Table and sources for these figures", opens on paper, and scrolls in a region its caption names',
    (_name, table) => {
      const details = table.closest('details');
      expect(details?.getAttribute('data-print')).toBe('open');
      expect(details?.querySelector(':scope > summary')?.textContent?.trim()).toBe(
        'Table and sources for these figures',
      );
      const region = table.parentElement!;
      const caption = table.querySelector(':scope > caption');
      expect(caption?.textContent?.trim()).toBeTruthy();
      expect(region.getAttribute('aria-labelledby')).toBe(caption?.id);
      expect(region.getAttribute('tabindex')).toBe('0');
    },
  );

  it('set every table caption in one style, and its words apart', () => {
    expect(tables.length).toBeGreaterThanOrEqual(4);
    const captions = tables.map(([, table]) => table.querySelector(':scope > caption')!);
    expect(new Set(captions.map((c) => c.className)).size).toBe(1);
    expect(trade.document.querySelector('table[data-trend-table] caption')?.textContent).toMatch(
      /^Total trade \(turnover\) as reported by Kazakhstan, 2018–\d{4}; each figure links to its source$/,
    );
  });

  it('never draw a ranking from fewer than three partners', () => {
    const rankings = pages.flatMap((p) => [...p.document.querySelectorAll('ol[data-bars]')]);
    expect(rankings.length).toBeGreaterThan(0);
    for (const ranking of rankings) expect(ranking.querySelectorAll(':scope > li').length).toBeGreaterThanOrEqual(3);
  });
});

describe('partners with no figure', () => {
  const fullYear = (r: CsvRow) => /^\d{4}$/.test(r.period) && !['EU', 'WLD'].includes(r.partner);
  const views = [...trade.document.querySelectorAll('.trade-view')];

  it.each(views.map((v) => [v.id, v] as const))(
    '%s lists every partner from the year before that has no figure now as "no figure found"',
    (id, view) => {
      const [, , period, flow, basis] = id.split('-');
      const partnersIn = (year: string) =>
        new Set(
          data
            .filter((r) => fullYear(r) && r.period === year && r.flow === flow && r.basis === basis)
            .map((r) => r.partner),
        );
      const now = partnersIn(period!);
      const before = partnersIn(String(Number(period) - 1));
      for (const partner of [...before].filter((p) => !now.has(p))) {
        const listed = view.querySelector(`ul[data-missing] li[data-partner="${partner}"]`);
        expect(listed?.textContent, partner).toContain('no figure found');
        expect(view.querySelector(`table[data-table] tr[data-missing][data-partner="${partner}"]`)).not.toBeNull();
      }
    },
  );

  it('shows China in the 2024 view as missing, with China’s own figure beside it, not as absent from trade', () => {
    const view = trade.document.getElementById('trade-kz-2024-turnover-reporter')!;
    expect([...view.querySelectorAll('ul[data-missing] li')].map((li) => li.getAttribute('data-partner'))).toEqual([
      'CN',
      'DE',
      'TR',
    ]);
    expect(view.querySelector('ul[data-missing] li[data-partner="CN"]')?.textContent).toContain(
      "China's own statistics: US$43.82 bn, not ranked",
    );
    const summary = view.querySelector('[data-trade-summary]')!.textContent!;
    expect(summary).toContain('among them');
    expect(summary).toContain('No 2024 figure for total trade was found for China, Germany or Turkey');
  });
});

describe('the trend chart on the trade page', () => {
  const figure = trade.document.querySelector('figure[data-trade-trend]')!;
  const series = [...figure.querySelectorAll('g[data-partner]')];
  const values = (partner: string) =>
    new Map(
      data
        .filter(
          (r) =>
            r.partner === partner &&
            /^\d{4}$/.test(r.period) &&
            r.flow === 'turnover' &&
            r.basis === 'reporter' &&
            r.unit === 'USD bn',
        )
        .map((r) => [Number(r.period), Number(r.value)]),
    );

  it('draws Russia, China, the EU, Italy and Germany from 2018 to the latest year, labelled at their ends', () => {
    expect(series.map((g) => g.getAttribute('data-partner'))).toEqual(['RU', 'CN', 'EU', 'IT', 'DE']);
    const years = [...figure.querySelectorAll('table[data-trend-table] tbody th')].map((th) => th.textContent!.trim());
    const latest = Math.max(...['RU', 'CN', 'EU', 'IT', 'DE'].flatMap((p) => [...values(p).keys()]));
    expect(years[0]).toBe('2018');
    expect(years.at(-1)).toBe(String(latest));
    expect(series.map((g) => g.querySelector('text.trend-label')?.textContent?.trim())).toEqual([
      'Russia',
      'China',
      'EU',
      'Italy',
      'Germany',
    ]);
  });

  it.each(series.map((g) => [g.getAttribute('data-partner')!, g] as const))(
    '%s: a line joins two years only when both have a figure; a missing year is a gap',
    (partner, g) => {
      const known = values(partner);
      const segments = [...g.querySelectorAll('line[data-years]')].map((l) =>
        l.getAttribute('data-years')!.split('-').map(Number),
      );
      const expected = [...known.keys()].filter((year) => known.has(year + 1)).map((year) => [year, year + 1]);
      expect(segments).toEqual(expected);
      expect([...g.querySelectorAll('use[data-year]')].map((u) => Number(u.getAttribute('data-year')))).toEqual(
        [...known.keys()].sort(),
      );
      // The table says the same: a figure where the data has one, "no figure" in every gap.
      for (const cell of figure.querySelectorAll(`td[data-partner="${partner}"]`)) {
        const year = Number(cell.getAttribute('data-year'));
        if (known.has(year)) expect(Number(cell.getAttribute('data-value'))).toBe(known.get(year));
        else expect(cell.textContent?.trim()).toBe('no figure');
      }
    },
  );

  it('has gaps where the data does: Italy in 2021, the EU in 2023', () => {
    const italy = figure.querySelector('g[data-partner="IT"]')!;
    expect(italy.querySelector('line[data-years="2020-2021"], line[data-years="2021-2022"]')).toBeNull();
    expect(italy.querySelector('line[data-years="2019-2020"]')).not.toBeNull();
    const eu = figure.querySelector('g[data-partner="EU"]')!;
    expect(eu.querySelectorAll('line')).toHaveLength(0);
    expect(figure.querySelector('[data-trend-summary]')?.textContent).toContain('Italy 2021');
  });
});
