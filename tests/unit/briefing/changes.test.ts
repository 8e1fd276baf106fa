import { expect, it } from 'vitest';
import { changeAnchors } from '~/lib/briefing/changes';

it('gives each change an anchor from its date, numbering a day’s second and later changes in file order', () => {
  expect(
    changeAnchors([{ date: '2026-11-29' }, { date: '2026-12-01' }, { date: '2026-11-29' }, { date: '2026-11-29' }]),
  ).toEqual(['change-2026-11-29', 'change-2026-12-01', 'change-2026-11-29-2', 'change-2026-11-29-3']);
  expect(changeAnchors([])).toEqual([]);
});
