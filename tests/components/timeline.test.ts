/** The Timeline component rendered through Astro's container API, as a reader's HTML. */
import { describe, expect, it } from 'vitest';
import Timeline from '~/components/timeline/Timeline.astro';
import { orderEvents } from '~/lib/timeline/events';
import { timelineEvent } from '../support/fixtures';
import { renderWithContext, testContext, testSource } from '../support/page-context';

const events = orderEvents([
  timelineEvent('spief', {
    date: '2022-06-17',
    title: 'SPIEF remark',
    place: 'st-petersburg',
    actors: ['kazakhstan', 'russia'],
    sources: ['src-a', 'src-b'],
  }),
  timelineEvent('cpc-august', {
    date: '2022-08',
    title: 'CPC moorings shut',
    themes: ['energy'],
    status: 'reported',
    actors: [],
  }),
  timelineEvent('yurt-kharkiv', {
    date: '2023-01-22',
    approx: true,
    title: 'Kharkiv yurt opens',
    status: 'disputed',
  }),
]);
const context = testContext({
  events,
  sources: new Map([testSource('src-a'), testSource('src-b', { language: 'Russian' })]),
  actorNames: new Map([
    ['kazakhstan', 'Kazakhstan'],
    ['russia', 'Russia'],
  ]),
  themeNames: new Map([
    ['diplomacy', 'Diplomacy'],
    ['energy', 'Energy'],
  ]),
  places: new Map([['st-petersburg', { name: 'St Petersburg', country: 'Russia', lat: 59.95, lon: 30.317, aka: [] }]]),
});

const render = (props: Record<string, unknown> = {}) =>
  renderWithContext(Timeline, context, { props: { events, ...props } });

describe('Timeline', () => {
  it('heads each year and links to it from a jump list', async () => {
    const doc = await render();
    expect([...doc.querySelectorAll('section[data-year] > h2')].map((h) => [h.id, h.textContent?.trim()])).toEqual([
      ['timeline-2022', '2022'],
      ['timeline-2023', '2023'],
    ]);
    const jump = doc.querySelector('nav[aria-label="Jump to year"]')!;
    expect([...jump.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      '#timeline-2022',
      '#timeline-2023',
    ]);
  });

  it('renders each event as a list item with its anchor, precise date, heading, status in words and sources', async () => {
    const doc = await render();
    const items = [...doc.querySelectorAll('ol > li.timeline-event')];
    expect(items.map((li) => li.id)).toEqual(['spief', 'cpc-august', 'yurt-kharkiv']);
    expect(items.map((li) => li.querySelector('time')?.getAttribute('datetime'))).toEqual([
      '2022-06-17',
      '2022-08',
      '2023-01-22',
    ]);
    expect(items.map((li) => li.querySelector('time')?.textContent)).toEqual([
      '17 June 2022',
      'August 2022',
      'c. 22 January 2023',
    ]);
    expect(items.map((li) => li.querySelector('h3')?.textContent?.trim())).toEqual([
      'SPIEF remark',
      'CPC moorings shut',
      'Kharkiv yurt opens',
    ]);
    expect(items.map((li) => li.textContent?.match(/Confirmed|Reported|Disputed/)?.[0])).toEqual([
      'Confirmed',
      'Reported',
      'Disputed',
    ]);
    const spiefSources = [...items[0]!.querySelectorAll('a[href^="http"]')].map((a) => a.getAttribute('href'));
    expect(spiefSources).toEqual(['https://example.org/src-a', 'https://example.org/src-b']);
    expect(items[0]!.textContent).toContain('(in Russian)');
    expect(items[0]!.getAttribute('data-themes')).toBe('diplomacy');
    expect(items[0]!.getAttribute('data-actors')).toBe('kazakhstan russia');
  });

  it('names an event’s place in words and links it to the map page', async () => {
    const doc = await render();
    const where = doc.querySelector('#spief .timeline-where');
    expect(where?.textContent?.replace(/\s+/g, ' ')).toContain('Place: St Petersburg, Russia (on the map)');
    expect(where?.querySelector('a')?.getAttribute('href')).toBe('/map/#place-st-petersburg');
  });

  it('puts headings one level below where the timeline sits', async () => {
    const doc = await render({ headingLevel: 3, anchorPrefix: 'key-events' });
    expect(doc.querySelector('section[data-year] > h3')?.id).toBe('key-events-2022');
    expect(doc.querySelectorAll('li.timeline-event h4')).toHaveLength(3);
  });

  it('adds the filter element and its toggles only when asked, the toggles inert until the script takes them', async () => {
    expect((await render()).querySelector('timeline-filter')).toBeNull();
    const doc = await render({ filterable: true });
    const template = doc.querySelector('timeline-filter template[data-filter-template]') as HTMLTemplateElement;
    const toggles = [...template.content.querySelectorAll('button[data-facet]')];
    // Themes and actors that occur, by name, each counting its events; the script counts again across the groups.
    expect(
      toggles.map((b) => [b.getAttribute('data-facet'), b.getAttribute('data-value'), b.textContent?.trim()]),
    ).toEqual([
      ['themes', 'diplomacy', 'Diplomacy 2'],
      ['themes', 'energy', 'Energy 1'],
      ['actors', 'kazakhstan', 'Kazakhstan 2'],
      ['actors', 'russia', 'Russia 1'],
    ]);
    expect(
      [...template.content.querySelectorAll('[role="group"]')].map(
        (g) => g.querySelector(`[id="${g.getAttribute('aria-labelledby')}"]`)?.textContent,
      ),
    ).toEqual(['Themes: any of', 'and actors: any of']);
    expect(template.content.querySelector('.timeline-filters-how')?.textContent).toMatch(
      /any of the chosen themes and any of the chosen actors/,
    );
    // Without the script the themes are links to their own pages; the toggles are the script's to show.
    expect([...doc.querySelectorAll('button')].filter((b) => !b.closest('template'))).toEqual([]);
    const links = [...doc.querySelectorAll('[data-facet-group="themes"] a')];
    expect(links.map((a) => [a.textContent?.replace(/\s+/g, ' ').trim(), a.getAttribute('href')])).toEqual([
      ['All themes 3', '/timeline/'],
      ['Diplomacy 2', '/timeline/diplomacy/'],
      ['Energy 1', '/timeline/energy/'],
    ]);
    expect(doc.querySelector('[role="status"]')?.textContent?.trim()).toBe('Showing all 3 events');
  });
});

describe('Timeline as the page: a spine that shows time', () => {
  it('spaces each event by the time since the one before, and says so over a long gap', async () => {
    const doc = await render({ filterable: true });
    const items = [...doc.querySelectorAll('li.timeline-event')];
    // 17 June 2022 → August 2022 (two months, judged by month) → c. 22 January 2023 (five months).
    expect(items.map((li) => li.getAttribute('data-gap'))).toEqual([null, '2', '3']);
    expect(items.map((li) => li.querySelector('.timeline-gap')?.textContent ?? null)).toEqual([
      null,
      null,
      '5 months later',
    ]);
    // The marker sits before the date, which stays the event's first <time>.
    expect(items[2]!.firstElementChild?.className).toBe('timeline-gap');
    expect(items[2]!.querySelector('time')?.getAttribute('datetime')).toBe('2023-01-22');
  });

  it('names each theme in words beside its colour and icon, and marks the spine with the first', async () => {
    const doc = await render();
    const spief = doc.getElementById('spief')!;
    const themes = [...spief.querySelectorAll('.timeline-theme')];
    expect(themes.map((t) => [t.textContent?.replace(/,\s*$/, '').trim(), t.getAttribute('data-swatch')])).toEqual([
      ['Diplomacy', 'blue'],
    ]);
    expect(themes[0]!.querySelector('svg[aria-hidden="true"] use')?.getAttribute('href')).toBe('#timeline-icon-talks');
    expect(spief.querySelector('.timeline-marker')?.getAttribute('data-swatch')).toBe('blue');
    // The icons are drawn once, however many times they are used.
    expect(doc.querySelectorAll('symbol#timeline-icon-talks')).toHaveLength(1);
    const cpc = doc.getElementById('cpc-august')!;
    expect(cpc.querySelector('.timeline-theme use')?.getAttribute('href')).toBe('#timeline-icon-drop');
  });

  it('labels only reported and disputed events beside the headline; confirmed is said quietly', async () => {
    const doc = await render();
    const label = (id: string) => doc.getElementById(id)!.querySelector('.timeline-meta .timeline-status');
    expect(label('spief')).toBeNull();
    expect(label('cpc-august')?.textContent).toBe('Status: Reported');
    expect(label('yurt-kharkiv')?.textContent).toBe('Status: Disputed');
    expect(doc.getElementById('spief')!.querySelector('.timeline-status-note')?.textContent).toBe(
      'Confirmed: two or more independent sources agree, or the source is official.',
    );
  });

  it('folds summary and sources into a closed <details> that prints open, only on the page', async () => {
    const folded = await render({ filterable: true });
    const details = folded.getElementById('spief')!.querySelector('details');
    expect(details?.hasAttribute('open')).toBe(false);
    expect(details?.getAttribute('data-print')).toBe('open');
    expect(details?.querySelector('summary')?.textContent).toBe('Summary and sources');
    expect(details?.textContent).toContain('Summary.');
    expect(details?.querySelectorAll('a[href^="http"]')).toHaveLength(2);
    const open = await render();
    expect(open.querySelector('details')).toBeNull();
    expect(open.getElementById('spief')!.textContent).toContain('Summary.');
  });

  it("on a theme's page lists only that theme's events, with the other themes as links", async () => {
    const doc = await render({ theme: 'energy' });
    expect([...doc.querySelectorAll('li.timeline-event')].map((li) => li.id)).toEqual(['cpc-august']);
    expect(doc.querySelector('template[data-filter-template]')).toBeNull();
    expect(doc.querySelector('summary.timeline-filters-summary')?.textContent?.trim()).toBe('Theme: Energy');
    expect(doc.querySelector('a[aria-current="page"]')?.getAttribute('href')).toBe('/timeline/energy/');
    expect(doc.querySelector('[role="status"]')?.textContent?.trim()).toBe('Showing 1 of 3 events');
    expect([...doc.querySelectorAll('nav[aria-label="Jump to year"] a')].map((a) => a.textContent)).toEqual([]);
  });

  it('refuses a theme that is not in the taxonomy', async () => {
    await expect(render({ theme: 'energie' })).rejects.toThrow(/theme="energie".*themes\.yaml/);
  });
});
