import type { APIRoute } from 'astro';
import { licenceMetadata } from '~/lib/site/licence';
import { timelineExport } from '~/model/downloads';
import { SITE_NAME } from '../../../site.config.mjs';

export const GET: APIRoute = async ({ site }) => {
  const events = await timelineExport(site);
  const body = {
    title: 'Kazakhstan after 24 February 2022: timeline events',
    description:
      'Each event with its date at the precision the record supports (precision: year, month or day; approx: circa), its status and its sources.',
    source: new URL('/timeline/', site).href,
    ...licenceMetadata('Timeline', SITE_NAME, new URL('/timeline/', site).href),
    datapackage: new URL('/datapackage.json', site).href,
    count: events.length,
    events,
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
