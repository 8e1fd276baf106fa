/**
 * The briefing's layout on a phone, on a wide screen, without JavaScript and on paper: key points before the
 * contents, the contents folded on phones and sticky beside the text on wide screens with the current section
 * marked, compact key events, and a print at most half as long as before (issue 9).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, launchChromium, tabTo, VIEWPORTS } from '../../tools/lib/browser';

const baseUrl = inject('baseUrl');
const BRIEFING = `${baseUrl}/briefings/how-kazakhstan-changed-after-the-invasion/`;
/**
 * A4 pages of the printed briefing (`page.pdf({ format: 'A4' })`): 28 before this layout, when the key events
 * printed every summary and source list; at most half that now.
 */
const PRINTED_PAGES_BEFORE = 28;
const PRINTED_PAGES_MAX = PRINTED_PAGES_BEFORE / 2;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const CONTENTS = 'nav[aria-labelledby="toc-heading"]';
const top = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
const current = (page: Page) =>
  page.$$eval(`${CONTENTS} a[aria-current]`, (links) =>
    links.map((a) => [a.getAttribute('href'), a.getAttribute('aria-current')]),
  );

describe('on a phone (375 px)', () => {
  it('opens with headline, standfirst, byline, key points, then the folded contents, then the text', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone });
    await page.goto(BRIEFING);
    const order = [
      await top(page, 'article h1'),
      await top(page, 'article header p.font-serif'),
      await top(page, 'article header time'),
      await top(page, 'aside[aria-labelledby="key-points-heading"]'),
      await top(page, `${CONTENTS} summary`),
      await top(page, '.prose > .anchored > h2'),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // Folded: the contents take one line until opened, so the text starts right after them.
    const summary = page.locator(`${CONTENTS} summary`);
    expect(await summary.isVisible()).toBe(true);
    expect(await page.locator(`${CONTENTS} li`).first().isVisible()).toBe(false);
    expect((await page.locator(CONTENTS).boundingBox())!.height).toBeLessThan(60);
    await page.close();
  });

  it('opens the contents from the keyboard, and a link takes the reader to its section', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone });
    await page.goto(BRIEFING);
    await tabTo(page, `${CONTENTS} summary`);
    expect(await page.locator(`${CONTENTS} details`).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`${CONTENTS} li`).first().isVisible()).toBe(true);
    const links = page.locator(`${CONTENTS} a`);
    expect(await links.count()).toBeGreaterThan(10);
    await page.keyboard.press('Tab');
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(href).toBe(await links.first().getAttribute('href'));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(href);
    // Space closes it again, as it does any disclosure.
    await page.locator(`${CONTENTS} summary`).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator(`${CONTENTS} li`).first().isVisible()).toBe(false);
    await page.close();
  });

  it('lists the key events in a couple of screens, not a dozen', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone });
    await page.goto(BRIEFING);
    const section = page.locator('section[aria-labelledby="key-events-heading"]');
    const { height } = (await section.boundingBox())!;
    expect(height / VIEWPORTS.phone.height).toBeLessThan(3);
    await page.close();
  });
});

describe('on a wide screen (1280 px)', () => {
  it('shows the contents beside the text, open, with no control to fold them', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop });
    await page.goto(BRIEFING);
    const nav = (await page.locator(CONTENTS).boundingBox())!;
    const text = (await page.locator('.prose').first().boundingBox())!;
    expect(nav.x).toBeGreaterThanOrEqual(text.x + text.width);
    expect(await page.getByRole('heading', { name: 'On this page' }).isVisible()).toBe(true);
    const links = page.locator(`${CONTENTS} a`);
    for (const i of [0, (await links.count()) - 1]) expect(await links.nth(i).isVisible()).toBe(true);
    // The folded-away summary is no Tab stop here: the first stop in the contents is their first link.
    await tabTo(page, `${CONTENTS} a`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
      await links.first().getAttribute('href'),
    );
    await page.close();
  });

  it('keeps the contents in view as the reader scrolls, marking the section being read', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop });
    await page.goto(BRIEFING);
    expect(await current(page)).toEqual([]);
    for (const id of ['taking-in-russians-fleeing-the-draft', 'the-trade-office-timing', 'key-events-heading']) {
      await page.locator(`#${id}`).evaluate((el) => el.scrollIntoView());
      await expect.poll(() => current(page)).toEqual([[`#${id}`, 'true']]);
      const nav = (await page.locator(CONTENTS).boundingBox())!;
      expect(nav.y).toBeGreaterThanOrEqual(0);
      expect(nav.y).toBeLessThan(40);
    }
    // Back up to the top, above the first section: no section is current.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => current(page)).toEqual([]);
    await page.close();
  });

  it('marks the section a contents link leads to', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop });
    await page.goto(BRIEFING);
    await page.locator(`${CONTENTS} a[href="#what-to-watch"]`).click();
    await expect.poll(() => current(page)).toEqual([['#what-to-watch', 'true']]);
    await page.close();
  });
});

describe.each(['light', 'dark'] as const)('in %s mode', (colorScheme) => {
  it('has no WCAG 2.2 AA violations with the contents opened on a phone, or marking a section on a wide screen', async () => {
    for (const [viewport, open] of [
      [VIEWPORTS.phone, true],
      [VIEWPORTS.desktop, false],
    ] as const) {
      // axe-core needs a page from its own context.
      const context = await browser.newContext({ viewport, colorScheme });
      const page = await context.newPage();
      await page.goto(BRIEFING);
      if (open) await page.locator(`${CONTENTS} summary`).click();
      await page.locator('#what-to-watch').evaluate((el) => el.scrollIntoView());
      await expect.poll(() => current(page)).toEqual([['#what-to-watch', 'true']]);
      expect(await accessibilityViolations(page)).toEqual([]);
      await context.close();
    }
  }, 120_000);
});

describe('key events', () => {
  it('an event named in the text leads to its line in the key events, which leads on to the timeline', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone });
    await page.goto(BRIEFING);
    const ref = page.locator('.prose a.event-ref[href^="#"]').first();
    const href = (await ref.getAttribute('href'))!;
    await ref.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(href);
    const item = page.locator(`section[aria-labelledby="key-events-heading"] li${href}`);
    expect(await item.evaluate((li) => li.matches(':target'))).toBe(true);
    expect(await item.isVisible()).toBe(true);
    await item.getByRole('link').click();
    await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).hash).toBe(`/timeline/${href}`);
    expect(await page.locator(`li${href}`).isVisible()).toBe(true);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it.each([
    ['phone', VIEWPORTS.phone],
    ['desktop', VIEWPORTS.desktop],
  ] as const)('the contents are a plain list of links that work (%s)', async (name, viewport) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport });
    const page = await context.newPage();
    await page.goto(BRIEFING);
    // A phone opens the folded list by tapping it: a <details> needs no script.
    if (name === 'phone') await page.locator(`${CONTENTS} summary`).click();
    const links = page.locator(`${CONTENTS} ol > li > a`);
    const count = await links.count();
    expect(count).toBeGreaterThan(10);
    for (let i = 0; i < count; i++) expect(await links.nth(i).isVisible()).toBe(true);
    const link = links.nth(3);
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(href);
    const top = await page.locator(href).evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(60);
    expect(await page.locator(`${CONTENTS} a[aria-current]`).count()).toBe(0);
    await context.close();
  });
});

describe('on paper', () => {
  it(`prints on at most ${PRINTED_PAGES_MAX} A4 pages (it took ${PRINTED_PAGES_BEFORE})`, async () => {
    const page = await browser.newPage();
    await page.goto(BRIEFING);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(4);
    expect(pages).toBeLessThanOrEqual(PRINTED_PAGES_MAX);
    await page.close();
  });

  it('prints the key events as a dated list, without the contents, and the sources with their addresses', async () => {
    const page = await browser.newPage();
    await page.goto(BRIEFING);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator(CONTENTS).isVisible()).toBe(false);
    const events = page.locator('section[aria-labelledby="key-events-heading"] li');
    const first = await events.first().evaluate((li) => ({
      text: li.textContent?.trim(),
      dot: getComputedStyle(li, '::before').display,
      date: getComputedStyle(li.querySelector('time')!.parentElement!, '::after').content,
      link: getComputedStyle(li.querySelector('a')!, '::after').content,
    }));
    expect(first.text).toMatch(/^\d{1,2} \w+ \d{4}/);
    expect(first.dot).toBe('none');
    expect(first.date).toBe('": "');
    expect(first.link).toBe('none');
    // …and the way on to the full timeline, with its address written out.
    const more = await page
      .getByRole('link', { name: 'See the full timeline' })
      .evaluate((el) => getComputedStyle(el, '::after').content);
    expect(more).toMatch(/^" <https?:\/\/.+\/timeline\/>"$/);
    const source = await page
      .locator('section[aria-labelledby="sources-heading"] li a[href^="http"]')
      .first()
      .evaluate((el) => getComputedStyle(el, '::after').content);
    expect(source).toContain('http');
    await page.close();
  });
});
