/** A use of an MDX component found in a body, with the 1-based line and column it starts at. */
export interface ComponentUse {
  id: string;
  line: number;
  column: number;
}

/** The body with fenced code blocks blanked out (same length, line breaks kept), so examples are not counted. */
function withoutCodeFences(body: string): string {
  return body.replace(/^[ \t]*(```|~~~)[^\n]*\n[\s\S]*?^[ \t]*\1[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ' '));
}

/**
 * Finds every `<Name attribute="…">` (or `attribute='…'`) in an MDX body, in reading order, including tags written
 * over several lines. Lets the build check ids and number citations before the page renders.
 */
export function findComponentIds(body: string, component: string, attribute = 'id'): ComponentUse[] {
  const text = withoutCodeFences(body);
  const pattern = new RegExp(`<${component}\\b[^>]*?\\b${attribute}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g');
  return [...text.matchAll(pattern)].map((match) => {
    const before = text.slice(0, match.index);
    const line = before.split('\n').length;
    return { id: (match[1] ?? match[2] ?? '').trim(), line, column: match.index - before.lastIndexOf('\n') };
  });
}

/** Every citation of a source in reading order: `<Cite id>` and the claim source of each `<ClaimCheck source>`. */
export function findCitations(body: string): ComponentUse[] {
  return [...findComponentIds(body, 'Cite'), ...findComponentIds(body, 'ClaimCheck', 'source')].sort(
    (a, b) => a.line - b.line || a.column - b.column,
  );
}
