/** A reference to a timeline event in prose: a link to the event, and its date after the words. */
import { describe, expect, it } from 'vitest';
import EventRef from '~/components/timeline/EventRef.astro';
import { orderEvents } from '~/lib/timeline/events';
import { timelineEvent } from '../support/fixtures';
import { renderWithContext, testContext } from '../support/page-context';

const events = orderEvents([
  timelineEvent('spief', { date: '2022-06-17', title: 'SPIEF remark' }),
  timelineEvent('cpc-august', { date: '2022-08', approx: true, title: 'CPC moorings shut' }),
  timelineEvent('unrest', { date: '2022-01-02', end: '2022-01-11', title: 'January unrest' }),
]);
// The briefing's own timeline shows only the SPIEF remark.
const context = testContext({ events }, { eventsOnPage: ['spief'] });

const render = async (id: string, words: string) => {
  const doc = await renderWithContext(EventRef, context, { props: { id }, slots: { default: words } });
  return { link: doc.querySelector('a.event-ref')!, text: doc.body.textContent };
};

describe('EventRef', () => {
  it('links to the event in the page when the briefing’s timeline shows it', async () => {
    const { link, text } = await render('spief', 'the SPIEF remark');
    expect(link.getAttribute('href')).toBe('#spief');
    expect(link.textContent).toBe('the SPIEF remark');
    expect(text).toBe('the SPIEF remark (17 June 2022)');
  });

  it('links to the timeline page otherwise, with the date as written for the event', async () => {
    const cpc = await render('cpc-august', 'the moorings were shut');
    expect(cpc.link.getAttribute('href')).toBe('/timeline/#cpc-august');
    expect(cpc.text).toBe('the moorings were shut (c. August 2022)');
    const unrest = await render('unrest', 'the January unrest');
    expect(unrest.link.getAttribute('href')).toBe('/timeline/#unrest');
    expect(unrest.text).toBe('the January unrest (2–11 January 2022)');
  });

  it('keeps the date outside the link, so the link text is only the words', async () => {
    const { link } = await render('spief', 'the SPIEF remark');
    expect(link.nextElementSibling?.textContent).toBe('(17 June 2022)');
    // The space before the date is outside it, so a narrow line can break there rather than inside the words.
    expect(link.nextSibling?.textContent).toBe(' ');
  });

  it('throws for an unknown id, naming it', async () => {
    await expect(render('spief-2023', 'words')).rejects.toThrow("No event has the id 'spief-2023'");
  });
});
