/**
 * One shape for every content mistake (frontmatter, YAML, CSV, MDX), and one way of printing them, so an editor
 * reads the same kind of message whichever file they got wrong.
 */

export interface ContentProblem {
  /** Path from the project root, e.g. `content/briefings/foo.mdx`. */
  file: string;
  /** 1-based line in the file, when the mistake has one. */
  line?: number;
  /** The 1-based character column, or the CSV column's name. */
  column?: number | string;
  /** The frontmatter or YAML field, e.g. `sources[2]`. */
  field?: string;
  /** What is wrong and what to write instead, in editors' words. */
  message: string;
}

/** `file:line:column` (or `file:line` and the CSV column's name), as editors' tools and terminals link it. */
export function problemAddress(problem: ContentProblem): string {
  const line = problem.line === undefined ? '' : `:${problem.line}`;
  const column = typeof problem.column === 'number' && problem.line !== undefined ? `:${problem.column}` : '';
  return `${problem.file}${line}${column}`;
}

/**
 * The report `npm run check:content` and the build print: every problem once, grouped by file, as
 * `file:line:column  what is wrong`, with a count at the end.
 */
export function formatReport(problems: readonly ContentProblem[], notices: readonly ContentProblem[] = []): string {
  const byPlace = (a: ContentProblem, b: ContentProblem) =>
    a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || Number(a.column ?? 0) - Number(b.column ?? 0);
  const line = (p: ContentProblem, mark = '') => {
    const field = p.field && !p.message.startsWith(`${p.field}:`) ? `${p.field}: ` : '';
    const column = typeof p.column === 'string' ? `column ${p.column}: ` : '';
    return `  ${problemAddress(p)}  ${mark}${column}${field}${p.message}`;
  };
  const out: string[] = [];
  let file = '';
  for (const p of [...problems].sort(byPlace)) {
    if (p.file !== file) out.push(`${out.length ? '\n' : ''}${(file = p.file)}`);
    out.push(line(p));
  }
  if (notices.length) {
    out.push(`${out.length ? '\n' : ''}To check (not errors):`);
    for (const p of [...notices].sort(byPlace)) out.push(line(p, 'notice: '));
  }
  const files = new Set(problems.map((p) => p.file)).size;
  const noun = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  out.push(
    problems.length
      ? `\n${noun(problems.length, 'problem')} in ${noun(files, 'file')}. docs/EDITING.md, "When the build says no", explains each kind.`
      : `${out.length ? '\n' : ''}No problems found.`,
  );
  return out.join('\n');
}
