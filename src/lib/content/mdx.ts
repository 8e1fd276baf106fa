/**
 * Reads an MDX file as a syntax tree (Sätteri's parser, the one Astro's MDX build uses) and applies the house
 * rules for safe MDX. Positions are the real line and column in the .mdx file, frontmatter included, and code spans,
 * code blocks and comments are never read as components.
 */
import GithubSlugger from 'github-slugger';
import { mdxToMdast } from 'satteri';
import { isCommentOnly, parseLiteral, type Literal } from './literal';
import { suggestId } from './suggestions';

/** Where something starts in the file, 1-based. */
export interface Place {
  line: number;
  column: number;
}

/** A problem found in one MDX file, before it is given its file name. */
export interface MdxProblem extends Place {
  message: string;
}

/** One use of a site component, with its props as written (literal values only). */
export interface ComponentUse extends Place {
  name: string;
  props: Record<string, Literal>;
}

/** A link or image address in the file. */
export interface Address extends Place {
  url: string;
  kind: 'link' | 'image';
}

export interface MdxDocument {
  /** Components in reading order. */
  components: ComponentUse[];
  /** Links and images in reading order. */
  addresses: Address[];
  /** The ids Astro gives the file's headings (`## Why it matters` → `why-it-matters`). */
  headingIds: string[];
  /** Top-level paragraphs of prose. */
  paragraphs: number;
  problems: MdxProblem[];
}

/** What a file may contain besides Markdown. */
export interface MdxRules {
  /** Site components by name, with the props each accepts. */
  components: Readonly<Record<string, { props: readonly string[] }>>;
  /** Plain HTML elements prose may use, with the attributes each may carry. */
  elements: Readonly<Record<string, readonly string[]>>;
}

/** Plain HTML that prose needs, and nothing that runs, embeds or styles. */
export const PROSE_ELEMENTS: MdxRules['elements'] = {
  a: ['href', 'download', 'title', 'lang'],
  abbr: ['title', 'lang'],
  b: ['lang'],
  br: [],
  cite: ['lang'],
  code: [],
  del: [],
  dfn: ['title'],
  em: ['lang'],
  i: ['lang'],
  ins: [],
  kbd: [],
  mark: [],
  q: ['lang', 'cite'],
  s: [],
  small: [],
  strong: ['lang'],
  sub: [],
  sup: [],
  time: ['datetime'],
  blockquote: ['lang', 'cite'],
  p: ['lang'],
  ul: [],
  ol: ['start', 'reversed'],
  li: [],
  dl: [],
  dt: [],
  dd: [],
  details: ['open'],
  summary: [],
  figure: [],
  figcaption: [],
  hr: [],
};

const REFUSED_ELEMENTS: Record<string, string> = {
  script: 'scripts are not allowed in content; interactive pieces are components written by developers',
  style: 'styles are not allowed in content; the site styles every component itself',
  iframe: 'embedded pages are not allowed (they load from other sites); link to the page instead',
  object: 'embedded objects are not allowed; link to the file instead',
  embed: 'embedded objects are not allowed; link to the file instead',
  form: 'forms are not allowed in content',
  img: 'write images as Markdown, ![what the image shows](/images/file.jpg), so the checks can see them',
  video: 'video is not allowed in content yet; link to it instead',
  audio: 'audio is not allowed in content yet; link to it instead',
};

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  alt?: string | null;
  title?: string | null;
  depth?: number;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

const at = (node: Node): Place => ({
  line: node.position?.start.line ?? 1,
  column: node.position?.start.column ?? 1,
});

function textOf(node: Node): string {
  if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/** Parses MDX source (frontmatter included) and applies the rules. A file MDX cannot parse gives one problem. */
export function readMdx(source: string, rules: MdxRules): MdxDocument {
  const doc: MdxDocument = { components: [], addresses: [], headingIds: [], paragraphs: 0, problems: [] };
  let root: Node;
  try {
    root = mdxToMdast(source) as unknown as Node;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const [, line = '1', column = '1'] = /(\d+):(\d+)/.exec(message) ?? [];
    doc.problems.push({
      line: Number(line),
      column: Number(column),
      message: `MDX cannot read this: ${message.replace(/^\d+:\d+(-\d+:\d+)?:?\s*/, '')} (a stray {, } or < in prose must be written \\{, \\} or &lt;)`,
    });
    return doc;
  }
  const slugger = new GithubSlugger();
  const problem = (node: Node, message: string): void => {
    doc.problems.push({ ...at(node), message });
  };
  const knownComponents = Object.keys(rules.components);
  let lastDepth = 1;

  const visit = (node: Node, depth: number): void => {
    switch (node.type) {
      case 'mdxjsEsm':
        problem(node, 'import and export are not allowed: every site component is available without an import');
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isCommentOnly(String(node.value ?? ''))) {
          problem(
            node,
            `{${String(node.value ?? '').trim()}} would run as code when the site is built; to show a brace in the text write \\{ and \\}`,
          );
        }
        return;
      case 'heading': {
        const level = node.depth ?? 2;
        doc.headingIds.push(slugger.slug(textOf(node)));
        if (level === 1) problem(node, 'a # heading repeats the headline; start sections with ## (the layout writes the headline)');
        else if (level > lastDepth + 1) {
          problem(node, `this heading jumps from level ${lastDepth} to ${level}; use ${'#'.repeat(lastDepth + 1)} here`);
        }
        lastDepth = level;
        break;
      }
      case 'paragraph':
        if (depth === 1) doc.paragraphs++;
        break;
      case 'link':
        doc.addresses.push({ ...at(node), url: node.url ?? '', kind: 'link' });
        break;
      case 'image': {
        doc.addresses.push({ ...at(node), url: node.url ?? '', kind: 'image' });
        const decorative = /^decorative\b/i.test(node.title ?? '');
        if (!node.alt?.trim() && !decorative) {
          problem(
            node,
            'this image has no alt text: write what it shows, ![Oil tanks at Schwedt](/images/schwedt.jpg), or for a purely decorative image ![](/images/x.svg "decorative: why")',
          );
        }
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        readElement(node);
        break;
    }
    for (const child of node.children ?? []) visit(child, depth + 1);
  };

  const readElement = (node: Node) => {
    const name = node.name ?? '';
    if (name === '') {
      problem(node, 'fragments (<>…</>) are not needed in content; remove them');
      return;
    }
    const isComponent = /^[A-Z]/.test(name);
    if (isComponent && !Object.hasOwn(rules.components, name)) {
      const hint = suggestId(name, knownComponents);
      const list = knownComponents.map((c) => `<${c}>`).join(', ');
      problem(node, `<${name}> is not a site component${hint ? `; did you mean <${hint}>?` : `; the components are ${list}`}`);
      return;
    }
    if (!isComponent && !Object.hasOwn(rules.elements, name)) {
      const why = REFUSED_ELEMENTS[name] ?? 'content may use Markdown, the site components and simple text elements such as <abbr> and <q>';
      problem(node, `<${name}> is not allowed: ${why}`);
      return;
    }
    const allowed = isComponent ? (rules.components[name]?.props ?? []) : (rules.elements[name] ?? []);
    const props: Record<string, Literal> = {};
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
        problem(node, `<${name}>: {…} spread into a tag would run as code; write each prop as name="value"`);
        continue;
      }
      const attr = attribute.name;
      if (/^on/i.test(attr)) {
        problem(node, `<${name} ${attr}>: event handlers run scripts and are not allowed in content`);
        continue;
      }
      if (!allowed.includes(attr)) {
        const hint = suggestId(attr, allowed);
        const list = allowed.length ? `it takes ${allowed.join(', ')}` : 'it takes none';
        problem(node, `<${name}> has no prop ${attr}${hint ? `; did you mean ${hint}?` : `; ${list}`}`);
        continue;
      }
      const raw = attribute.value;
      if (raw === null || raw === undefined) props[attr] = true;
      else if (typeof raw === 'string') props[attr] = raw;
      else {
        const expression = String((raw as { value?: unknown }).value ?? '');
        const result = parseLiteral(expression);
        if (result.ok) props[attr] = result.value;
        else problem(node, `<${name} ${attr}={${expression}}>: only plain values may go in {…} (text in quotes, numbers, true/false, [lists]); ${result.reason}`);
      }
    }
    for (const key of ['href', 'cite']) {
      const value = props[key];
      if (typeof value === 'string') {
        if (/^\s*(javascript|data|vbscript):/i.test(value)) problem(node, `<${name} ${key}="${value.slice(0, 30)}…">: script and data addresses are not allowed; link to a web page`);
        else doc.addresses.push({ ...at(node), url: value, kind: 'link' });
      }
    }
    if (isComponent) doc.components.push({ ...at(node), name, props });
  };

  visit(root, 0);
  return doc;
}

/**
 * Every use of a site component (a capitalised tag) in reading order, with its literal props, without judging
 * anything: what a page needs to number its citations. Code, comments and invalid values are skipped.
 */
export function componentUses(source: string): ComponentUse[] {
  const uses: ComponentUse[] = [];
  const visit = (node: Node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && /^[A-Z]/.test(node.name ?? '')) {
      const props: Record<string, Literal> = {};
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
        const raw = attribute.value;
        if (raw === null || raw === undefined) props[attribute.name] = true;
        else if (typeof raw === 'string') props[attribute.name] = raw;
        else {
          const result = parseLiteral(String((raw as { value?: unknown }).value ?? ''));
          if (result.ok) props[attribute.name] = result.value;
        }
      }
      uses.push({ ...at(node), name: node.name ?? '', props });
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(mdxToMdast(source, { position: true }) as unknown as Node);
  return uses;
}

/** The sources a body cites, in reading order: each `<Cite id>` and each `<ClaimCheck source>`. */
export function citedSources(uses: readonly ComponentUse[]): string[] {
  return uses.flatMap((use) => {
    const id = use.name === 'Cite' ? use.props['id'] : use.name === 'ClaimCheck' ? use.props['source'] : undefined;
    return typeof id === 'string' ? [id] : [];
  });
}
