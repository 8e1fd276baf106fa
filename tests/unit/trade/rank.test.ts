import { describe, expect, it } from 'vitest';
import { formatShare, formatValue, partnerInProse, partnerName } from '~/lib/trade/labels';
import { viewId, type TradeRow } from '~/lib/trade/model';
import {
  allViews,
  availableViews,
  barClasses,
  barPercent,
  compareBases,
  isRankable,
  MIN_RANKED,
  rankView,
  selectRows,
  valueInside,
} from '~/lib/trade/rank';
import { summarizeView } from '~/lib/trade/summary';
import { tradeRow } from '../../support/fixtures';

const row = tradeRow;

const rows: TradeRow[] = [
  row('RU', '2021', 24.5),
  row('CN', '2021', 18.0, { approx: true, derived: true }),
  row('RU', '2022', 26.1),
  row('CN', '2022', 24.1),
  row('IT', '2022', 14.9, { approx: true, derived: true }),
  row('DE', '2022', 2.8),
  row('EU', '2022', 39.9),
  row('WLD', '2022', 134.4),
  row('CN', '2022-H1', 12.0),
  row('CN', '2023', 31.4),
  row('RU', '2023', 26.0),
  row('IT', '2023', 16.1),
  row('CN', '2022', 31.2, { basis: 'mirror' }),
  row('DE', '2022', 8.2, { basis: 'mirror', unit: 'EUR bn', approx: true }),
  row('IT', '2022', 4.5, { basis: 'mirror', unit: 'EUR bn' }),
  row('CN', '2022', 13.2, { flow: 'exports' }),
];
const view = (period: string, patch: Partial<Parameters<typeof rankView>[1]> = {}) => ({
  period,
  flow: 'turnover' as const,
  basis: 'reporter' as const,
  ...patch,
});

describe('rankView', () => {
  it('ranks partner countries by value, leaving the EU bloc and the total out of the ranking', () => {
    const ranked = rankView(rows, view('2022'));
    expect(ranked.groups).toHaveLength(1);
    expect(ranked.groups[0]?.partners.map((p) => [p.rank, p.row.partner, p.row.value])).toEqual([
      [1, 'RU', 26.1],
      [2, 'CN', 24.1],
      [3, 'IT', 14.9],
      [4, 'DE', 2.8],
    ]);
    expect(ranked.blocs.map((b) => b.partner)).toEqual(['EU']);
    expect(ranked.groups[0]?.partners[0]?.scale).toBe(1);
    expect(ranked.groups[0]?.partners[3]?.scale).toBeCloseTo(2.8 / 26.1);
  });

  it('gives shares only when a published total exists', () => {
    const with2022 = rankView(rows, view('2022')).groups[0]!;
    expect(with2022.total?.value).toBe(134.4);
    expect(with2022.partners[0]?.share).toBeCloseTo(26.1 / 134.4);
    const without = rankView(rows, view('2023')).groups[0]!;
    expect(without.total).toBeUndefined();
    expect(without.partners.every((p) => p.share === undefined)).toBe(true);
  });

  it('never counts a derived total as published', () => {
    const derivedTotal = [
      ...rows.filter((r) => r.partner !== 'WLD'),
      row('WLD', '2022', 134.8, { derived: true, approx: true }),
    ];
    expect(rankView(derivedTotal, view('2022')).groups[0]?.total).toBeUndefined();
  });

  it('ranks figures in different currencies separately', () => {
    const mirror = rankView(rows, view('2022', { basis: 'mirror' }));
    expect(mirror.groups.map((g) => [g.unit, g.partners.map((p) => p.row.partner)])).toEqual([
      ['USD bn', ['CN']],
      ['EUR bn', ['DE', 'IT']],
    ]);
  });

  it('keeps part-year figures out of full-year rankings, and refuses to rank a part year', () => {
    expect(selectRows(rows, view('2022')).some((r) => r.period === '2022-H1')).toBe(false);
    expect(() => rankView(rows, view('2022-H1'))).toThrow(/must be a full calendar year; got '2022-H1'/);
  });
});

describe('which views are offered', () => {
  it('knows every full-year view with partner figures, oldest first', () => {
    expect(allViews(rows).map(viewId)).toEqual([
      'kz-2021-turnover-reporter',
      'kz-2022-turnover-reporter',
      'kz-2022-turnover-mirror',
      'kz-2022-exports-reporter',
      'kz-2023-turnover-reporter',
    ]);
  });

  it('offers as rankings only the views with at least three partners in one currency', () => {
    expect(MIN_RANKED).toBe(3);
    // 2021 has two partners, 2022 exports one, and the 2022 mirror view one in dollars and two in euros.
    expect(availableViews(rows).map(viewId)).toEqual(['kz-2022-turnover-reporter', 'kz-2023-turnover-reporter']);
    expect(isRankable(rows, view('2022', { basis: 'mirror' }))).toBe(false);
    const threeInEuros = [...rows, row('FR', '2022', 5.3, { basis: 'mirror', unit: 'EUR bn' })];
    expect(isRankable(threeInEuros, view('2022', { basis: 'mirror' }))).toBe(true);
  });

  it('never counts the EU bloc or the total as a partner', () => {
    const blocs = [row('RU', '2020', 20), row('EU', '2020', 30), row('WLD', '2020', 100)];
    expect(isRankable(blocs, view('2020'))).toBe(false);
  });

  it('marks a currency group with too few partners as listed, not ranked', () => {
    const threeInEuros = [...rows, row('FR', '2022', 5.3, { basis: 'mirror', unit: 'EUR bn' })];
    expect(rankView(threeInEuros, view('2022', { basis: 'mirror' })).groups.map((g) => [g.unit, g.ranked])).toEqual([
      ['USD bn', false],
      ['EUR bn', true],
    ]);
  });
});

describe('bar geometry', () => {
  it.each([
    [1, 100],
    [0.5, 50],
    [0.1234, 12],
    [0.001, 1],
    [0, 0],
    [1.2, 100],
    [-0.1, 0],
  ])('a bar at scale %d is %d%% of its track', (scale, percent) => {
    expect(barPercent(scale)).toBe(percent);
  });

  it.each([
    [37, 'bar bar-t3 bar-u7'],
    [100, 'bar bar-t10'],
    [9, 'bar bar-u9'],
    [0, 'bar'],
  ])('a bar of %d%% has the classes "%s"', (percent, classes) => {
    expect(barClasses(percent)).toBe(classes);
  });

  it('writes the value inside a bar at least half its track, after a shorter one', () => {
    expect([valueInside(1), valueInside(0.5), valueInside(0.49), valueInside(0)]).toEqual([true, true, false, false]);
  });
});

describe('compareBases', () => {
  it('sets the reporter figure against the mirror figure, with the gap when currencies match', () => {
    const china = compareBases(rows, { partner: 'CN', period: '2022', flow: 'turnover' });
    expect([china.reporterRow?.value, china.mirrorRow?.value, china.difference]).toEqual([24.1, 31.2, 7.1]);
    expect(china.ratio).toBeCloseTo(1.295, 3);
  });

  it('gives no gap across currencies', () => {
    const germany = compareBases(rows, { partner: 'DE', period: '2022', flow: 'turnover' });
    expect([germany.reporterRow?.unit, germany.mirrorRow?.unit]).toEqual(['USD bn', 'EUR bn']);
    expect(germany.difference).toBeUndefined();
    expect(germany.ratio).toBeUndefined();
  });

  it('reports a missing side as missing', () => {
    expect(compareBases(rows, { partner: 'RU', period: '2023', flow: 'exports' })).toEqual({});
  });
});

describe('formatting', () => {
  it.each([
    [26.1, 'USD bn', false, 'US$26.1 bn'],
    [43.82, 'USD bn', false, 'US$43.82 bn'],
    [28, 'USD bn', false, 'US$28 bn'],
    [8.2, 'EUR bn', true, 'about €8.2 bn'],
    [0.9165, 'USD bn', false, 'US$0.92 bn'],
  ] as const)('%d %s (approx %s) → %s', (value, unit, approx, text) => {
    expect(formatValue(value, unit, { approx })).toBe(text);
  });

  it('puts an article before names that take one in a sentence', () => {
    expect([partnerInProse('NL'), partnerInProse('US'), partnerInProse('DE')]).toEqual([
      'the Netherlands',
      'the United States',
      'Germany',
    ]);
  });

  it('formats shares and names partners', () => {
    expect(formatShare(26.1 / 134.4)).toBe('19.4%');
    expect([partnerName('DE'), partnerName('KR'), partnerName('TR'), partnerName('EU'), partnerName('WLD')]).toEqual([
      'Germany',
      'South Korea',
      'Turkey',
      'European Union',
      'All partners (total)',
    ]);
  });
});

describe('summarizeView', () => {
  it('says who leads and who follows', () => {
    expect(summarizeView(rows, view('2022'))).toMatchInlineSnapshot(
      `"Among the 4 partners for which Kazakhstan's figures were found: in 2022 Russia (US$26.1 bn) was Kazakhstan's largest trading partner by turnover, ahead of China (US$24.1 bn) and Italy (about US$14.9 bn, derived)."`,
    );
  });

  it('says "overtook" when both partners have figures in both years and the order flipped', () => {
    expect(summarizeView(rows, view('2023'))).toMatchInlineSnapshot(
      `"Among the 3 partners for which Kazakhstan's figures were found: in 2023 China overtook Russia as the largest trading partner by turnover among them: China (US$31.4 bn) against Russia (US$26 bn). No 2023 figure for total trade was found for Germany, so the ranking leaves it out."`,
    );
  });

  it('does not say "overtook" when last year lacks a figure for either partner', () => {
    const sparse = [
      row('IT', '2020', 7.58),
      row('RU', '2021', 24.5),
      row('IT', '2021', 9.5),
      row('CN', '2024', 40),
      row('RU', '2024', 28),
    ];
    expect(summarizeView(sparse, view('2021'))).not.toContain('overtook');
    expect(summarizeView([...sparse, row('RU', '2023', 26)], view('2024'))).not.toContain('overtook');
  });

  it('does not rank a single figure', () => {
    expect(summarizeView(rows, view('2022', { flow: 'exports' }))).toMatchInlineSnapshot(
      `"For 2022, only China (US$13.2 bn) was found in Kazakhstan's statistics, so there is no ranking to show. No 2022 figure for exports was found for Germany, Italy or Russia, so the ranking leaves them out."`,
    );
  });

  it('words mirror views for what they are, and keeps currencies apart', () => {
    expect(summarizeView(rows, view('2022', { basis: 'mirror' }))).toMatchInlineSnapshot(
      `"By the partners' own statistics (3 found): in 2022 the largest figures were China (US$31.2 bn) of those in US dollars and Germany (about €8.2 bn) of those in euros. Figures in different currencies are not ranked against each other."`,
    );
  });

  it('says so when there is nothing to summarise', () => {
    expect(summarizeView(rows, view('2020'))).toBe('No turnover figures were found for 2020.');
  });
});
