/**
 * Size budgets on the built site (compressed with gzip, as most hosts serve it). They hold the line against slow
 * creep; `npm run bench:weight` prints the current numbers.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages, pageScripts } from '../support/dist';
import { checkBudgets } from '../../tools/lib/budgets';
import { pageWeight, partWeight } from '../../tools/lib/page-weight';
import { DIST } from '../../tools/lib/paths';

const KB = 1024;
const pages = builtPages().map((p) => ({ ...p, weight: pageWeight(DIST, p.file) }));

describe('every page', () => {
  it.each(pages.map((p) => [p.path, p.weight] as const))(
    '%s: system fonts only, and one stylesheet under 12 KB',
    (_path, weight) => {
      expect(weight.fonts.raw).toBe(0);
      expect(weight.css.gzip).toBeLessThan(12 * KB);
    },
  );
});

describe('briefings', () => {
  const briefings = pages.filter((p) => p.path.startsWith('/briefings/'));

  it.each(briefings.map((p) => [p.path, p.weight] as const))('%s: under 50 KB in all', (_path, weight) => {
    // Everything a first visit downloads, inlined code counted once (tools/lib/page-weight.ts).
    expect(weight.firstLoad.gzip).toBeLessThan(50 * KB);
  });

  it.each(briefings.map((p) => [p.path, p.document] as const))(
    '%s: the citation previews add under 2 KB of JavaScript',
    (_path, document) => {
      // Reading needs none of it: without JavaScript a citation is a link to its numbered source (issue 9).
      const scripts = pageScripts(document).filter((s) => s.includes('cite-preview'));
      expect(scripts).toHaveLength(1);
      expect(gzipSync(scripts[0] ?? '', { level: 9 }).length).toBeLessThan(2 * KB);
    },
  );
});

/** First load as a reader on a slow link pays for it: HTML, CSS, JS and fonts, brotli-compressed as hosts serve it. */
const firstLoadBrotli = (w: (typeof pages)[number]['weight']) => w.firstLoad.brotli;

describe('first load, brotli (issue 9)', () => {
  it.each(pages.filter((p) => p.path.startsWith('/briefings/')).map((p) => [p.path, p.weight] as const))(
    '%s: within 30 KB, its JavaScript (previews, contents highlight) within 2 KB',
    (_path, weight) => {
      expect(firstLoadBrotli(weight)).toBeLessThanOrEqual(30 * KB);
      expect(weight.js.brotli).toBeLessThanOrEqual(2 * KB);
    },
  );

  it('the home page, with its chart and key moments, within 15 KB', () => {
    expect(firstLoadBrotli(pages.find((p) => p.path === '/')!.weight)).toBeLessThanOrEqual(15 * KB);
  });
});

describe('the search', () => {
  const page = (path: string) => pages.find((p) => p.path === path)!;

  it.each(pages.map((p) => [p.path, p] as const))(
    '%s: every page’s one script (header search bootstrap, link to this) stays small, with nothing of Pagefind',
    (_path, { document }) => {
      // Small scripts are inlined (one request fewer each), so the bootstrap is the inline script that imports the
      // live search on focus, by address: no preload helper (astro.config.mjs), no Pagefind file on the page.
      const files = [...document.querySelectorAll('script[src]')].map((s) => s.getAttribute('src') ?? '');
      expect(files.filter((src) => /pagefind|header-search|site-search/.test(src))).toEqual([]);
      expect(document.querySelectorAll('link[rel="modulepreload"]')).toHaveLength(0);
      const bootstrap = pageScripts(document).filter((text) => text.includes('[data-site-search]'));
      expect(bootstrap).toHaveLength(1);
      expect(bootstrap[0]).toMatch(/focusin[\s\S]*import\(/);
      // It also holds the "link to this" controls (BaseLayout): 300 bytes for the bootstrap, 500 for the controls.
      expect(gzipSync(bootstrap[0] ?? '', { level: 9 }).length).toBeLessThan(800);
    },
  );

  it('the search page adds under 3 KB of JavaScript of its own, before Pagefind', () => {
    expect(page('/search/').weight.js.gzip).toBeLessThan(3 * KB);
  });
});

describe('interactive pages', () => {
  const page = (path: string) => pages.find((p) => p.path === path)!;
  // Every page carries the header search's bootstrap (budgeted above); what a page adds is the rest.
  const own = (path: string) => page(path).weight.js.gzip - page('/404.html').weight.js.gzip;
  // A page's markup: its HTML less the stylesheet inlined in its head, which is budgeted as CSS.
  const markup = (path: string) => page(path).weight.html.gzip - partWeight(DIST, page(path).file, 'style').gzip;

  it('every page without features of its own carries only the header search’s script', () => {
    expect(page('/about/').weight.js.gzip).toBe(page('/404.html').weight.js.gzip);
  });

  it('the trade panel adds under 2 KB of JavaScript', () => {
    expect(own('/trade/')).toBeGreaterThan(0);
    expect(own('/trade/')).toBeLessThan(2 * KB);
  });

  it('the timeline filters add under 3 KB of JavaScript, and each 10 events under 4 KB of HTML', () => {
    const timeline = page('/timeline/');
    const events = timeline.document.querySelectorAll('li.timeline-event').length;
    expect(own('/timeline/')).toBeLessThan(3 * KB);
    // The timeline's own HTML: the page less what every page carries (head, header, footer: the 404 page), which
    // has its own budget below, so the site's chrome growing does not count against the events.
    const ownHtml = markup('/timeline/') - markup('/404.html');
    expect((ownHtml / events) * 10).toBeLessThan(4 * KB);
  });

  it('what every page carries (head, header with its search form, footer) stays under 2 KB of HTML', () => {
    // Its markup: the inline scripts every page also carries are JavaScript, budgeted as such above.
    const scripts = pageScripts(page('/404.html').document).join('');
    expect(markup('/404.html') - gzipSync(scripts, { level: 9 }).length).toBeLessThan(2 * KB);
  });
});

describe('the budgets CI enforces (tools/lib/budgets.ts, printed by npm run budgets)', () => {
  it.each(checkBudgets(DIST).map((p) => [p.path, p] as const))('%s is within every limit', (_path, page) => {
    expect(page.results.filter((r) => r.overEnforced).map((r) => `${r.budget.name}: ${r.value}`)).toEqual([]);
  });
});
