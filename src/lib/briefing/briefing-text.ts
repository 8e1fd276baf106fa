/**
 * The briefing compile step: one pass over each briefing's text while the MDX compiler builds it (a Sätteri hast
 * plugin, Sätteri's counterpart of a rehype plugin; astro.config.mjs adds it to the Markdown pipeline). It
 *
 * - writes every `<Cite>` as plain HTML: the first `<Cite>` of a run of adjacent ones draws the run's whole marker
 *   group, the others nothing, exactly as Cite.astro draws them (both use ./citation-markup.ts). The markers are
 *   raw HTML in the tree, which MDX's `optimize` (on in astro.config.mjs) writes out with the static text around
 *   them as one string per paragraph; without `optimize` MDX cannot compile raw HTML and says so;
 * - hands each `<ClaimCheck>` the marker of its own citation (its `marker` prop), numbered in reading order;
 * - records what the page needs to know about the text in the module's frontmatter, which Astro's `render()`
 *   returns as `remarkPluginFrontmatter`: the numbered sources, the word count and whether it has key points.
 *
 * So a page renders a few strings where it rendered ~150 components, and never parses its text again: each body
 * is read once per build by the compiler (and once more, before the build, by the content check).
 */
import type { HastPluginDefinition, HastPluginEntry, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'satteri';
import { parseLiteral } from '../content/literal';
import { citationMarkerHtml } from './citation-markup';
import { createCitationState, nextCitation } from './citation-state';
import { citationRuns, numberSources, type NumberedSource } from './citations';
import { countWords } from './reading-time';

/** What the compile step learned about a briefing's text. */
export interface CompiledBriefing {
  /** The sources, numbered in the order the text first cites them, with how often each is cited. */
  sources: NumberedSource[];
  /** Words a reader sees, for the reading time. */
  words: number;
  /** The text opens with `<KeyPoints>` (which then draws the contents list after itself). */
  keyPoints: boolean;
}

/** The frontmatter key the compile step writes to. */
export const COMPILED_KEY = 'compiledBriefing';

/** A citation in the text: a `<Cite id>`, or the source of a `<ClaimCheck>`, where its tag starts (1-based). */
export interface CitationUse {
  name: 'Cite' | 'ClaimCheck';
  id: string;
  line: number;
  column: number;
}

/**
 * Numbers a text's sources and works out what each citation draws, in reading order: a `<Cite>` its marker
 * group's HTML (empty for all but the first of a run), a `<ClaimCheck>` the marker for its own source. `text` is
 * the source the positions count in.
 */
export function planCitations(
  text: string,
  uses: readonly CitationUse[],
  listed: readonly string[],
): { sources: NumberedSource[]; markers: string[] } {
  const sources = numberSources(
    listed,
    uses.map((use) => use.id),
  );
  const placed = uses.map(({ name, id, line, column }) => ({
    name,
    line,
    column,
    props: name === 'Cite' ? { id } : { source: id },
  }));
  const state = createCitationState(sources, citationRuns(text, placed));
  return { sources, markers: uses.map((use) => citationMarkerHtml(nextCitation(state, use.id))) };
}

/** Checks what `render()` handed back as the compile step's record, naming the briefing when it is missing. */
export function readCompiledBriefing(
  frontmatter: Readonly<Record<string, unknown>>,
  briefing: string,
): CompiledBriefing {
  const compiled = frontmatter[COMPILED_KEY] as Partial<CompiledBriefing> | undefined;
  if (!compiled || !Array.isArray(compiled.sources) || typeof compiled.words !== 'number') {
    throw new Error(
      `The briefing '${briefing}' was compiled without the briefing compile step: add briefingTextPlugin() to the ` +
        'Markdown processor in astro.config.mjs (see src/lib/briefing/briefing-text.ts).',
    );
  }
  return { sources: compiled.sources, words: compiled.words, keyPoints: compiled.keyPoints === true };
}

type JsxNode = MdxJsxTextElementHast | MdxJsxFlowElementHast;

/** A prop's value as written, when it is text: `id="x"` or `id={"x"}`. */
function textProp(node: JsxNode, name: string): string | undefined {
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name !== name) continue;
    const value = attribute.value;
    if (typeof value === 'string') return value;
    if (value && typeof value === 'object') {
      const literal = parseLiteral(String(value.value));
      return literal.ok && typeof literal.value === 'string' ? literal.value : undefined;
    }
    return undefined;
  }
  return undefined;
}

/** The pass over one briefing: collects its citations as the tree is walked, then rewrites them all at once. */
function briefingPass(): HastPluginDefinition {
  const found: { node: JsxNode; use: CitationUse }[] = [];
  let keyPoints = false;
  const collect = (node: Readonly<JsxNode>) => {
    if (node.name === 'KeyPoints') {
      keyPoints = true;
      return;
    }
    const name = node.name === 'Cite' ? 'Cite' : 'ClaimCheck';
    const id = textProp(node, name === 'Cite' ? 'id' : 'source');
    const start = node.position?.start;
    // A citation without a text id is left to its component, which names the mistake (the content check does first).
    if (id === undefined || !start) return;
    found.push({ node, use: { name, id, line: start.line, column: start.column } });
  };
  const filter = ['Cite', 'ClaimCheck', 'KeyPoints'];
  return {
    name: 'briefing-text',
    options: { position: true },
    mdxJsxTextElement: { filter, visit: collect },
    mdxJsxFlowElement: { filter, visit: collect },
    after(_root, ctx) {
      const astro = (ctx.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
      const listed = astro?.frontmatter?.['sources'];
      const { sources, markers } = planCitations(
        ctx.source,
        found.map((f) => f.use),
        Array.isArray(listed) ? listed.map(String) : [],
      );
      found.forEach(({ node, use }, i) => {
        const html = markers[i] ?? '';
        if (use.name === 'ClaimCheck') ctx.setProperty(node, 'marker', html);
        else if (html === '') ctx.removeNode(node);
        else ctx.replaceNode(node, { type: 'raw', value: html });
      });
      const compiled: CompiledBriefing = { sources, words: countWords(ctx.source), keyPoints };
      // The module's frontmatter carries only this record: pages read a briefing's fields from its collection
      // entry, so a copy of them (its sources, events, change notes) in every compiled module would only make a
      // thousand modules larger to bundle, hold and load.
      if (astro) astro.frontmatter = { [COMPILED_KEY]: compiled };
    },
  };
}

/**
 * The compile step for the MDX files in `folder` (the briefings' folder, as a file URL ending in `/`); other files
 * compile as they are.
 */
export function briefingTextPlugin(folder: URL): HastPluginEntry {
  return (file) =>
    file.sourceFormat === 'mdx' && file.fileURL?.href.startsWith(folder.href) === true ? briefingPass() : null;
}
