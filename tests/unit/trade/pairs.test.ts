import { describe, expect, it } from 'vitest';
import { pairChart, pairProblem } from '~/lib/trade/pairs';
import { tradeRow as row } from '../../support/fixtures';

const rows = [
  row('CN', '2022', 24.1),
  row('CN', '2022', 31.2, { basis: 'mirror' }),
  row('RU', '2022', 26.1),
  row('RU', '2022', 24.3, { basis: 'mirror', approx: true }),
  row('DE', '2022', 2.8),
  row('DE', '2022', 8.2, { basis: 'mirror', unit: 'EUR bn', approx: true }),
  row('CN', '2023', 14.7, { flow: 'exports' }),
  row('CN', '2023', 16.3, { flow: 'exports', basis: 'mirror' }),
];

describe('pairChart', () => {
  it('draws both sides on one scale in dollars, largest figure full length, in the order asked', () => {
    const chart = pairChart(rows, [
      { partner: 'CN', period: '2022' },
      { partner: 'RU', period: '2022' },
      { partner: 'CN', period: '2023', flow: 'exports' },
    ]);
    expect(chart.unit).toBe('USD bn');
    expect(chart.pairs.map((p) => [p.partner, p.flow, p.reporter.percent, p.mirror.percent])).toEqual([
      ['CN', 'turnover', 77, 100],
      ['RU', 'turnover', 84, 78],
      ['CN', 'exports', 47, 52],
    ]);
    expect(chart.pairs.map((p) => p.difference)).toEqual([7.1, -1.8, 1.6]);
    expect(chart.pairs[2]?.reporter.inside).toBe(false);
    expect(chart.pairs[0]?.mirror.inside).toBe(true);
  });

  it('writes a figure in another currency out instead of drawing it, and gives no gap', () => {
    const [germany] = pairChart(rows, [
      { partner: 'DE', period: '2022' },
      { partner: 'CN', period: '2022' },
    ]).pairs;
    expect(germany?.reporter.percent).toBe(9);
    expect(germany?.mirror.percent).toBeUndefined();
    expect(germany?.mirror.row.unit).toBe('EUR bn');
    expect(germany?.difference).toBeUndefined();
    expect(germany?.ratio).toBeUndefined();
  });

  it('names a pair with a side missing', () => {
    expect(pairProblem(rows, { partner: 'CN', period: '2022' })).toBeUndefined();
    expect(pairProblem(rows, { partner: 'IT', period: '2022' })).toBe(
      'Italy (IT) 2022 turnover needs both a reporter and a mirror row in content/trade/; it has no reporter or mirror row',
    );
    expect(() => pairChart(rows, [{ partner: 'RU', period: '2023' }])).toThrow(
      '<BasisComparison>: Russia (RU) 2023 turnover needs both a reporter and a mirror row',
    );
  });
});
