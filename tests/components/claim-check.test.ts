/** A claim check as a reader meets it: the claim, who made it and where, the verdict in words, the evidence. */
import { describe, expect, it } from 'vitest';
import ClaimCheck from '~/components/trade/ClaimCheck.astro';
import { planCitations } from '~/lib/briefing/briefing-text';
import { createCitationState } from '~/lib/briefing/citation-state';
import { numberSources } from '~/lib/briefing/citations';
import type { PageContext } from '~/model/page-context';
import { renderWithContext, testContext, testSource } from '../support/page-context';
import { spokenText, text } from './trade-fixture';

const sources = new Map([testSource('oped'), testSource('customs')]);

/**
 * A page whose text cites the customs data first, then checks a claim from the op-ed: the op-ed is [2]. Its
 * citations are counted as it renders, as in the component catalogue.
 */
function briefingContext(): PageContext {
  const numbered = numberSources(['oped', 'customs'], ['customs', 'oped']);
  return testContext({ sources }, { citations: { numbered, state: createCitationState(numbered) } });
}

const props = {
  claim: 'Trade with Germany collapsed after 2022.',
  by: 'An op-ed in Die Zeit',
  source: 'oped',
  verdict: 'contradicted',
};
const render = (patch: Record<string, unknown> = {}, context = briefingContext()) =>
  renderWithContext(ClaimCheck, context, {
    props: { ...props, ...patch },
    slots: { default: '<p>Germany’s own figures show trade <strong>doubled</strong>.</p>' },
  });

describe('ClaimCheck', () => {
  it('quotes the claim and says who made it, with a numbered citation of where', async () => {
    const doc = await render();
    const aside = doc.querySelector('aside')!;
    // The landmark's name says which claim, so two checks on one page are told apart.
    expect(text(doc.getElementById(aside.getAttribute('aria-labelledby')!))).toBe(
      'Claim check: “Trade with Germany collapsed after 2022.”',
    );
    expect(text(aside.querySelector('blockquote'))).toBe('“Trade with Germany collapsed after 2022.”');
    const by = aside.querySelector('blockquote + p')!;
    expect(text(by)).toBe('An op-ed in Die Zeit[2]');
    const cite = by.querySelector('a')!;
    expect([cite.getAttribute('href'), cite.getAttribute('aria-label'), cite.id]).toEqual([
      '#source-oped',
      'Source 2',
      'cite-oped-1',
    ]);
  });

  it.each([
    ['confirmed', 'Verdict: Confirmed'],
    ['partly-true', 'Verdict: Partly true'],
    ['contradicted', 'Verdict: Contradicted'],
    ['unverified', 'Verdict: Unverified'],
  ])('gives the %s verdict in words, the mark hidden from screen readers', async (verdict, spoken) => {
    const doc = await render({ verdict });
    const paragraph = [...doc.querySelectorAll('aside p')].find((p) => p.textContent?.includes('Verdict:'))!;
    expect(spokenText(paragraph)).toBe(spoken);
    expect(paragraph.querySelector('.sr-only')?.textContent).toBe('Verdict: ');
  });

  it('shows the mark beside the words, not instead of them', async () => {
    const doc = await render({ verdict: 'contradicted' });
    const badge = doc.querySelector('aside p .sr-only + span')!;
    expect(badge.querySelector('[aria-hidden="true"]')?.textContent).toBe('✗');
    expect(text(badge)).toBe('✗Contradicted');
  });

  it('puts the slot content as the evidence', async () => {
    const doc = await render();
    const evidence = doc.querySelector('aside .claim-evidence')!;
    expect(text(evidence)).toBe('Germany’s own figures show trade doubled.');
    expect(evidence.querySelector('strong')?.textContent).toBe('doubled');
  });

  it('throws on an unknown verdict, naming the allowed ones', async () => {
    await expect(render({ verdict: 'false' })).rejects.toThrow(
      '<ClaimCheck verdict="false">: verdict must be one of confirmed, partly-true, contradicted, unverified',
    );
  });

  it('in a briefing, shows the marker the compile step drew for it, counted in reading order', async () => {
    const mdx = 'Trade rose.<Cite id="oped" />\n\n<ClaimCheck claim="…" by="…" source="oped" verdict="contradicted" />';
    const uses = [
      { name: 'Cite' as const, id: 'oped', line: 1, column: 12 },
      { name: 'ClaimCheck' as const, id: 'oped', line: 3, column: 1 },
    ];
    const { sources: numbered, markers } = planCitations(mdx, uses, ['oped']);
    const context = testContext({ sources }, { citations: { numbered } });
    const cite = (await render({ marker: markers[1] }, context)).querySelector('blockquote + p a')!;
    expect([cite.textContent, cite.getAttribute('href'), cite.id]).toEqual(['[1]', '#source-oped', 'cite-oped-2']);
  });

  it('throws when the claim’s source is not among the briefing’s sources', async () => {
    await expect(render({ source: 'reuters' })).rejects.toThrow(
      '<Cite id="reuters" /> is not among this page\'s sources',
    );
  });
});
