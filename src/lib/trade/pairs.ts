/**
 * The both-sides comparison as paired bars: for each partner and year, what Kazakhstan reports against what the
 * partner reports, on one shared scale. Bars are drawn in one currency only (the first of UNITS that the figures
 * use); a figure in another currency is written out beside its pair with the reason, never converted.
 */
import { partnerName } from './labels';
import { UNITS, type Flow, type TradeRow, type Unit } from './model';
import { barPercent, compareBases, valueInside } from './rank';

export interface PairSide {
  row: TradeRow;
  /** Bar length as a whole percentage of the track; absent when the figure is in another currency. */
  percent?: number;
  /** The value is written inside the bar's end rather than after it. */
  inside: boolean;
}

export interface Pair {
  partner: string;
  period: string;
  flow: Flow;
  reporter: PairSide;
  mirror: PairSide;
  /** Mirror minus reporter figure, when both are in one currency (derived). */
  difference?: number;
  /** Mirror divided by reporter figure, when both are in one currency (derived). */
  ratio?: number;
}

export interface PairChart {
  /** The currency the bars are drawn in. */
  unit: Unit;
  pairs: Pair[];
}

export interface PairRequest {
  partner: string;
  period: string;
  flow?: Flow;
}

/** What is wrong with one requested pair, or undefined when both sides have a figure. */
export function pairProblem(rows: readonly TradeRow[], pair: PairRequest): string | undefined {
  const { reporterRow, mirrorRow } = compareBases(rows, { flow: 'turnover', ...pair });
  if (reporterRow && mirrorRow) return undefined;
  const lacking = [reporterRow ? undefined : 'reporter', mirrorRow ? undefined : 'mirror'].filter(Boolean);
  return `${partnerName(pair.partner)} (${pair.partner}) ${pair.period} ${pair.flow ?? 'turnover'} needs both a reporter and a mirror row in content/trade/; it has no ${lacking.join(' or ')} row`;
}

/** The paired bars for the requested pairs, in the order given; throws naming the first pair with a side missing. */
export function pairChart(rows: readonly TradeRow[], requests: readonly PairRequest[]): PairChart {
  const compared = requests.map((request) => {
    const flow = request.flow ?? 'turnover';
    const comparison = compareBases(rows, { ...request, flow });
    const { reporterRow, mirrorRow } = comparison;
    if (!reporterRow || !mirrorRow) throw new Error(`<BasisComparison>: ${pairProblem(rows, request) ?? ''}`);
    return { ...request, flow, comparison, reporterRow, mirrorRow };
  });
  const used = new Set(compared.flatMap((c) => [c.reporterRow.unit, c.mirrorRow.unit]));
  const unit = UNITS.find((u) => used.has(u)) ?? UNITS[0];
  const max = Math.max(
    0,
    ...compared.flatMap((c) => [c.reporterRow, c.mirrorRow]).flatMap((r) => (r.unit === unit ? [r.value] : [])),
  );
  const side = (row: TradeRow): PairSide => {
    if (row.unit !== unit || max === 0) return { row, inside: false };
    const scale = row.value / max;
    return { row, percent: barPercent(scale), inside: valueInside(scale) };
  };
  return {
    unit,
    pairs: compared.map((c) => ({
      partner: c.partner,
      period: c.period,
      flow: c.flow,
      reporter: side(c.reporterRow),
      mirror: side(c.mirrorRow),
      ...(c.comparison.difference !== undefined ? { difference: c.comparison.difference } : {}),
      ...(c.comparison.ratio !== undefined ? { ratio: c.comparison.ratio } : {}),
    })),
  };
}
