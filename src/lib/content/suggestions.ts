/** "Did you mean" hints for mistyped ids and names. */

/** Edit distance between two short ids, for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  // One row of the classic table, as a typed array: every index read is inside it, so no undefined checks.
  const row = Uint32Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

/** The known id a mistyped or shortened one most likely meant, if any is close enough. */
export function suggestId(wrong: string, known: Iterable<string>): string | undefined {
  const ids = [...known];
  // A shortened id ("trade-mission-closure" for "trade-mission-closure-decree") is the commonest slip.
  const extended = ids.filter((id) => wrong.length >= 6 && id.startsWith(wrong)).sort((a, b) => a.length - b.length);
  if (extended[0]) return extended[0];
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const id of ids) {
    const d = editDistance(wrong, id);
    if (d < bestDistance) [best, bestDistance] = [id, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(wrong.length / 4)) ? best : undefined;
}

/** "'x' is not a known source id (expected content/sources/x.yaml); did you mean 'y'?" */
export function unknownIdMessage(kind: string, id: string, expected: string, known: Iterable<string>): string {
  const hint = suggestId(id, known);
  return `'${id}' is not a known ${kind} id (expected ${expected})${hint ? `; did you mean '${hint}'?` : ''}`;
}
