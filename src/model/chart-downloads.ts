/**
 * Every trade chart to take away, as the page draws it: its figures (CSV, the same columns as trade.csv), and its
 * image (SVG and PNG, drawn at build time, with the source and the credit line under the chart). One set of files
 * per ranking the trade page offers (a briefing's ranking shares its view's files), and one per trend and per
 * two-year comparison that a page or briefing draws (found in the content, with the props it gives them).
 */
import { componentUses } from '~/lib/content/mdx';
import type { ImageNode } from '~/lib/share/image-node';
import { CONTENT_LICENCE } from '~/lib/site/licence';
import {
  chartFileName,
  chartRows,
  rankedChartImage,
  shiftChartImage,
  shiftChartRows,
  shiftFileName,
  trendChartImage,
  trendChartRows,
  trendFileName,
  trendTitle,
  CHART_IMAGE_WIDTH,
  type ChartCredit,
} from '~/lib/trade/chart-image';
import { exportTrade, tradeToCsv } from '~/lib/trade/export';
import { REPORTER_NAME } from '~/lib/trade/labels';
import { missingPartners } from '~/lib/trade/missing';
import { viewId, type Basis, type Flow, type TradeRow } from '~/lib/trade/model';
import { availableViews, rankView } from '~/lib/trade/rank';
import { shiftTitle, tradeShift } from '~/lib/trade/shift';
import { trendSeries } from '~/lib/trade/trend';
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

/** One chart's downloads: its file name, the rows it draws, and its image given the credit. */
export interface ChartSpec {
  name: string;
  rows: TradeRow[];
  /** The page the chart is on, with its anchor where it has a stable one. */
  page: string;
  image: (credit: ChartCredit) => ImageNode;
}

const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/** Every chart with downloads. */
export async function chartSpecs(): Promise<ChartSpec[]> {
  const site = await loadSiteContent();
  const rows = site.trade;
  const specs = new Map<string, ChartSpec>();
  for (const view of availableViews(rows)) {
    const ranked = rankView(rows, view);
    specs.set(chartFileName(view), {
      name: chartFileName(view),
      rows: chartRows(ranked),
      page: `/trade/#trade-${viewId(view)}`,
      image: (credit) => rankedChartImage(ranked, missingPartners(rows, view), credit),
    });
  }
  // Only a text that names a trend or a comparison is read as a tree: a thousand briefings need not be parsed
  // again at build time to find the few that draw one.
  const bodies = [...site.pages.values(), ...site.briefings]
    .map((entry) => entry.body ?? '')
    .filter((body) => body.includes('<TradeTrend') || body.includes('<TradeShift'));
  for (const use of bodies.flatMap((body) => componentUses(body))) {
    if (use.name === 'TradeTrend') {
      const partners = Array.isArray(use.props['partners']) ? use.props['partners'].map(text) : [];
      const trend = trendSeries(rows, partners);
      specs.set(trendFileName(partners), {
        name: trendFileName(partners),
        rows: trendChartRows(trend),
        page: '/trade/',
        image: (credit) =>
          trendChartImage(
            trend,
            trendTitle(trend),
            `Total trade (turnover) as reported by ${REPORTER_NAME}, in billions of US dollars. A gap is a year with no figure; hollow markers are derived figures.`,
            credit,
          ),
      });
    }
    if (use.name === 'TradeShift') {
      const spec = {
        from: text(use.props['from']),
        to: text(use.props['to']),
        flow: (text(use.props['flow']) || 'turnover') as Flow,
        basis: (text(use.props['basis']) || 'reporter') as Basis,
      };
      const shift = tradeShift(rows, spec);
      if (shift.partners.length === 0) continue;
      specs.set(shiftFileName(spec), {
        name: shiftFileName(spec),
        rows: shiftChartRows(shift),
        page: '/',
        image: (credit) => shiftChartImage(shift, shiftTitle(shift), credit),
      });
    }
  }
  return [...specs.values()];
}

/** One download of one chart. */
export async function chartDownload(spec: ChartSpec, format: ChartFormat): Promise<Uint8Array<ArrayBuffer>> {
  const page = createPageContext(await loadSiteContent());
  if (format === 'csv') return new TextEncoder().encode(tradeToCsv(exportTrade(spec.rows, (id) => page.source(id))));
  const tree = spec.image({
    publishers: [...new Set(spec.rows.map((row) => page.source(row.source).publisher))],
    siteName: SITE_NAME,
    url: new URL(spec.page, SITE_URL).href,
    licence: CONTENT_LICENCE.short,
  });
  return Uint8Array.from(await (format === 'svg' ? drawSvg : drawPng)(tree, { width: CHART_IMAGE_WIDTH }));
}
