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
    place: 'St Petersburg, Russia',
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

  it('puts headings one level below where the timeline sits', async () => {
    const doc = await render({ headingLevel: 3, anchorPrefix: 'key-events' });
    expect(doc.querySelector('section[data-year] > h3')?.id).toBe('key-events-2022');
    expect(doc.querySelectorAll('li.timeline-event h4')).toHaveLength(3);
  });

  it('adds the filter element and its configuration only when asked', async () => {
    expect((await render()).querySelector('timeline-filter')).toBeNull();
    const doc = await render({ filterable: true });
    const config = JSON.parse(doc.querySelector('timeline-filter')!.getAttribute('data-config')!);
    expect(config).toEqual({
      themes: [
        { id: 'diplomacy', name: 'Diplomacy', count: 2 },
        { id: 'energy', name: 'Energy', count: 1 },
      ],
      actors: [
        { id: 'kazakhstan', name: 'Kazakhstan', count: 2 },
        { id: 'russia', name: 'Russia', count: 1 },
      ],
    });
    // The controls are the script's to insert; without it there is only an empty placeholder.
    expect(doc.querySelector('[data-filter-controls]')?.children).toHaveLength(0);
    expect(doc.querySelector('button')).toBeNull();
  });
});
