/** An inline citation as a reader meets it: a bracketed number linking to the list of sources, grouped when adjacent. */
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

/** Renders <Cite>s one after another, as a page does, and returns their markup. */
async function renderAll(context: PageContext, ids: string[]): Promise<string> {
  let html = '';
  for (const id of ids) html += (await renderWithContext(Cite, context, { props: { id } })).body.innerHTML;
  return html
    .replaceAll('\u2060', '{WJ}')
    .replaceAll('\u202f', '{NNBSP}')
    .replaceAll(/ data-astro-source-\w+="[^"]*"/g, '');
}

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

  it('leaves no space to break at around the marker, and keeps it clear of prose link styles', async () => {
    // The `cite` class adds a word joiner before it (src/styles/global.css), binding it to the word before.
    const sup = (await renderWithContext(Cite, briefingContext(), { props: { id: 'tass' } })).querySelector('sup')!;
    expect(sup.outerHTML).toMatch(/^<sup class="cite not-prose"[^>]*><a [^>]+>\[2\]<\/a><\/sup>$/);
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

  describe('in a run of adjacent citations', () => {
    const many = new Map(['a', 'b', 'c', 'd', 'e'].map((id) => testSource(id)));
    /** A page citing a b c d e alone, then the run `<Cite id="c" /><Cite id="a" /><Cite id="b" />`, then e b. */
    async function renderRuns(): Promise<string> {
      const cited = ['a', 'b', 'c', 'd', 'e', 'c', 'a', 'b', 'e', 'b'];
      const numbered = numberSources(['a', 'b', 'c', 'd', 'e'], cited);
      const runs = [['a'], ['b'], ['c'], ['d'], ['e'], ['c', 'a', 'b'], ['e', 'b']];
      const context = testContext(
        { sources: many },
        { citations: { numbered, state: createCitationState(numbered, runs) } },
      );
      await renderAll(context, ['a', 'b', 'c', 'd', 'e']);
      return `${await renderAll(context, ['c', 'a', 'b'])}\n${await renderAll(context, ['e', 'b'])}`;
    }

    it('draws one marker group in one element, sorted, from the first <Cite> of the run; every citation keeps its anchor', async () => {
      // [1–3] is one link to the first source; 2 and 3 keep only their anchors, for the list's back-links.
      // The run's later <Cite>s draw nothing, so a line cannot break between its numbers.
      expect(await renderRuns()).toMatchInlineSnapshot(`
        "<sup class="cite not-prose"><a id="cite-a-2" href="#source-a" class="cite-link" aria-label="Sources 1–3">[1–3]</a><span id="cite-b-2" data-source="#source-b"></span><span id="cite-c-2" data-source="#source-c"></span></sup>
        <sup class="cite not-prose"><a id="cite-b-3" href="#source-b" class="cite-link" aria-label="Source 2">[2,{NNBSP}</a><a id="cite-e-2" href="#source-e" class="cite-link" aria-label="Source 5">5]</a></sup>"
      `);
    });
  });
});
