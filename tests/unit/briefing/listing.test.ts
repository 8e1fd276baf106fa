import { describe, expect, it } from 'vitest';
import { briefingPath, isVisible, newestFirst, publicationStatus } from '~/lib/briefing/listing';

const make = (id: string, published: string, draft = false) => ({ id, data: { title: id, published, draft } });

describe('briefing listing rules', () => {
  it('hides drafts from a production build and shows them in preview', () => {
    const draft = make('d', '2024-01-01', true);
    expect(isVisible(draft, { preview: false, today: '2026-11-29' })).toBe(false);
    expect(isVisible(draft, { preview: true, today: '2026-11-29' })).toBe(true);
    expect(isVisible(make('p', '2024-01-01'), { preview: false, today: '2026-11-29' })).toBe(true);
  });

  it('holds a briefing dated after today until a build on or after its date, and shows it in preview', () => {
    const scheduled = make('s', '2027-06-01');
    expect(publicationStatus(scheduled, '2026-11-29')).toBe('scheduled');
    expect(isVisible(scheduled, { preview: false, today: '2026-11-29' })).toBe(false);
    expect(isVisible(scheduled, { preview: true, today: '2026-11-29' })).toBe(true);
    expect(publicationStatus(scheduled, '2027-06-01')).toBe('live');
    expect(publicationStatus(make('d', '2027-06-01', true), '2027-06-02')).toBe('draft');
  });

  it('lists newest first, ties by title', () => {
    const list = [make('b', '2023-05-01'), make('c', '2024-02-01'), make('a', '2023-05-01')];
    expect(newestFirst(list).map((b) => b.id)).toEqual(['c', 'a', 'b']);
  });

  it('builds the URL from the file name', () => {
    expect(briefingPath('how-kazakhstan-changed')).toBe('/briefings/how-kazakhstan-changed/');
  });
});
