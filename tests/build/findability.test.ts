/**
 * How readers find briefings, on the built site: the two RSS feeds (every published briefing, every correction,
 * absolute links that lead somewhere), the sitemap (exactly the published pages), the search index (briefings, the
 * trade page and each timeline event; name variants indexed, pages unchanged), and topics and related briefings.
 */
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { SITE_URL } from '../../site.config.mjs';
import { DIST } from '../../tools/lib/paths';
import { builtPage, builtPages, distText } from '../support/dist';
import { indexedRecords } from '../support/search-index';

const pages = builtPages();
const briefings = pages.filter((p) => /^\/briefings\/[^/]+\/$/.test(p.path));
const FIRST = '/briefings/how-kazakhstan-changed-after-the-invasion/';
const OIL = '/briefings/kazakh-oil-for-germany/';

/** A feed as a document, and its items as plain objects. */
function feed(file: string) {
  const document = new DOMParser().parseFromString(distText(file), 'text/xml') as unknown as Document;
  const items = [...document.querySelectorAll('item')].map((item) => ({
    title: item.querySelector('title')?.textContent ?? '',
    link: item.querySelector('link')?.textContent ?? '',
    guid: item.querySelector('guid')?.textContent ?? '',
    description: item.querySelector('description')?.textContent ?? '',
    pubDate: item.querySelector('pubDate')?.textContent ?? '',
    categories: [...item.querySelectorAll('category')].map((c) => c.textContent),
  }));
  return { document, items };
}

describe('the feeds', () => {
  it.each(['rss.xml', 'corrections.xml'])('%s is RSS 2.0 that says its language and its own address', (file) => {
    const text = distText(file);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"')).toBe(true);
    const { document } = feed(file);
    expect(document.querySelector('channel > title')?.textContent).not.toBe('');
    expect(document.querySelector('channel > language')?.textContent).toBe('en');
    expect(document.querySelector('channel > link')?.textContent).toBe(`${SITE_URL}/`);
    expect(text).toContain(`<atom:link href="${SITE_URL}/${file}" rel="self" type="application/rss+xml"/>`);
  });

  it('lists every published briefing, newest first, with its absolute address, dek, date and topics', () => {
    const { items } = feed('rss.xml');
    expect(items.map((i) => i.link).sort()).toEqual(briefings.map((b) => `${SITE_URL}${b.path}`).sort());
    const dates = items.map((i) => Date.parse(i.pubDate));
    expect(dates.every((d) => !Number.isNaN(d))).toBe(true);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    for (const item of items) {
      const page = builtPage(new URL(item.link).pathname);
      expect(item.title).toBe(page.document.querySelector('h1')?.textContent?.trim());
      expect(item.description).toBe(page.document.querySelector('meta[name="description"]')?.getAttribute('content'));
      expect(item.guid).toBe(item.link);
      const topics = [...page.document.querySelectorAll('header .topic-link')].map((a) => a.textContent?.trim());
      expect(item.categories).toEqual(topics);
      expect(item.categories.length).toBeGreaterThan(0);
    }
  });

  it('lists every "What changed" entry once, each linking to that entry on its briefing', () => {
    const { items } = feed('corrections.xml');
    const entries = briefings.flatMap((b) =>
      [...b.document.querySelectorAll('.what-changed > li')].map((li) => `${SITE_URL}${b.path}#${li.id}`),
    );
    expect(entries.length).toBeGreaterThan(0);
    expect(items.map((i) => i.link).sort()).toEqual([...entries].sort());
    expect(new Set(items.map((i) => i.guid)).size).toBe(items.length);
    for (const item of items) {
      const url = new URL(item.link);
      const li = builtPage(url.pathname).document.getElementById(url.hash.slice(1));
      expect(li?.textContent).toContain(item.description);
      expect(item.title).toMatch(/^Changed: /);
    }
  });

  it.each(pages.map((p) => [p.path, p] as const))(
    '%s names both feeds in its head and links them in its footer',
    (_path, page) => {
      const alternates = [...page.document.querySelectorAll('head link[rel="alternate"][type="application/rss+xml"]')];
      expect(alternates.map((l) => l.getAttribute('href'))).toEqual(['/rss.xml', '/corrections.xml']);
      for (const link of alternates) expect(link.getAttribute('title')).toMatch(/\S/);
      const footer = [...page.document.querySelectorAll('footer a')].map((a) => a.getAttribute('href'));
      expect(footer).toEqual(expect.arrayContaining(['/rss.xml', '/corrections.xml', '/topics/', '/search/']));
    },
  );
});

describe('the sitemap', () => {
  it('lists exactly the published pages: every built page but the 404 page and the component catalogue', () => {
    const listed = [...distText('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc = '']) => loc);
    const published = pages
      .map((p) => p.path)
      .filter((path) => path !== '/404.html' && path !== '/components/')
      .map((path) => `${SITE_URL}${path}`);
    expect([...listed].sort()).toEqual([...published].sort());
    expect(listed).toEqual(
      expect.arrayContaining([`${SITE_URL}/search/`, `${SITE_URL}/topics/`, `${SITE_URL}${FIRST}`]),
    );
  });
});

describe('the search index', () => {
  const records = indexedRecords(DIST);
  const byUrl = new Map(records.map((r) => [r.url, r]));
  const eventIds = [...builtPage('/timeline/').document.querySelectorAll('li.timeline-event[id]')].map((li) => li.id);

  it('holds each published briefing, the trade page and each timeline event, and nothing else', () => {
    const expected = [...briefings.map((b) => b.path), '/trade/', ...eventIds.map((id) => `/timeline/#${id}`)];
    expect(records.map((r) => r.url).sort()).toEqual(expected.sort());
    expect(eventIds.length).toBeGreaterThan(50);
  });

  it('gives each result a title, its kind and (but for the trade page) a date', () => {
    for (const record of records) {
      expect(record.meta['title'], record.url).toMatch(/\S/);
      expect(record.meta['kind'], record.url).toMatch(/^(Briefing|Timeline event|Trade figures)$/);
      if (record.url !== '/trade/') expect(record.meta['date'], record.url).toMatch(/\d{4}/);
    }
    expect(byUrl.get(FIRST)?.meta['date']).toBe(builtPage(FIRST).document.querySelector('header time')?.textContent);
  });

  it('indexes the other spellings of the names a page uses, and leaves the page itself unchanged', () => {
    // The first briefing writes Astana and Tokayev, never Nur-Sultan or Токаев.
    const page = builtPage(FIRST);
    for (const spelling of ['Nur-Sultan', 'Токаев', 'Qazaqstan']) {
      expect(page.html).not.toContain(spelling);
      expect(byUrl.get(FIRST)?.content).toContain(spelling);
    }
    expect(byUrl.get('/timeline/#first-kazakh-oil-to-germany-via-druzhba')?.content).toContain('Дружба');
  });

  it('leaves out navigation, citation markers and the list of sources', () => {
    const content = byUrl.get(OIL)?.content ?? '';
    expect(content).not.toMatch(/On this page|Skip to content|\[1, 2\]/);
    expect(content).not.toContain('deutschlandfunk');
    const sourceTitle = builtPage(OIL).document.querySelector('.source-list li a')?.textContent ?? '';
    expect(sourceTitle.length).toBeGreaterThan(10);
    expect(content).not.toContain(sourceTitle);
  });
});

describe('topics and related briefings', () => {
  it('shows each briefing’s topics, each linking to a topic page that lists the briefing', () => {
    for (const briefing of briefings) {
      const links = [...briefing.document.querySelectorAll('article > header .topic-link')];
      expect(links.length, briefing.path).toBeGreaterThan(0);
      for (const link of links) {
        const topic = builtPage(link.getAttribute('href') ?? '');
        const listed = [...topic.document.querySelectorAll('main h3 a')].map((a) => a.getAttribute('href'));
        expect(listed, topic.path).toContain(briefing.path);
      }
    }
  });

  it('has a page listing every topic with its count, each topic page listing only briefings that carry it', () => {
    const index = builtPage('/topics/');
    const topics = [...index.document.querySelectorAll('main li a')].map((a) => a.getAttribute('href') ?? '');
    const topicPages = pages.filter((p) => /^\/topics\/[^/]+\/$/.test(p.path)).map((p) => p.path);
    expect([...topics].sort()).toEqual([...topicPages].sort());
    for (const path of topicPages) {
      const listed = [...builtPage(path).document.querySelectorAll('main h3 a')].map(
        (a) => a.getAttribute('href') ?? '',
      );
      for (const href of listed) {
        const shown = [...builtPage(href).document.querySelectorAll('article > header .topic-link')];
        expect(
          shown.map((a) => a.getAttribute('href')),
          `${path} lists ${href}`,
        ).toContain(path);
      }
      const lead = builtPage(path).document.querySelector('main .lead')?.textContent?.trim() ?? '';
      expect(lead).toMatch(
        new RegExp(`^${listed.length} briefings? (is|are) filed under [a-z ]+\\. See every topic\\.$`),
      );
      const count = index.document.querySelector(`main li a[href="${path}"]`)?.parentElement?.textContent ?? '';
      expect(count).toContain(`${listed.length} briefing`);
    }
  });

  it('ends each briefing with related briefings, linked both ways', () => {
    const related = (path: string) =>
      [...builtPage(path).document.querySelectorAll('section[aria-labelledby="related-heading"] li > a')].map((a) =>
        a.getAttribute('href'),
      );
    expect(related(FIRST)).toContain(OIL);
    expect(related(OIL)).toContain(FIRST);
    const text = builtPage(OIL).document.querySelector('section[aria-labelledby="related-heading"] li')?.textContent;
    expect(text).toMatch(/Topics: Energy, Trade · \d+ key events? in common/);
  });
});
