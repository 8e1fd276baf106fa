/** Each trade ranking's downloads: `/trade/charts/kz-2022-turnover-reporter.csv`, `.svg` and `.png`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { TradeView } from '~/lib/trade/model';
import {
  CHART_FORMATS,
  CHART_MEDIA_TYPES,
  chartDownload,
  chartFileName,
  chartViews,
  type ChartFormat,
} from '~/model/chart-downloads';

export const getStaticPaths = (async () =>
  (await chartViews()).flatMap((view) =>
    CHART_FORMATS.map((format) => ({ params: { file: `${chartFileName(view)}.${format}` }, props: { view, format } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ view: TradeView; format: ChartFormat }> = async ({ props }) =>
  new Response(await chartDownload(props.view, props.format), {
    headers: { 'Content-Type': CHART_MEDIA_TYPES[props.format] },
  });
