/** An inline citation as a reader meets it: a bracketed number linking to the list of sources. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Cite from '~/components/briefing/Cite.astro';
import { createCitationState } from '~/lib/briefing/citation-state';
import { numberSources } from '~/lib/briefing/citations';
import type { PageContext } from '~/model/page-context';
import { renderWithContext, testContext, testSource } from '../support/page-context';

const sources = new Map([testSource('tass'), testSource('kazinform')]);

/** A briefing that lists tass then kazinform, and whose text cites kazinform, tass, kazinform: kazinform is [1]. */
function briefingContext(): PageContext {
  const numbered = numberSources(['tass', 'kazinform'], ['kazinform', 'tass', 'kazinform']);
  return testContext({ sources }, { citations: { numbered, state: createCitationState(numbered) } });
}

const link = async (context: PageContext, id: string) =>
  (await renderWithContext(Cite, context, { props: { id } })).querySelector('sup > a')!;

describe('Cite', () => {
  it('shows the source’s number in brackets, linking to its entry in the list of sources', async () => {
    const a = await link(briefingContext(), 'tass');
    expect(a.textContent).toBe('[2]');
    expect(a.getAttribute('href')).toBe('#source-tass');
    expect(a.getAttribute('aria-label')).toBe('Source 2');
  });

  it('gives each use of a source its own anchor, counting across the page', async () => {
    const context = briefingContext();
    const uses = [await link(context, 'kazinform'), await link(context, 'tass'), await link(context, 'kazinform')];
    expect(uses.map((a) => [a.id, a.textContent, a.getAttribute('href')])).toEqual([
      ['cite-kazinform-1', '[1]', '#source-kazinform'],
      ['cite-tass-1', '[2]', '#source-tass'],
      ['cite-kazinform-2', '[1]', '#source-kazinform'],
    ]);
    // A new page starts counting again.
    expect((await link(briefingContext(), 'kazinform')).id).toBe('cite-kazinform-1');
  });

  it('refuses to render outside a briefing', async () => {
    await expect(link(testContext({ sources }), 'tass')).rejects.toThrow('<Cite> can only be used inside a briefing');
    const container = await AstroContainer.create();
    await expect(container.renderToString(Cite, { props: { id: 'tass' } })).rejects.toThrow('<Cite> needs page data');
  });

  it('names an id that is not among the page’s sources', async () => {
    await expect(link(briefingContext(), 'reuters')).rejects.toThrow(
      '<Cite id="reuters" /> is not among this page\'s sources',
    );
  });
});
