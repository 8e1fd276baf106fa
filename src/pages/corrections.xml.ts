import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { changeItems, feedChannel, FEEDS } from '~/lib/feeds/items';
import { loadSiteContent } from '~/model/site-content';
import { SITE_NAME, SITE_URL } from '../../site.config.mjs';

// Each "What changed" entry of every published briefing, newest first.
export const GET: APIRoute = async () => {
  const { briefings } = await loadSiteContent();
  return rss({
    title: `${SITE_NAME}: ${FEEDS.corrections.title.toLowerCase()}`,
    description: `Every correction and substantive update to the briefings of ${SITE_NAME}, as the briefings list them under "What changed".`,
    site: SITE_URL,
    items: changeItems(briefings, SITE_URL),
    ...feedChannel(FEEDS.corrections.path, SITE_URL),
  });
};
