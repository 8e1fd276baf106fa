/** Every page passes axe-core's WCAG 2.2 AA rules at phone and desktop width, in light and dark. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, launchChromium, sitemapPaths, VIEWPORTS } from '../../tools/lib/browser';

const baseUrl = inject('baseUrl');
const paths = await sitemapPaths(baseUrl);
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([
  ['phone', 'light'],
  ['phone', 'dark'],
  ['desktop', 'light'],
  ['desktop', 'dark'],
] as const)('at %s width in %s mode', (viewport, colorScheme) => {
  it.each(paths)('%s has no WCAG 2.2 AA violations', async (path) => {
    const context = await browser.newContext({ viewport: VIEWPORTS[viewport], colorScheme });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${path}`);
    expect(await accessibilityViolations(page)).toEqual([]);
    // Nothing sticks out sideways: a phone reader never scrolls horizontally.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});

describe('at 320 px, the narrowest phones', () => {
  it.each(paths)('%s never scrolls sideways', async (path) => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${baseUrl}${path}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });
});
