/**
 * Citations as readers use them: markers big enough to tap that keep to their lines, a list numbered as the markers
 * are (on screen and on paper), and a preview that opens and closes by mouse, touch and keyboard.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, launchChromium, tabTo, VIEWPORTS } from '../../tools/lib/browser';

const baseUrl = inject('baseUrl');
const BRIEFINGS = ['/briefings/how-kazakhstan-changed-after-the-invasion/', '/briefings/kazakh-oil-for-germany/'];
const BRIEFING = `${baseUrl}${BRIEFINGS[0]}`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(url: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORTS.phone, ...options });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

const close = (page: Page) => page.context().close();

/**
 * Targets that fail WCAG 2.2's target size (minimum): smaller than 24 × 24 CSS px, and a 24 px circle on their
 * centre meets another target or its circle (https://w3.org/WAI/WCAG22/Understanding/target-size-minimum.html).
 */
const undersizedTargets = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const boxes = [...document.querySelectorAll(sel)].map((el) => ({ el, box: el.getBoundingClientRect() }));
    const centre = (b: DOMRect) => ({ x: b.left + b.width / 2, y: b.top + b.height / 2 });
    const distanceToBox = (p: { x: number; y: number }, b: DOMRect) =>
      Math.hypot(Math.max(b.left - p.x, 0, p.x - b.right), Math.max(b.top - p.y, 0, p.y - b.bottom));
    const overlap = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    return boxes
      .filter(({ box }, i) => {
        const others = boxes.filter((_, j) => j !== i);
        // Two targets that overlap share pixels, whatever their size.
        if (others.some((o) => overlap(box, o.box))) return true;
        if (box.width >= 23.99 && box.height >= 23.99) return false;
        const c = centre(box);
        return others.some(
          (o) => distanceToBox(c, o.box) < 12 || Math.hypot(c.x - centre(o.box).x, c.y - centre(o.box).y) < 24,
        );
      })
      .map(({ el, box }) => `${el.textContent} ${Math.round(box.width)}×${Math.round(box.height)}`);
  }, selector);

describe('markers', () => {
  it.each(BRIEFINGS.flatMap((path) => (['phone', 'desktop'] as const).map((size) => [path, size] as const)))(
    '%s at %s width: every citation link and back-link is a 24 × 24 px target, or spaced as one',
    async (path, size) => {
      const page = await open(`${baseUrl}${path}`, { viewport: VIEWPORTS[size] });
      expect(await page.locator('a.cite-link').count()).toBeGreaterThan(40);
      expect(await undersizedTargets(page, 'a.cite-link')).toEqual([]);
      expect(await undersizedTargets(page, 'a.source-backlink')).toEqual([]);
      await close(page);
    },
  );

  it.each([320, 375, 768, 1280])(
    'at %i px, no marker group starts a line or breaks inside, and lines with markers keep their spacing',
    async (width) => {
      // bypassCSP: the spacing check below adds a measuring style, which the page's policy rightly refuses.
      const page = await open(BRIEFING, { viewport: { width, height: 800 }, bypassCSP: true });
      const problems = await page.evaluate(() => {
        const found: string[] = [];
        // A marker group ([3, 24] or [10–14]) is one <sup>.
        for (const sup of document.querySelectorAll<HTMLElement>('sup.cite')) {
          const links = [...sup.querySelectorAll('a')].map((a) => a.getBoundingClientRect());
          const label = sup.textContent;
          // One line: every link of the group at the same height.
          if (links.some((b) => Math.abs(b.top - (links[0]?.top ?? 0)) > 1)) found.push(`${label} breaks`);
          // The character before the marker ends on the marker's line, to its left.
          const walker = document.createTreeWalker(sup.parentElement!, NodeFilter.SHOW_TEXT);
          let before: Text | undefined;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (sup.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING && node.textContent?.trim()) {
              if (!sup.contains(node)) before = node as Text;
            }
          }
          if (!before) continue;
          const range = document.createRange();
          range.setStart(before, before.length - 1);
          range.setEnd(before, before.length);
          const char = range.getBoundingClientRect();
          const link = links[0]!;
          if (char.right > link.left + 1 || char.bottom < link.top) found.push(`${label} starts a line`);
        }
        return found;
      });
      expect(problems).toEqual([]);
      // Lines keep their spacing: each block with markers is as tall as with markers that take no height at all.
      const heights = () =>
        page.$$eval('main p:has(sup.cite), main li:has(> sup.cite)', (blocks) =>
          blocks.map((b) => Math.round(b.getBoundingClientRect().height)),
        );
      const withMarkers = await heights();
      await page.addStyleTag({
        content:
          '.cite-link { min-height: 0 !important; height: 0 !important; line-height: 0 !important; margin: 0 !important; }',
      });
      expect(withMarkers).toEqual(await heights());
      await close(page);
    },
  );
});

describe('the list of sources', () => {
  /** The number each marker link shows, with the number its source has in the list, and whether the list shows it. */
  const numbersOnPage = (page: Page) =>
    page.evaluate(() => {
      const list = document.querySelector('section[aria-labelledby="sources-heading"] > ol')!;
      const items = [...list.children] as HTMLLIElement[];
      const shown = items.every((li) => {
        const style = getComputedStyle(li);
        const marker = getComputedStyle(li, '::marker');
        return (
          style.display === 'list-item' &&
          style.listStyleType === 'decimal' &&
          marker.color !== 'rgba(0, 0, 0, 0)' &&
          parseFloat(marker.fontSize) >= 12
        );
      });
      const gutter = parseFloat(getComputedStyle(list).paddingLeft);
      const pairs = [...document.querySelectorAll<HTMLAnchorElement>('a.cite-link')].map((a) => {
        const item = document.getElementById(a.hash.slice(1)) as HTMLLIElement;
        // A range's link ([10–14]) goes to its first source.
        return [Number(a.textContent?.match(/\d+/)?.[0]), item.value, items.indexOf(item) + 1];
      });
      return { shown, gutter, values: items.map((li) => li.value), pairs };
    });

  it.each(['screen', 'print'] as const)('shows each source’s number, as the markers show it (%s)', async (media) => {
    const page = await open(BRIEFING);
    await page.emulateMedia({ media });
    const { shown, gutter, values, pairs } = await numbersOnPage(page);
    expect(shown).toBe(true);
    // Room for "76." beside the entries.
    expect(gutter).toBeGreaterThanOrEqual(24);
    expect(values).toEqual(values.map((_, i) => i + 1));
    for (const [marker, value, position] of pairs) {
      expect(marker).toBe(value);
      expect(marker).toBe(position);
    }
    if (media === 'print') {
      expect(await page.locator('.source-backlinks').first().isVisible()).toBe(false);
    }
    await close(page);
  });

  it('shows a source cited many times with one arrow and a row of letters', async () => {
    const page = await open(BRIEFING);
    const most = await page.evaluate(() => {
      const rows = [...document.querySelectorAll<HTMLElement>('.source-backlinks')];
      const row = rows.sort((a, b) => b.querySelectorAll('a').length - a.querySelectorAll('a').length)[0]!;
      const li = row.closest('li')!;
      const lineHeight = parseFloat(getComputedStyle(row).lineHeight);
      return {
        count: row.querySelectorAll('a').length,
        text: row.textContent?.trim(),
        lines: Math.round(row.getBoundingClientRect().height / lineHeight),
        last: li.lastElementChild === row,
      };
    });
    expect(most.count).toBeGreaterThan(10);
    expect(most.text?.startsWith('↑ a b c d')).toBe(true);
    expect(most.lines).toBeLessThanOrEqual(3);
    expect(most.last).toBe(true);
    await close(page);
  });
});

describe('the preview', () => {
  const preview = (page: Page) => page.locator('#cite-preview');
  const isOpen = (page: Page) => preview(page).evaluate((el) => el.matches(':popover-open'));
  const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id);

  it('opens next to a marker on a click, shows the source, and closes on a second click', async () => {
    const page = await open(BRIEFING, { viewport: VIEWPORTS.desktop });
    const marker = page.locator('a.cite-link').nth(5);
    const href = (await marker.getAttribute('href'))!;
    await marker.click();
    await expect.poll(() => isOpen(page)).toBe(true);
    expect(await marker.getAttribute('aria-expanded')).toBe('true');
    // The source's entry from the list: its title, linking out, and a link to the entry itself.
    const title = (await page.locator(`${href} > a`).first().textContent())!;
    expect(await preview(page).getByRole('link', { name: title }).isVisible()).toBe(true);
    expect(await preview(page).locator(`a[href="${href}"]`).isVisible()).toBe(true);
    // Next to the marker: just under (or over) it, overlapping it sideways.
    const [m, p] = [(await marker.boundingBox())!, (await preview(page).boundingBox())!];
    expect(Math.min(Math.abs(p.y - (m.y + m.height)), Math.abs(m.y - (p.y + p.height)))).toBeLessThan(12);
    expect(p.x).toBeLessThanOrEqual(m.x + m.width);
    expect(await page.evaluate(() => location.hash)).toBe('');
    await marker.click();
    await expect.poll(() => isOpen(page)).toBe(false);
    expect(await marker.getAttribute('aria-expanded')).toBe('false');
    // A click elsewhere closes it too.
    await marker.click();
    await expect.poll(() => isOpen(page)).toBe(true);
    await page.locator('h1').click();
    await expect.poll(() => isOpen(page)).toBe(false);
    await close(page);
  });

  it('shows every source of a marker group, in number order', async () => {
    const page = await open(BRIEFING, { viewport: VIEWPORTS.desktop });
    // A range ([10–14]) is one link, to its first source.
    const range = page.locator('sup.cite a[aria-label^="Sources"]').first();
    await range.click();
    await expect.poll(() => isOpen(page)).toBe(true);
    const [first, to] = ((await range.textContent())!.match(/\d+/g) ?? []).map(Number) as [number, number];
    expect(
      await preview(page)
        .locator('li')
        .evaluateAll((lis) => lis.map((li) => (li as HTMLLIElement).value)),
    ).toEqual(Array.from({ length: to - first + 1 }, (_, i) => first + i));
    expect(await preview(page).locator('p').textContent()).toBe(`Sources ${first}–${to}`);
    await close(page);
  });

  it('opens and closes by touch', async () => {
    const page = await open(BRIEFING, { hasTouch: true, isMobile: true });
    const marker = page.locator('a.cite-link').nth(3);
    await marker.tap();
    await expect.poll(() => isOpen(page)).toBe(true);
    // Inside the screen, however near the edge the marker is.
    const box = (await preview(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(VIEWPORTS.phone.width);
    await marker.tap();
    await expect.poll(() => isOpen(page)).toBe(false);
    await marker.tap();
    await expect.poll(() => isOpen(page)).toBe(true);
    await page.locator('h1').tap();
    await expect.poll(() => isOpen(page)).toBe(false);
    expect(await page.evaluate(() => location.hash)).toBe('');
    await close(page);
  });

  it('opens with Enter and closes with Escape, leaving focus on the marker', async () => {
    const page = await open(BRIEFING);
    await tabTo(page, 'a.cite-link');
    const id = await focusedId(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => isOpen(page)).toBe(true);
    expect(await focusedId(page)).toBe(id);
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(page)).toBe(false);
    expect(await focusedId(page)).toBe(id);
    expect(await page.locator(`#${id}`).getAttribute('aria-expanded')).toBe('false');
    // From inside the preview too: Tab goes into it, Escape brings focus back to the marker.
    await page.keyboard.press('Enter');
    await expect.poll(() => isOpen(page)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#cite-preview') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(page)).toBe(false);
    expect(await focusedId(page)).toBe(id);
    // Enter twice: open, then closed again.
    await page.keyboard.press('Enter');
    await expect.poll(() => isOpen(page)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => isOpen(page)).toBe(false);
    expect(await focusedId(page)).toBe(id);
    await close(page);
  });

  it('closes with its close button, returning focus to the marker', async () => {
    const page = await open(BRIEFING);
    await tabTo(page, 'a.cite-link');
    const id = await focusedId(page);
    await page.keyboard.press('Enter');
    await preview(page).getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => isOpen(page)).toBe(false);
    expect(await focusedId(page)).toBe(id);
    await close(page);
  });

  it('takes the reader to the numbered entry, which links back to the marker', async () => {
    const page = await open(BRIEFING);
    const marker = page.locator('a.cite-link').first();
    const [id, href] = [(await marker.getAttribute('id'))!, (await marker.getAttribute('href'))!];
    await marker.click();
    await preview(page).locator(`a[href="${href}"]`).first().click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(href);
    expect(await isOpen(page)).toBe(false);
    await page.locator(`${href} a[href="#${id}"]`).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${id}`);
    await close(page);
  });

  it('leaves the marker a plain link without JavaScript', async () => {
    const page = await open(BRIEFING, { javaScriptEnabled: false });
    const marker = page.locator('a.cite-link').first();
    expect(await marker.getAttribute('aria-expanded')).toBeNull();
    await marker.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(await marker.getAttribute('href'));
    await close(page);
  });

  it.each(['light', 'dark'] as const)('has no WCAG 2.2 AA violations while open (%s)', async (colorScheme) => {
    const page = await open(BRIEFING, { colorScheme });
    await page.locator('a.cite-link').nth(2).click();
    await expect.poll(() => isOpen(page)).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await close(page);
  });
});
