import { describe, expect, it } from 'vitest';
import { taggedWith, topicName, topicPath, topicsOf, type TaggedBriefing } from '~/lib/briefing/topics';

const make = (id: string, tags: string[]): TaggedBriefing => ({
  id,
  data: { title: id, published: '2026-01-01', tags, events: [] },
});

describe('topics', () => {
  it.each([
    ['energy', 'Energy'],
    ['central-asia', 'Central asia'],
    ['eu', 'Eu'],
  ])('"%s" reads "%s"', (tag, name) => {
    expect(topicName(tag)).toBe(name);
  });

  it('has a page per tag', () => {
    expect(topicPath('energy')).toBe('/topics/energy/');
  });

  it('lists every tag once, alphabetically by name, counting a briefing once however often it repeats the tag', () => {
    const briefings = [make('a', ['trade', 'energy', 'energy']), make('b', ['energy']), make('c', [])];
    expect(topicsOf(briefings)).toEqual([
      { tag: 'energy', name: 'Energy', count: 2 },
      { tag: 'trade', name: 'Trade', count: 1 },
    ]);
    expect(taggedWith(briefings, 'energy').map((b) => b.id)).toEqual(['a', 'b']);
    expect(topicsOf([])).toEqual([]);
  });
});
