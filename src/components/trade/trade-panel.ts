/**
 * What `<TradePanel>` accepts, defined once: the component checks its props with it, and the build's content
 * check validates every use in a briefing against it, naming the file and line.
 */
import { availableViews, MIN_RANKED } from '~/lib/trade/rank';
import { partnerName } from '~/lib/trade/labels';
import { isBloc, isFullYear, viewId, type Basis, type Flow, type TradeRow, type TradeView } from '~/lib/trade/model';

/** The props as an editor writes them. */
export interface TradePanelProps {
  /** A full calendar year; part-year figures are never ranked. */
  year: number | string;
  /** turnover (the default), exports or imports. */
  flow?: Flow;
  /** reporter (Kazakhstan's figures, the default) or mirror (the partners' figures). */
  basis?: Basis;
  /** Partner codes to highlight, e.g. ['DE'] when the prose is about Germany. */
  highlight?: string[];
  /** An editor's own summary sentence, replacing the one written from the data. */
  summary?: string;
  /** Adds year, flow and basis switches over every view that can be ranked (the trade page). */
  switches?: boolean;
}

/** The defaults an omitted prop takes. */
export const TRADE_PANEL_DEFAULTS = { flow: 'turnover', basis: 'reporter' } as const satisfies Partial<TradePanelProps>;

/** What the trade data offers a panel: the views that can be ranked, and the partner codes that have rows. */
export interface TradeOffer {
  /** The views offered as rankings: at least MIN_RANKED partners in one currency. */
  views: readonly TradeView[];
  /** By view id: the most partner countries the view has in one currency (for views that cannot be ranked). */
  sizes: ReadonlyMap<string, number>;
  partners: ReadonlySet<string>;
  /** The partner codes that have a row in each view, by view id. */
  partnersIn: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The offer of a set of trade rows. */
export function tradeOffer(rows: readonly TradeRow[]): TradeOffer {
  const partnersIn = new Map<string, Set<string>>();
  const byUnit = new Map<string, number>();
  const sizes = new Map<string, number>();
  for (const row of rows) {
    const id = viewId(row);
    partnersIn.set(id, (partnersIn.get(id) ?? new Set()).add(row.partner));
    if (isBloc(row.partner)) continue;
    const key = `${id} ${row.unit}`;
    byUnit.set(key, (byUnit.get(key) ?? 0) + 1);
    sizes.set(id, Math.max(sizes.get(id) ?? 0, byUnit.get(key) ?? 0));
  }
  return { views: availableViews(rows), sizes, partners: new Set(rows.map((r) => r.partner)), partnersIn };
}

/**
 * What is wrong with a `<TradePanel>`'s props, in editors' words. Attribute values are as written: `year={2022}`
 * gives '2022', `highlight={['DE']}` gives "['DE']".
 */
export function tradePanelProblems(
  attributes: { readonly [K in 'year' | 'flow' | 'basis' | 'highlight']?: string | undefined },
  offer: TradeOffer,
): string[] {
  const problems: string[] = [];
  const year = attributes['year'] ?? '';
  const flow = (attributes['flow'] ?? TRADE_PANEL_DEFAULTS.flow) as Flow;
  const basis = (attributes['basis'] ?? TRADE_PANEL_DEFAULTS.basis) as Basis;
  if (!isFullYear(year)) {
    problems.push(
      `<TradePanel year={${year}}>: year must be a whole calendar year such as year={2022}; part-year figures are never ranked`,
    );
  } else if (!offer.views.some((v) => v.period === year && v.flow === flow && v.basis === basis)) {
    const years = offer.views
      .filter((v) => v.flow === flow && v.basis === basis)
      .map((v) => v.period)
      .sort();
    const size = offer.sizes.get(viewId({ period: year, flow, basis })) ?? 0;
    const found =
      size === 0
        ? `no ${flow} figures on the ${basis} basis for ${year} in content/trade/`
        : `only ${size} partner${size === 1 ? ' has' : 's have'} ${flow} figures on the ${basis} basis for ${year} (in one currency), too few to rank: ${MIN_RANKED} are needed`;
    problems.push(`<TradePanel>: ${found}; years that can be ranked: ${years.join(', ') || 'none'}`);
  }
  const inView = offer.partnersIn.get(viewId({ period: year, flow, basis }));
  for (const code of (attributes['highlight'] ?? '').match(/[A-Za-z]+/g) ?? []) {
    if (!offer.partners.has(code)) {
      problems.push(
        `<TradePanel highlight>: '${code}' is not a partner code in content/trade/ (use codes such as DE, CN, IT)`,
      );
    } else if (inView && !inView.has(code)) {
      problems.push(
        `<TradePanel highlight>: ${partnerName(code)} (${code}) has no ${flow} figure on the ${basis} basis for ${year}, so nothing would be highlighted`,
      );
    }
  }
  return problems;
}
