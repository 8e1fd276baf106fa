/**
 * What `<TradeFigure>` and `<TradeLeaders>` accept, defined once: the components look their figures up with it,
 * and the build's content check validates every use in a page or briefing against it.
 */
import { BASES, FLOWS, type Basis, type Flow, type TradeRow } from '~/lib/trade/model';
import { findFigure, rankView, type RankedPartner } from '~/lib/trade/rank';

/** The props as an editor writes them: which published figure to quote. */
export interface TradeFigureProps {
  /** Partner code: CN, DE, IT… */
  partner: string;
  /** As in the CSV: 2022, 2023-H1 or 2022-01/2022-09. */
  period: string;
  /** turnover (the default), exports or imports. */
  flow?: Flow;
  /** reporter (Kazakhstan's figures, the default) or mirror (the partner's figures). */
  basis?: Basis;
}

/** The row a `<TradeFigure>` quotes, or what is wrong with its props in editors' words. */
export function resolveTradeFigure(
  attributes: { readonly [K in 'partner' | 'period' | 'flow' | 'basis']?: string | undefined },
  rows: readonly TradeRow[],
): { row: TradeRow } | { problem: string } {
  const { partner = '', period = '', flow = 'turnover', basis = 'reporter' } = attributes;
  if (!(FLOWS as readonly string[]).includes(flow))
    return { problem: `<TradeFigure flow="${flow}">: flow must be one of ${FLOWS.join(', ')}` };
  if (!(BASES as readonly string[]).includes(basis))
    return { problem: `<TradeFigure basis="${basis}">: basis must be one of ${BASES.join(', ')}` };
  const row = findFigure(rows, { partner, period, flow: flow as Flow, basis: basis as Basis });
  if (!row) {
    return {
      problem: `<TradeFigure partner="${partner}" period="${period}">: no ${flow} figure on the ${basis} basis in content/trade/ for that partner and period`,
    };
  }
  return { row };
}

/** The props of `<TradeLeaders>`: whose ranking to name the leaders of. */
export interface TradeLeadersProps {
  /** A full calendar year. */
  year: number | string;
  flow?: Flow;
  basis?: Basis;
  /** How many partners to name (3 unless given). */
  count?: number;
}

/** The partners a `<TradeLeaders>` names, or what is wrong with its props in editors' words. */
export function resolveTradeLeaders(
  attributes: { readonly [K in 'year' | 'flow' | 'basis' | 'count']?: string | undefined },
  rows: readonly TradeRow[],
): { leaders: RankedPartner[] } | { problem: string } {
  const { year = '', flow = 'turnover', basis = 'reporter', count = '3' } = attributes;
  const tag = `<TradeLeaders year={${year}}>`;
  if (!/^\d{4}$/.test(year)) return { problem: `${tag}: year must be a whole calendar year such as year={2023}` };
  if (!(FLOWS as readonly string[]).includes(flow))
    return { problem: `${tag}: flow must be one of ${FLOWS.join(', ')}` };
  if (!(BASES as readonly string[]).includes(basis))
    return { problem: `${tag}: basis must be one of ${BASES.join(', ')}` };
  const ranked = rankView(rows, { period: year, flow: flow as Flow, basis: basis as Basis });
  const leaders = ranked.groups[0]?.partners.slice(0, Number(count)) ?? [];
  if (leaders.length < 2)
    return { problem: `${tag}: fewer than two partners have ${flow} figures on the ${basis} basis for ${year}` };
  return { leaders };
}
