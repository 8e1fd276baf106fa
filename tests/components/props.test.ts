/** The prop checks each MDX component declares, as the build's content check runs them on a briefing's tags. */
import { describe, expect, it } from 'vitest';
import { claimCheckProblems } from '~/components/trade/claim-check';
import { tradePanelProblems, type TradeOffer } from '~/components/trade/trade-panel';
import { resolveTradeFigure, resolveTradeLeaders } from '~/components/trade/trade-prose';
import { tradeTrendProblems } from '~/components/trade/trade-trend';
import type { TradeRow } from '~/lib/trade/model';
import { tradeRow } from '../support/fixtures';

const view = (period: string, basis: 'reporter' | 'mirror' = 'reporter') => ({
  period,
  flow: 'turnover' as const,
  basis,
});
const offer: TradeOffer = {
  views: [view('2022'), view('2023'), view('2022', 'mirror')],
  sizes: new Map([['kz-2021-turnover-reporter', 2]]),
  partners: new Set(['DE', 'CN']),
  partnersIn: new Map([
    ['kz-2022-turnover-reporter', new Set(['DE', 'CN'])],
    ['kz-2023-turnover-reporter', new Set(['CN'])],
    ['kz-2022-turnover-mirror', new Set(['CN'])],
  ]),
};
const claim = { claim: 'x', by: 'y', source: 'matussek-oped', verdict: 'contradicted' };

describe('<ClaimCheck> and <TradePanel> props', () => {
  it('accepts props that match the data', () => {
    expect(claimCheckProblems(claim)).toEqual([]);
    expect(tradePanelProblems({ year: '2022', highlight: '["DE"]' }, offer)).toEqual([]);
    expect(tradePanelProblems({ year: '2022', basis: 'mirror' }, offer)).toEqual([]);
  });

  it.each([
    [
      'an unknown verdict',
      () => claimCheckProblems({ ...claim, verdict: 'false' }),
      '<ClaimCheck verdict="false">: verdict must be one of confirmed, partly-true, contradicted, unverified',
    ],
    ['a claim without its source', () => claimCheckProblems({ ...claim, source: '' }), '<ClaimCheck> needs source="…"'],
    ['a part year', () => tradePanelProblems({ year: '2023-H1' }, offer), 'year must be a whole calendar year'],
    [
      'a year without data',
      () => tradePanelProblems({ year: '2019' }, offer),
      'no turnover figures on the reporter basis for 2019 in content/trade/; years that can be ranked: 2022, 2023',
    ],
    [
      'a year with too few partners to rank',
      () => tradePanelProblems({ year: '2021' }, offer),
      '<TradePanel>: only 2 partners have turnover figures on the reporter basis for 2021 (in one currency), too few to rank: 3 are needed; years that can be ranked: 2022, 2023',
    ],
    [
      'a highlight with no figure in that view',
      () => tradePanelProblems({ year: '2023', highlight: '["DE"]' }, offer),
      'Germany (DE) has no turnover figure on the reporter basis for 2023, so nothing would be highlighted',
    ],
    [
      'an unknown highlight',
      () => tradePanelProblems({ year: '2022', highlight: '["GE"]' }, offer),
      "'GE' is not a partner code",
    ],
  ])('names %s', (_label, check, message) => {
    const problems = check();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });
});

describe('<TradeFigure> and <TradeLeaders> props', () => {
  const row = (partner: string, value: number, patch: Partial<TradeRow> = {}) =>
    tradeRow(partner, '2022', value, patch);
  const rows = [
    row('CN', 24.1),
    row('RU', 26.1),
    row('CN', 31.2, { basis: 'mirror' }),
    row('IT', 3.4, { period: '2022-01/2022-08' }),
  ];

  it('finds the one figure a <TradeFigure> quotes, part years included', () => {
    expect(resolveTradeFigure({ partner: 'CN', period: '2022', basis: 'mirror' }, rows)).toEqual({ row: rows[2] });
    expect(resolveTradeFigure({ partner: 'IT', period: '2022-01/2022-08' }, rows)).toEqual({ row: rows[3] });
  });

  it('names a figure that is not in the data, and a misspelt flow', () => {
    expect(resolveTradeFigure({ partner: 'DE', period: '2022' }, rows)).toEqual({
      problem:
        '<TradeFigure partner="DE" period="2022">: no turnover figure on the reporter basis in content/trade/ for that partner and period',
    });
    expect(resolveTradeFigure({ partner: 'CN', period: '2022', flow: 'export' }, rows)).toEqual({
      problem: '<TradeFigure flow="export">: flow must be one of turnover, exports, imports',
    });
  });

  it('names the leaders of a ranking in order, and refuses a year with fewer than two partners', () => {
    const found = resolveTradeLeaders({ year: '2022' }, rows);
    expect('leaders' in found && found.leaders.map((p) => p.row.partner)).toEqual(['RU', 'CN']);
    expect(resolveTradeLeaders({ year: '2021' }, rows)).toEqual({
      problem:
        '<TradeLeaders year={2021}>: fewer than two partners have turnover figures on the reporter basis for 2021',
    });
  });
});

describe('<TradeTrend> partners', () => {
  const rows: TradeRow[] = [
    tradeRow('RU', '2022', 26.1),
    tradeRow('CN', '2022', 24.1),
    tradeRow('EU', '2022', 39.9),
    tradeRow('WLD', '2022', 134.4),
    tradeRow('DE', '2022', 8.2, { basis: 'mirror', unit: 'EUR bn' }),
  ];

  it('accepts partners with figures it can draw', () => {
    expect(tradeTrendProblems('RU,CN,EU', rows)).toEqual([]);
  });

  it.each([
    [
      'an unknown code',
      'RU,XX',
      "<TradeTrend partners>: 'XX' is not a partner code in content/trade/ (codes in use: CN, DE, EU, RU)",
    ],
    ['a code twice', 'RU,RU', "<TradeTrend partners>: 'RU' is listed twice"],
    ['the total', 'WLD', "<TradeTrend partners>: 'WLD' is the total with all partners, not a partner; leave it out"],
    [
      'a partner with nothing to draw',
      'DE',
      '<TradeTrend partners>: Germany (DE) has no full-year turnover figure on the reporter basis in US dollars, so it would have no line',
    ],
    ['no partner', '', '<TradeTrend partners>: give at least one partner code, e.g. partners={["RU"]}'],
    [
      'too many lines',
      'RU,CN,EU,DE,IT,TR',
      '<TradeTrend partners>: 6 partners are too many lines to tell apart; give at most 5',
    ],
  ])('names %s', (_label, partners, message) => {
    expect(tradeTrendProblems(partners, rows)[0]).toBe(message);
  });
});
