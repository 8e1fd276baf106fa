/**
 * The timeline in Chromium: filters from the keyboard, kept in the URL, counted across groups and announced
 * politely; jumps that land where they point at phone and desktop width; the sticky bar; the themes' own pages
 * without JavaScript; print.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, launchChromium, tabTo, VIEWPORTS } from '../../tools/lib/browser';

const baseUrl = inject('baseUrl');
const TIMELINE = `${baseUrl}/timeline/`;
const BRIEFING = `${baseUrl}/briefings/how-kazakhstan-changed-after-the-invasion/`;
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
        actors: li.getAttribute('data-actors')!.split(' ').filter(Boolean),
      })),
  );

/** The filter buttons of a group, with the count each shows. */
const buttonCounts = (page: Page, facet: 'themes' | 'actors') =>
  page.$$eval(`button[data-facet="${facet}"]`, (buttons) =>
    Object.fromEntries(
      buttons.map((b) => [
        b.getAttribute('data-value')!,
        Number(b.querySelector('.timeline-option-count')!.textContent),
      ]),
    ),
  );

/** Where an element's top sits: in the top quarter of the window, and not under the sticky bar. */
const landing = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const target = document.querySelector(s)!.getBoundingClientRect();
    const bar = document.querySelector('[data-timeline-bar]')!.getBoundingClientRect();
    const end = Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight;
    return { top: Math.round(target.top), barBottom: Math.round(bar.bottom), quarter: window.innerHeight / 4, end };
  }, selector);

const expectLanded = async (page: Page, selector: string, options: { nearEnd?: boolean } = {}) => {
  // Wait for the jump to settle (two readings alike); this works with JavaScript off too, unlike a page timer.
  let before = await landing(page, selector);
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(50);
    const now = await landing(page, selector);
    if (now.top === before.top) break;
    before = now;
  }
  const { top, barBottom, quarter, end } = await landing(page, selector);
  expect(top, `${selector} is under the sticky bar`).toBeGreaterThanOrEqual(barBottom - 1);
  // Near the end of the page the window cannot scroll far enough to bring a target up; it must then be on screen.
  if (options.nearEnd && end) expect(top, `${selector} is off the bottom of the window`).toBeLessThan(quarter * 3);
  else expect(top, `${selector} is below the top quarter of the window`).toBeLessThanOrEqual(quarter);
};

describe('filtering the timeline', () => {
  it('works from the keyboard, updates the list, the URL and the live count, and survives a reload', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone });
    await page.goto(TIMELINE);
    const total = await page.locator('li.timeline-event').count();
    const status = page.getByRole('status');
    expect(await status.textContent()).toBe(`Showing all ${total} events`);
    expect(await status.getAttribute('aria-live')).toBe('polite');

    // The filters fold into the sticky bar; Enter on their summary opens them.
    await tabTo(page, 'summary.timeline-filters-summary');
    await page.keyboard.press('Enter');
    const themes = page.getByRole('group', { name: 'Themes: any of' });
    const energy = themes.getByRole('button', { name: /^Energy/ });
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
    expect(await page.locator('summary.timeline-filters-summary').textContent()).toBe('Filters (1 chosen)');

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
    await page.locator('summary.timeline-filters-summary').click();
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
    // Escape closes the panel and puts focus back on its summary.
    await page.keyboard.press('Escape');
    expect(await page.locator('details[data-timeline-filters]').getAttribute('open')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.matches('summary.timeline-filters-summary'))).toBe(true);
    await page.close();
  });

  it('says how the groups combine, and counts each button given the other group’s choice', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop });
    await page.goto(TIMELINE);
    await page.locator('summary.timeline-filters-summary').click();
    expect(await page.locator('.timeline-filters-how').textContent()).toMatch(
      /any of the chosen themes and any of the chosen actors/,
    );
    expect(await page.getByRole('group', { name: 'Themes: any of' }).isVisible()).toBe(true);
    expect(await page.getByRole('group', { name: 'and actors: any of' }).isVisible()).toBe(true);

    const all = await visibleEvents(page);
    const count = (keep: (e: (typeof all)[number]) => boolean) => all.filter(keep).length;
    // Nothing chosen: each button counts every event it names.
    for (const [theme, n] of Object.entries(await buttonCounts(page, 'themes'))) {
      expect(n, theme).toBe(count((e) => e.themes.includes(theme)));
    }
    // Energy chosen: the actor buttons count energy events; the theme buttons still count every event.
    await page.locator('button[data-facet="themes"][data-value="energy"]').click();
    for (const [actor, n] of Object.entries(await buttonCounts(page, 'actors'))) {
      expect(n, actor).toBe(count((e) => e.actors.includes(actor) && e.themes.includes('energy')));
    }
    expect((await buttonCounts(page, 'themes'))['war']).toBe(count((e) => e.themes.includes('war')));
    // Germany chosen too: the theme buttons count Germany's events; pressing one shows as many as it said.
    await page.locator('button[data-facet="actors"][data-value="germany"]').click();
    const themeCounts = await buttonCounts(page, 'themes');
    for (const [theme, n] of Object.entries(themeCounts)) {
      expect(n, theme).toBe(count((e) => e.themes.includes(theme) && e.actors.includes('germany')));
    }
    expect((await visibleEvents(page)).length).toBe(themeCounts['energy']);
    // A button that would add nothing says so quietly.
    expect(await page.locator('button[data-facet="actors"][data-value="csto"]').getAttribute('data-none')).toBe('');
    await page.close();
  });

  it('measures the gaps again between the events a filter leaves', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop });
    await page.goto(`${TIMELINE}?theme=sanctions`);
    const shown = await page.$$eval('li.timeline-event', (items) =>
      items
        .filter((li) => !(li as HTMLElement).hidden)
        .map((li) => ({
          gap: li.getAttribute('data-gap'),
          marker:
            [...li.querySelectorAll('.timeline-gap')].find((m) => !(m as HTMLElement).hidden)?.textContent ?? null,
        })),
    );
    expect(shown.length).toBeGreaterThan(1);
    // The first event left has no gap before it, whatever came before it in the whole list.
    expect(shown[0]).toEqual({ gap: null, marker: null });
    expect(shown.slice(1).every((e) => e.gap !== null)).toBe(true);
    expect(shown.filter((e) => e.gap === '3').every((e) => /later$/.test(e.marker ?? ''))).toBe(true);
    await page.close();
  });

  it('clears the filters when a link points at an event they hide, and lands on it', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone });
    await page.goto(`${TIMELINE}?theme=energy`);
    const hidden = await page.$$eval('li.timeline-event[hidden]', (items) => items.map((li) => li.id));
    const id = hidden.at(-3)!;
    await page.evaluate((target) => (location.hash = target), id);
    await expectLanded(page, `#${id}`);
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('li.timeline-event[hidden]').count()).toBe(0);
    expect(await page.locator(`#${id} details`).getAttribute('open')).toBe('');
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

  it('has no WCAG 2.2 AA violations with the filters open and chosen, in light and dark, and fits 320 px', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: VIEWPORTS.phone, colorScheme });
      const page = await context.newPage();
      await page.goto(`${TIMELINE}?theme=energy&actor=germany#kmg-rosneft-deutschland-oil-contract`);
      await page.locator('summary.timeline-filters-summary').click();
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      await context.close();
    }
  });
});

describe.each(Object.entries(VIEWPORTS))('jumping at %s width', (_name, viewport) => {
  it('lands each year link just below the sticky bar', async () => {
    const page = await browser.newPage({ viewport });
    await page.goto(TIMELINE);
    const years = await page.$$eval('nav[aria-label="Jump to year"] a', (links) =>
      links.map((a) => a.getAttribute('href')!),
    );
    expect(years.length).toBeGreaterThan(3);
    // Last first, then back up the page: each jump starts from wherever the one before left the reader.
    for (const href of [...years].reverse()) {
      await page.locator(`nav[aria-label="Jump to year"] a[href="${href}"]`).click();
      await expectLanded(page, href);
    }
    await page.close();
  });

  it('lands event links on their event, with its summary open', async () => {
    const page = await browser.newPage({ viewport });
    await page.goto(TIMELINE);
    const ids = await page.$$eval('li.timeline-event', (items) => items.map((li) => li.id));
    // A late, a middle and an early event, each by its headline link from wherever the page stands; and the last,
    // which the window cannot bring up to the top, only into view.
    const late = ids.at(-4)!;
    for (const id of [late, ids[Math.floor(ids.length / 2)]!, ids[2]!]) {
      await page.locator(`#${id} .timeline-title a`).click();
      await expectLanded(page, `#${id}`);
      expect(await page.locator(`#${id} details`).getAttribute('open'), id).toBe('');
    }
    await page.locator(`#${ids.at(-1)!} .timeline-title a`).click();
    await expectLanded(page, `#${ids.at(-1)!}`, { nearEnd: true });
    await page.close();
  });

  it('lands a link from a briefing on its event on /timeline/', async () => {
    const page = await browser.newPage({ viewport });
    await page.goto(BRIEFING);
    const links = await page.$$eval('main a[href^="/timeline/#"]', (as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(0);
    // The last such link: the briefing's latest key event, far down the timeline, where a guessed height errs most.
    const target = links.at(-1)!;
    await page.locator(`main a[href="${target}"]`).last().click();
    await page.waitForURL(`**${target}`);
    const id = target.split('#')[1]!;
    await expectLanded(page, `#${id}`);
    expect(await page.locator(`#${id} details`).getAttribute('open')).toBe('');
    await page.close();
  });

  it('keeps the bar, with the year links, count and filters, on screen after scrolling', async () => {
    const page = await browser.newPage({ viewport });
    await page.goto(TIMELINE);
    await page.evaluate(() => window.scrollTo(0, 4000));
    await page.waitForFunction(() => window.scrollY === 4000);
    const bar = await page.locator('[data-timeline-bar]').boundingBox();
    expect(bar?.y).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Jump to year' }).isVisible()).toBe(true);
    expect(await page.getByRole('status').isVisible()).toBe(true);
    expect(await page.locator('summary.timeline-filters-summary').isVisible()).toBe(true);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('shows every event on /timeline/, with the themes as links and no controls that would do nothing', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.goto(`${TIMELINE}?theme=energy`);
    const total = await page.locator('li.timeline-event').count();
    expect(total).toBeGreaterThanOrEqual(30);
    expect(await page.locator('li.timeline-event:visible').count()).toBe(total);
    // The header's search button submits its form, which works without JavaScript; the timeline has none.
    expect(await page.locator('main button').count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Jump to year' }).getByRole('link').count()).toBeGreaterThan(3);
    // A jump lands below the bar without the script's measurement too.
    await page.locator('nav[aria-label="Jump to year"] a').last().click();
    await expectLanded(page, (await page.locator('nav[aria-label="Jump to year"] a').last().getAttribute('href'))!);
    // The event's summary is one click away.
    const first = page.locator('li.timeline-event').first();
    expect(await first.locator('.timeline-summary').isVisible()).toBe(false);
    await first.locator('summary').click();
    expect(await first.locator('.timeline-summary').isVisible()).toBe(true);
    await context.close();
  });

  it('lists only energy events on /timeline/energy/, and a theme link leads to that theme', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.goto(`${TIMELINE}energy/`);
    const energy = await visibleEvents(page);
    expect(energy.length).toBeGreaterThan(3);
    expect(energy.every((e) => e.themes.includes('energy'))).toBe(true);
    expect(await page.getByRole('status').textContent()).toMatch(
      new RegExp(`^Showing ${energy.length} of \\d+ events$`),
    );
    await page.locator('summary.timeline-filters-summary').click();
    await page.getByRole('link', { name: /^War/ }).click();
    expect(new URL(page.url()).pathname).toBe('/timeline/war/');
    const war = await visibleEvents(page);
    expect(war.length).toBeGreaterThan(0);
    expect(war.every((e) => e.themes.includes('war'))).toBe(true);
    await context.close();
  });
});

describe('in print', () => {
  it("prints every event's date, headline and summary, without the bar", async () => {
    const page = await browser.newPage();
    await page.goto(TIMELINE);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-timeline-bar]').isVisible()).toBe(false);
    const hidden = await page.$$eval('li.timeline-event', (items) =>
      items.flatMap((li) =>
        ['time', '.timeline-title', '.timeline-summary']
          .filter((part) => (li.querySelector(part) as HTMLElement | null)?.offsetParent === null)
          .map((part) => `${li.id} ${part}`),
      ),
    );
    expect(hidden).toEqual([]);
    await page.close();
  });
});
