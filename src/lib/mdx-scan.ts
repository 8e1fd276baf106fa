/** A use of an MDX component found in a body, with the 1-based line it sits on. */
export interface ComponentUse {
  id: string;
  line: number;
}

/**
 * Finds every `<Name id="…">` (or `id='…'`) in an MDX body, in reading order. Lets the build check ids and number
 * citations before the page renders. Code fences are skipped, so documentation examples are not counted.
 */
export function findComponentIds(body: string, component: string): ComponentUse[] {
  const uses: ComponentUse[] = [];
  const pattern = new RegExp(`<${component}\\b[^>]*?\\bid\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g');
  let inFence = false;
  body.split('\n').forEach((lineText, index) => {
    if (/^\s*(```|~~~)/.test(lineText)) inFence = !inFence;
    if (inFence) return;
    for (const match of lineText.matchAll(pattern)) {
      uses.push({ id: (match[1] ?? match[2] ?? '').trim(), line: index + 1 });
    }
  });
  return uses;
}
