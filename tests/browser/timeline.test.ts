/** Timeline filters from the keyboard, kept in the URL, announced politely; and the page without JavaScript. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, tabTo, VIEWPORTS } from '../../tools/lib/browser';

const baseUrl = inject('baseUrl');
const TIMELINE = `${baseUrl}/timeline/`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const visibleEvents = (page: Page) =>
  page.$$eval('li.timeline-event', (items) =>
    items
      .filter((li) => (li as HTMLElement).offsetParent !== null)
      .map((li) => ({
        id: li.id,
        themes: li.getAttribute('data-themes')!.split(' '),
        actors: li.getAttribute('data-actors')!.split(' '),
      })),
  );

describe('filtering the timeline', () => {
  it('works from the keyboard, updates the list, the URL and the live count, and survives a reload', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone });
    await page.goto(TIMELINE);
    const total = await page.locator('li.timeline-event').count();
    const status = page.getByRole('status');
    expect(await status.textContent()).toBe(`Showing all ${total} events`);
    expect(await status.getAttribute('aria-live')).toBe('polite');

    const energy = page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: /^Energy/ });
    expect(await energy.getAttribute('aria-pressed')).toBe('false');
    await tabTo(page, 'button[data-facet="themes"][data-value="energy"]');
    await page.keyboard.press('Enter');
    expect(await energy.getAttribute('aria-pressed')).toBe('true');
    const energyEvents = await visibleEvents(page);
    expect(energyEvents.length).toBeGreaterThan(3);
    expect(energyEvents.length).toBeLessThan(total);
    expect(energyEvents.every((e) => e.themes.includes('energy'))).toBe(true);
    expect(new URL(page.url()).search).toBe('?theme=energy');
    expect(await status.textContent()).toBe(`Showing ${energyEvents.length} of ${total} events`);

    await tabTo(page, 'button[data-facet="actors"][data-value="germany"]');
    await page.keyboard.press('Space');
    const both = await visibleEvents(page);
    expect(both.length).toBeGreaterThan(0);
    expect(both.every((e) => e.themes.includes('energy') && e.actors.includes('germany'))).toBe(true);
    expect(new URL(page.url()).search).toBe('?theme=energy&actor=germany');

    // Years with nothing left to show are hidden, and so are their jump links; years with events keep theirs.
    const years = await page.$$eval('section[data-year]', (sections) =>
      sections.map((section) => ({
        year: section.getAttribute('data-year')!,
        shown: (section as HTMLElement).offsetParent !== null,
        events: [...section.querySelectorAll('li.timeline-event')].filter(
          (li) => (li as HTMLElement).offsetParent !== null,
        ).length,
      })),
    );
    const emptyYears = years.filter((y) => y.events === 0).map((y) => y.year);
    expect(emptyYears.length).toBeGreaterThan(0);
    expect(emptyYears.length).toBeLessThan(years.length);
    expect(years.filter((y) => !y.shown).map((y) => y.year)).toEqual(emptyYears);
    for (const { year, events } of years) {
      expect(await page.locator(`[data-year-link="${year}"]`).isVisible(), `jump link to ${year}`).toBe(events > 0);
    }

    await page.reload();
    expect(await page.getByRole('button', { name: /^Energy/ }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: /^Germany/ }).getAttribute('aria-pressed')).toBe('true');
    expect((await visibleEvents(page)).map((e) => e.id)).toEqual(both.map((e) => e.id));

    expect(await page.getByRole('button', { name: 'Clear filters' }).isEnabled()).toBe(true);
    await tabTo(page, 'button[data-clear]');
    await page.keyboard.press('Enter');
    // The button disables itself; focus moves to the first filter instead of falling to the top of the page.
    expect(await page.evaluate(() => document.activeElement?.matches('button[data-facet]'))).toBe(true);
    expect(await page.locator('li.timeline-event:visible').count()).toBe(total);
    expect(new URL(page.url()).search).toBe('');
    expect(await status.textContent()).toBe(`Showing all ${total} events`);
    await page.close();
  });

  it('opens a shared filtered link already filtered, ignoring unknown values', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop });
    await page.goto(`${TIMELINE}?theme=humanitarian,not-a-theme`);
    const shown = await visibleEvents(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((e) => e.themes.includes('humanitarian'))).toBe(true);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('shows every event and no controls that would do nothing', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.goto(`${TIMELINE}?theme=energy`);
    const total = await page.locator('li.timeline-event').count();
    expect(total).toBeGreaterThanOrEqual(30);
    expect(await page.locator('li.timeline-event:visible').count()).toBe(total);
    expect(await page.getByRole('button').count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Jump to year' }).getByRole('link').count()).toBeGreaterThan(3);
    await context.close();
  });
});
