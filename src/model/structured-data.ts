/**
 * Each page's JSON-LD, from the site's data: the publisher and the page's breadcrumbs on every page, plus what the
 * page is (a briefing's NewsArticle, the downloads' Datasets, the site on the home page). The shapes are built in
 * `~/lib/site/structured-data`; this module fills them in.
 */
import type { Thing } from 'schema-dts';
import { attributionLine, CONTENT_LICENCE } from '~/lib/site/licence';
import {
  breadcrumbList,
  breadcrumbTrail,
  dataset,
  jsonLdGraph,
  jsonLdText,
  newsArticle,
  webSite,
  type SiteIdentity,
} from '~/lib/site/structured-data';
import { SITE_NAME, SITE_TAGLINE, SITE_URL } from '../../site.config.mjs';
import { createPageContext } from './page-context';
import { loadSiteContent, type Briefing } from './site-content';

export const SITE_IDENTITY: SiteIdentity = {
  name: SITE_NAME,
  url: new URL('/', SITE_URL).href,
  description: SITE_TAGLINE,
};

const absolute = (path: string) => new URL(path, SITE_URL).href;

/** The fixed pages' titles by path, for breadcrumbs ('/' is the site's name). */
async function pageTitles(): Promise<Map<string, string>> {
  const site = await loadSiteContent();
  const titles = new Map<string, string>([['/', SITE_NAME]]);
  for (const [id, page] of site.pages) if (id !== 'home') titles.set(`/${id}/`, page.data.title);
  return titles;
}

/** The <script type="application/ld+json"> text of a page: its breadcrumbs (except on the home page) and `items`. */
export async function pageJsonLd(path: string, title: string, items: readonly Thing[] = []): Promise<string> {
  const trail = path === '/' ? [] : [breadcrumbList(breadcrumbTrail(path, title, await pageTitles(), SITE_URL))];
  return jsonLdText(jsonLdGraph(SITE_IDENTITY, [...items, ...trail]));
}

/** A briefing as a NewsArticle, its sources (ids, in the order the page numbers them) as citations. */
export async function briefingJsonLd(
  briefing: Briefing,
  path: string,
  sources: readonly string[],
  image: string | undefined,
): Promise<Thing> {
  const page = createPageContext(await loadSiteContent());
  const { title, dek, published, updated, authors, tags } = briefing.data;
  return newsArticle(
    {
      url: absolute(path),
      headline: title,
      description: dek,
      published,
      updated,
      authors,
      image,
      keywords: tags,
      citations: sources.map((id) => ({ url: page.source(id).url })),
    },
    SITE_IDENTITY,
    CONTENT_LICENCE,
  );
}

/** The fixed pages' own items: the site on the home page, the downloads' Datasets on the timeline and trade pages. */
export async function fixedPageJsonLd(id: string, title: string): Promise<Thing[]> {
  const site = await loadSiteContent();
  if (id === 'home') return [webSite(SITE_IDENTITY)];
  if (id === 'timeline') {
    const years = site.events.map((e) => e.year);
    return [
      dataset(
        {
          url: absolute('/timeline/'),
          name: `Timeline of Kazakhstan since 2020 (${SITE_NAME})`,
          description: `Every event in the site's timeline of Kazakhstan's foreign policy, trade and energy ties around Russia's invasion of Ukraine: its date at the precision the record allows, a short summary, place, actors, themes, status (confirmed, reported or disputed) and the sources it rests on, with their addresses.`,
          keywords: ['Kazakhstan', 'Russia', 'Ukraine', 'timeline', 'foreign policy', 'energy', 'trade'],
          creditText: attributionLine(title, SITE_NAME, absolute('/timeline/')),
          temporalCoverage: `${Math.min(...years)}/${Math.max(...years)}`,
          spatialCoverage: 'Kazakhstan',
          files: [
            { url: absolute('/timeline/events.csv'), format: 'text/csv' },
            { url: absolute('/timeline/events.json'), format: 'application/json' },
          ],
          describedBy: absolute('/datapackage.json'),
        },
        SITE_IDENTITY,
        CONTENT_LICENCE,
      ),
    ];
  }
  if (id === 'trade') {
    const years = site.trade.map((r) => r.period.slice(0, 4)).sort();
    return [
      dataset(
        {
          url: absolute('/trade/'),
          name: `Kazakhstan's trade with its main partners (${SITE_NAME})`,
          description: `Kazakhstan's trade with its main partners by year and part year, as published by Kazakh officials and agencies and, separately, by the partners' own statistics: exports, imports and total trade in billions of US dollars or euros, never converted, each figure with its source, whether it is approximate or derived, and notes.`,
          keywords: ['Kazakhstan', 'trade', 'exports', 'imports', 'trading partners', 'mirror statistics'],
          creditText: attributionLine(title, SITE_NAME, absolute('/trade/')),
          temporalCoverage: `${years[0] ?? ''}/${years.at(-1) ?? ''}`,
          spatialCoverage: 'Kazakhstan',
          files: [
            { url: absolute('/trade/trade.csv'), format: 'text/csv' },
            { url: absolute('/trade/trade.json'), format: 'application/json' },
          ],
          describedBy: absolute('/datapackage.json'),
        },
        SITE_IDENTITY,
        CONTENT_LICENCE,
      ),
    ];
  }
  return [];
}
