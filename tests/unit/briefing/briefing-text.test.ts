/** The briefing compile step: citations become the HTML readers get, and the page learns what it needs once. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import {
  briefingTextPlugin,
  COMPILED_KEY,
  planCitations,
  readCompiledBriefing,
  type CitationUse,
  type CompiledBriefing,
} from '~/lib/briefing/briefing-text';
import { citationMarkerHtml } from '~/lib/briefing/citation-markup';
import { createCitationState, nextCitation } from '~/lib/briefing/citation-state';
import { citationRuns, numberSources } from '~/lib/briefing/citations';
import { countWords } from '~/lib/briefing/reading-time';
import { citedSources, componentUses } from '~/lib/content/mdx';
import { ROOT } from '../../../tools/lib/paths';

const FOLDER = new URL('file:///site/content/briefings/');

/**
 * Compiles MDX as Astro does for a file in `folder` (with MDX's `optimize`, as astro.config.mjs sets it: static
 * HTML is written as strings), and returns the code and the frontmatter the step wrote.
 */
function compile(body: string, sources: string[], file = new URL('a.mdx', FOLDER)) {
  const astro = {
    frontmatter: { title: 'A briefing', sources } as Record<string, unknown>,
    headings: [],
    localImagePaths: new Set<string>(),
    remoteImagePaths: new Set<string>(),
  };
  const { code } = mdxToJs(body, {
    hastPlugins: [briefingTextPlugin(FOLDER)],
    optimizeStatic: { component: 'Fragment', prop: 'set:html' },
    fileURL: file,
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
    data: { astro },
  }) as { code: string };
  return {
    code,
    frontmatter: astro.frontmatter,
    compiled: astro.frontmatter[COMPILED_KEY] as CompiledBriefing | undefined,
  };
}

/** The citation markers in the HTML the compiled code writes out, in order. */
const markersIn = (code: string) =>
  [...code.matchAll(/"set:html": ("(?:[^"\\]|\\.)*")/g)].flatMap(
    (m) => (JSON.parse(m[1]!) as string).match(/<sup class="cite[^]*?<\/sup>/g) ?? [],
  );

describe('planCitations', () => {
  const uses = (text: string): CitationUse[] =>
    componentUses(text).flatMap((use): CitationUse[] => {
      const id = use.name === 'Cite' ? use.props['id'] : use.name === 'ClaimCheck' ? use.props['source'] : undefined;
      if (typeof id !== 'string' || (use.name !== 'Cite' && use.name !== 'ClaimCheck')) return [];
      return [{ name: use.name, id, line: use.line, column: use.column }];
    });

  it.each([
    ['one citation', 'A.<Cite id="a" />', ['[1]']],
    [
      'a run of three, drawn whole by its first <Cite>',
      'A.<Cite id="c" /><Cite id="a" /> <Cite id="b" />',
      ['[1–3]', '', ''],
    ],
    ['a run across one line break', 'A.<Cite id="a" />\n<Cite id="b" />', ['[1,\u202f2]', '']],
    ['two runs, split by words', 'A.<Cite id="a" /> and <Cite id="b" />', ['[1]', '[2]']],
  ])('%s', (_label, text, shown) => {
    const { markers } = planCitations(text, uses(text), ['a', 'b', 'c']);
    expect(markers.map((html) => html.replace(/<[^>]*>/g, ''))).toEqual(shown);
  });

  it('gives a <ClaimCheck> the marker for its own source, counted where it stands in the text', () => {
    const text =
      'A.<Cite id="a" />\n\n<ClaimCheck source="a" verdict="confirmed">\n\nB.<Cite id="a" />\n\n</ClaimCheck>\n';
    const { markers } = planCitations(text, uses(text), ['a']);
    expect(markers.map((html) => /id="([^"]+)"/.exec(html)?.[1])).toEqual(['cite-a-1', 'cite-a-2', 'cite-a-3']);
  });

  it('draws exactly what the <Cite> components drew on every real briefing', () => {
    const folder = join(ROOT, 'content/briefings');
    const files = readdirSync(folder).filter((name) => name.endsWith('.mdx') && !name.startsWith('_'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const source = readFileSync(join(folder, name), 'utf8');
      const listed = (load(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') as { sources: string[] }).sources;
      // As the page drew them before: each <Cite> and <ClaimCheck> taking its group from a count kept at render time.
      const found = componentUses(source);
      const numbered = numberSources(listed, citedSources(found));
      const state = createCitationState(numbered, citationRuns(source, found));
      const before = uses(source).map((use) => citationMarkerHtml(nextCitation(state, use.id)));
      const plan = planCitations(source, uses(source), listed);
      expect(plan.sources, name).toEqual(numbered);
      expect(plan.markers, name).toEqual(before);
    }
  });
});

describe('briefingTextPlugin', () => {
  const body = [
    '<KeyPoints>\n\n- One point.<Cite id="b" /><Cite id="a" />\n\n</KeyPoints>',
    'Some words here.<Cite id="a" />',
    '<ClaimCheck claim="x" by="y" source="b" verdict="confirmed">\n\nEvidence.<Cite id={"a"} />\n\n</ClaimCheck>',
  ].join('\n\n');

  it('writes each run of citations as one piece of HTML and leaves no <Cite> to render', () => {
    const { code } = compile(body, ['a', 'b']);
    expect(code).not.toMatch(/\bCite\b/);
    expect(markersIn(code)).toEqual([
      '<sup class="cite not-prose"><a id="cite-b-1" href="#source-b" class="cite-link" aria-label="Source 1">[1,\u202f</a><a id="cite-a-1" href="#source-a" class="cite-link" aria-label="Source 2">2]</a></sup>',
      '<sup class="cite not-prose"><a id="cite-a-2" href="#source-a" class="cite-link" aria-label="Source 2">[2]</a></sup>',
      '<sup class="cite not-prose"><a id="cite-a-3" href="#source-a" class="cite-link" aria-label="Source 2">[2]</a></sup>',
    ]);
  });

  it('hands a <ClaimCheck> its own marker', () => {
    const { code } = compile(body, ['a', 'b']);
    const marker = /marker: ("(?:[^"\\]|\\.)*")/.exec(code)?.[1];
    expect(JSON.parse(marker ?? '""')).toContain('id="cite-b-2"');
  });

  it('records the numbered sources, the words and the key points for the page', () => {
    const { compiled } = compile(body, ['a', 'b', 'c']);
    expect(compiled).toEqual({
      sources: [
        { id: 'b', number: 1, citedTimes: 2 },
        { id: 'a', number: 2, citedTimes: 3 },
        { id: 'c', number: 3, citedTimes: 0 },
      ],
      words: countWords(body),
      keyPoints: true,
    });
    expect(compile('Words.<Cite id="a" />', ['a']).compiled?.keyPoints).toBe(false);
  });

  it('leaves only its record in the compiled module’s frontmatter: pages read the fields from the collection', () => {
    expect(Object.keys(compile(body, ['a', 'b']).frontmatter)).toEqual([COMPILED_KEY]);
  });

  it('leaves files outside the briefings’ folder as they are', () => {
    const { code, compiled, frontmatter } = compile(
      body,
      ['a', 'b'],
      new URL('file:///site/src/components/catalogue/Cite.mdx'),
    );
    expect(code).toMatch(/\bCite\b/);
    expect(compiled).toBeUndefined();
    expect(frontmatter).toEqual({ title: 'A briefing', sources: ['a', 'b'] });
  });

  it('leaves a citation whose id is not text to its component, which names the mistake', () => {
    expect(compile('A.<Cite id={3} />', ['a']).code).toMatch(/_jsx\(Cite, \{\s*id: 3/);
  });
});

describe('readCompiledBriefing', () => {
  it('returns the record the step wrote', () => {
    const compiled = { sources: [{ id: 'a', number: 1, citedTimes: 1 }], words: 120, keyPoints: true };
    expect(readCompiledBriefing({ [COMPILED_KEY]: compiled }, 'x')).toEqual(compiled);
  });

  it('names the briefing and the fix when the step did not run', () => {
    expect(() => readCompiledBriefing({}, 'oil-for-germany')).toThrow(
      /The briefing 'oil-for-germany' was compiled without the briefing compile step: add briefingTextPlugin\(\)/,
    );
  });
});
