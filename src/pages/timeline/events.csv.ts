import type { APIRoute } from 'astro';
import { timelineExport } from '~/model/downloads';
import { eventsToCsv } from '~/lib/timeline/export';

export const GET: APIRoute = async ({ site }) =>
  new Response(eventsToCsv(await timelineExport(site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
