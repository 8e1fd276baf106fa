/**
 * The trend chart's data and geometry: one series per partner over the years, on one basis and in one currency so
 * the lines can share a scale (Kazakhstan's figures, total trade, US dollars). A year without a figure is a gap:
 * lines join only consecutive years that both have one, and a figure with no neighbour is a lone marker. Labels sit
 * at each line's last figure, spread apart so none overlap.
 */
import { formatRow, partnerInProse, partnerShortName, REPORTER_NAME } from './labels';
import { isFullYear, type Basis, type Flow, type TradeRow, type Unit } from './model';

/** What the trend chart shows: total trade on Kazakhstan's own figures, in US dollars (never converted). */
export const TREND = { flow: 'turnover', basis: 'reporter', unit: 'USD bn' } as const satisfies {
  flow: Flow;
  basis: Basis;
  unit: Unit;
};

/** More lines than this are hard to tell apart (see ../shared/research/reader-patterns.md, "Line chart"). */
export const MAX_TREND_LINES = 5;

export interface TrendPoint {
  year: string;
  /** The figure for that year, when one was found. */
  row?: TradeRow;
}

export interface TrendSeries {
  partner: string;
  /** One point per year of the chart, figure or not. */
  points: TrendPoint[];
  /** Runs of consecutive years with figures, as [first, last] indexes into the years: one line each (a dot if one). */
  runs: [number, number][];
  /** The index of the last year with a figure, or -1 when there is none. */
  lastIndex: number;
}

export interface Trend {
  /** Every year from the earliest to the latest figure of any of the partners. */
  years: string[];
  series: TrendSeries[];
  /** The largest figure shown. */
  max: number;
}

/** The rows a trend may use: full years, on the trend's flow, basis and currency. */
export function trendRows(rows: readonly TradeRow[]): TradeRow[] {
  return rows.filter(
    (r) => isFullYear(r.period) && r.flow === TREND.flow && r.basis === TREND.basis && r.unit === TREND.unit,
  );
}

/** The series of the given partners, in the order given, over every year from the first figure to the last. */
export function trendSeries(rows: readonly TradeRow[], partners: readonly string[]): Trend {
  const usable = trendRows(rows).filter((r) => partners.includes(r.partner));
  const found = usable.map((r) => Number(r.period));
  const first = Math.min(...found);
  const years = found.length ? Array.from({ length: Math.max(...found) - first + 1 }, (_, i) => String(first + i)) : [];
  const series = partners.map((partner): TrendSeries => {
    const points = years.map((year): TrendPoint => {
      const row = usable.find((r) => r.partner === partner && r.period === year);
      return row ? { year, row } : { year };
    });
    const runs: [number, number][] = [];
    points.forEach((point, i) => {
      if (!point.row) return;
      const last = runs.at(-1);
      if (last && last[1] === i - 1) last[1] = i;
      else runs.push([i, i]);
    });
    return { partner, points, runs, lastIndex: runs.at(-1)?.[1] ?? -1 };
  });
  return { years, series, max: Math.max(0, ...usable.map((r) => r.value)) };
}

/** Gridline values from zero: steps of 1, 2, 2.5 or 5 times a power of ten, at most five intervals. */
export function niceTicks(max: number): number[] {
  if (max <= 0) return [0, 1];
  const power = 10 ** Math.floor(Math.log10(max / 5));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => max / s <= 5) ?? 10 * power;
  const count = Math.ceil(max / step - 1e-9);
  return Array.from({ length: count + 1 }, (_, i) => Math.round(i * step * 1e6) / 1e6);
}

/**
 * Positions for labels that want to sit at `targets` (in pixels, down the chart), at least `gap` apart and within
 * [low, high] where there is room. Overlapping labels form a group centred on their targets' mean (OWID's line
 * labels do the same), so a label moves as little as it can. Returned in the order of `targets`.
 */
export function spreadLabels(targets: readonly number[], gap: number, low: number, high: number): number[] {
  const order = targets.map((target, index) => ({ target, index })).sort((a, b) => a.target - b.target);
  interface Cluster {
    members: typeof order;
    top: number;
  }
  const place = (members: typeof order): number => {
    const mean = members.reduce((sum, m) => sum + m.target, 0) / members.length;
    const span = (members.length - 1) * gap;
    return Math.max(low, Math.min(mean - span / 2, high - span));
  };
  const clusters: Cluster[] = [];
  for (const item of order) {
    let cluster: Cluster = { members: [item], top: place([item]) };
    // Merge with the clusters above while they overlap, re-centring each time.
    for (let above = clusters.at(-1); above; above = clusters.at(-1)) {
      const bottom = above.top + (above.members.length - 1) * gap;
      if (cluster.top - bottom >= gap) break;
      clusters.pop();
      const members = [...above.members, ...cluster.members];
      cluster = { members, top: place(members) };
    }
    clusters.push(cluster);
  }
  const positions: number[] = [];
  for (const cluster of clusters) {
    cluster.members.forEach((m, k) => (positions[m.index] = cluster.top + k * gap));
  }
  return positions;
}

export interface TrendGeometry {
  /** The SVG's height in pixels; its width follows the page, so x positions are percentages. */
  height: number;
  /** The plot's top and bottom, in pixels. */
  top: number;
  bottom: number;
  ticks: { value: number; y: number }[];
  /** A year's x position, as a percentage of the plot's width. */
  x: (index: number) => number;
  /** A value's y position, in pixels. */
  y: (value: number) => number;
  /** Year labels under the axis; `minor` ones are hidden where the chart is narrow. */
  yearLabels: { year: string; x: number; minor: boolean }[];
  /** One label per series with a figure: at its last point's x, at `y` (spread), pointing at `targetY`. */
  labels: { partner: string; text: string; x: number; y: number; targetY: number }[];
}

/** Pixel sizes of the chart, shared with its stylesheet (src/styles/trade.css). */
export const TREND_SIZES = { plot: 220, top: 10, axis: 22, labelGap: 16 } as const;

/** Where everything of a trend chart goes. */
export function trendGeometry(trend: Trend): TrendGeometry {
  const { plot, top, axis, labelGap } = TREND_SIZES;
  const tickValues = niceTicks(trend.max);
  const ceiling = tickValues.at(-1) ?? 1;
  const bottom = top + plot;
  const y = (value: number) => Math.round((bottom - (value / ceiling) * plot) * 10) / 10;
  const steps = Math.max(trend.years.length - 1, 1);
  const x = (index: number) => Math.round((index / steps) * 100 * 100) / 100;
  const labelled = trend.series.filter((s) => s.lastIndex >= 0);
  const targets = labelled.map((s) => y(s.points[s.lastIndex]?.row?.value ?? 0));
  const spread = spreadLabels(targets, labelGap, top, bottom);
  const last = trend.years.length - 1;
  return {
    height: bottom + axis,
    top,
    bottom,
    ticks: tickValues.map((value) => ({ value, y: y(value) })),
    x,
    y,
    // Every other year is minor, counting back from the last, so the latest year is always labelled.
    yearLabels: trend.years.map((year, i) => ({ year, x: x(i), minor: (last - i) % 2 === 1 })),
    labels: labelled.map((s, i) => ({
      partner: s.partner,
      text: partnerShortName(s.partner),
      x: x(s.lastIndex),
      y: spread[i] ?? 0,
      targetY: targets[i] ?? 0,
    })),
  };
}

/** Consecutive years as ranges: ['2018', '2019', '2020', '2023'] → ['2018–2020', '2023']. */
export function yearRanges(years: readonly string[]): string[] {
  const ranges: [string, string][] = [];
  for (const year of years) {
    const last = ranges.at(-1);
    if (last && Number(last[1]) === Number(year) - 1) last[1] = year;
    else ranges.push([year, year]);
  }
  return ranges.map(([from, to]) => (from === to ? from : `${from}–${to}`));
}

const and = new Intl.ListFormat('en-GB', { type: 'conjunction' });

const figure = (point: TrendPoint) =>
  point.row ? `${formatRow(point.row)} in ${point.year}${point.row.derived ? ' (derived)' : ''}` : '';

/** The chart's text alternative: each line from its first figure to its last, then where the gaps are. */
export function summarizeTrend(trend: Trend): string {
  if (trend.years.length === 0) return 'No figures were found for these partners.';
  const clauses = trend.series.map((s, i) => {
    const withFigures = s.points.filter((p) => p.row);
    const name = partnerInProse(s.partner);
    const [first] = withFigures;
    const last = withFigures.at(-1);
    const subject = i === 0 ? `trade with ${name}` : `with ${name},`;
    if (!first || !last) return i === 0 ? `no figure was found for trade with ${name}` : `${subject} no figure`;
    if (first === last) return `${subject} ${i === 0 ? 'has ' : ''}one figure, ${figure(first)}`;
    return `${subject} ${i === 0 ? 'went ' : ''}from ${figure(first)} to ${figure(last)}`;
  });
  const last = clauses.length > 1 ? `and ${clauses.pop() ?? ''}` : undefined;
  const body = `By ${REPORTER_NAME}'s own figures, in US dollars: ${[...clauses, ...(last ? [last] : [])].join('; ')}.`;
  const gaps = trend.series.flatMap((s) => {
    const missing = s.points.filter((p) => !p.row).map((p) => p.year);
    return missing.length && missing.length < trend.years.length
      ? [`${partnerInProse(s.partner)} ${and.format(yearRanges(missing))}`]
      : [];
  });
  return gaps.length ? `${body} Years with no figure are gaps in the lines: ${gaps.join('; ')}.` : body;
}
