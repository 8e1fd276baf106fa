/**
 * What `<TradeTrend>` accepts beyond its prop schema, defined once: the component checks its partners with it, and
 * the build's content check validates every use against the data, naming the file and line.
 */
import { partnerName } from '~/lib/trade/labels';
import type { TradeRow } from '~/lib/trade/model';
import { MAX_TREND_LINES, trendRows } from '~/lib/trade/trend';

/** The props as an editor writes them. */
export interface TradeTrendProps {
  /** Partner codes, one line each, in the order to draw them: ["RU", "CN", "EU", "IT", "DE"]. */
  partners: string[];
}

/**
 * What is wrong with a `<TradeTrend>`'s partners, in editors' words. `partners` is as written, codes separated by
 * commas (`partners={["RU", "CN"]}` gives 'RU,CN').
 */
export function tradeTrendProblems(partners: string, rows: readonly TradeRow[]): string[] {
  const codes: string[] = partners.match(/[A-Za-z]+/g) ?? [];
  const known = new Set(rows.map((r) => r.partner).filter((code) => code !== 'WLD'));
  const charted = new Set(trendRows(rows).map((r) => r.partner));
  const problems: string[] = [];
  if (codes.length === 0)
    problems.push('<TradeTrend partners>: give at least one partner code, e.g. partners={["RU"]}');
  if (codes.length > MAX_TREND_LINES) {
    problems.push(
      `<TradeTrend partners>: ${codes.length} partners are too many lines to tell apart; give at most ${MAX_TREND_LINES}`,
    );
  }
  codes.forEach((code, i) => {
    if (codes.indexOf(code) !== i) {
      problems.push(`<TradeTrend partners>: '${code}' is listed twice`);
    } else if (code === 'WLD') {
      problems.push(`<TradeTrend partners>: 'WLD' is the total with all partners, not a partner; leave it out`);
    } else if (!known.has(code)) {
      problems.push(
        `<TradeTrend partners>: '${code}' is not a partner code in content/trade/ (codes in use: ${[...known].sort().join(', ')})`,
      );
    } else if (!charted.has(code)) {
      problems.push(
        `<TradeTrend partners>: ${partnerName(code)} (${code}) has no full-year turnover figure on the reporter basis in US dollars, so it would have no line`,
      );
    }
  });
  return problems;
}
