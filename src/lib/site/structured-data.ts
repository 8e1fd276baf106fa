/**
 * Structured data (JSON-LD, schema.org) for search engines and other machines: a briefing as a `NewsArticle` with
 * its sources as `citation`, every page's place in the site as a `BreadcrumbList`, the downloads as `Dataset`s with
 * their licence and the credit to give, and the site itself as a `WebSite`. Typed with schema-dts, so a property
 * schema.org does not define, or a value of the wrong type, fails the type check.
 */
import type { BreadcrumbList, Dataset, Graph, NewsArticle, Organization, Person, Thing, WebSite } from 'schema-dts';

/** The site as a publisher. `url` is its origin with a trailing slash. */
export interface SiteIdentity {
  name: string;
  url: string;
  description: string;
}

/** The licence every page and download is published under. */
export interface LicenceIdentity {
  url: string;
}

/** The stable id of the site as an organisation, so every page's data points at one publisher. */
export const publisherId = (site: SiteIdentity): string => `${site.url}#publisher`;

/** The site as the organisation that publishes it. */
export function publisher(site: SiteIdentity): Organization {
  return { '@type': 'Organization', '@id': publisherId(site), name: site.name, url: site.url };
}

/**
 * A byline as an author. A desk ("Explainer desk") is a part of the site's organisation, not a person; any other
 * byline is taken to be a person's name.
 */
export function bylineAuthor(byline: string, site: SiteIdentity): Person | Organization {
  if (/\bdesk$/i.test(byline.trim())) {
    return { '@type': 'Organization', name: byline, parentOrganization: { '@id': publisherId(site) } };
  }
  return { '@type': 'Person', name: byline };
}

/** One source a briefing cites: its address. */
export interface CitedWork {
  url: string;
}

/** What a briefing's `NewsArticle` is made from. */
export interface ArticleInput {
  /** The page's absolute address. */
  url: string;
  headline: string;
  description: string;
  /** 'YYYY-MM-DD'. */
  published: string;
  updated?: string | undefined;
  authors: readonly string[];
  /** The share card's absolute address, when the page has one. */
  image?: string | undefined;
  keywords: readonly string[];
  citations: readonly CitedWork[];
}

/** A briefing as a schema.org NewsArticle: headline, dates, authors, publisher, image, its sources as citations. */
export function newsArticle(input: ArticleInput, site: SiteIdentity, licence: LicenceIdentity): NewsArticle {
  return {
    '@type': 'NewsArticle',
    mainEntityOfPage: input.url,
    headline: input.headline,
    description: input.description,
    datePublished: input.published,
    dateModified: input.updated ?? input.published,
    author: input.authors.map((name) => bylineAuthor(name, site)),
    publisher: { '@id': publisherId(site) },
    ...(input.image ? { image: [input.image] } : {}),
    ...(input.keywords.length > 0 ? { keywords: [...input.keywords] } : {}),
    license: licence.url,
    // Each source by its address alone (schema.org allows a citation as text): a briefing cites forty sources, and
    // their titles and publishers are in the page's list of sources already. Kept short for the page's weight budget.
    citation: input.citations.map((work) => work.url),
  };
}

/** A page's place in the site, from the home page down: each step's name and absolute address. */
export function breadcrumbList(trail: readonly { name: string; url: string }[]): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((step, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: step.name,
      item: step.url,
    })),
  };
}

/**
 * The steps to a page: the home page, then every ancestor path that is a page with a known title, then the page
 * itself. `titles` maps paths ('/', '/timeline/') to names; the site's origin makes the addresses absolute.
 */
export function breadcrumbTrail(
  path: string,
  title: string,
  titles: ReadonlyMap<string, string>,
  origin: string,
): { name: string; url: string }[] {
  const steps = [{ path: '/', name: titles.get('/') ?? 'Home' }];
  const parts = path.split('/').filter(Boolean);
  for (let i = 1; i < parts.length; i++) {
    const ancestor = `/${parts.slice(0, i).join('/')}/`;
    const name = titles.get(ancestor);
    if (name) steps.push({ path: ancestor, name });
  }
  if (path !== '/') steps.push({ path, name: title });
  return steps.map((step) => ({ name: step.name, url: new URL(step.path, origin).href }));
}

/** What a download's `Dataset` is made from. */
export interface DatasetInput {
  /** The page that offers the download (absolute). */
  url: string;
  name: string;
  /** What the data holds, in 50 to 5,000 characters. */
  description: string;
  keywords: readonly string[];
  /** The credit to give, as the licence asks: "“Timeline”, <site>, <url>, CC BY 4.0". */
  creditText: string;
  /** 'YYYY/YYYY' or 'YYYY-MM-DD/YYYY-MM-DD'. */
  temporalCoverage: string;
  spatialCoverage: string;
  /** The files, each an absolute address with its media type. */
  files: readonly { url: string; format: string }[];
  /** The data package that describes every column (absolute). */
  describedBy?: string | undefined;
}

/** A download as a schema.org Dataset: licence, how to credit it, what it covers and where to get each file. */
export function dataset(input: DatasetInput, site: SiteIdentity, licence: LicenceIdentity): Dataset {
  return {
    '@type': 'Dataset',
    '@id': `${input.url}#dataset`,
    name: input.name,
    description: input.description,
    url: input.url,
    keywords: [...input.keywords],
    license: licence.url,
    creditText: input.creditText,
    creator: { '@id': publisherId(site) },
    publisher: { '@id': publisherId(site) },
    isAccessibleForFree: true,
    inLanguage: 'en',
    temporalCoverage: input.temporalCoverage,
    spatialCoverage: { '@type': 'Place', name: input.spatialCoverage },
    distribution: input.files.map((file) => ({
      '@type': 'DataDownload',
      contentUrl: file.url,
      encodingFormat: file.format,
    })),
    ...(input.describedBy
      ? { subjectOf: { '@type': 'CreativeWork', url: input.describedBy, name: 'Data package' } }
      : {}),
  };
}

/** The site as a WebSite, on the home page. */
export function webSite(site: SiteIdentity): WebSite {
  return {
    '@type': 'WebSite',
    '@id': `${site.url}#website`,
    name: site.name,
    url: site.url,
    description: site.description,
    inLanguage: 'en',
    publisher: { '@id': publisherId(site) },
  };
}

/** One JSON-LD document for a page: the publisher and the page's own items in one @graph. */
export function jsonLdGraph(site: SiteIdentity, items: readonly Thing[]): Graph {
  return { '@context': 'https://schema.org', '@graph': [publisher(site), ...items] };
}

/** JSON for a <script type="application/ld+json">: `<` escaped, so no value can close the script element. */
export function jsonLdText(graph: Graph): string {
  return JSON.stringify(graph).replace(/</g, '\\u003c');
}
