/**
 * Cross-reference checks the schemas cannot do alone (they see one file at a time): every id a file cites must
 * exist. Each problem names the file, the field or line, and what was expected, so an editor can fix it unaided.
 */

export interface ContentProblem {
  /** Path from the project root, e.g. `content/briefings/foo.mdx`. */
  file: string;
  /** The field (`sources[2]`) or place (`line 14`) of the mistake. */
  where: string;
  message: string;
}

export interface BriefingRefs {
  filePath: string;
  sources: readonly string[];
  body: string;
}

/** Ids that exist, by collection. */
export interface KnownIds {
  sources: ReadonlySet<string>;
}

/** Edit distance between two short ids, for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The known id closest to a mistyped one, when it is close enough to be a likely typo. */
export function suggestId(wrong: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const id of known) {
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

/** Checks a briefing's source list and every `<Cite id>` in its body against the sources that exist. */
export function checkBriefingReferences(
  briefing: BriefingRefs,
  known: KnownIds,
  cites: readonly { id: string; line: number }[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const file = briefing.filePath;
  briefing.sources.forEach((id, i) => {
    if (!known.sources.has(id)) {
      problems.push({
        file,
        where: `sources[${i}]`,
        message: unknownIdMessage('source', id, `a file content/sources/${id}.yaml`, known.sources),
      });
    }
  });
  const listed = new Set(briefing.sources);
  for (const { id, line } of cites) {
    if (id === '') {
      problems.push({ file, where: `line ${line}`, message: '<Cite> needs an id: <Cite id="source-id" />' });
    } else if (!known.sources.has(id)) {
      problems.push({
        file,
        where: `line ${line}`,
        message: `<Cite id="${id}" />: ${unknownIdMessage('source', id, `a file content/sources/${id}.yaml`, known.sources)}`,
      });
    } else if (!listed.has(id)) {
      problems.push({
        file,
        where: `line ${line}`,
        message: `<Cite id="${id}" /> cites a source missing from this briefing's frontmatter; add '${id}' to sources`,
      });
    }
  }
  return problems;
}

/** One readable block listing every problem, sorted by file, for the build log. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.where.localeCompare(b.where));
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return [
    `Found ${problems.length} content ${noun}:`,
    ...sorted.map((p) => `  ${p.file} → ${p.where}: ${p.message}`),
  ].join('\n');
}
