/**
 * Trade charts as images to take away (Our World in Data's download tab is the model): the same ranking the page
 * draws in HTML, laid out as one picture with its title, caption, the figures at the bars' ends, what was not
 * found, and under it the source and the credit line, so a copy keeps its provenance. Also the few bars the trade
 * page's share card shows. Drawn by src/model/images.ts; plain data here.
 */
import type { CardChart } from '~/lib/share/card';
import { el, IMAGE_COLOURS as C, IMAGE_FONTS as F, type ImageNode } from '~/lib/share/image-node';
import { formatRow, partnerName, REPORTER_NAME, UNIT_NAMES, viewCaption } from './labels';
import type { MissingPartner } from './missing';
import { availableViews, rankView, type RankedView } from './rank';
import { viewId, type TradeRow, type TradeView } from './model';

/** The width of a downloaded chart image, in pixels; its height follows the number of bars. */
export const CHART_IMAGE_WIDTH = 1200;

/** The file name (without extension) of a view's downloads: `kz-2023-turnover-reporter`. */
export const chartFileName = (view: TradeView): string => viewId(view);

/** Where a view's downloads are published: `/trade/charts/kz-2023-turnover-reporter.png`. */
export function chartDownloadPath(view: TradeView, format: 'csv' | 'svg' | 'png'): string {
  return `/trade/charts/${chartFileName(view)}.${format}`;
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
    el('div', { fontFamily: F.serif, fontSize: 36, fontWeight: 700, lineHeight: 1.2 }, rankingTitle),
    line(viewCaption(ranked.view), { fontSize: 22, marginTop: 6 }),
    ...bars,
    notes.length > 0 &&
      el('div', { display: 'flex', flexDirection: 'column', marginTop: 16 }, ...notes.map((n) => line(n))),
    creditBlock(credit),
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
