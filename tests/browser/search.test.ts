/**
 * The site search in Chromium: any spelling of a name finds the pages that use another, from the header as a reader
 * types and on the search page; the header's form works without JavaScript; nothing of the search is fetched until
 * the reader goes to the field; and the search page, with results, passes axe in both colour schemes.
 */
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, launchChromium, VIEWPORTS } from '../../tools/lib/browser';

const baseUrl = inject('baseUrl');
const FIRST_BRIEFING = '/briefings/how-kazakhstan-changed-after-the-invasion/';
const OIL_BRIEFING = '/briefings/kazakh-oil-for-germany/';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Is this request part of the search: Pagefind's files, its index, or the site's own search modules? */
const isSearchRequest = (request: Request) =>
  /\/pagefind\/|header-search|site-search/.test(new URL(request.url()).pathname);

/** Every result link on the search page, as URL paths with their fragments, after "Show more" until there is none. */
async function allResults(page: Page): Promise<string[]> {
  const list = page.locator('[data-search-results]');
  await expect.poll(() => list.locator('li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  const more = page.getByRole('button', { name: 'Show more results' });
  while (await more.isVisible()) {
    const before = await list.locator('li').count();
    await more.click();
    await expect.poll(() => list.locator('li').count()).toBeGreaterThan(before);
  }
  return list
    .locator('h2 a')
    .evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname + (a as HTMLAnchorElement).hash),
    );
}

describe('a name in any spelling', () => {
  // Each spelling is absent from the pages it must find: only the aliases file connects them.
  it.each([
    ['Nur-Sultan', [FIRST_BRIEFING], ['/timeline/#first-astana-international-forum']],
    ['Токаев', [FIRST_BRIEFING], ['/timeline/#spief-tokayev-donbas-remark']],
    ['Qazaqstan', [FIRST_BRIEFING, OIL_BRIEFING], []],
    ['Дружба', [OIL_BRIEFING, FIRST_BRIEFING], ['/timeline/#first-kazakh-oil-to-germany-via-druzhba']],
  ])('the header finds "%s" in the briefings and events that spell it otherwise', async (query, briefings, events) => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop });
    await page.goto(`${baseUrl}/`);
    const field = page.getByRole('searchbox', { name: 'Search the site' });
    await field.fill(query);
    // As the reader types: a panel of the first results under the field.
    const panel = page.locator('.search-panel');
    await expect.poll(() => panel.locator('li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await panel.getByRole('status').textContent()).toMatch(new RegExp(`\\d+ results? for “${query}”`));
    // Enter: every result on the search page.
    await field.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(await page.getByRole('searchbox', { name: 'Words to find' }).inputValue()).toBe(query);
    const found = await allResults(page);
    for (const path of [...briefings, ...events]) expect(found, path).toContain(path);
    await page.close();
  });

  it('shows each result with its title, what it is, its date and a snippet with the words marked', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone });
    await page.goto(`${baseUrl}/search/?q=Schwedt`);
    await allResults(page);
    const first = page.locator('[data-search-results] > li').first();
    expect(await first.locator('h2 a').textContent()).not.toBe('');
    expect(await first.locator('.search-hit-meta').textContent()).toMatch(
      /^(Briefing|Timeline event) · \d{1,2} \w+ \d{4}|^(Briefing|Timeline event) · /,
    );
    expect((await first.locator('mark').allTextContents()).join(' ')).toMatch(/Schwedt/i);
    await page.close();
  });
});

describe('loading', () => {
  it('fetches no search script and no index file until the reader focuses the field', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop });
    const requests: string[] = [];
    page.on('request', (request) => {
      if (isSearchRequest(request)) requests.push(request.url());
    });
    await page.goto(`${baseUrl}${FIRST_BRIEFING}`, { waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(1500);
    expect(requests).toEqual([]);
    const pagefind = page.waitForRequest((r) => r.url().endsWith('/pagefind/pagefind.js'));
    await page.getByRole('searchbox', { name: 'Search the site' }).focus();
    await pagefind;
    await page.close();
  });

  it('on the search page, fetches the index when the page opens', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop });
    const pagefind = page.waitForRequest((r) => r.url().endsWith('/pagefind/pagefind.js'));
    await page.goto(`${baseUrl}/search/`);
    await pagefind;
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('the header form opens the search page, which offers the ways to browse', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/timeline/`);
    const field = page.getByRole('searchbox', { name: 'Search the site' });
    await field.fill('Nur-Sultan');
    await field.press('Enter');
    await page.waitForURL(`${baseUrl}/search/?q=Nur-Sultan`);
    expect(await page.getByText('Search runs in your browser and needs JavaScript').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'every event on the timeline' }).isVisible()).toBe(true);
    await context.close();
  });
});

describe('keyboard', () => {
  it('Tab goes from the field into the results; Escape closes them and returns to the field', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop });
    await page.goto(`${baseUrl}/`);
    const field = page.getByRole('searchbox', { name: 'Search the site' });
    await field.focus();
    await page.keyboard.type('Schwedt');
    const panel = page.locator('.search-panel');
    await expect.poll(() => panel.locator('li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.keyboard.press('Tab'); // the search button
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.search-panel') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await panel.isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-query');
    await page.close();
  });
});

describe.each(['light', 'dark'] as const)('accessibility in %s mode', (colorScheme) => {
  it.each([
    ['phone', VIEWPORTS.phone],
    ['desktop', VIEWPORTS.desktop],
  ] as const)(
    'at %s width, the search page with results and the header panel have no WCAG 2.2 AA violations',
    async (_name, viewport) => {
      const context = await browser.newContext({ viewport, colorScheme });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/search/?q=Astana`);
      await allResults(page);
      expect(await accessibilityViolations(page)).toEqual([]);
      const field = page.getByRole('searchbox', { name: 'Search the site' });
      await field.fill('Tokayev');
      await expect.poll(() => page.locator('.search-panel li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      await context.close();
    },
  );
});
