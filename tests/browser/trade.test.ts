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
        // The table's ranked rows; partners with no figure follow them, as "not ranked".
        table: [...view.querySelectorAll('table[data-table] tbody tr')]
          .filter((tr) => /^\d+$/.test(tr.children[0]?.textContent?.trim() ?? ''))
          .map((tr) => tr.getAttribute('data-partner')),
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

    await tabTo(page, '#trade-kz-2022-turnover-reporter a[data-switch][href$="-2023-turnover-reporter"]');
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

    await tabTo(page, '#trade-kz-2023-turnover-reporter a[data-switch][href$="-2023-exports-reporter"]');
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
    await tabTo(page, '#trade-kz-2022-turnover-reporter a[data-switch][href$="-2022-turnover-mirror"]');
    await page.keyboard.press('Enter');
    const mirror = await visibleView(page);
    expect(mirror.id).toBe('trade-kz-2022-turnover-mirror');
    expect(mirror.bars).toContain('DE');
    await context.close();
  });
});

describe('views not shown first', () => {
  it.each(['light', 'dark'] as const)('have no WCAG 2.2 AA violations in %s mode', async (colorScheme) => {
    for (const view of [
      'trade-kz-2022-turnover-mirror',
      'trade-kz-2023-exports-reporter',
      'trade-kz-2024-turnover-reporter',
    ]) {
      const context = await browser.newContext({ viewport: VIEWPORTS.phone, colorScheme });
      const page = await context.newPage();
      await page.goto(`${TRADE}#${view}`);
      expect(await accessibilityViolations(page)).toEqual([]);
      await context.close();
    }
  });
});

describe('on a phone', () => {
  it('gives the bars at least 60% of the panel at 375 px, with every value at its bar inside the panel', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone });
    await page.goto(TRADE);
    const layout = await page.evaluate(() => {
      const panel = document.querySelector('figure[data-trade-panel]')!.getBoundingClientRect();
      const view = [...document.querySelectorAll<HTMLElement>('.trade-view')].find((v) => v.offsetParent !== null)!;
      const rows = [...view.querySelectorAll('ol[data-bars] > li')];
      return {
        panel: { left: panel.left, right: panel.right, width: panel.width },
        tracks: rows.map((li) => li.querySelector('.bar-track')!.getBoundingClientRect().width),
        values: rows.map((li) => {
          const bar = li.querySelector('.bar')!.getBoundingClientRect();
          const value = li.querySelector('[data-bar-value]')!.getBoundingClientRect();
          return { bar: { left: bar.left, right: bar.right }, value: { left: value.left, right: value.right } };
        }),
      };
    });
    expect(layout.tracks.length).toBeGreaterThanOrEqual(3);
    for (const track of layout.tracks) expect(track / layout.panel.width).toBeGreaterThanOrEqual(0.6);
    for (const { bar, value } of layout.values) {
      // At the bar's end: inside it, flush with its end, or starting right after it.
      const atEnd = Math.abs(value.right - bar.right) < 1 || Math.abs(value.left - bar.right) < 1;
      expect(atEnd).toBe(true);
      expect(value.left).toBeGreaterThanOrEqual(layout.panel.left);
      expect(value.right).toBeLessThanOrEqual(layout.panel.right);
    }
    await page.close();
  });

  it.each([375, 320])(
    'at %d px stacks every table into cards, still tables, and none scrolls sideways',
    async (width) => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(TRADE);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const tables = await page.evaluate(() =>
        [...document.querySelectorAll('main table')]
          .filter((t) => (t as HTMLElement).offsetParent !== null)
          .map((table) => {
            const box = table.parentElement!;
            return {
              caption: table.querySelector('caption')?.textContent?.trim(),
              row: getComputedStyle(table.querySelector('tbody tr')!).display,
              overflow: box.scrollWidth - box.clientWidth,
              wider: table.getBoundingClientRect().right - document.documentElement.clientWidth,
            };
          }),
      );
      expect(tables.length).toBeGreaterThanOrEqual(4);
      for (const table of tables) {
        expect(table.row, table.caption).toBe('flex');
        expect(table.overflow, table.caption).toBeLessThanOrEqual(0);
        expect(table.wider, table.caption).toBeLessThanOrEqual(0);
      }
      // Cards keep table semantics: a screen reader still meets tables, rows, row headers and cells.
      const visibleTables = page.locator('main table:visible');
      const count = await visibleTables.count();
      expect(await page.getByRole('table').filter({ visible: true }).count()).toBe(count);
      const first = page.getByRole('table').filter({ visible: true }).first();
      expect(await first.getByRole('row').count()).toBeGreaterThan(1);
      expect(await first.getByRole('rowheader').count()).toBeGreaterThan(0);
      expect(await first.getByRole('cell').count()).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      await page.close();
    },
  );

  it.each([375, 320])('at %d px keeps the trend chart’s line labels apart and on the page', async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await page.goto(TRADE);
    const boxes = await page.$$eval('figure[data-trade-trend] text.trend-label', (labels) =>
      labels.map((label) => {
        const box = label.getBoundingClientRect();
        return { text: label.textContent, top: box.top, bottom: box.bottom, left: box.left, right: box.right };
      }),
    );
    expect(boxes.map((b) => b.text)).toEqual(['Russia', 'China', 'EU', 'Italy', 'Germany']);
    for (const [i, a] of boxes.entries()) {
      expect(a.right, a.text!).toBeLessThanOrEqual(width);
      for (const b of boxes.slice(i + 1)) {
        const apart = a.bottom <= b.top || b.bottom <= a.top || a.right <= b.left || b.right <= a.left;
        expect(apart, `${a.text} and ${b.text}`).toBe(true);
      }
    }
    await page.close();
  });
});

describe('the switches', () => {
  it('stay in place as the reader switches: the same grid, every link where it was', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone });
    await page.goto(TRADE);
    const switches = () =>
      page.evaluate(() => {
        const view = [...document.querySelectorAll<HTMLElement>('.trade-view')].find((v) => v.offsetParent !== null)!;
        const box = (el: Element) => {
          const r = el.getBoundingClientRect();
          return [Math.round(r.left), Math.round(r.top + window.scrollY), Math.round(r.width), Math.round(r.height)];
        };
        return {
          id: view.id,
          nav: box(view.querySelector('nav')!),
          links: [...view.querySelectorAll('nav a')].map((a) => [a.getAttribute('href'), ...box(a)]),
        };
      });
    const start = await switches();
    const seen = [start.id];
    for (const target of [
      '2024-turnover-reporter',
      '2023-exports-reporter',
      '2022-turnover-mirror',
      '2021-turnover-reporter',
    ]) {
      await page.click(`#${seen.at(-1)} nav a[href$="-${target}"]`);
      const now = await switches();
      expect(now.id).toBe(`trade-kz-${target}`);
      expect(now.nav).toEqual(start.nav);
      expect(now.links).toEqual(start.links);
      seen.push(now.id);
    }
    await page.close();
  });

  it('show years oldest to newest, and only views with a ranking to show', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop });
    await page.goto(TRADE);
    const rows = await page.$$eval('#trade-kz-2022-turnover-reporter nav [role="group"] [role="group"]', (groups) =>
      groups.map((g) => [...g.querySelectorAll('a')].map((a) => Number(a.textContent))),
    );
    for (const years of rows) expect(years).toEqual([...years].sort((a, b) => a - b));
    const targets = await page.$$eval('#trade-kz-2022-turnover-reporter nav a', (links) =>
      links.map((a) => a.getAttribute('href')!.slice(1)),
    );
    for (const id of targets) {
      const bars = await page.locator(`#${id} ol[data-bars] > li`).count();
      expect(bars, id).toBeGreaterThanOrEqual(3);
    }
    await page.close();
  });
});

describe('on paper', () => {
  it('prints bars as black outlines and every table open', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop });
    await page.goto(TRADE);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const bar = document.querySelector<HTMLElement>('.trade-view[data-active] .bar')!;
      const style = getComputedStyle(bar);
      const tables = [
        ...document.querySelectorAll<HTMLElement>(
          'figure[data-trade-panel] .trade-view[data-active] table, figure[data-trade-trend] table, figure[data-basis-pairs] table',
        ),
      ];
      return {
        // Chromium rounds the 1.5 px border to whole device pixels.
        border: `${parseFloat(style.borderTopWidth) >= 1} ${style.borderTopStyle} ${style.borderTopColor}`,
        tablesShown: tables.every((t) => t.getClientRects().length > 0),
        switches: getComputedStyle(document.querySelector('.trade-view[data-active] nav')!).display,
      };
    });
    expect(printed).toEqual({ border: 'true solid rgb(0, 0, 0)', tablesShown: true, switches: 'none' });
    await page.close();
  });
});
