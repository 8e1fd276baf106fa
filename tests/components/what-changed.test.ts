/** "What changed" as a reader sees it: newest change first, each dated. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { expect, it } from 'vitest';
import WhatChanged from '~/components/briefing/WhatChanged.astro';

it('lists changes newest first with machine-readable dates, and renders nothing without changes', async () => {
  const container = await AstroContainer.create();
  const html = await container.renderToString(WhatChanged, {
    props: {
      changes: [
        { date: '2026-12-01', note: 'Added the 2024 trade figures.' },
        { date: '2027-01-15', note: 'Corrected the date of the trade-mission decree.' },
      ],
    },
  });
  const { document } = parseHTML(`<body>${html}</body>`);
  expect(document.querySelector('section h2')?.textContent?.trim()).toBe('What changed');
  expect([...document.querySelectorAll('li time')].map((t) => [t.getAttribute('datetime'), t.textContent])).toEqual([
    ['2027-01-15', '15 January 2027'],
    ['2026-12-01', '1 December 2026'],
  ]);
  expect(document.querySelector('li')?.textContent).toContain('Corrected the date');
  expect((await container.renderToString(WhatChanged, { props: { changes: [] } })).trim()).toBe('');
});
