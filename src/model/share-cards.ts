/**
 * Which pages have a share card, and what each shows: every briefing readers may see in this build (so drafts and
 * scheduled briefings get none), the fixed pages and the timeline's theme pages. The card endpoint
 * (src/pages/og/[...card].png.ts) draws exactly these, and BaseLayout points a page's og:image at its card only
 * when the page is listed here, so a meta tag never names a missing image.
 *
 * A new kind of page gets a card with one entry in `shareCards()`: `[path, { title, dek, kind }]`.
 */
import { briefingPath } from '~/lib/briefing/listing';
import type { ShareCard } from '~/lib/share/card';
import { tradeCardChart } from '~/lib/trade/chart-image';
import { themePageDescription, themePages, themePath } from '~/lib/timeline/theme-pages';
import { loadSiteContent } from './site-content';

/** The fixed pages with a card, by their text's id in content/pages/, with the kind of card. */
const FIXED_PAGES = [
  ['home', '/', 'home'],
  ['timeline', '/timeline/', 'timeline'],
  ['trade', '/trade/', 'trade'],
  ['about', '/about/', 'page'],
] as const;

let cached: Promise<Map<string, ShareCard>> | undefined;

/** Every page's card, by the page's URL path. */
export function shareCards(): Promise<Map<string, ShareCard>> {
  if (__SHOW_DRAFTS__) return build();
  cached ??= build();
  return cached;
}

async function build(): Promise<Map<string, ShareCard>> {
  const site = await loadSiteContent();
  const cards = new Map<string, ShareCard>();
  for (const [id, path, kind] of FIXED_PAGES) {
    const page = site.pages.get(id);
    if (!page) continue;
    const { title, heading, description } = page.data;
    cards.set(path, {
      // The home page's title is the site's name, which the card prints at its foot: its heading says more.
      title: kind === 'home' ? (heading ?? title) : title,
      dek: description,
      kind,
      chart: kind === 'trade' ? tradeCardChart(site.trade) : undefined,
    });
  }
  for (const page of themePages(site.themeNames, site.events)) {
    cards.set(themePath(page.theme), {
      title: `Timeline: ${page.name}`,
      dek: themePageDescription(page),
      kind: 'timeline',
    });
  }
  for (const briefing of site.briefings) {
    cards.set(briefingPath(briefing.id), { title: briefing.data.title, dek: briefing.data.dek, kind: 'briefing' });
  }
  return cards;
}
