/** Checks on the built site in dist/: what a reader, a search engine and a screen reader meet. */
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { SITE_URL } from '../../site.config.mjs';
import { groupCitationNumbers } from '~/lib/briefing/citations';
import { builtPage, builtPages, distFiles } from '../support/dist';

const pages = builtPages();
const files = new Set(distFiles());
const BRIEFING = '/briefings/how-kazakhstan-changed-after-the-invasion/';

/** Resolves an internal href against the page it sits on: the target page's path and its fragment. */
function resolve(href: string, from: string): { path: string; fragment: string } {
  const url = new URL(href, `${SITE_URL}${from}`);
  return { path: url.pathname, fragment: decodeURIComponent(url.hash.slice(1)) };
}

/**
 * Every citation in a page, in page order: a marker link, or, for a number inside a range ([10–14]), the anchor
 * that the list of sources links back to, naming its source in `data-source`.
 */
function citationsIn(document: Document): Element[] {
  return [...document.querySelectorAll('sup.cite [id^="cite-"]')];
}
const citedTarget = (cite: Element) => cite.getAttribute('href') ?? cite.getAttribute('data-source') ?? '';

/**
 * Checks each citation against the numbered list: a link shows its source's number (in brackets, or with the comma
 * and narrow no-break space of its group; a range's link shows both ends) and is labelled with it; a citation
 * inside a range lies within it; and each marker group, joined up, reads its numbers sorted and grouped
 * ([3, 24, 25], [10–14]).
 */
function expectCitationsMatchList(document: Document, items: Element[]): void {
  const cites = citationsIn(document);
  const position = (cite: Element) => {
    const target = document.getElementById(citedTarget(cite).slice(1));
    expect(target, citedTarget(cite)).not.toBeNull();
    return items.indexOf(target!) + 1;
  };
  // A marker group is one <sup>.
  const groups = new Map<Element, Element[]>();
  for (const cite of cites) {
    const sup = cite.closest('sup')!;
    groups.set(sup, [...(groups.get(sup) ?? []), cite]);
    if (cite.localName === 'a') {
      // A range ([10–14]) is one link to its first source, labelled with both ends.
      const [from, through] = cite.textContent?.match(/\d+/g) ?? [];
      expect(from).toBe(String(position(cite)));
      expect(cite.getAttribute('aria-label')).toBe(
        through ? `Sources ${position(cite)}–${through}` : `Source ${position(cite)}`,
      );
    }
  }
  for (const [sup, members] of groups) {
    // Two groups side by side would read as one ([3][24]): adjacent citations merge.
    const before = sup.previousSibling;
    expect(before?.nodeName === 'SUP' && (before as Element).classList.contains('cite')).toBe(false);
    const numbers = members.map(position);
    const shown = members.filter((c) => c.localName === 'a');
    expect(shown.map((a) => a.textContent).join('')).toBe(
      `[${groupCitationNumbers(numbers).replaceAll(' ', '\u202f')}]`,
    );
    // A citation without a link of its own is inside a range another link covers.
    const ranges = shown.map((a) => (a.textContent?.match(/\d+/g) ?? []).map(Number));
    for (const hidden of members.filter((c) => c.localName !== 'a')) {
      const at = position(hidden);
      expect(ranges.some(([from = 0, through = from]) => at > from && at <= through)).toBe(true);
    }
  }
}

function exists(path: string): boolean {
  if (path.endsWith('/')) return files.has(`${path.slice(1)}index.html`);
  return files.has(path.slice(1));
}

describe('every page', () => {
  it.each(pages.map((p) => [p.path, p] as const))(
    '%s has one h1, a title, a description and a canonical URL',
    (_path, page) => {
      const { document } = page;
      expect(document.querySelectorAll('h1')).toHaveLength(1);
      expect(document.querySelector('h1')?.textContent?.trim()).not.toBe('');
      expect(document.title.trim().length).toBeGreaterThan(5);
      expect(
        document.querySelector('meta[name="description"]')?.getAttribute('content')?.trim().length ?? 0,
      ).toBeGreaterThan(20);
      const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      expect(canonical.startsWith(`${SITE_URL}/`)).toBe(true);
      if (page.path !== '/404.html') expect(canonical).toBe(`${SITE_URL}${page.path}`);
      expect(document.documentElement.getAttribute('lang')).toBe('en');
    },
  );

  it.each(pages.map((p) => [p.path, p] as const))(
    '%s has only internal links and anchors that resolve',
    (_path, page) => {
      const broken: string[] = [];
      for (const link of page.document.querySelectorAll('a[href]')) {
        const href = link.getAttribute('href')!;
        if (/^(https?:|mailto:)/.test(href)) continue;
        const { path, fragment } = resolve(href, page.path);
        if (!exists(path)) {
          broken.push(`${href} (no page at ${path})`);
          continue;
        }
        if (fragment) {
          const target = path === page.path ? page : pages.find((p) => p.path === path);
          if (!target?.document.getElementById(fragment)) broken.push(`${href} (no element with id "${fragment}")`);
        }
      }
      expect(broken).toEqual([]);
    },
  );

  it.each(pages.map((p) => [p.path, p] as const))('%s has no duplicate ids', (_path, page) => {
    const ids = [...page.document.querySelectorAll('[id]')].map((el) => el.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s loads nothing from other hosts', (_path, page) => {
    const external = [
      ...page.document.querySelectorAll(
        'script[src], link[href]:not([rel="canonical"]), img[src], iframe[src], source[src]',
      ),
    ]
      .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '')
      .filter((url) => /^(https?:)?\/\//.test(url));
    expect(external).toEqual([]);
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s has no words glued to a link or emphasis', (_path, page) => {
    // Astro compresses whitespace between a line of text and an element on the next line; "at{' '}" keeps it.
    const glued: string[] = [];
    for (const el of page.document.querySelectorAll('main a, main strong, main em, main code, main time')) {
      const text = el.textContent ?? '';
      const before = el.previousSibling?.nodeType === 3 ? (el.previousSibling.textContent ?? '') : '';
      const after = el.nextSibling?.nodeType === 3 ? (el.nextSibling.textContent ?? '') : '';
      if (/[\p{L}\p{N}]$/u.test(before) && /^[\p{L}\p{N}$€]/u.test(text))
        glued.push(`…${before.slice(-15)}|${text.slice(0, 15)}…`);
      if (/[\p{L}\p{N}]$/u.test(text) && /^[\p{L}\p{N}]/u.test(after))
        glued.push(`…${text.slice(-15)}|${after.slice(0, 15)}…`);
    }
    expect(glued).toEqual([]);
  });

  it('is valid HTML', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // The trade bars still set their widths in inline styles; switch this back on once they no longer do.
        'no-inline-style': 'off',
      },
    });
    const failures: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(page.html, page.file);
      for (const result of report.results) {
        for (const m of result.messages) failures.push(`${page.file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('the home page', () => {
  it('marks the current section in the navigation, and the current page as the page', () => {
    const current = (path: string) =>
      [...builtPage(path).document.querySelectorAll('nav[aria-label="Main"] a[aria-current]')].map((a) => [
        a.textContent?.trim(),
        a.getAttribute('aria-current'),
      ]);
    // "Briefings" leads to the list on the home page (/#briefings), below the lead chart: the home page is its section.
    expect(current('/')).toEqual([['Briefings', 'true']]);
    expect(current(BRIEFING)).toEqual([['Briefings', 'true']]);
    expect(current('/timeline/')).toEqual([['Timeline', 'page']]);
  });

  it('lists every published briefing, newest first, linking to it', () => {
    const items = [...builtPage('/').document.querySelectorAll('main ol li article')];
    expect(items.length).toBeGreaterThan(0);
    const links = items.map((item) => item.querySelector('h3 a')?.getAttribute('href'));
    expect(links).toContain(BRIEFING);
    const dates = items.map((item) => item.querySelector('time')?.getAttribute('datetime') ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('every briefing', () => {
  const briefings = pages.filter((p) => p.path.startsWith('/briefings/'));

  it.each(briefings.map((p) => [p.path, p] as const))('%s: every citation and its back-link meet', (_path, page) => {
    const items = [...page.document.querySelectorAll('section[aria-labelledby="sources-heading"] > ol > li')];
    const cites = citationsIn(page.document);
    expectCitationsMatchList(page.document, items);
    for (const item of items) {
      const backlinks = [...item.querySelectorAll('a[href^="#cite-"]')].map((b) => b.getAttribute('href'));
      expect(backlinks).toEqual(cites.filter((c) => citedTarget(c) === `#${item.id}`).map((c) => `#${c.id}`));
    }
  });
});

describe('the first briefing', () => {
  const page = builtPage(BRIEFING);
  const { document } = page;
  const sourceItems = [...document.querySelectorAll('section[aria-labelledby="sources-heading"] > ol > li')];
  const cites = citationsIn(document);

  it('shows its byline, dates and reading time', () => {
    const header = document.querySelector('article header')!;
    expect(header.textContent).toMatch(/By .+/);
    expect(header.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(header.textContent).toMatch(/\d+ min read/);
  });

  it('opens with key points and has a table of contents whose links reach its headings', () => {
    expect(document.querySelector('aside[aria-labelledby="key-points-heading"] li')).not.toBeNull();
    const tocLinks = [...document.querySelectorAll('nav[aria-labelledby="toc-heading"] a')];
    expect(tocLinks.length).toBeGreaterThan(3);
    for (const link of tocLinks) {
      expect(document.getElementById(link.getAttribute('href')!.slice(1))).not.toBeNull();
    }
  });

  it('cites its sources inline, and every citation number links to the matching numbered source', () => {
    expect(cites.length).toBeGreaterThan(20);
    expectCitationsMatchList(document, sourceItems);
  });

  it('numbers its sources visibly, with the list’s own markers and the numbers the text shows', () => {
    const list = document.querySelector('section[aria-labelledby="sources-heading"] > ol')!;
    expect(list.classList.contains('source-list')).toBe(true);
    expect(sourceItems.map((li) => li.getAttribute('value'))).toEqual(sourceItems.map((_, i) => String(i + 1)));
  });

  it('numbers sources in the order the text first cites them', () => {
    const firstUse = [...new Set(cites.map(citedTarget))];
    expect(firstUse).toEqual(sourceItems.slice(0, firstUse.length).map((li) => `#${li.id}`));
  });

  it('links each source back to every place it is cited, and out to the original', () => {
    for (const item of sourceItems) {
      const backlinks = [...item.querySelectorAll('a[href^="#cite-"]')];
      const citing = cites.filter((c) => citedTarget(c) === `#${item.id}`);
      expect(backlinks.map((b) => b.getAttribute('href'))).toEqual(citing.map((c) => `#${c.id}`));
      expect(item.querySelector('a[href^="http"]')).not.toBeNull();
    }
  });

  it('lists the op-ed among its sources', () => {
    expect(document.getElementById('source-matussek-oped')).not.toBeNull();
  });
});
