import { describe, expect, it } from 'vitest';
import { partnerShortName } from '~/lib/trade/labels';
import {
  niceTicks,
  spreadLabels,
  summarizeTrend,
  TREND_SIZES,
  trendGeometry,
  trendRows,
  trendSeries,
  yearRanges,
} from '~/lib/trade/trend';
import { tradeRow as row } from '../../support/fixtures';

/** The shape of the real series: Italy from 2018 with 2021 missing, the EU only in 2022 and 2024. */
const rows = [
  row('IT', '2018', 13.2),
  row('IT', '2019', 9.95),
  row('IT', '2020', 7.58),
  row('IT', '2022', 14.9, { derived: true, approx: true }),
  row('IT', '2023', 16.1),
  row('RU', '2021', 24.5),
  row('RU', '2022', 26.1),
  row('EU', '2022', 39.9),
  row('EU', '2024', 50, { approx: true }),
  row('EU', '2023-01/2023-11', 38, { approx: true }),
  row('RU', '2022', 24.3, { basis: 'mirror' }),
  row('DE', '2022', 8.2, { basis: 'mirror', unit: 'EUR bn' }),
  row('RU', '2022', 10, { flow: 'exports' }),
];

/** A series as text: the value for each year, or `·` for a gap. */
const line = (partner: string, trend = trendSeries(rows, ['IT', 'RU', 'EU'])) =>
  trend.series
    .find((s) => s.partner === partner)!
    .points.map((p) => p.row?.value ?? '·')
    .join(' ');

describe('trendSeries', () => {
  it('runs from the first figure of any partner to the last, one point per year', () => {
    const trend = trendSeries(rows, ['IT', 'RU', 'EU']);
    expect(trend.years).toEqual(['2018', '2019', '2020', '2021', '2022', '2023', '2024']);
    expect(trend.series.map((s) => s.partner)).toEqual(['IT', 'RU', 'EU']);
    expect(trend.max).toBe(50);
  });

  it('leaves a gap for every year without a figure, never a zero', () => {
    expect(line('IT')).toBe('13.2 9.95 7.58 · 14.9 16.1 ·');
    expect(line('RU')).toBe('· · · 24.5 26.1 · ·');
    expect(line('EU')).toBe('· · · · 39.9 · 50');
  });

  it('joins only consecutive years: each run is one line, a run of one a lone marker', () => {
    const trend = trendSeries(rows, ['IT', 'RU', 'EU']);
    expect(trend.series.map((s) => [s.partner, s.runs, s.lastIndex])).toEqual([
      [
        'IT',
        [
          [0, 2],
          [4, 5],
        ],
        5,
      ],
      ['RU', [[3, 4]], 4],
      [
        'EU',
        [
          [4, 4],
          [6, 6],
        ],
        6,
      ],
    ]);
  });

  it("uses only full years of total trade on Kazakhstan's figures in US dollars", () => {
    expect(trendRows(rows).every((r) => r.basis === 'reporter' && r.flow === 'turnover' && r.unit === 'USD bn')).toBe(
      true,
    );
    expect(trendRows(rows).some((r) => r.period.includes('/'))).toBe(false);
    // Germany has only a mirror figure in euros: no line, and no years of its own.
    const germany = trendSeries(rows, ['DE']);
    expect(germany.years).toEqual([]);
    expect(germany.series[0]?.lastIndex).toBe(-1);
  });
});

describe('trend geometry', () => {
  it.each([
    [50, [0, 10, 20, 30, 40, 50]],
    [43.8, [0, 10, 20, 30, 40, 50]],
    [7.58, [0, 2, 4, 6, 8]],
    [120, [0, 25, 50, 75, 100, 125]],
    [0, [0, 1]],
  ])('gridlines from zero for a largest value of %d', (max, ticks) => {
    expect(niceTicks(max)).toEqual(ticks);
  });

  it('spreads labels at least the gap apart, each as close to its line as it can', () => {
    expect(spreadLabels([100, 50, 200], 16, 0, 300)).toEqual([100, 50, 200]);
    // Two labels 6 px apart move 5 px each, around their middle.
    expect(spreadLabels([100, 106], 16, 0, 300)).toEqual([95, 111]);
    // Three in a clump, one of them on the edge: the group stays inside the chart.
    expect(spreadLabels([2, 4, 6], 16, 0, 300)).toEqual([0, 16, 32]);
    expect(spreadLabels([298, 296], 16, 0, 300)).toEqual([300, 284]);
  });

  it('keeps every label apart in the real case, where China and Russia end close together', () => {
    const labels = spreadLabels([31.4, 28, 26.1, 27], 16, 0, 220);
    const sorted = [...labels].sort((a, b) => a - b);
    sorted.slice(1).forEach((y, i) => expect(y - sorted[i]!).toBeGreaterThanOrEqual(16 - 1e-9));
  });

  it('places points by year across the width and by value from zero up, labels at each last figure', () => {
    const geometry = trendGeometry(trendSeries(rows, ['IT', 'RU', 'EU']));
    const { plot, top } = TREND_SIZES;
    expect([geometry.x(0), geometry.x(3), geometry.x(6)]).toEqual([0, 50, 100]);
    expect([geometry.y(0), geometry.y(50)]).toEqual([top + plot, top]);
    expect(geometry.labels.map((l) => [l.text, l.x])).toEqual([
      ['Italy', geometry.x(5)],
      ['Russia', geometry.x(4)],
      ['EU', 100],
    ]);
    // The latest year always has its label; every other one before it may hide on a narrow chart.
    expect(geometry.yearLabels.filter((y) => !y.minor).map((y) => y.year)).toEqual(['2018', '2020', '2022', '2024']);
  });

  it('names blocs and long names short at line ends', () => {
    expect(['EU', 'US', 'KR', 'DE'].map(partnerShortName)).toEqual(['EU', 'US', 'S. Korea', 'Germany']);
  });
});

describe('summarizeTrend', () => {
  it('says where each line starts and ends, and where the gaps are', () => {
    expect(summarizeTrend(trendSeries(rows, ['RU', 'IT', 'EU']))).toBe(
      "By Kazakhstan's own figures, in US dollars: trade with Russia went from US$24.5 bn in 2021 to US$26.1 bn in " +
        '2022; with Italy, from US$13.2 bn in 2018 to US$16.1 bn in 2023; and with the European Union, from ' +
        'US$39.9 bn in 2022 to about US$50 bn in 2024. Years with no figure are gaps in the lines: Russia ' +
        '2018–2020 and 2023–2024; Italy 2021 and 2024; the European Union 2018–2021 and 2023.',
    );
  });

  it('words a line of one figure, a partner without any, and a derived figure', () => {
    const sparse = [row('CN', '2021', 18, { derived: true, approx: true }), row('TR', '2022', 6.3)];
    expect(summarizeTrend(trendSeries(sparse, ['CN', 'TR', 'DE']))).toBe(
      "By Kazakhstan's own figures, in US dollars: trade with China has one figure, about US$18 bn in 2021 " +
        '(derived); with Turkey, one figure, US$6.3 bn in 2022; and with Germany, no figure. Years with no figure ' +
        'are gaps in the lines: China 2022; Turkey 2021.',
    );
    expect(summarizeTrend(trendSeries(sparse, ['DE']))).toBe('No figures were found for these partners.');
    expect(summarizeTrend(trendSeries([...sparse, row('RU', '2022', 26)], ['DE', 'RU']))).toContain(
      'no figure was found for trade with Germany; and with Russia, one figure',
    );
  });

  it('groups consecutive years into ranges', () => {
    expect(yearRanges(['2018', '2019', '2020', '2022', '2024', '2025'])).toEqual(['2018–2020', '2022', '2024–2025']);
    expect(yearRanges([])).toEqual([]);
  });
});
