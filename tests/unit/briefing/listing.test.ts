import { describe, expect, it } from 'vitest';
import { briefingPath, isVisible, newestFirst } from '~/lib/briefing/listing';

const make = (id: string, published: string, draft = false) => ({ id, data: { title: id, published, draft } });

describe('briefing listing rules', () => {
  it('hides drafts from a production build and shows them in preview', () => {
    const draft = make('d', '2024-01-01', true);
    expect(isVisible(draft, { includeDrafts: false })).toBe(false);
    expect(isVisible(draft, { includeDrafts: true })).toBe(true);
    expect(isVisible(make('p', '2024-01-01'), { includeDrafts: false })).toBe(true);
  });

  it('lists newest first, ties by title', () => {
    const list = [make('b', '2023-05-01'), make('c', '2024-02-01'), make('a', '2023-05-01')];
    expect(newestFirst(list).map((b) => b.id)).toEqual(['c', 'a', 'b']);
  });

  it('builds the URL from the file name', () => {
    expect(briefingPath('how-kazakhstan-changed')).toBe('/briefings/how-kazakhstan-changed/');
  });
});
