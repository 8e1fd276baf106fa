import type { APIRoute } from 'astro';
import { timelineExport } from '~/model/downloads';

export const GET: APIRoute = async ({ site }) => {
  const events = await timelineExport(site);
  const body = {
    title: 'Kazakhstan after 24 February 2022: timeline events',
    description:
      'Each event with its date at the precision the record supports (precision: year, month or day; approx: circa), its status and its sources.',
    source: new URL('/timeline/', site).href,
    count: events.length,
    events,
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
