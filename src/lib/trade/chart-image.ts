/**
 * Trade charts as images to take away (Our World in Data's download tab is the model): the same ranking the page
 * draws in HTML, laid out as one picture with its title, caption, the figures at the bars' ends, what was not
 * found, and under it the source and the credit line, so a copy keeps its provenance. Also the few bars the trade
 * page's share card shows. Drawn by src/model/images.ts; plain data here.
 */
import type { CardChart } from '~/lib/share/card';
import { el, IMAGE_COLOURS as C, IMAGE_FONTS as F, svgEl, type ImageNode } from '~/lib/share/image-node';
import {
  describeBasis,
  describeFlow,
  formatRow,
  partnerName,
  partnerShortName,
  REPORTER_NAME,
  UNIT_NAMES,
  viewCaption,
} from './labels';
import type { MissingPartner } from './missing';
import { availableViews, rankView, type RankedView } from './rank';
import { viewId, type TradeRow, type TradeView } from './model';
import type { TradeShift } from './shift';
import { niceTicks, spreadLabels, type Trend } from './trend';

/** The width of a downloaded chart image, in pixels; its height follows the number of bars. */
export const CHART_IMAGE_WIDTH = 1200;

/** The file name (without extension) of a view's downloads: `kz-2023-turnover-reporter`. */
export const chartFileName = (view: TradeView): string => viewId(view);

/** The file name of a trend chart's downloads: `trend-ru-cn-eu`. */
export const trendFileName = (partners: readonly string[]): string => `trend-${partners.join('-').toLowerCase()}`;

/** The file name of a two-year comparison's downloads: `shift-2021-2023-turnover-reporter`. */
export const shiftFileName = (spec: { from: string; to: string; flow: string; basis: string }): string =>
  `shift-${spec.from}-${spec.to}-${spec.flow}-${spec.basis}`;

/** Where a chart's download is published: `/trade/charts/kz-2023-turnover-reporter.png`. */
export function chartDownloadPath(chart: TradeView | string, format: 'csv' | 'svg' | 'png'): string {
  return `/trade/charts/${typeof chart === 'string' ? chart : chartFileName(chart)}.${format}`;
}

/** The three downloads of a chart, by format. */
export function chartDownloads(chart: TradeView | string): { png: string; svg: string; csv: string } {
  return {
    png: chartDownloadPath(chart, 'png'),
    svg: chartDownloadPath(chart, 'svg'),
    csv: chartDownloadPath(chart, 'csv'),
  };
}

/** The view a chart file name stands for, or undefined when none of `views` has that name. */
export function viewFromFileName(name: string, views: readonly TradeView[]): TradeView | undefined {
  return views.find((view) => chartFileName(view) === name);
}

/** The title every ranking shares, on the page and in the image. */
export const rankingTitle = `Who ${REPORTER_NAME} trades with`;

/** What the credit under an image says: the sources' publishers, the site, the page's address and the licence. */
export interface ChartCredit {
  /** The publishers of the figures drawn, in the order they first appear. */
  publishers: readonly string[];
  siteName: string;
  /** The absolute address of the page the chart belongs to. */
  url: string;
  licence: string;
}

/** The rows a view's chart shows, as its CSV download holds them: ranked and listed partners, the EU, the total. */
export function chartRows(ranked: RankedView): TradeRow[] {
  const partners = ranked.groups.flatMap((g) => g.partners.map((p) => p.row));
  const totals = ranked.groups.flatMap((g) => (g.total ? [g.total] : []));
  return [...partners, ...ranked.blocs, ...totals];
}

const line = (text: string, style: Record<string, string | number> = {}) =>
  el('div', { fontSize: 20, lineHeight: 1.4, color: C.inkMuted, ...style }, text);

/** The frame every chart image shares: the title and caption above, the chart, the source and credit below. */
function chartFrame(title: string, caption: string, credit: ChartCredit, ...body: (ImageNode | false)[]): ImageNode {
  return el(
    'div',
    {
      width: CHART_IMAGE_WIDTH,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      paddingTop: 40,
      paddingRight: 48,
      paddingBottom: 32,
      paddingLeft: 48,
      backgroundColor: C.paper,
      color: C.ink,
      fontFamily: F.sans,
    },
    el('div', { fontFamily: F.serif, fontSize: 36, fontWeight: 700, lineHeight: 1.2 }, title),
    line(caption, { fontSize: 22, marginTop: 6 }),
    ...body,
    creditBlock(credit),
  );
}

/** A view's ranking as an image: title, caption, bars with their values, then the source and the credit. */
export function rankedChartImage(
  ranked: RankedView,
  missing: readonly MissingPartner[],
  credit: ChartCredit,
): ImageNode {
  const rankedGroups = ranked.groups.filter((g) => g.ranked);
  const listed = ranked.groups.filter((g) => !g.ranked);
  const several = ranked.groups.length > 1;
  const bars = rankedGroups.map((group) =>
    el(
      'div',
      { display: 'flex', flexDirection: 'column', marginTop: 18 },
      several && line(`Ranked, in ${UNIT_NAMES[group.unit]}`, { fontWeight: 700, marginBottom: 6 }),
      ...group.partners.map((p) =>
        el(
          'div',
          { display: 'flex', alignItems: 'center', height: 40, fontSize: 22, color: C.ink },
          el(
            'div',
            { width: 280, paddingRight: 12 },
            `${partnerName(p.row.partner)}${p.row.derived ? ' (derived)' : ''}`,
          ),
          el(
            'div',
            { display: 'flex', alignItems: 'center', flexGrow: 1 },
            el('div', {
              width: `${Math.max(0.3, p.scale * 74).toFixed(2)}%`,
              height: 26,
              backgroundColor: C.accent,
              borderRadius: 3,
            }),
            el('div', { marginLeft: 10, fontWeight: 700, whiteSpace: 'nowrap', flexShrink: 0 }, formatRow(p.row)),
          ),
        ),
      ),
    ),
  );
  const notes = [
    ...listed.map(
      (g) =>
        `Also found, in ${UNIT_NAMES[g.unit]}: ${g.partners.map((p) => `${partnerName(p.row.partner)} ${formatRow(p.row)}`).join('; ')} (too few to rank).`,
    ),
    ...(missing.length > 0
      ? [`No ${ranked.view.period} figure found: ${missing.map((m) => partnerName(m.partner)).join(', ')}.`]
      : []),
    ...ranked.blocs.map(
      (b) => `The EU as a bloc: ${formatRow(b)} (not ranked: it includes several of the countries above).`,
    ),
    ...ranked.groups.flatMap((g) => (g.total ? [`All partners: ${formatRow(g.total)}.`] : [])),
  ];
  return chartFrame(
    rankingTitle,
    viewCaption(ranked.view),
    credit,
    ...bars,
    notes.length > 0 &&
      el('div', { display: 'flex', flexDirection: 'column', marginTop: 16 }, ...notes.map((n) => line(n))),
  );
}

/** The source and credit lines under an image, above a rule. */
export function creditBlock(credit: ChartCredit): ImageNode {
  return el(
    'div',
    { display: 'flex', flexDirection: 'column', marginTop: 24, paddingTop: 14, borderTop: `2px solid ${C.rule}` },
    line(`Source: ${credit.publishers.join('; ')}.`, { fontSize: 18 }),
    line(`Chart: ${credit.siteName}, ${credit.url}, ${credit.licence}.`, { fontSize: 18, marginTop: 4 }),
  );
}

/**
 * The bars on the trade page's share card: the largest partners in the latest year that can be ranked on
 * Kazakhstan's own figures for total trade, or undefined when there is none.
 */
export function tradeCardChart(rows: readonly TradeRow[], count = 5): CardChart | undefined {
  const view = availableViews(rows)
    .filter((v) => v.flow === 'turnover' && v.basis === 'reporter')
    .at(-1);
  if (!view) return undefined;
  const group = rankView(rows, view).groups.find((g) => g.ranked);
  if (!group) return undefined;
  return {
    caption: viewCaption(view),
    bars: group.partners.slice(0, count).map((p) => ({
      label: partnerName(p.row.partner),
      value: formatRow(p.row),
      scale: p.scale,
    })),
  };
}

/** A trend's title, on the page and in the image: `Kazakhstan's trade with Russia, China and the EU, 2018–2024`. */
export function trendTitle(trend: Trend): string {
  const names = new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(
    trend.series.map(({ partner }) =>
      ['EU', 'US'].includes(partner) ? `the ${partnerShortName(partner)}` : partnerShortName(partner),
    ),
  );
  return `${REPORTER_NAME}'s trade with ${names}, ${trend.years[0] ?? ''}–${trend.years.at(-1) ?? ''}`;
}

/** The colours of the trend's lines, in order: the page's (src/styles/trade.css), in the light theme. */
export const TREND_COLOURS = [C.accent, C.warn, C.bad, C.good, C.ink] as const;

/** Marker shapes, one per line, as the page draws them, so lines differ in more than colour. */
const TREND_MARKERS = [
  'M3.6 0A3.6 3.6 0 1 1-3.6 0A3.6 3.6 0 1 1 3.6 0Z',
  'M-3.2-3.2H3.2V3.2H-3.2Z',
  'M0-4.2L4 3H-4Z',
  'M0-4.4L4 0L0 4.4L-4 0Z',
  'M0 4.2L4-3H-4Z',
];

/**
 * The trend as an image: a line per partner, labelled at its last figure, a gap where a year has no figure, hollow
 * markers for derived figures; the lines in SVG, the words laid out around them.
 */
export function trendChartImage(trend: Trend, title: string, caption: string, credit: ChartCredit): ImageNode {
  const [width, height, axis, right, top] = [1104, 320, 52, 150, 12];
  const plotWidth = width - axis - right;
  const ticks = niceTicks(trend.max);
  const ceiling = ticks.at(-1) ?? 1;
  const steps = Math.max(trend.years.length - 1, 1);
  const x = (i: number) => axis + (i / steps) * plotWidth;
  const y = (value: number) => top + height - (value / ceiling) * height;
  const labelled = trend.series.filter((s) => s.lastIndex >= 0);
  const targets = labelled.map((s) => y(s.points[s.lastIndex]?.row?.value ?? 0));
  const spread = spreadLabels(targets, 26, top, top + height);
  const colour = (i: number) => TREND_COLOURS[i % TREND_COLOURS.length] ?? C.ink;
  const plot = svgEl(
    'svg',
    { width, height: height + top + 40, viewBox: `0 0 ${width} ${height + top + 40}` },
    ...ticks.map((tick) =>
      svgEl('line', { x1: axis, x2: width - right, y1: y(tick), y2: y(tick), stroke: C.rule, 'stroke-width': 1 }),
    ),
    ...trend.series.flatMap((series, i) => [
      ...series.points.slice(1).flatMap((point, k) => {
        const before = series.points[k];
        return before?.row && point.row
          ? [
              svgEl('line', {
                x1: x(k),
                y1: y(before.row.value),
                x2: x(k + 1),
                y2: y(point.row.value),
                stroke: colour(i),
                'stroke-width': 3,
                'stroke-linecap': 'round',
              }),
            ]
          : [];
      }),
      ...series.points.flatMap((point, k) =>
        point.row
          ? [
              svgEl('path', {
                d: TREND_MARKERS[i % TREND_MARKERS.length] ?? '',
                transform: `translate(${x(k)} ${y(point.row.value)}) scale(1.4)`,
                fill: point.row.derived ? C.paper : colour(i),
                stroke: colour(i),
                'stroke-width': point.row.derived ? 1.5 : 0,
              }),
            ]
          : [],
      ),
    ]),
  );
  const text = (content: string, style: Record<string, string | number>) =>
    el('div', { position: 'absolute', display: 'flex', fontSize: 18, color: C.inkMuted, ...style }, content);
  return chartFrame(
    title,
    caption,
    credit,
    el(
      'div',
      { display: 'flex', position: 'relative', width, height: height + top + 40, marginTop: 20 },
      plot,
      ...ticks.map((tick) =>
        text(String(tick), { left: 0, top: y(tick) - 12, width: axis - 10, justifyContent: 'flex-end' }),
      ),
      ...trend.years.map((year, i) =>
        text(year, { left: x(i) - 30, top: top + height + 10, width: 60, justifyContent: 'center' }),
      ),
      ...labelled.map((series, i) =>
        text(partnerShortName(series.partner), {
          left: x(series.lastIndex) + 12,
          top: (spread[i] ?? 0) - 12,
          color: colour(trend.series.indexOf(series)),
          fontWeight: 700,
          fontSize: 20,
        }),
      ),
    ),
  );
}

/** The rows a trend chart draws: every figure of every line. */
export const trendChartRows = (trend: Trend): TradeRow[] =>
  trend.series.flatMap((s) => s.points.flatMap((p) => (p.row ? [p.row] : [])));

/** The rows a two-year comparison draws: both figures of every partner compared. */
export const shiftChartRows = (shift: TradeShift): TradeRow[] => shift.partners.flatMap((p) => [p.fromRow, p.toRow]);

/** How trade with each partner moved between two years, as paired bars on one scale, as an image. */
export function shiftChartImage(shift: TradeShift, title: string, credit: ChartCredit): ImageNode {
  const caption = `${describeFlow(shift.flow)}, ${describeBasis(shift.basis)}, in ${UNIT_NAMES[shift.unit]}`;
  const bar = (year: string, row: TradeRow, scale: number, colour: string) =>
    el(
      'div',
      { display: 'flex', alignItems: 'center', height: 30, fontSize: 20 },
      el('div', { width: 70, color: C.inkMuted }, year),
      el('div', {
        width: `${Math.max(0.3, scale * 70).toFixed(2)}%`,
        height: 20,
        backgroundColor: colour,
        borderRadius: 3,
      }),
      el(
        'div',
        { marginLeft: 10, fontWeight: 700, whiteSpace: 'nowrap' },
        `${formatRow(row)}${row.derived ? ' (derived)' : ''}`,
      ),
    );
  return chartFrame(
    title,
    caption,
    credit,
    ...shift.partners.map((p) =>
      el(
        'div',
        { display: 'flex', flexDirection: 'column', marginTop: 14 },
        el('div', { fontSize: 22, fontWeight: 700 }, partnerName(p.partner)),
        bar(shift.from, p.fromRow, p.fromScale, C.inkMuted),
        bar(shift.to, p.toRow, p.toScale, C.accent),
      ),
    ),
  );
}
