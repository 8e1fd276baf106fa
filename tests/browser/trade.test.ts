/** Trade panel switches from the keyboard, with and without JavaScript; accessibility of views not shown first. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, launchChromium, tabTo, VIEWPORTS } from '../../tools/lib/browser';

const baseUrl = inject('baseUrl');
const TRADE = `${baseUrl}/trade/`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * What the reader sees of the panel: the one view on screen (its id, bar partners, table partners and sentence).
 * Fails unless exactly one view is rendered: two at once, or none, is never what a reader should see.
 */
const visibleView = async (page: Page) => {
  const shown = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.trade-view')]
      .filter((view) => view.offsetParent !== null)
      .map((view) => ({
        id: view.id,
        bars: [...view.querySelectorAll('[data-bars] > li')].map((li) => li.getAttribute('data-partner')),
        table: [...view.querySelectorAll('table[data-table] tbody tr')].map((tr) => tr.getAttribute('data-partner')),
        summary: view.querySelector('[data-trade-summary]')?.textContent ?? '',
      })),
  );
  expect(
    shown.map((view) => view.id),
    'the views on screen',
  ).toHaveLength(1);
  return shown[0]!;
};

describe('switching views with JavaScript', () => {
  it('changes year and flow from the keyboard: bars, table, sentence, URL and announcement follow, and reload keeps it', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone });
    await page.goto(TRADE);
    const start = await visibleView(page);
    expect(start.id).toBe('trade-kz-2022-turnover-reporter');
    expect(start.bars[0]).toBe('RU');

    await tabTo(page, '#trade-kz-2022-turnover-reporter a[data-switch="year"][href$="-2023-turnover-reporter"]');
    await page.keyboard.press('Enter');
    const y2023 = await visibleView(page);
    expect(y2023.id).toBe('trade-kz-2023-turnover-reporter');
    expect(y2023.bars[0]).toBe('CN');
    expect(y2023.table).toEqual(y2023.bars);
    expect(y2023.summary).toContain('in 2023 China overtook Russia');
    expect(new URL(page.url()).hash).toBe('#trade-kz-2023-turnover-reporter');
    // Focus stays on the switch the reader used, now marked current in the new view.
    expect(
      await page.evaluate(() => [
        document.activeElement?.textContent?.trim(),
        document.activeElement?.getAttribute('aria-current'),
      ]),
    ).toEqual(['2023', 'true']);
    const status = page.locator('[data-trade-status]');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.textContent()).toContain('Showing 2023, total trade');

    await tabTo(page, '#trade-kz-2023-turnover-reporter a[data-switch="flow"][href$="-2023-exports-reporter"]');
    await page.keyboard.press('Enter');
    const exports = await visibleView(page);
    expect(exports.id).toBe('trade-kz-2023-exports-reporter');
    expect(exports.summary).not.toBe(y2023.summary);
    expect(exports.table).toEqual(exports.bars);

    await page.reload();
    expect((await visibleView(page)).id).toBe('trade-kz-2023-exports-reporter');
    await page.close();
  });

  it('shows exactly one view at a time', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop });
    await page.goto(`${TRADE}#trade-kz-2022-turnover-mirror`);
    const shown = await page.$$eval('.trade-view', (views) =>
      views.filter((v) => (v as HTMLElement).offsetParent !== null).map((v) => v.id),
    );
    expect(shown).toEqual(['trade-kz-2022-turnover-mirror']);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('the switches still reach each view, and only that view shows', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.goto(TRADE);
    expect((await visibleView(page)).id).toBe('trade-kz-2022-turnover-reporter');
    await tabTo(page, '#trade-kz-2022-turnover-reporter a[data-switch="basis"][href$="-2022-turnover-mirror"]');
    await page.keyboard.press('Enter');
    const mirror = await visibleView(page);
    expect(mirror.id).toBe('trade-kz-2022-turnover-mirror');
    expect(mirror.bars).toContain('DE');
    await context.close();
  });
});

describe('views not shown first', () => {
  it.each(['light', 'dark'] as const)('have no WCAG 2.2 AA violations in %s mode', async (colorScheme) => {
    for (const view of ['trade-kz-2022-turnover-mirror', 'trade-kz-2023-exports-reporter']) {
      const context = await browser.newContext({ viewport: VIEWPORTS.phone, colorScheme });
      const page = await context.newPage();
      await page.goto(`${TRADE}#${view}`);
      expect(await accessibilityViolations(page)).toEqual([]);
      await context.close();
    }
  });
});
