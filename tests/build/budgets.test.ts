/**
 * Size budgets on the built site (compressed with gzip, as most hosts serve it). They hold the line against slow
 * creep; `npm run bench:weight` prints the current numbers.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist';
import { HEAD_EXTRAS, pageWeight, partWeight } from '../../tools/lib/page-weight';
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
    expect(weight.html.gzip + weight.css.gzip + weight.js.gzip + weight.fonts.gzip).toBeLessThan(50 * KB);
  });

  it.each(briefings.map((p) => [p.path, p.document] as const))(
    '%s: the citation previews add under 2 KB of JavaScript',
    (_path, document) => {
      // Reading needs none of it: without JavaScript a citation is a link to its numbered source (issue 9).
      const scripts = [...document.querySelectorAll('script:not([src])')].filter((s) =>
        s.textContent?.includes('cite-preview'),
      );
      expect(scripts).toHaveLength(1);
      expect(gzipSync(scripts[0]?.textContent ?? '', { level: 9 }).length).toBeLessThan(2 * KB);
    },
  );
});

describe('interactive pages', () => {
  const page = (path: string) => pages.find((p) => p.path === path)!;

  it('the trade panel adds under 2 KB of JavaScript', () => {
    expect(page('/trade/').weight.js.gzip).toBeGreaterThan(0);
    expect(page('/trade/').weight.js.gzip).toBeLessThan(2 * KB);
  });

  it('the timeline filters add under 3 KB of JavaScript, and each 10 events under 4 KB of HTML', () => {
    const timeline = page('/timeline/');
    const events = timeline.document.querySelectorAll('li.timeline-event').length;
    // The theme snippet is every page's, and issue 11 allows it beside this budget (sharing.test.ts caps it).
    expect(timeline.weight.js.gzip - timeline.weight.themeSnippet.gzip).toBeLessThan(3 * KB);
    // The events' own markup: the page's HTML less what every page carries whatever its length, its head tags for
    // machines and its inline scripts (issue 11 added both).
    const furniture = partWeight(DIST, timeline.file, `${HEAD_EXTRAS}, script:not([src])`).gzip;
    expect(((timeline.weight.html.gzip - furniture) / events) * 10).toBeLessThan(4 * KB);
  });
});
