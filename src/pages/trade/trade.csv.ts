import type { APIRoute } from 'astro';
import { tradeExport } from '~/model/downloads';
import { tradeToCsv } from '~/lib/trade/export';

export const GET: APIRoute = async () =>
  new Response(tradeToCsv(await tradeExport()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
