/** The briefing from a keyboard, without JavaScript, and on paper. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, tabTo, VIEWPORTS } from '../../tools/lib/browser';

const baseUrl = inject('baseUrl');
const BRIEFING = `${baseUrl}/briefings/how-kazakhstan-changed-after-the-invasion/`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** True once the page has scrolled the element to the top of the window (allowing for scroll-margin-top). */
const scrolledTo = (page: Page, id: string) =>
  page.evaluate((target) => {
    const top = document.getElementById(target)!.getBoundingClientRect().top;
    const atBottom = Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight;
    return top >= -1 && (top <= 60 || (atBottom && top < window.innerHeight));
  }, id);

describe('from the keyboard', () => {
  it('the skip link is the first stop and moves focus to the main content', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone });
    await page.goto(BRIEFING);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('a table-of-contents link takes the reader to its section', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop });
    await page.goto(BRIEFING);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const second = toc.getByRole('link').nth(1);
    const href = (await second.getAttribute('href'))!;
    await tabTo(page, `nav[aria-labelledby="toc-heading"] a[href="${href}"]`);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(href);
    await expect.poll(() => scrolledTo(page, href.slice(1))).toBe(true);
    await page.close();
  });

  it('a citation takes the reader to its source, and the source takes them back', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone });
    await page.goto(BRIEFING);
    await tabTo(page, 'sup.cite a');
    const cite = await page.evaluate(() => ({
      id: document.activeElement!.id,
      href: document.activeElement!.getAttribute('href')!,
      label: document.activeElement!.getAttribute('aria-label'),
    }));
    // The first marker is [1] or, as a range, [1–3], which links to source 1.
    expect(cite.label).toMatch(/^(Source 1|Sources 1–\d+)$/);
    // Enter opens the citation's preview; its link to the numbered entry is a Tab or two away.
    await page.keyboard.press('Enter');
    await tabTo(page, `#cite-preview a[href="${cite.href}"]`, 5);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(cite.href);
    await expect.poll(() => scrolledTo(page, cite.href.slice(1))).toBe(true);
    // The next Tab stop after the source's anchor is its back-link to the citation the reader came from.
    await tabTo(page, `${cite.href} a[href="#${cite.id}"]`, 5);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${cite.id}`);
    await expect.poll(() => scrolledTo(page, cite.id)).toBe(true);
    await page.close();
  });

  it('shows where focus is', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop });
    await page.goto(BRIEFING);
    await tabTo(page, 'sup.cite a');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.close();
  });
});

describe('without JavaScript', () => {
  it.each(['/', '/briefings/how-kazakhstan-changed-after-the-invasion/', '/about/'])(
    '%s reads completely',
    async (path) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.phone });
      const page = await context.newPage();
      await page.goto(`${baseUrl}${path}`);
      const hidden = await page.$$eval('main h1, main h2, main h3, main p, main li', (els) =>
        els
          .filter((el) => (el as HTMLElement).offsetParent === null && getComputedStyle(el).display !== 'contents')
          .map((el) => el.textContent?.slice(0, 60)),
      );
      expect(hidden).toEqual([]);
      if (path.startsWith('/briefings/')) {
        expect(await page.getByRole('heading', { name: 'Sources', level: 2 }).isVisible()).toBe(true);
        expect(await page.locator('sup.cite a').count()).toBeGreaterThan(20);
      }
      await context.close();
    },
  );
});

describe('in print', () => {
  it('drops the navigation, writes out source addresses and prints the trade table', async () => {
    const page = await browser.newPage();
    await page.goto(BRIEFING);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    const after = await page
      .locator('section[aria-labelledby="sources-heading"] li a[href^="http"]')
      .first()
      .evaluate((el) => getComputedStyle(el, '::after').content);
    expect(after).toContain('http');
    // The trade panel's table and its sources print, although on screen they sit in a closed <details>.
    expect(await page.locator('figure[data-trade-panel] table').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('figure[data-trade-panel] table').isVisible()).toBe(false);
    await page.close();
  });
});
