/**
 * Partners a reader would expect in a ranking but for which no figure was found. A ranking that silently drops
 * them says something false: the 2024 turnover view would rank "Russia, then Italy" only because China has no
 * 2024 figure on Kazakhstan's side. Such partners are listed as "no figure found" in the chart itself.
 *
 * The rule: a partner country (never the EU bloc or the total) with no figure in the view, on any currency, that
 * has a full-year figure on the same basis either
 *   - for the year before, on the same flow (it was in last year's view), or
 *   - for the same year, on another flow (the data knows it traded that year).
 * Part-year figures never make a partner expected: they are not comparable with full years.
 */
import { partnerName } from './labels';
import { BASES, isBloc, isFullYear, type TradeRow, type TradeView } from './model';
import { selectRows } from './rank';

export interface MissingPartner {
  partner: string;
  /** Why the reader expects it: its figure for the year before, or for another flow that year. */
  expectedFrom: TradeRow;
  /** The same trade counted by the other side, when one was published: shown beside, never ranked. */
  otherBasis?: TradeRow;
}

/** The partners of a view listed as "no figure found", by name. */
export function missingPartners(rows: readonly TradeRow[], view: TradeView): MissingPartner[] {
  const present = new Set(selectRows(rows, view).map((r) => r.partner));
  const previous = String(Number(view.period) - 1);
  const expected = new Map<string, TradeRow>();
  for (const row of rows) {
    if (isBloc(row.partner) || present.has(row.partner) || row.basis !== view.basis || !isFullYear(row.period))
      continue;
    const lastYear = row.period === previous && row.flow === view.flow;
    const otherFlow = row.period === view.period && row.flow !== view.flow;
    // Last year's figure on the same flow is the closer reason, so it wins over another flow's.
    if (lastYear || (otherFlow && !expected.has(row.partner))) expected.set(row.partner, row);
  }
  const otherBasis = BASES.find((b) => b !== view.basis);
  return [...expected]
    .map(([partner, expectedFrom]): MissingPartner => {
      const other = rows.find(
        (r) => r.partner === partner && r.period === view.period && r.flow === view.flow && r.basis === otherBasis,
      );
      return { partner, expectedFrom, ...(other ? { otherBasis: other } : {}) };
    })
    .sort((a, b) => partnerName(a.partner).localeCompare(partnerName(b.partner)));
}
