/** A use of an MDX component found in a body, with the 1-based line and column it starts at. */
export interface ComponentUse {
  id: string;
  line: number;
  column: number;
}

/** One opening tag of a component, with its attributes as written (`year={2022}` gives `year: '2022'`). */
export interface ComponentTag {
  line: number;
  column: number;
  attributes: Record<string, string>;
}

/** The body with fenced code blocks blanked out (same length, line breaks kept), so examples are not counted. */
function withoutCodeFences(body: string): string {
  return body.replace(/^[ \t]*(```|~~~)[^\n]*\n[\s\S]*?^[ \t]*\1[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ' '));
}

/**
 * Finds every opening `<Name …>` tag in an MDX body, in reading order, including tags written over several lines,
 * with their attributes: quoted strings, or simple `{…}` expressions taken as written (quotes and brackets
 * stripped from a one-item array such as `{["DE"]}` are kept as written).
 */
export function findComponentTags(body: string, component: string): ComponentTag[] {
  const text = withoutCodeFences(body);
  const tag = new RegExp(`<${component}(?=[\\s/>])((?:[^>"'{}]|"[^"]*"|'[^']*'|\\{[^{}]*\\})*)>`, 'g');
  return [...text.matchAll(tag)].map((match) => {
    const before = text.slice(0, match.index);
    const attributes: Record<string, string> = {};
    for (const [, name = '', double, single, braced] of (match[1] ?? '').matchAll(
      /([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^{}]*)\})/g,
    )) {
      attributes[name] = (double ?? single ?? braced ?? '').trim();
    }
    return { line: before.split('\n').length, column: match.index - before.lastIndexOf('\n'), attributes };
  });
}

/** Every `<Name attribute="…">` in an MDX body, in reading order (tags without the attribute are skipped). */
export function findComponentIds(body: string, component: string, attribute = 'id'): ComponentUse[] {
  return findComponentTags(body, component)
    .flatMap((tag) => {
      const id = tag.attributes[attribute];
      return id === undefined ? [] : [{ id, line: tag.line, column: tag.column }];
    });
}

/** Every citation of a source in reading order: `<Cite id>` and the claim source of each `<ClaimCheck source>`. */
export function findCitations(body: string): ComponentUse[] {
  return [...findComponentIds(body, 'Cite'), ...findComponentIds(body, 'ClaimCheck', 'source')].sort(
    (a, b) => a.line - b.line || a.column - b.column,
  );
}
