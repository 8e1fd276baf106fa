/**
 * The home page in a real browser: the visual lead is seen first (the map, then the trade chart; the key moments
 * beside them on a laptop, after them on a phone), the header fits a phone, and the page passes axe in both colour
 * schemes.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, launchChromium, sitemapPaths, VIEWPORTS } from '../../tools/lib/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Where an element sits on the page, in CSS pixels from the top of the document. */
const box = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const rect = el.getBoundingClientRect();
    return { top: rect.top + window.scrollY, bottom: rect.bottom + window.scrollY };
  });

describe('the visual lead', () => {
  it('at 1280 × 900, the map’s drawing and the key moments are wholly in the first screen, the chart in the second', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop });
    await page.goto(`${baseUrl}/`);
    for (const selector of ['main [data-region-map] .map-box', 'main [data-key-moments]']) {
      const { top, bottom } = await box(page, selector);
      expect(top, selector).toBeGreaterThan(0);
      expect(bottom, selector).toBeLessThanOrEqual(VIEWPORTS.desktop.height);
    }
    expect((await box(page, 'main [data-trade-shift]')).bottom).toBeLessThanOrEqual(2 * VIEWPORTS.desktop.height);
    await page.close();
  });

  it('at 375 × 812, the map’s drawing is wholly in the first screen, the chart begins within two and the key moments within three', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone });
    await page.goto(`${baseUrl}/`);
    const screen = VIEWPORTS.phone.height;
    expect((await box(page, 'main [data-region-map] .map-box')).bottom).toBeLessThanOrEqual(screen);
    expect((await box(page, 'main [data-trade-shift]')).top).toBeLessThanOrEqual(2 * screen);
    // The heading and at least the first few moments, each a whole line, not a sliver at the bottom edge.
    const firstMoments = await box(page, 'main [data-key-moments] li:nth-child(3)');
    expect(firstMoments.bottom).toBeLessThanOrEqual(3 * screen);
    await page.close();
  });

  it('reads without JavaScript: the chart, its table and the key moments are in the page as sent', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await expect
      .poll(() =>
        page
          .getByRole('figure', { name: /overtook/ })
          .locator('[data-bar-value]')
          .count(),
      )
      .toBeGreaterThanOrEqual(8);
    await page.getByText('Table and sources for these figures').click();
    expect(await page.getByRole('table').first().isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'Key moments' }).getByRole('link').count()).toBeGreaterThanOrEqual(9);
    await context.close();
  });
});

describe('on paper', () => {
  it('prints the chart with its table open, and leaves out the links into the site', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop });
    await page.goto(`${baseUrl}/`);
    await page.emulateMedia({ media: 'print' });
    const chart = page.getByRole('figure', { name: /overtook/ });
    expect(await chart.getByRole('table').isVisible()).toBe(true);
    expect(
      await chart
        .locator('.shift-bar')
        .first()
        .evaluate((el) => el.getBoundingClientRect().width),
    ).toBeGreaterThan(0);
    expect(await page.getByRole('navigation', { name: 'Sections of the site' }).isVisible()).toBe(false);
    expect(await page.getByRole('region', { name: 'Key moments' }).isVisible()).toBe(true);
    await page.close();
  });
});

describe('the header', () => {
  it.each([320, 375])('at %i px, the name is on one line and the navigation on one line under it', async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 700 } });
    await page.goto(`${baseUrl}/about/`);
    const tops = await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top)));
    expect(tops).toHaveLength(5);
    expect(new Set(tops).size).toBe(1);
    const nav = await page.getByRole('navigation', { name: 'Main' }).evaluate((el) => {
      const rect = el.getBoundingClientRect();
      return { right: rect.right, scrollWidth: el.scrollWidth, clientWidth: el.clientWidth };
    });
    expect(nav.right).toBeLessThanOrEqual(width);
    expect(nav.scrollWidth).toBeLessThanOrEqual(nav.clientWidth);
    // The site's name: one line, above the navigation.
    const name = await page.locator('header a[href="/"]').evaluate((el) => {
      const rect = el.getBoundingClientRect();
      return { bottom: rect.bottom, lines: Math.round(rect.height / parseFloat(getComputedStyle(el).lineHeight)) };
    });
    expect(name.lines).toBe(1);
    expect(name.bottom).toBeLessThanOrEqual(Math.min(...tops));
    expect(await page.getByRole('link', { name: 'About', exact: true }).getAttribute('aria-current')).toBe('page');
    await page.close();
  });

  it('at 1280 px, the name and the navigation share one line, with the longer labels', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop });
    await page.goto(`${baseUrl}/`);
    const name = await box(page, 'header a[href="/"]');
    const about = await box(page, 'header nav a[href="/about/"]');
    expect(Math.abs(name.top - about.top)).toBeLessThan(12);
    expect(await page.getByRole('link', { name: 'About & method' }).isVisible()).toBe(true);
    await page.close();
  });
});

describe('the home page, for every reader', () => {
  it.each(['light', 'dark'] as const)(
    'has no WCAG 2.2 AA violations in %s mode, at either width',
    async (colorScheme) => {
      for (const viewport of [VIEWPORTS.phone, VIEWPORTS.desktop]) {
        // axe needs a page in a context of its own.
        const context = await browser.newContext({ viewport, colorScheme });
        const page = await context.newPage();
        await page.goto(`${baseUrl}/`);
        expect(await accessibilityViolations(page)).toEqual([]);
        await context.close();
      }
    },
  );

  it('is in the pages the accessibility and screenshot runs visit', async () => {
    expect(await sitemapPaths(baseUrl)).toEqual(expect.arrayContaining(['/', '/about/', '/404.html', '/components/']));
  });
});
