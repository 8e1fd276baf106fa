/** The trade panel as built: the same numbers in bars, table, data and downloads, each traced to its source. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { builtPage, distText } from '../support/dist';
import { yamlEntries } from '../support/content-files';
import { ROOT } from '../../tools/lib/paths';

type CsvRow = Record<
  'reporter' | 'partner' | 'period' | 'flow' | 'value' | 'unit' | 'basis' | 'approx' | 'derived' | 'source' | 'note',
  string
>;

const data = parse(readFileSync(join(ROOT, 'content/trade/kazakhstan.csv'), 'utf8'), { columns: true }) as CsvRow[];
const sourceUrls = new Map([...yamlEntries<{ url: string }>('sources')].map(([id, s]) => [id, s.url]));
const page = builtPage('/trade/');
const views = [...page.document.querySelectorAll('.trade-view')];

/** The partner countries of one view, grouped by currency (dollars first), each group largest first. */
function expectedGroups(period: string, flow: string, basis: string): { unit: string; values: Map<string, number> }[] {
  const rows = data.filter(
    (r) => r.period === period && r.flow === flow && r.basis === basis && !['EU', 'WLD'].includes(r.partner),
  );
  const units = ['USD bn', 'EUR bn'].filter((unit) => rows.some((r) => r.unit === unit));
  return units.map((unit) => ({
    unit,
    values: new Map(rows.filter((r) => r.unit === unit).map((r) => [r.partner, Number(r.value)])),
  }));
}

describe('the trade page panel', () => {
  it('has a view for every full year, flow and basis with at least three partners in one currency, and no other', () => {
    const counts = new Map<string, number>();
    for (const r of data.filter((r) => /^\d{4}$/.test(r.period) && !['EU', 'WLD'].includes(r.partner))) {
      const key = `trade-kz-${r.period}-${r.flow}-${r.basis} ${r.unit}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const expected = new Set([...counts].filter(([, n]) => n >= 3).map(([key]) => key.split(' ')[0]!));
    expect(views.map((v) => v.id).sort()).toEqual([...expected].sort());
    expect(views.filter((v) => v.hasAttribute('data-default')).map((v) => v.id)).toEqual([
      'trade-kz-2022-turnover-reporter',
    ]);
  });

  it.each(views.map((v) => [v.id, v] as const))('%s: bars and table show the data, in the same order', (id, view) => {
    const [, , period, flow, basis] = id.split('-');
    const bars = [...view.querySelectorAll('[data-bars] > li')].map(
      (li) => [li.getAttribute('data-partner')!, Number(li.getAttribute('data-value'))] as const,
    );
    // The table's ranked rows (a number in the Rank column) are the bars, in the same order.
    const table = [...view.querySelectorAll('table[data-table] tbody tr')]
      .filter((tr) => /^\d+$/.test(tr.children[0]!.textContent!.trim()))
      .map((tr) => [tr.getAttribute('data-partner')!, Number(tr.getAttribute('data-value'))] as const);
    expect(table).toEqual(bars);
    // Every partner of a currency with three or more appears once as a bar with its value as in the data, largest
    // first; a currency with fewer is listed in words, unranked, and in the table as "not ranked".
    let offset = 0;
    const groups = expectedGroups(period!, flow!, basis!);
    for (const group of groups.filter((g) => g.values.size < 3)) {
      const listed = view.querySelector(`[data-unranked="${group.unit}"]`)?.textContent ?? '';
      for (const partner of group.values.keys()) {
        expect(view.querySelector(`table[data-table] tr[data-partner="${partner}"] td`)?.textContent?.trim()).toBe(
          'not ranked',
        );
        expect(listed).toContain(
          view.querySelector(`table[data-table] tr[data-partner="${partner}"] th`)!.textContent!.trim(),
        );
      }
    }
    for (const group of groups.filter((g) => g.values.size >= 3)) {
      const shown = bars.slice(offset, offset + group.values.size);
      offset += group.values.size;
      expect(new Map(shown)).toEqual(group.values);
      const values = shown.map(([, value]) => value);
      expect(values).toEqual([...values].sort((a, b) => b - a));
    }
    expect(offset).toBe(bars.length);
    // The text a reader sees says the same as the attributes: value text appears in both the bar and the table.
    const barTexts = [...view.querySelectorAll('[data-bar-value]')].map((el) => el.textContent!.trim());
    const tableTexts = [...view.querySelectorAll('[data-table-value]')]
      .slice(0, barTexts.length)
      .map((el) => el.textContent!.replace(' (derived)', '').trim());
    expect(barTexts).toEqual(tableTexts);
  });

  /**
   * Worked out by hand from content/trade/kazakhstan.csv. The leader of a year overtook its runner-up only when
   * both have figures for that year and the year before, on the same basis and flow and in the same currency, and
   * the runner-up was ahead the year before.
   */
  const OVERTOOK: Record<string, string> = {
    // Reporter turnover: Russia 26.1 > China 24.1 in 2022; China 31.4 > Russia 26.0 in 2023.
    'kz-2023-turnover-reporter': 'in 2023 China overtook Russia',
  };
  const NOT_OVERTOOK: Record<string, string> = {
    'kz-2021-turnover-reporter': 'Russia leads China; no 2020 figures for either',
    'kz-2022-turnover-reporter': 'Russia leads China, as in 2021 (24.5 > 18.0)',
    'kz-2024-turnover-reporter': 'Russia leads Italy, as in 2023 (26.0 > 16.1); China has no 2024 figure',
    'kz-2022-exports-reporter': 'China leads Turkey; no 2021 figure for China',
    'kz-2023-exports-reporter': 'China leads Turkey, as in 2022 (13.2 > 4.7)',
    'kz-2022-imports-reporter': 'China leads the United States; no 2021 figures for either',
    'kz-2023-imports-reporter': 'China leads Korea; no 2022 import figure for Korea',
    'kz-2022-turnover-mirror': 'dollars and euros: not ranked against each other',
    'kz-2023-turnover-mirror': 'China leads Russia, as on this basis in 2022 (31.2 > 24.3)',
  };
  // Views no longer offered, with fewer than three partners in any one currency (each said "no ranking to show"):
  // 2018–2020 turnover, exports and imports (Italy only), 2024 exports (Italy only), 2021 exports and imports
  // (Turkey and France), and every other mirror view (one or two partners).

  it('has a hand-worked "overtook" expectation for every view', () => {
    expect(views.map((v) => v.id.replace(/^trade-/, '')).sort()).toEqual(
      [...Object.keys(OVERTOOK), ...Object.keys(NOT_OVERTOOK)].sort(),
    );
  });

  it.each(Object.entries(OVERTOOK))('%s: the summary says who overtook whom (%s)', (id, phrase) => {
    const summary = page.document.querySelector(`section#trade-${id} [data-trade-summary]`)?.textContent ?? '';
    expect(summary).toContain(phrase);
  });

  it.each(Object.entries(NOT_OVERTOOK))('%s: the summary never says "overtook" (%s)', (id) => {
    const summary = page.document.querySelector(`section#trade-${id} [data-trade-summary]`)?.textContent;
    expect(summary).toBeTruthy();
    expect(summary).not.toContain('overtook');
  });

  it.each(views.map((v) => [v.id, v] as const))('%s: the summary names the leader', (_id, view) => {
    const summary = view.querySelector('[data-trade-summary]')!.textContent!;
    const runnerUp = view.querySelectorAll('[data-bars] > li')[1];
    const leaderName = view.querySelector('[data-bars] > li [data-name]')!.getAttribute('data-name')!;
    expect(summary).toContain(leaderName);
    expect(runnerUp).toBeDefined();
    expect(summary).not.toContain('no ranking');
  });

  it('links every figure to the source its data row names', () => {
    for (const view of views) {
      const [, , period, flow, basis] = view.id.split('-');
      for (const tr of view.querySelectorAll('table[data-table] tbody tr[data-value]')) {
        const row = data.find(
          (r) =>
            r.partner === tr.getAttribute('data-partner') &&
            r.period === period &&
            r.flow === flow &&
            r.basis === basis,
        )!;
        expect(tr.querySelector('a')?.getAttribute('href')).toBe(sourceUrls.get(row.source));
      }
    }
  });

  it('never ranks a part-year figure', () => {
    const ranked = views.flatMap((v) => v.id);
    expect(ranked.every((id) => /^trade-kz-\d{4}-/.test(id))).toBe(true);
    const partYearTable = page.document.querySelector('table caption#part-year-caption')!.closest('table')!;
    expect(partYearTable.querySelectorAll('tbody tr')).toHaveLength(
      data.filter((r) => !/^\d{4}$/.test(r.period)).length,
    );
  });

  it('compares both sides for China and Germany in 2022, without converting currencies', () => {
    const table = page.document.querySelector('table[data-basis-comparison]')!;
    const china = table.querySelector('tr[data-partner="CN"]')!.textContent!;
    expect(china).toContain('US$24.1 bn');
    expect(china).toContain('US$31.2 bn');
    expect(china).toContain('US$7.1 bn more');
    const germany = table.querySelector('tr[data-partner="DE"]')!.textContent!;
    expect(germany).toContain('US$2.8 bn');
    expect(germany).toContain('€8.2 bn');
    expect(germany).toContain('different currencies');
  });
});

describe('the trade downloads', () => {
  const csv = parse(distText('trade/trade.csv'), { columns: true }) as Record<string, string>[];
  const json = JSON.parse(distText('trade/trade.json')) as {
    count: number;
    columns: Record<string, string>;
    rows: Record<string, unknown>[];
  };

  it('hold every data row, unchanged, with its source address', () => {
    expect(csv).toHaveLength(data.length);
    expect(json.count).toBe(data.length);
    data.forEach((row, i) => {
      for (const column of Object.keys(row) as (keyof CsvRow)[]) {
        // A cell that would start a spreadsheet formula carries a leading ' in the CSV (see reuse.test.ts).
        const written = column === 'value' ? String(Number(row.value)) : row[column];
        const safe = /^[=+\-@\t\r]/.test(written) ? `'${written}` : written;
        expect(csv[i]![column], `row ${i + 2}, ${column}`).toBe(safe);
        expect(json.rows[i]![column as string], `row ${i + 2}, ${column} in JSON`).toEqual(
          column === 'value'
            ? Number(row.value)
            : column === 'approx' || column === 'derived'
              ? row[column] === 'true'
              : row[column],
        );
      }
      expect(csv[i]!['source_url']).toBe(sourceUrls.get(row.source));
      expect(json.rows[i]).toMatchObject({
        partner: row.partner,
        period: row.period,
        value: Number(row.value),
        source_url: sourceUrls.get(row.source),
      });
    });
  });

  it('explain every column', () => {
    expect(Object.keys(json.columns).sort()).toEqual(Object.keys(csv[0]!).sort());
  });
});

describe('the panel in the first briefing', () => {
  const briefing = builtPage('/briefings/how-kazakhstan-changed-after-the-invasion/');

  it('shows 2022 with Germany highlighted in text as well as colour, next to the claim check', () => {
    const panel = briefing.document.querySelector('figure[data-trade-panel]')!;
    const germany = panel.querySelector('[data-bars] > li[data-partner="DE"]')!;
    expect(germany.hasAttribute('data-highlighted')).toBe(true);
    expect(germany.textContent).toContain('(highlighted)');
    const claim = briefing.document.querySelector('aside.claim-check')!;
    expect(claim.textContent).toContain('second-largest trading partner');
    expect(claim.textContent).toContain('Contradicted');
  });

  it('adds no JavaScript, since it has no switches', () => {
    // The page has scripts for its citations and contents, none of them the trade panel's.
    const scripts = [...briefing.document.querySelectorAll('script')].map((s) => s.textContent ?? '');
    expect(scripts.filter((s) => s.includes('data-trade-views') || s.includes('trade-panel'))).toEqual([]);
  });
});
