import type { APIRoute } from 'astro';
import { buildDataPackage } from '~/model/data-package';
import { loadSiteContent } from '~/model/site-content';
import { SITE_NAME } from '../../site.config.mjs';

export const GET: APIRoute = async ({ site }) => {
  const { themeNames, actorNames } = await loadSiteContent();
  const body = buildDataPackage({
    site: site ?? new URL('http://127.0.0.1/'),
    siteName: SITE_NAME,
    themes: [...themeNames.keys()],
    actors: [...actorNames.keys()],
  });
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
