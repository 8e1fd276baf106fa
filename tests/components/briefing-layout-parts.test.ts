/** The briefing's key events, contents list and key points, rendered as a reader's HTML. */
import { describe, expect, it } from 'vitest';
import KeyEvents from '~/components/briefing/KeyEvents.astro';
import KeyPoints from '~/components/briefing/KeyPoints.astro';
import TableOfContents from '~/components/briefing/TableOfContents.astro';
import { briefingContents } from '~/lib/briefing/contents';
import { orderEvents } from '~/lib/timeline/events';
import Repeated from './fixtures/Repeated.astro';
import { timelineEvent } from '../support/fixtures';
import { renderWithContext, testContext } from '../support/page-context';

const events = orderEvents([
  timelineEvent('spief', { date: '2022-06-17', title: 'SPIEF remark', summary: 'A long summary.' }),
  timelineEvent('mobilisation', { date: '2022-09-21', end: '2022-09-27', title: 'Russians cross the border' }),
  timelineEvent('cpc-august', { date: '2022-08', title: 'CPC moorings shut', status: 'reported' }),
  timelineEvent('not-on-this-page', { date: '2022-01-05', title: 'Another event' }),
]);
const contents = briefingContents(
  [
    { depth: 2, slug: 'what-the-op-ed-argues', text: 'What the op-ed argues' },
    { depth: 3, slug: 'sanctions', text: 'Sanctions' },
    { depth: 2, slug: 'what-to-watch', text: 'What to watch' },
  ],
  { events: ['spief'], changes: [] },
);
const context = () => testContext({ events }, { eventsOnPage: ['spief', 'mobilisation', 'cpc-august'], contents });

describe('KeyEvents', () => {
  it('lists the page’s events in date order, each with its id, date and headline linking to the timeline', async () => {
    const doc = await renderWithContext(KeyEvents, context());
    const section = doc.querySelector('section[aria-labelledby="key-events-heading"]')!;
    expect(section.querySelector('h2')?.textContent?.trim()).toBe('Key events');
    const items = [...section.querySelectorAll('ol > li')];
    expect(items.map((li) => li.id)).toEqual(['spief', 'cpc-august', 'mobilisation']);
    expect(items.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual([
      '/timeline/#spief',
      '/timeline/#cpc-august',
      '/timeline/#mobilisation',
    ]);
    expect(items.map((li) => li.querySelector('a')?.textContent)).toEqual([
      'SPIEF remark',
      'CPC moorings shut',
      'Russians cross the border',
    ]);
    expect(items.map((li) => [...li.querySelectorAll('time')].map((t) => t.getAttribute('datetime')))).toEqual([
      ['2022-06-17'],
      ['2022-08'],
      ['2022-09-21', '2022-09-27'],
    ]);
    expect(items[2]!.querySelector('.key-event-date')?.textContent).toBe('21–27 September 2022');
  });

  it('repeats no summaries or sources, and names a status other than confirmed in words', async () => {
    const doc = await renderWithContext(KeyEvents, context());
    expect(doc.body.textContent).not.toContain('A long summary.');
    expect(doc.querySelectorAll('li li, li ol, a[href^="http"]')).toHaveLength(0);
    const badges = [...doc.querySelectorAll('li .status-badge')];
    expect(badges.map((b) => [b.closest('li')?.id, b.textContent])).toEqual([['cpc-august', 'Status: Reported']]);
  });

  it('renders nothing when the page lists no events', async () => {
    const doc = await renderWithContext(KeyEvents, testContext({ events }));
    expect(doc.body.innerHTML.trim()).toBe('');
  });
});

describe('TableOfContents', () => {
  it('is a navigation landmark holding a closed disclosure with a plain list of links', async () => {
    const doc = await renderWithContext(TableOfContents, context());
    const nav = doc.querySelector('nav[aria-labelledby="toc-heading"]')!;
    expect(nav.closest('[data-print="hide"]')).not.toBeNull();
    const details = nav.querySelector('details')!;
    expect(details.hasAttribute('open')).toBe(false);
    expect(details.querySelector('summary > h2#toc-heading')?.textContent?.trim()).toBe('On this page');
    expect([...details.querySelectorAll('ol > li > a')].map((a) => [a.getAttribute('href'), a.textContent])).toEqual([
      ['#what-the-op-ed-argues', 'What the op-ed argues'],
      ['#sanctions', 'Sanctions'],
      ['#what-to-watch', 'What to watch'],
      ['#key-events-heading', 'Key events'],
      ['#sources-heading', 'Sources'],
    ]);
    expect(doc.querySelector('a[href="#sanctions"]')?.parentElement?.classList.contains('contents-sub')).toBe(true);
    expect(doc.querySelector('[aria-current]')).toBeNull();
  });

  it('renders nothing without contents', async () => {
    const doc = await renderWithContext(TableOfContents, testContext({ events }));
    expect(doc.querySelector('nav')).toBeNull();
  });
});

describe('KeyPoints', () => {
  it('is followed by the contents list, once however many key points boxes the page has', async () => {
    const doc = await renderWithContext(Repeated, context(), { props: { component: KeyPoints, uses: [{}, {}] } });
    const [first, second] = [...doc.querySelectorAll('aside')];
    expect(first?.nextElementSibling?.querySelector('nav[aria-labelledby="toc-heading"]')).not.toBeNull();
    expect(second?.nextElementSibling).toBeNull();
    expect(doc.querySelectorAll('nav')).toHaveLength(1);
  });

  it('stands alone where the page has no contents (the component catalogue)', async () => {
    const doc = await renderWithContext(KeyPoints, testContext(), { slots: { default: '<ul><li>A point.</li></ul>' } });
    expect(doc.querySelector('aside li')?.textContent).toBe('A point.');
    expect(doc.querySelector('nav')).toBeNull();
  });
});
