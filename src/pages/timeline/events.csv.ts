import type { APIRoute } from 'astro';
import { timelineExport } from '~/data/event-downloads';
import { eventsToCsv } from '~/lib/event-export';

export const GET: APIRoute = async ({ site }) =>
  new Response(eventsToCsv(await timelineExport(site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
