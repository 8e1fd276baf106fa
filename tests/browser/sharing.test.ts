/**
 * The theme switch and the "link to this" controls as readers use them (issue 11): a theme choice that survives a
 * reload with no flash of the other theme, no accessibility violations in a chosen theme whatever the system's,
 * and links that copy the address by keyboard.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SITE_URL } from '../../site.config.mjs';
import { accessibilityViolations, launchChromium, sitemapPaths, tabTo, VIEWPORTS } from '../../tools/lib/browser';

const baseUrl = inject('baseUrl');
const paths = await sitemapPaths(baseUrl);
const BRIEFING = '/briefings/kazakh-oil-for-germany/';
const PAPER = { light: 'rgb(251, 250, 247)', dark: 'rgb(21, 23, 26)' };
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Records, in the page's first animation frame (the frame before the first paint), the theme on <html> and the
 * page's background colour, so a test sees what the first paint showed.
 */
async function recordFirstFrame(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    requestAnimationFrame(() => {
      const html = document.documentElement;
      (window as unknown as { firstFrame: unknown }).firstFrame = {
        theme: html.dataset['theme'],
        background: getComputedStyle(html).backgroundColor,
      };
    });
  });
}
const firstFrame = (page: Page) =>
  page.waitForFunction(() => (window as unknown as { firstFrame?: unknown }).firstFrame).then((h) => h.jsonValue());

describe('the theme switch', () => {
  it('follows the system until the reader chooses', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    await recordFirstFrame(context);
    const page = await context.newPage();
    await page.goto(`${baseUrl}${BRIEFING}`);
    expect(await firstFrame(page)).toEqual({ theme: 'system', background: PAPER.dark });
    expect(await page.getByRole('radio', { name: 'System' }).isChecked()).toBe(true);
    await context.close();
  });

  it.each([
    ['dark', 'light'],
    ['light', 'dark'],
  ] as const)(
    'a choice of %s on a %s system survives a reload, and the first paint already has it',
    async (choice, system) => {
      const context = await browser.newContext({ colorScheme: system });
      await recordFirstFrame(context);
      const page = await context.newPage();
      await page.goto(`${baseUrl}${BRIEFING}`);
      // By keyboard: from the footer's last link into the group, then the arrow keys move the choice.
      await page.focus('footer a[href="/about/#reuse-and-licences"]');
      await tabTo(page, 'input[name="theme"]', 3);
      await page.keyboard.press(choice === 'dark' ? 'ArrowLeft' : 'ArrowRight');
      expect(await page.getByRole('radio', { name: choice === 'dark' ? 'Dark' : 'Light' }).isChecked()).toBe(true);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(PAPER[choice]);

      await page.reload();
      expect(await firstFrame(page)).toEqual({ theme: choice, background: PAPER[choice] });
      expect(await page.getByRole('radio', { name: choice === 'dark' ? 'Dark' : 'Light' }).isChecked()).toBe(true);

      // Another page of the site keeps it too; choosing "System" again hands it back.
      await page.goto(`${baseUrl}/timeline/`);
      expect(await firstFrame(page)).toEqual({ theme: choice, background: PAPER[choice] });
      await page.getByText('System', { exact: true }).click();
      await page.reload();
      expect(await firstFrame(page)).toEqual({ theme: 'system', background: PAPER[system] });
      await context.close();
    },
  );

  it('is not offered without JavaScript, where the page follows the system', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${BRIEFING}`);
    expect(await page.getByRole('group', { name: 'Theme' }).isVisible()).toBe(false);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(PAPER.dark);
    await context.close();
  });
});

describe('in a chosen theme that differs from the system', () => {
  it.each(paths.flatMap((path) => (['light', 'dark'] as const).map((choice) => [path, choice] as const)))(
    '%s chosen %s has no WCAG 2.2 AA violations',
    async (path, choice) => {
      const context = await browser.newContext({
        viewport: VIEWPORTS.desktop,
        colorScheme: choice === 'dark' ? 'light' : 'dark',
      });
      await context.addInitScript((theme) => localStorage.setItem('theme', theme), choice);
      const page = await context.newPage();
      await page.goto(`${baseUrl}${path}`);
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(choice);
      expect(await accessibilityViolations(page)).toEqual([]);
      await context.close();
    },
  );
});

describe('link to this', () => {
  async function openWithClipboard(path: string): Promise<Page> {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${path}`);
    return page;
  }
  const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

  it.each([
    ['a heading', BRIEFING, 'a.self-link[href="#what-was-agreed"]', 'what-was-agreed'],
    ['a section of the foot', BRIEFING, 'a.self-link[href="#sources-heading"]', 'sources-heading'],
    [
      'a timeline event',
      '/timeline/',
      'a.self-link[href="#spief-tokayev-donbas-remark"]',
      'spief-tokayev-donbas-remark',
    ],
    ['a chart', BRIEFING, '.chart-tools a.chart-link', 'panel-kz-2023-turnover-reporter'],
  ])('on %s: reached by Tab, Enter copies its address and says so', async (_what, path, selector, anchor) => {
    const page = await openWithClipboard(path);
    await tabTo(page, selector, 400);
    await page.keyboard.press('Enter');
    const expected = `${SITE_URL}${path}#${anchor}`;
    await expect.poll(() => clipboard(page)).toBe(expected);
    expect(await page.locator(selector).getAttribute('data-copied')).toBe('Link copied');
    expect(await page.locator('[aria-live="polite"]').filter({ hasText: 'Link copied' }).count()).toBe(1);
    expect(new URL(page.url()).hash).toBe(`#${anchor}`);
    await page.context().close();
  });

  it('names every heading link, right after its heading', async () => {
    const page = await openWithClipboard(BRIEFING);
    const links = page.getByRole('link', { name: 'Link to this section' });
    // Every Markdown heading, and the foot's Key events, What changed and Sources.
    expect(await links.count()).toBe(await page.locator('.anchored, .briefing-section').count());
    expect(await links.count()).toBeGreaterThan(5);
    // Each follows its heading, which gives it its context.
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('a.self-link[aria-label="Link to this section"]')].every(
          (a) => a.previousElementSibling?.id === a.getAttribute('href')?.slice(1),
        ),
      ),
    ).toBe(true);
    await page.context().close();
  });

  it('is a plain link to the place without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${BRIEFING}`);
    await page.locator('a.self-link[href="#what-was-agreed"]').click();
    expect(new URL(page.url()).hash).toBe('#what-was-agreed');
    await context.close();
  });
});
