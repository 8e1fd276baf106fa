/**
 * Trade views: which rows a chart shows and in what order, with what shares. Figures on different bases (the
 * reporter's statistics, or the partner's mirror figures) or in different currencies are never ranked together,
 * and nothing is ranked from fewer than three partners.
 */
import { partnerName } from './labels';
import {
  BASES,
  FLOWS,
  isBloc,
  isFullYear,
  UNITS,
  viewId,
  type Basis,
  type Flow,
  type TradeRow,
  type TradeView,
  type Unit,
} from './model';

const isPartnerCountry = (row: TradeRow) => !isBloc(row.partner);

/** Rows of one view: same period, flow and basis. */
export function selectRows(rows: readonly TradeRow[], view: TradeView): TradeRow[] {
  if (!isFullYear(view.period)) {
    throw new Error(
      `A trade view must be a full calendar year; got '${view.period}'. Part-year figures are never ranked.`,
    );
  }
  return rows.filter((r) => r.period === view.period && r.flow === view.flow && r.basis === view.basis);
}

/**
 * The fewest partners a ranking is drawn from. With one or two, "first" and "second" say more about which figures
 * were found than about trade, and readers take a ranking literally.
 */
export const MIN_RANKED = 3;

/** Every full-year view with at least one partner country, oldest year first, then in FLOWS and BASES order. */
export function allViews(rows: readonly TradeRow[]): TradeView[] {
  const keys = new Map<string, TradeView>();
  for (const row of rows) {
    if (!isFullYear(row.period) || !isPartnerCountry(row)) continue;
    const view = { period: row.period, flow: row.flow, basis: row.basis };
    keys.set(viewId(view), view);
  }
  return [...keys.values()].sort(
    (a, b) =>
      a.period.localeCompare(b.period) ||
      FLOWS.indexOf(a.flow) - FLOWS.indexOf(b.flow) ||
      BASES.indexOf(a.basis) - BASES.indexOf(b.basis),
  );
}

/** How many partner countries a view has figures for in each currency. */
function countsByUnit(rows: readonly TradeRow[], view: TradeView): Map<Unit, number> {
  const counts = new Map<Unit, number>();
  for (const row of selectRows(rows, view)) {
    if (isPartnerCountry(row)) counts.set(row.unit, (counts.get(row.unit) ?? 0) + 1);
  }
  return counts;
}

/** True when a view can be shown as a ranking: at least MIN_RANKED partners in one currency. */
export function isRankable(rows: readonly TradeRow[], view: TradeView): boolean {
  return [...countsByUnit(rows, view).values()].some((n) => n >= MIN_RANKED);
}

/**
 * The views offered as rankings (charts, switches, `<TradePanel>` years): those with at least MIN_RANKED partners
 * in one currency, oldest year first, then in FLOWS and BASES order.
 */
export function availableViews(rows: readonly TradeRow[]): TradeView[] {
  return allViews(rows).filter((view) => isRankable(rows, view));
}

export interface RankedPartner {
  row: TradeRow;
  rank: number;
  /** Share of the published total, 0–1; a derived number. Absent when no published total exists. */
  share?: number;
  /** Bar length relative to the largest value in the group, 0–1. */
  scale: number;
}

export interface RankedGroup {
  unit: Unit;
  /** False when the currency has fewer than MIN_RANKED partners: its figures are listed, not ranked or drawn. */
  ranked: boolean;
  partners: RankedPartner[];
  /** The published total with all partners (`WLD`) in this unit, when one exists and is not itself derived. */
  total?: TradeRow;
}

export interface RankedView {
  view: TradeView;
  /** One group per currency: figures in different currencies are never ranked against each other. */
  groups: RankedGroup[];
  /** The EU as a bloc, shown beside the ranking, not in it (it contains several of the partners). */
  blocs: TradeRow[];
}

/** Ranks a view's partner countries by value within each currency, with shares of a published total. */
export function rankView(rows: readonly TradeRow[], view: TradeView): RankedView {
  const selected = selectRows(rows, view);
  const present = new Set(selected.filter(isPartnerCountry).map((r) => r.unit));
  const units = UNITS.filter((unit) => present.has(unit));
  const groups = units.map((unit): RankedGroup => {
    const total = selected.find((r) => r.partner === 'WLD' && r.unit === unit && !r.derived && r.value > 0);
    const partners = selected
      .filter((r) => isPartnerCountry(r) && r.unit === unit)
      .sort((a, b) => b.value - a.value || partnerName(a.partner).localeCompare(partnerName(b.partner)));
    const max = partners[0]?.value ?? 1;
    return {
      unit,
      ranked: partners.length >= MIN_RANKED,
      ...(total ? { total } : {}),
      partners: partners.map((row, i) => ({
        row,
        rank: i + 1,
        scale: max > 0 ? row.value / max : 0,
        ...(total ? { share: row.value / total.value } : {}),
      })),
    };
  });
  return { view, groups, blocs: selected.filter((r) => r.partner === 'EU') };
}

/** A bar's length as a whole percentage of its track. A figure above zero is never drawn as nothing. */
export function barPercent(scale: number): number {
  const percent = Math.round(Math.min(Math.max(scale, 0), 1) * 100);
  return scale > 0 ? Math.max(percent, 1) : 0;
}

/**
 * The classes that give a bar its length without an inline style: tens and units of the percentage, which the
 * stylesheet adds up (`bar-t3 bar-u7` is 37%), so 19 small rules cover every whole percent.
 */
export function barClasses(percent: number): string {
  return ['bar', barLengthClasses(percent)].filter(Boolean).join(' ');
}

/** Only the length classes of `barClasses()`, for a bar styled otherwise (the home page's paired bars). */
export function barLengthClasses(percent: number): string {
  const tens = Math.floor(percent / 10);
  const units = percent % 10;
  return [tens && `bar-t${tens}`, units && `bar-u${units}`].filter(Boolean).join(' ');
}

/**
 * Whether a bar's value is written inside its end rather than after it: inside when the bar is at least half its
 * track, so a long bar never pushes its value out of the panel and a short one leaves it room.
 */
export function valueInside(scale: number): boolean {
  return scale >= 0.5;
}

/** The value of one partner in a view, if the view has a figure for it in the given currency. */
export function valueIn(rows: readonly TradeRow[], view: TradeView, partner: string, unit: Unit): number | undefined {
  return selectRows(rows, view).find((r) => r.partner === partner && r.unit === unit)?.value;
}

export interface BasisComparison {
  reporterRow?: TradeRow;
  mirrorRow?: TradeRow;
  /** Mirror minus reporter figure, only when both are in the same currency (derived). */
  difference?: number;
  /** Mirror divided by reporter figure, only when both are in the same currency (derived). */
  ratio?: number;
}

/** The same trade seen from both sides: the reporter's figure against the partner's mirror figure. */
export function compareBases(
  rows: readonly TradeRow[],
  pair: { partner: string; period: string; flow: Flow },
): BasisComparison {
  const find = (basis: Basis) =>
    rows.find(
      (r) => r.partner === pair.partner && r.period === pair.period && r.flow === pair.flow && r.basis === basis,
    );
  const reporterRow = find('reporter');
  const mirrorRow = find('mirror');
  const comparison: BasisComparison = { ...(reporterRow ? { reporterRow } : {}), ...(mirrorRow ? { mirrorRow } : {}) };
  if (reporterRow && mirrorRow && reporterRow.unit === mirrorRow.unit && reporterRow.value > 0) {
    comparison.difference = Math.round((mirrorRow.value - reporterRow.value) * 100) / 100;
    comparison.ratio = mirrorRow.value / reporterRow.value;
  }
  return comparison;
}

/** A figure a page quotes in its prose: the one row for that partner, period, flow and basis. */
export function findFigure(
  rows: readonly TradeRow[],
  key: { partner: string; period: string; flow: Flow; basis: Basis },
): TradeRow | undefined {
  return rows.find(
    (r) => r.partner === key.partner && r.period === key.period && r.flow === key.flow && r.basis === key.basis,
  );
}
