/**
 * Every trade ranking to take away, as the page draws it: its figures (CSV, the same columns as trade.csv), and
 * its image (SVG and PNG, drawn at build time, with the source and the credit line under the chart). One set of
 * files per view the trade page offers, so a briefing's chart and the trade page's share them.
 */
import { exportTrade, tradeToCsv } from '~/lib/trade/export';
import { CHART_IMAGE_WIDTH, chartFileName, chartRows, rankedChartImage } from '~/lib/trade/chart-image';
import { missingPartners } from '~/lib/trade/missing';
import { viewId, type TradeView } from '~/lib/trade/model';
import { availableViews, rankView } from '~/lib/trade/rank';
import { CONTENT_LICENCE } from '~/lib/site/licence';
import { SITE_NAME, SITE_URL } from '../../site.config.mjs';
import { drawPng, drawSvg } from './images';
import { createPageContext } from './page-context';
import { loadSiteContent } from './site-content';

export const CHART_FORMATS = ['csv', 'svg', 'png'] as const;
export type ChartFormat = (typeof CHART_FORMATS)[number];

export const CHART_MEDIA_TYPES: Record<ChartFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
};

/** Every view with downloads: the views offered as rankings. */
export async function chartViews(): Promise<TradeView[]> {
  return availableViews((await loadSiteContent()).trade);
}

/** One download of one view. */
export async function chartDownload(view: TradeView, format: ChartFormat): Promise<Uint8Array> {
  const site = createPageContext(await loadSiteContent());
  const ranked = rankView(site.trade, view);
  const rows = chartRows(ranked);
  if (format === 'csv') {
    return new TextEncoder().encode(tradeToCsv(exportTrade(rows, (id) => site.source(id))));
  }
  const publishers = [...new Set(rows.map((row) => site.source(row.source).publisher))];
  const tree = rankedChartImage(ranked, missingPartners(site.trade, view), {
    publishers,
    siteName: SITE_NAME,
    url: new URL(`/trade/#trade-${viewId(view)}`, SITE_URL).href,
    licence: CONTENT_LICENCE.short,
  });
  const draw = format === 'svg' ? drawSvg : drawPng;
  return new Uint8Array(await draw(tree, { width: CHART_IMAGE_WIDTH }));
}

export { chartFileName };
