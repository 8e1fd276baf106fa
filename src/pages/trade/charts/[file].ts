/**
 * Each trade chart's downloads: `/trade/charts/kz-2022-turnover-reporter.csv`, `.svg` and `.png`, and the same for
 * every trend (`trend-ru-cn-eu-it-de.…`) and two-year comparison (`shift-2021-2023-turnover-reporter.…`).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import {
  CHART_FORMATS,
  CHART_MEDIA_TYPES,
  chartDownload,
  chartSpecs,
  type ChartFormat,
  type ChartSpec,
} from '~/model/chart-downloads';

export const getStaticPaths = (async () =>
  (await chartSpecs()).flatMap((spec) =>
    CHART_FORMATS.map((format) => ({ params: { file: `${spec.name}.${format}` }, props: { spec, format } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ spec: ChartSpec; format: ChartFormat }> = async ({ props }) =>
  new Response(await chartDownload(props.spec, props.format), {
    headers: { 'Content-Type': CHART_MEDIA_TYPES[props.format] },
  });
