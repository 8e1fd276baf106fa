/**
 * What search engines, link previews and readers who share a page or a chart get from the built site (issue 11):
 * share cards and their meta tags, structured data, the theme snippet, and the charts' downloads.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_URL } from '../../site.config.mjs';
import { TRADE_EXPORT_COLUMNS } from '~/lib/trade/export';
import { builtPage, builtPages, distFiles, distText } from '../support/dist';
import { DIST } from '../../tools/lib/paths';

const pages = builtPages().filter((p) => p.path.endsWith('/'));
const indexed = pages.filter((p) => !p.path.startsWith('/components/'));
const briefings = pages.filter((p) => p.path.startsWith('/briefings/'));
const files = new Set(distFiles());
const meta = (document: Document, key: string) =>
  document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? undefined;

/** Width and height of a PNG, from its header. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(join(DIST, file));
  expect(bytes.subarray(1, 4).toString('latin1'), file).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** The dist/ file an absolute URL on the site names. */
const fileOf = (url: string) => {
  expect(url.startsWith(`${SITE_URL}/`), url).toBe(true);
  return decodeURIComponent(new URL(url).pathname.slice(1));
};

type JsonLd = { '@context': string; '@graph': Record<string, unknown>[] };
const jsonLd = (document: Document): JsonLd => {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts[0]?.textContent ?? '') as JsonLd;
};
const ofType = (data: JsonLd, type: string) => data['@graph'].filter((item) => item['@type'] === type);

describe('share cards', () => {
  it('every briefing is among the pages with a card', () => {
    expect(briefings.length).toBeGreaterThan(0);
  });

  it.each(indexed.map((p) => [p.path, p.document] as const))(
    '%s has a 1200 × 630 card and the tags that point at it, in absolute URLs',
    (path, document) => {
      const image = meta(document, 'og:image') ?? '';
      expect(image).toBe(`${SITE_URL}/og/${path === '/' ? 'home' : path.slice(1, -1)}.png`);
      expect(files.has(fileOf(image))).toBe(true);
      expect(pngSize(fileOf(image))).toEqual([1200, 630]);
      expect([meta(document, 'og:image:width'), meta(document, 'og:image:height')]).toEqual(['1200', '630']);
      expect(meta(document, 'og:image:alt')).toContain(document.querySelector('h1')?.textContent?.trim().slice(0, 10));
      // X takes the title, description and image from the og: tags.
      expect(meta(document, 'twitter:card')).toBe('summary_large_image');
      expect(meta(document, 'twitter:image:alt')).toBe(meta(document, 'og:image:alt'));
      expect(meta(document, 'og:url')).toBe(`${SITE_URL}${path}`);
      expect(meta(document, 'og:title')?.length).toBeGreaterThan(0);
      expect(meta(document, 'og:description')).toBe(meta(document, 'description'));
    },
  );

  it('the 404 page has no card, and no card is drawn for a page that was not built', () => {
    expect(meta(builtPage('/404.html').document, 'og:image')).toBeUndefined();
    const built = new Set(pages.map((p) => (p.path === '/' ? 'home' : p.path.slice(1, -1))));
    const cards = [...files].filter((f) => f.startsWith('og/')).map((f) => f.slice(3, -4));
    expect(cards.filter((card) => !built.has(card))).toEqual([]);
  });
});

describe('structured data', () => {
  it.each(indexed.map((p) => [p.path, p.document] as const))('%s has JSON-LD that parses', (path, document) => {
    const data = jsonLd(document);
    expect(data['@context']).toBe('https://schema.org');
    expect(ofType(data, 'Organization')[0]).toMatchObject({ name: expect.any(String), url: `${SITE_URL}/` });
    if (path !== '/') {
      const [crumbs] = ofType(data, 'BreadcrumbList') as [{ itemListElement: { item: string; position: number }[] }];
      expect(crumbs.itemListElement[0]?.item).toBe(`${SITE_URL}/`);
      expect(crumbs.itemListElement.at(-1)?.item).toBe(`${SITE_URL}${path}`);
      expect(crumbs.itemListElement.map((c) => c.position)).toEqual(crumbs.itemListElement.map((_c, i) => i + 1));
    }
  });

  it.each(briefings.map((p) => [p.path, p.document] as const))(
    '%s is a NewsArticle with headline, dates, authors, publisher, image and its sources as citations',
    (path, document) => {
      const [article] = ofType(jsonLd(document), 'NewsArticle') as [Record<string, unknown>];
      expect(article['headline']).toBe(document.querySelector('h1')?.textContent?.trim());
      expect(article['datePublished']).toBe(document.querySelector('header time')?.getAttribute('datetime'));
      expect(article['dateModified']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect((article['author'] as { name: string }[]).map((a) => a.name)).toEqual(['Explainer desk']);
      expect(article['publisher']).toEqual({ '@id': `${SITE_URL}/#publisher` });
      expect(article['image']).toEqual([meta(document, 'og:image')]);
      expect(article['mainEntityOfPage']).toBe(`${SITE_URL}${path}`);
      const listed = [...document.querySelectorAll('.source-list > li a[href^="http"]')].map((a) =>
        a.getAttribute('href'),
      );
      const cited = article['citation'] as string[];
      expect(cited.length).toBe(document.querySelectorAll('.source-list > li').length);
      expect(cited.every((url) => listed.includes(url))).toBe(true);
    },
  );

  it.each([
    ['/trade/', ['trade/trade.csv', 'trade/trade.json']],
    ['/timeline/', ['timeline/events.csv', 'timeline/events.json']],
  ])('%s describes its downloads as a Dataset with their licence and how to credit them', (path, downloads) => {
    const [set] = ofType(jsonLd(builtPage(path).document), 'Dataset') as [Record<string, unknown>];
    expect(set['license']).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(set['creditText']).toContain(`${SITE_URL}${path}`);
    expect(String(set['description']).length).toBeGreaterThanOrEqual(50);
    expect(set['temporalCoverage']).toMatch(/^\d{4}\/\d{4}$/);
    const urls = (set['distribution'] as { contentUrl: string }[]).map((d) => d.contentUrl);
    expect(urls.map(fileOf)).toEqual(downloads);
    for (const file of downloads) expect(files.has(file)).toBe(true);
  });
});

describe('the theme snippet', () => {
  const snippets = pages.map((p) => p.document.querySelector('script[data-theme-script]')?.textContent ?? '');

  it('is the same bytes on every page, so one hash allows it under a Content-Security-Policy', () => {
    expect(snippets.every((s) => s.length > 0)).toBe(true);
    const hashes = new Set(snippets.map((s) => createHash('sha256').update(s).digest('base64')));
    expect(hashes.size).toBe(1);
  });

  it('is tiny, and comes before the stylesheet, so the first paint already has the chosen theme', () => {
    expect(Buffer.byteLength(snippets[0] ?? '')).toBeLessThan(700);
    for (const page of pages) {
      const head = page.document.head.innerHTML;
      // The stylesheet is inlined in the head (astro.config.mjs).
      expect(head.indexOf('<style')).toBeGreaterThan(-1);
      expect(head.indexOf('data-theme-script')).toBeLessThan(head.indexOf('<style'));
    }
  });
});

describe('chart downloads', () => {
  const links = [...builtPage('/trade/').document.querySelectorAll('.chart-tools a[download]')].map(
    (a) => a.getAttribute('href') ?? '',
  );

  it('every ranking on the trade page offers its image as PNG and SVG and its figures as CSV', () => {
    const views = [...builtPage('/trade/').document.querySelectorAll('section.trade-view')];
    expect(views.length).toBeGreaterThan(1);
    for (const view of views) expect(view.querySelectorAll('.chart-tools a[download]')).toHaveLength(3);
    for (const link of links) expect(files.has(link.slice(1)), link).toBe(true);
  });

  it.each([
    ['/trade/', 'trend-ru-cn-eu-it-de'],
    ['/', 'shift-2021-2023-turnover-reporter'],
  ])('%s offers its %s chart as images and data too', (path, name) => {
    const offered = [...builtPage(path).document.querySelectorAll('.chart-tools a[download]')].map((a) =>
      a.getAttribute('href'),
    );
    expect(offered).toEqual(expect.arrayContaining(['png', 'svg', 'csv'].map((f) => `/trade/charts/${name}.${f}`)));
    for (const format of ['png', 'svg', 'csv']) expect(files.has(`trade/charts/${name}.${format}`)).toBe(true);
  });

  it('the images are 1200 px wide, and the SVG needs no fonts', () => {
    for (const link of links.filter((l) => l.endsWith('.png'))) expect(pngSize(link.slice(1))[0]).toBe(1200);
    for (const link of links.filter((l) => l.endsWith('.svg'))) {
      const svg = distText(link.slice(1));
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).not.toContain('<text');
    }
  });

  it("the CSV has trade.csv's columns and only the chart's rows", () => {
    const csv = distText('trade/charts/kz-2022-turnover-reporter.csv').trim().split('\n');
    expect(csv[0]).toBe(TRADE_EXPORT_COLUMNS.join(','));
    expect(csv.slice(1).every((line) => line.startsWith('KZ,') && line.includes(',2022,turnover,'))).toBe(true);
  });

  it("a briefing's chart links to the same files as the trade page's view of it", () => {
    for (const page of briefings) {
      for (const a of page.document.querySelectorAll('.chart-tools a[download]')) {
        expect(links).toContain(a.getAttribute('href'));
      }
    }
  });
});
