/** Words a typical adult reads per minute in an explanatory article. */
export const WORDS_PER_MINUTE = 220;

/** Strips MDX markup that readers never see: imports, exports, JSX tags, code fences, link targets and emphasis. */
export function visibleText(mdx: string): string {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^(?:import|export)\s.*$/gm, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_>`|-]+/g, ' ');
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Besides letters and digits, what a word may hold after its first character: "don't", "3.5", "€31bn", "op-ed". */
const WORD_INNER = "'’.,%$€-";

/** Is this character (one UTF-16 unit, or a surrogate pair) a letter or a digit? ASCII is decided without a regex. */
function isLetterOrDigit(code: number, char: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return LETTER_OR_DIGIT.test(char);
}

/**
 * Counts the words a reader sees in an MDX body: runs that start with a letter or digit and go on through letters,
 * digits and {@link WORD_INNER}. A loop over the text rather than a Unicode regular expression's list of matches,
 * which was most of the cost of a briefing's compile step.
 */
export function countWords(mdx: string): number {
  const text = visibleText(mdx);
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A character outside the Basic Multilingual Plane is two units; judge it whole, as a `u` regex would.
    const wide = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const char = code < 128 ? '' : wide ? text.slice(i, i + 2) : text.charAt(i);
    if (wide) i++;
    if (isLetterOrDigit(code, char)) {
      if (!inWord) words++;
      inWord = true;
    } else if (inWord) inWord = WORD_INNER.includes(code < 128 ? text.charAt(i) : char);
  }
  return words;
}

/** Whole minutes to read an MDX body, never less than one. */
export function readingMinutes(mdx: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return minutesToRead(countWords(mdx), wordsPerMinute);
}

/** Whole minutes to read a number of words, never less than one. */
export function minutesToRead(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}
