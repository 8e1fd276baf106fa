import type { APIRoute } from 'astro';
import { licenceMetadata } from '~/lib/site/licence';
import { tradeExport } from '~/model/downloads';
import { TRADE_COLUMN_NOTES } from '~/lib/trade/export';
import { SITE_NAME } from '../../../site.config.mjs';

export const GET: APIRoute = async ({ site }) => {
  const rows = await tradeExport();
  const body = {
    title: "Kazakhstan's trade with its main partners, as published by each side",
    source: new URL('/trade/', site).href,
    cite: `Kazakhstan after the invasion, trade figures, ${new URL('/trade/', site).href}; and the original source of each figure (source_url).`,
    columns: TRADE_COLUMN_NOTES,
    ...licenceMetadata('Who Kazakhstan trades with', SITE_NAME, new URL('/trade/', site).href),
    datapackage: new URL('/datapackage.json', site).href,
    count: rows.length,
    rows,
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
