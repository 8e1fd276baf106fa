import { describe, expect, it } from 'vitest';
import { briefingContents, FOOT_ANCHORS } from '~/lib/briefing/contents';

const headings = [
  { depth: 2, slug: 'what-the-op-ed-argues', text: 'What the op-ed argues' },
  { depth: 3, slug: 'sanctions', text: 'Sanctions' },
  { depth: 4, slug: 'a-detail', text: 'A detail' },
  { depth: 2, slug: 'what-to-watch', text: 'What to watch' },
];

describe('briefingContents', () => {
  it('lists sections and subsections in order, leaving deeper headings out', () => {
    const items = briefingContents(headings, { events: [], changes: [] });
    expect(items.slice(0, 3)).toEqual([
      { href: '#what-the-op-ed-argues', text: 'What the op-ed argues', depth: 2 },
      { href: '#sanctions', text: 'Sanctions', depth: 3 },
      { href: '#what-to-watch', text: 'What to watch', depth: 2 },
    ]);
  });

  it.each([
    [{ events: [], changes: [] }, ['Sources']],
    [{ events: ['an-event'], changes: [] }, ['Key events', 'Sources']],
    [{ events: [], changes: [{ date: '2026-11-29', note: 'x' }] }, ['What changed', 'Sources']],
    [{ events: ['an-event'], changes: [{ date: '2026-11-29', note: 'x' }] }, ['Key events', 'What changed', 'Sources']],
  ])('ends with the sections the briefing has after its text (%j)', (foot, expected) => {
    const after = briefingContents(headings, foot).slice(3);
    expect(after.map((item) => item.text)).toEqual(expected);
    expect(after.every((item) => item.depth === 2)).toBe(true);
  });

  it('links the sections after the text to the anchors the layout gives them', () => {
    const items = briefingContents(headings, { events: ['e'], changes: [{}] });
    expect(items.slice(3).map((item) => item.href)).toEqual([
      `#${FOOT_ANCHORS.events}`,
      `#${FOOT_ANCHORS.changes}`,
      `#${FOOT_ANCHORS.sources}`,
    ]);
  });

  it.each([
    ['no headings', []],
    ['one section', [headings[0]!]],
    ['one section and deeper headings', [headings[0]!, headings[2]!]],
  ])('is empty for a text with %s, which needs no contents', (_name, few) => {
    expect(briefingContents(few, { events: ['e'], changes: [{}] })).toEqual([]);
  });
});
