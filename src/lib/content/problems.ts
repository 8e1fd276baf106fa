/**
 * One shape for every content mistake (frontmatter, YAML, CSV, MDX), and one way of printing them, so an editor
 * reads the same kind of message whichever file they got wrong.
 */

export interface ContentProblem {
  /** Path from the project root, e.g. `content/briefings/foo.mdx`. */
  file: string;
  /** 1-based line in the file, when the mistake has one. */
  line?: number;
  /** The CSV column the mistake is in. */
  column?: string;
  /** The frontmatter or YAML field, e.g. `sources[2]`. */
  field?: string;
  /** What is wrong and what to write instead, in editors' words. */
  message: string;
}

/** Where in its file a problem is: `sources[2]`, `line 14` or `line 14, column value`. */
export function problemLocation(problem: ContentProblem): string {
  if (problem.field !== undefined) return problem.field;
  const parts = [problem.line !== undefined && `line ${problem.line}`, problem.column !== undefined && `column ${problem.column}`];
  return parts.filter(Boolean).join(', ') || '(whole file)';
}

/** One readable block listing every problem, sorted by file and then by place, for the build log. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const sorted = [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      problemLocation(a).localeCompare(problemLocation(b), 'en', { numeric: true }),
  );
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return [
    `Found ${problems.length} content ${noun}:`,
    ...sorted.map((p) => `  ${p.file} → ${problemLocation(p)}: ${p.message}`),
  ].join('\n');
}
