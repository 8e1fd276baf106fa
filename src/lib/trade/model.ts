/**
 * The trade data's vocabulary: which flows, bases, units and periods exist, and how a view of the data is named.
 * The row type itself comes from its schema (`~/model/schemas/trade`), so the two can never disagree.
 */
import type { TradeRow } from '~/model/schemas/trade';

export type { TradeRow };

/**
 * The site charts Kazakhstan's trade and nobody else's: every row is reported from Kazakhstan's side (a partner's
 * own statistics are entered as `basis: mirror`, restated from Kazakhstan's side). Said once, here.
 */
export const REPORTER = 'KZ';

/** The columns of `content/trade/*.csv`, in order. */
export const TRADE_COLUMNS = [
  'reporter',
  'partner',
  'period',
  'flow',
  'value',
  'unit',
  'basis',
  'approx',
  'derived',
  'source',
  'note',
] as const;

/** Flows, in the order switches and views list them. */
export const FLOWS = ['turnover', 'exports', 'imports'] as const;
export type Flow = (typeof FLOWS)[number];
/** Bases, in the order switches and views list them. */
export const BASES = ['reporter', 'mirror'] as const;
export type Basis = (typeof BASES)[number];
/** Units, in the order rankings list their groups. */
export const UNITS = ['USD bn', 'EUR bn'] as const;
export type Unit = (typeof UNITS)[number];

/** Partner codes that are not countries: the EU as a bloc, and the total with all partners. */
export const BLOC_CODES = { EU: 'European Union', WLD: 'All partners (total)' } as const;

/** True for EU and WLD, the partner codes that are not countries. */
export const isBloc = (code: string): boolean => Object.hasOwn(BLOC_CODES, code);

/** One chart's worth of figures: a full calendar year, one flow, one basis. */
export interface TradeView {
  /** A full calendar year. */
  period: string;
  flow: Flow;
  basis: Basis;
}

/** A stable id for a view, used in anchors and links: `kz-2022-turnover-reporter`. */
export function viewId(view: TradeView): string {
  return `${REPORTER.toLowerCase()}-${view.period}-${view.flow}-${view.basis}`;
}

const PERIOD = /^(\d{4})(?:-H([12])|-(\d{2})\/(\d{4})-(\d{2}))?$/;

/** True for a full calendar year (`2022`); part-year periods are never ranked against full years. */
export function isFullYear(period: string): boolean {
  return /^\d{4}$/.test(period);
}

/** Why a period is not one the data may hold, or undefined when it is fine. */
export function checkPeriod(period: string): string | undefined {
  const match = PERIOD.exec(period);
  if (!match)
    return `'${period}' is not a period: write 2023 (full year), 2023-H1 (half year) or 2023-01/2023-09 (months)`;
  const [, year, , fromMonth, toYear, toMonth] = match;
  if (fromMonth && toYear && toMonth) {
    const from = Number(fromMonth);
    const to = Number(toMonth);
    if (from < 1 || from > 12 || to < 1 || to > 12) return `'${period}' has a month outside 01–12`;
    if (`${toYear}-${toMonth}` < `${year}-${fromMonth}`) return `'${period}' ends before it starts`;
    if (year === toYear && from === 1 && to === 12) return `'${period}' is a full year: write ${year}`;
  }
  return undefined;
}

/** Reader-facing text for a period: `2022`, `first half of 2023`, `January–September 2023`. */
export function describePeriod(period: string): string {
  const match = PERIOD.exec(period);
  if (!match) return period;
  const [, year, half, fromMonth, toYear, toMonth] = match;
  if (half) return `${half === '1' ? 'first' : 'second'} half of ${year}`;
  if (fromMonth && toYear && toMonth) {
    const month = (m: string) =>
      new Date(Date.UTC(2000, Number(m) - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
    return year === toYear
      ? `${month(fromMonth)}–${month(toMonth)} ${year}`
      : `${month(fromMonth)} ${year} – ${month(toMonth)} ${toYear}`;
  }
  return year ?? period;
}
