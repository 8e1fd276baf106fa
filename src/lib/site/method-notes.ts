/**
 * Research notes carry remarks about method ("Medium confidence.", "Title described, not quoted.") beside what a
 * reader needs to know about a figure. Charts and the timeline show only the latter; the method is explained once,
 * on the About page, and the full notes stay in the downloads and the source lists.
 */

/** A sentence that is only about method: a confidence grade, or how a source's title was recorded. */
const METHOD_REMARK = /\bconfidence\b|^title described\b/i;

/** Sentence boundaries: a full stop (or ! ?), perhaps a closing quote or bracket, a space, then a capital. */
const SENTENCE_BREAK = /(?<=[.!?]["”’)]?)\s+(?=[A-Z"“‘(])/u;

/** A note without its method remarks, or undefined when nothing else is left. */
export function withoutMethodRemarks(note: string | undefined): string | undefined {
  if (note === undefined) return undefined;
  const kept = note
    .trim()
    .split(SENTENCE_BREAK)
    .filter((sentence) => !METHOD_REMARK.test(sentence));
  const text = kept.join(' ').trim();
  return text === '' ? undefined : text;
}
