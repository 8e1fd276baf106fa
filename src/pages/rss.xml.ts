import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { briefingItems, feedChannel, FEEDS } from '~/lib/feeds/items';
import { loadSiteContent } from '~/model/site-content';
import { SITE_NAME, SITE_TAGLINE, SITE_URL } from '../../site.config.mjs';

// Every published briefing: drafts and scheduled ones are not in the site content of a build.
export const GET: APIRoute = async () => {
  const { briefings } = await loadSiteContent();
  return rss({
    title: SITE_NAME,
    description: SITE_TAGLINE,
    site: SITE_URL,
    items: briefingItems(briefings, SITE_URL),
    ...feedChannel(FEEDS.briefings.path, SITE_URL),
  });
};
