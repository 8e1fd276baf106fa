/** A use of an MDX component found in a body, with the 1-based line and column it starts at. */
export interface ComponentUse {
  id: string;
  line: number;
  column: number;
}

/**
 * Finds every `<Name attribute="…">` (or `attribute='…'`) in an MDX body, in reading order. Lets the build check
 * ids and number citations before the page renders. Code fences are skipped, so documentation examples are not
 * counted.
 */
export function findComponentIds(body: string, component: string, attribute = 'id'): ComponentUse[] {
  const uses: ComponentUse[] = [];
  const pattern = new RegExp(`<${component}\\b[^>]*?\\b${attribute}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g');
  let inFence = false;
  body.split('\n').forEach((lineText, index) => {
    if (/^\s*(```|~~~)/.test(lineText)) inFence = !inFence;
    if (inFence) return;
    for (const match of lineText.matchAll(pattern)) {
      uses.push({ id: (match[1] ?? match[2] ?? '').trim(), line: index + 1, column: (match.index ?? 0) + 1 });
    }
  });
  return uses;
}

/** Every citation of a source in reading order: `<Cite id>` and the claim source of each `<ClaimCheck source>`. */
export function findCitations(body: string): ComponentUse[] {
  return [...findComponentIds(body, 'Cite'), ...findComponentIds(body, 'ClaimCheck', 'source')].sort(
    (a, b) => a.line - b.line || a.column - b.column,
  );
}
