/**
 * The map in a real browser: on its page, on the home page and in a briefing, no two labels that show overlap (their
 * real boxes, in the browser's own fonts) at phone and desktop width; markers are reached by keyboard with a
 * visible focus; a marker for several events opens its place in the list; and the map prints with its list open.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, tabTo, VIEWPORTS } from '../../tools/lib/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const MAPS = ['/briefings/kazakh-oil-for-germany/', '/', '/map/'];

/** The boxes of every label that shows on the page's maps, and of every marker's dot. */
function shownLabels(page: Page) {
  return page.locator('figure[data-region-map] svg.map-marks').evaluateAll((svgs) =>
    svgs.flatMap((svg, map) =>
      [...svg.querySelectorAll('text')].flatMap((text) => {
        const rect = text.getBoundingClientRect();
        if (rect.width === 0 || getComputedStyle(text).display === 'none') return [];
        return [{ map, text: text.textContent ?? '', x: rect.x, y: rect.y, w: rect.width, h: rect.height }];
      }),
    ),
  );
}

describe.each([
  ['phone', VIEWPORTS.phone],
  ['desktop', VIEWPORTS.desktop],
  ['narrowest phone', { width: 320, height: 640 }],
] as const)('at %s width', (_name, viewport) => {
  it.each(MAPS)('%s: no two labels overlap, and every label lies within its map', async (path) => {
    const page = await browser.newPage({ viewport });
    await page.goto(`${baseUrl}${path}`);
    const labels = await shownLabels(page);
    expect(labels.length).toBeGreaterThan(5);
    // Kazakhstan is named on every map, at every width.
    expect(labels.filter((l) => /kazakhstan/i.test(l.text)).length).toBeGreaterThan(0);
    // The halo around each letter may touch a neighbour's; the letters themselves may not (1 px of slack).
    for (const [i, a] of labels.entries())
      for (const b of labels.slice(i + 1)) {
        if (a.map !== b.map) continue;
        const apart = a.x + a.w <= b.x + 1 || b.x + b.w <= a.x + 1 || a.y + a.h <= b.y + 1 || b.y + b.h <= a.y + 1;
        expect(apart, `${path}: "${a.text}" and "${b.text}"`).toBe(true);
      }
    const boxes = await page
      .locator('figure[data-region-map] .map-box')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    for (const l of labels) {
      const map = boxes[l.map]!;
      expect(l.x, l.text).toBeGreaterThanOrEqual(map.x - 1);
      expect(l.x + l.w, l.text).toBeLessThanOrEqual(map.x + map.width + 1);
    }
    await page.close();
  });
});

describe('markers', () => {
  it('are reached by keyboard, with a visible change on focus, and are at least 24 px targets', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop });
    await page.goto(`${baseUrl}/map/`);
    await tabTo(page, 'figure[data-region-map] a.map-marker');
    const focused = await page.evaluate(() => {
      const link = document.activeElement!;
      const dot = link.querySelector('.map-dot')!;
      const rect = link.getBoundingClientRect();
      return { r: getComputedStyle(dot).r, fill: getComputedStyle(dot).fill, w: rect.width, h: rect.height };
    });
    expect(focused.r).toBe('7px');
    expect(focused.w).toBeGreaterThanOrEqual(24);
    expect(focused.h).toBeGreaterThanOrEqual(24);
    await page.close();
  });

  it('for a place with several events, open that place in the list under the map', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop });
    await page.goto(`${baseUrl}/briefings/kazakh-oil-for-germany/`);
    const marker = page.locator('figure[data-region-map] a.map-marker[data-marker="novorossiysk"]').first();
    const href = (await marker.getAttribute('href'))!;
    expect(href).toMatch(/^#region-map-place-novorossiysk$/);
    // The list starts folded; following the marker unfolds it at the place.
    expect(await page.locator('figure[data-region-map] details').first().getAttribute('open')).toBeNull();
    await marker.click();
    const entry = page.locator(href);
    await expect.poll(() => entry.isVisible()).toBe(true);
    expect(await entry.getByRole('link').count()).toBeGreaterThanOrEqual(5);
    await page.close();
  });

  it('for a single event, lead to it on the timeline', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop });
    await page.goto(`${baseUrl}/map/`);
    await page.locator('a.map-marker[data-marker="st-petersburg"]').first().click();
    await page.waitForURL(/\/timeline\/#spief-tokayev-donbas-remark$/);
    await page.close();
  });
});

describe('on paper', () => {
  it('prints the map with its list open', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop });
    await page.goto(`${baseUrl}/briefings/kazakh-oil-for-germany/`);
    await page.emulateMedia({ media: 'print' });
    const figure = page.locator('figure[data-region-map]').first();
    expect(await figure.locator('svg.map-geo').isVisible()).toBe(true);
    expect(await figure.locator('li[id$="place-novorossiysk"]').isVisible()).toBe(true);
    await page.close();
  });
});
