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
  it('has a view for every full year, flow and basis with partner data', () => {
    const expected = new Set(
      data
        .filter((r) => /^\d{4}$/.test(r.period) && !['EU', 'WLD'].includes(r.partner))
        .map((r) => `trade-kz-${r.period}-${r.flow}-${r.basis}`),
    );
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
    const table = [...view.querySelectorAll('table[data-table] tbody tr')].map(
      (tr) => [tr.getAttribute('data-partner')!, Number(tr.getAttribute('data-value'))] as const,
    );
    expect(table).toEqual(bars);
    // Every partner of the view appears once with its value as in the data, largest first within each currency.
    let offset = 0;
    for (const group of expectedGroups(period!, flow!, basis!)) {
      const shown = bars.slice(offset, offset + group.values.size);
      offset += group.values.size;
      expect(new Map(shown)).toEqual(group.values);
      const values = shown.map(([, value]) => value);
      expect(values).toEqual([...values].sort((a, b) => b - a));
    }
    expect(offset).toBe(bars.length);
    // The text a reader sees says the same as the attributes: value text appears in both the bar and the table.
    const barTexts = [...view.querySelectorAll('[data-bar-value]')].map((el) =>
      el.textContent!.replace('derived', '').trim(),
    );
    const tableTexts = [...view.querySelectorAll('[data-table-value]')].map((el) =>
      el.textContent!.replace(' (derived)', '').trim(),
    );
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
    'kz-2018-turnover-reporter': 'Italy only',
    'kz-2019-turnover-reporter': 'Italy only',
    'kz-2020-turnover-reporter': 'Italy only',
    'kz-2021-turnover-reporter': 'Russia leads China; no 2020 figures for either',
    'kz-2022-turnover-reporter': 'Russia leads China, as in 2021 (24.5 > 18.0)',
    'kz-2024-turnover-reporter': 'Russia leads Italy, as in 2023 (26.0 > 16.1)',
    'kz-2018-exports-reporter': 'Italy only',
    'kz-2019-exports-reporter': 'Italy only',
    'kz-2020-exports-reporter': 'Italy only',
    'kz-2021-exports-reporter': 'Turkey leads France; no 2020 figures for either',
    'kz-2022-exports-reporter': 'China leads Turkey; no 2021 figure for China',
    'kz-2023-exports-reporter': 'China leads Turkey, as in 2022 (13.2 > 4.7)',
    'kz-2024-exports-reporter': 'Italy only',
    'kz-2018-imports-reporter': 'Italy only',
    'kz-2019-imports-reporter': 'Italy only',
    'kz-2020-imports-reporter': 'Italy only',
    'kz-2021-imports-reporter': 'Turkey leads France; no 2020 figures for either',
    'kz-2022-imports-reporter': 'China leads the United States; no 2021 figures for either',
    'kz-2023-imports-reporter': 'China leads Korea; no 2022 import figure for Korea',
    'kz-2020-turnover-mirror': 'Germany only (euros)',
    'kz-2021-turnover-mirror': 'Turkey only',
    'kz-2022-turnover-mirror': 'dollars and euros: not ranked against each other',
    'kz-2023-turnover-mirror': 'China leads Russia, as on this basis in 2022 (31.2 > 24.3)',
    'kz-2024-turnover-mirror': 'China only',
    'kz-2021-exports-mirror': 'Italy only (euros)',
    'kz-2022-exports-mirror': 'Germany only (euros)',
    'kz-2023-exports-mirror': 'China only',
    'kz-2021-imports-mirror': 'Germany leads Italy (euros); no 2020 figures for either',
    'kz-2022-imports-mirror': 'Germany only (euros)',
    'kz-2023-imports-mirror': 'China only',
  };

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
    const leaderName = view.querySelector('[data-bars] > li > span')!.textContent!.replace('(highlighted)', '').trim();
    expect(summary).toContain(leaderName);
    if (!runnerUp) expect(summary).toContain('no ranking');
  });

  it('links every figure to the source its data row names', () => {
    for (const view of views) {
      const [, , period, flow, basis] = view.id.split('-');
      for (const tr of view.querySelectorAll('table[data-table] tbody tr')) {
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
    expect(briefing.document.querySelectorAll('script')).toHaveLength(0);
  });
});
