/**
 * Small typographic repairs the browser cannot make itself. A heading must never break a short compound at its
 * hyphen ("op-" at the end of one line, "ed" on the next): such compounds are kept whole with a no-wrap span, so the
 * text (and what is copied, searched or read aloud) stays the plain hyphen an editor typed.
 */

/** A compound with a part of at most three letters: op-ed, e-mail, X-ray, re-election, co-op. */
const SHORT_COMPOUND = /(?<![\p{L}\p{N}-])(?:\p{L}{1,3}-\p{L}+|\p{L}+-\p{L}{1,3})(?:-\p{L}+)*(?![\p{L}\p{N}-])/gu;

/** The class that keeps a compound on one line. */
export const NOWRAP_CLASS = 'whitespace-nowrap';

/** Plain text split into runs, each marked whether it must stay on one line. */
export function compoundRuns(text: string): { text: string; nowrap: boolean }[] {
  const runs: { text: string; nowrap: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(SHORT_COMPOUND)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), nowrap: false });
    runs.push({ text: match[0], nowrap: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), nowrap: false });
  return runs;
}

/**
 * Rendered HTML with every short compound in its text (never inside a tag or an attribute) wrapped in a no-wrap
 * span. The text itself is unchanged, so ids made from a heading's words stay as they were.
 */
export function keepCompoundsWhole(html: string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part) =>
      part.startsWith('<')
        ? part
        : compoundRuns(part)
            .map((run) => (run.nowrap ? `<span class="${NOWRAP_CLASS}">${run.text}</span>` : run.text))
            .join(''),
    )
    .join('');
}
