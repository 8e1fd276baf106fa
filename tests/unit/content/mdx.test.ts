/** The MDX reader: components and their props from the syntax tree, with real positions, and the safety rules. */
import { describe, expect, it } from 'vitest';
import { citedSources, componentUses, PROSE_ELEMENTS, readMdx, type MdxRules } from '~/lib/content/mdx';

const rules: MdxRules = {
  components: {
    Cite: { props: ['id'] },
    EventRef: { props: ['id'] },
    ClaimCheck: { props: ['claim', 'by', 'source', 'verdict'] },
    TradePanel: { props: ['year', 'flow', 'highlight', 'switches'] },
  },
  elements: PROSE_ELEMENTS,
};
const front = '---\ntitle: "x"\n---\n\n';
const problemsIn = (body: string) => readMdx(front + body, rules).problems.map((p) => `${p.line}:${p.column} ${p.message}`);

describe('components from the syntax tree', () => {
  it('finds uses in reading order, with lines counted from the top of the file, frontmatter included', () => {
    const uses = componentUses(`${front}One.<Cite id="a" /> Two.<Cite id='b'/>\n\nThree <Cite  id="a"/>\n\n<EventRef id="e1">x</EventRef>`);
    expect(uses.map((u) => [u.name, u.props['id'], u.line, u.column])).toEqual([
      ['Cite', 'a', 5, 5],
      ['Cite', 'b', 5, 25],
      ['Cite', 'a', 7, 7],
      ['EventRef', 'e1', 9, 1],
    ]);
  });

  it('never reads code spans, code blocks or comments as components', () => {
    const body = 'Write `<Cite id="code" />` like this.\n\n```mdx\n<Cite id="block" />\n```\n\n{/* <Cite id="comment" /> */}\n\n<Cite id="real" />';
    expect(citedSources(componentUses(front + body))).toEqual(['real']);
    expect(readMdx(front + body, rules).problems).toEqual([]);
  });

  it('reads literal prop values, across lines, and counts a claim check’s source as a citation in reading order', () => {
    const body =
      'Intro.<Cite id="a" />\n\n<ClaimCheck\n  claim="x"\n  by="y"\n  source="oped"\n  verdict="contradicted"\n>\n\nEvidence.<Cite id={"b"} />\n\n</ClaimCheck>\n\n<TradePanel year={2022} highlight={["DE", "IT"]} switches />';
    const uses = componentUses(front + body);
    expect(citedSources(uses)).toEqual(['a', 'oped', 'b']);
    expect(uses.find((u) => u.name === 'ClaimCheck')).toMatchObject({ line: 7, column: 1 });
    expect(uses.find((u) => u.name === 'TradePanel')?.props).toEqual({ year: 2022, highlight: ['DE', 'IT'], switches: true });
  });
});

describe('safe MDX', () => {
  it('accepts Markdown, the components and the prose elements the briefings use', () => {
    const body =
      '## A section\n\nText with <abbr title="Caspian Pipeline Consortium">CPC</abbr>, <q>a phrase</q>, <em>stress</em>, [a link](https://example.org) and a <Cite id="a" />.\n\n### A subsection\n\n- a list\n\n{/* a note for editors */}';
    expect(problemsIn(body)).toEqual([]);
  });

  it.each([
    ['a script', '<script>alert(1)</script>', '5:1 <script> is not allowed: scripts are not allowed'],
    ['a style', '<style>{"p{}"}</style>', '5:1 <style> is not allowed: styles are not allowed'],
    ['an iframe', '<iframe src="https://x.org" />', '5:1 <iframe> is not allowed: embedded pages'],
    ['an object', '<object data="x.swf" />', '5:1 <object> is not allowed'],
    ['an embed', '<embed src="x" />', '5:1 <embed> is not allowed'],
    ['a form', '<form><input /></form>', '5:1 <form> is not allowed'],
    ['an event handler', 'A <abbr onClick="x()">CPC</abbr>.', '5:3 <abbr onClick>: event handlers run scripts'],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>', '5:1 <a href="javascript:alert(1)…">: script and data addresses are not allowed'],
    ['a data: link', '<a href="data:text/html,x">x</a>', '5:1 <a href="data:text/html,x…">: script and data addresses'],
    ['an import', "import X from './x'", '5:1 import and export are not allowed'],
    ['an export', 'export const x = 1', '5:1 import and export are not allowed'],
    ['code in braces', 'Home is {process.env.HOME}.', '5:9 {process.env.HOME} would run as code'],
    ['code in a prop', '<Cite id={`${x}`} />', '5:1 <Cite id={`${x}`}>: only plain values may go in {…}'],
    ['a spread', '<Cite {...props} />', '5:1 <Cite>: {…} spread into a tag would run as code'],
    ['an unknown component', '<Cit id="a" />', '5:1 <Cit> is not a site component; did you mean <Cite>?'],
    ['an unknown prop', '<TradePanel yaer={2023} />', '5:1 <TradePanel> has no prop yaer; did you mean year?'],
    ['an unknown element', '<marquee>x</marquee>', '5:1 <marquee> is not allowed'],
    ['an image without alt', '![](/images/x.png)', '5:1 this image has no alt text'],
    ['a heading that skips a level', '## Two\n\n#### Four', '7:1 this heading jumps from level 2 to 4; use ### here'],
    ['a second headline', '# Headline', '5:1 a # heading repeats the headline'],
    ['a fragment', '<>text</>', '5:1 fragments (<>…</>) are not needed in content'],
    ['a data: quotation source', '<q cite="data:text/html,x">x</q>', '5:1 <q cite="data:text/html,x…">: script and data addresses'],
    ['a stray brace MDX cannot read', 'A { without its pair', 'MDX cannot read this'],
  ])('refuses %s, naming the line and column', (_label, body, expected) => {
    const problems = problemsIn(body);
    expect(problems.length, problems.join('\n')).toBeGreaterThan(0);
    expect(problems[0]).toContain(expected);
  });

  it('allows an empty alt only for a decorative image that says so', () => {
    expect(problemsIn('![](/images/rule.svg "decorative: a divider")')).toEqual([]);
  });

  it('collects links and images with their places, for the content check to resolve', () => {
    const doc = readMdx(`${front}See [the timeline](/timeline/#spief) and ![A map](/images/map.png).`, rules);
    expect(doc.addresses).toEqual([
      { url: '/timeline/#spief', kind: 'link', line: 5, column: 5 },
      { url: '/images/map.png', kind: 'image', line: 5, column: 42 },
    ]);
  });

  it('counts top-level paragraphs and heading ids as Astro writes them', () => {
    const doc = readMdx(`${front}## Why the numbers differ\n\nOne.\n\nTwo.\n\n<ClaimCheck claim="x" by="y" source="a" verdict="confirmed">\n\nInside.\n\n</ClaimCheck>`, rules);
    expect(doc.paragraphs).toBe(2);
    expect(doc.headingIds).toEqual(['why-the-numbers-differ']);
  });
});
