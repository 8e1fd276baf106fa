/**
 * Which pages have a share card, and what each shows: every briefing readers may see in this build (so drafts and
 * scheduled briefings get none), the fixed pages, the timeline's theme pages, the topic pages and the search page. The card endpoint
 * (src/pages/og/[...card].png.ts) draws exactly these, and BaseLayout points a page's og:image at its card only
 * when the page is listed here, so a meta tag never names a missing image.
 *
 * A new kind of page gets a card with one entry in `shareCards()`: `[path, { title, dek, kind }]`.
 */
import { briefingPath } from '~/lib/briefing/listing';
import { topicPath, topicsOf } from '~/lib/briefing/topics';
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
  ['map', '/map/', 'page'],
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
      // The card says what the page's h1 says (the home page's title is the site's name, printed at the card's foot).
      title: heading ?? title,
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
  // The topic pages (src/pages/topics/) and the search page: their words are in those pages, said again here short.
  cards.set('/topics/', { title: 'Topics', dek: 'Every briefing, by what it is about.', kind: 'page' });
  for (const topic of topicsOf(site.briefings)) {
    const { count } = topic;
    cards.set(topicPath(topic.tag), {
      title: topic.name,
      dek: `${count} briefing${count === 1 ? '' : 's'} on ${topic.name.toLowerCase()}, newest first.`,
      kind: 'tag',
    });
  }
  cards.set('/search/', {
    title: 'Search',
    dek: 'The briefings, every event on the timeline and the trade figures, in any spelling of a name.',
    kind: 'page',
  });
  return cards;
}
