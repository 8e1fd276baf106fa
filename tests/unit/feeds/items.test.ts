import { describe, expect, it } from 'vitest';
import { briefingItems, changeItems, feedChannel, feedDate, FEEDS, type FeedBriefing } from '~/lib/feeds/items';

const SITE = 'https://example.org';
const make = (id: string, published: string, changes: FeedBriefing['data']['changes'] = []): FeedBriefing => ({
  id,
  data: { title: `Title ${id}`, dek: `Dek ${id}.`, published, tags: ['energy', 'central-asia'], changes },
});

describe('the briefings feed', () => {
  it('has one item per briefing, newest first, with an absolute link, the dek, the date and the topics', () => {
    const items = briefingItems([make('old', '2026-01-02'), make('new', '2026-11-29')], SITE);
    expect(items.map((i) => i.link)).toEqual([`${SITE}/briefings/new/`, `${SITE}/briefings/old/`]);
    expect(items[0]).toEqual({
      title: 'Title new',
      link: `${SITE}/briefings/new/`,
      pubDate: new Date('2026-11-29T12:00:00Z'),
      description: 'Dek new.',
      categories: ['Energy', 'Central asia'],
    });
  });

  it('orders briefings of one day by title', () => {
    const items = briefingItems([make('b', '2026-01-01'), make('a', '2026-01-01')], SITE);
    expect(items.map((i) => i.title)).toEqual(['Title a', 'Title b']);
  });

  it('dates an item at noon UTC, so the day is the same for readers in most time zones', () => {
    expect(feedDate('2026-11-29').toISOString()).toBe('2026-11-29T12:00:00.000Z');
  });
});

describe('the corrections feed', () => {
  it('has one item per change, newest first, each linking to the change itself', () => {
    const items = changeItems(
      [
        make('a', '2026-01-01', [
          { date: '2026-02-01', note: 'First fix.' },
          { date: '2026-02-01', note: 'Second fix the same day.' },
        ]),
        make('b', '2026-01-01', [{ date: '2026-03-01', note: 'Later fix.' }]),
        make('c', '2026-01-01'),
      ],
      SITE,
    );
    expect(items.map((i) => [i.link, i.description])).toEqual([
      [`${SITE}/briefings/b/#change-2026-03-01`, 'Later fix.'],
      [`${SITE}/briefings/a/#change-2026-02-01-2`, 'Second fix the same day.'],
      [`${SITE}/briefings/a/#change-2026-02-01`, 'First fix.'],
    ]);
    expect(items[0]).toMatchObject({ title: 'Changed: Title b', pubDate: new Date('2026-03-01T12:00:00Z') });
  });
});

it('says each feed’s language and its own address', () => {
  expect(feedChannel(FEEDS.corrections.path, SITE)).toEqual({
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${SITE}/corrections.xml" rel="self" type="application/rss+xml"/>`,
  });
});
