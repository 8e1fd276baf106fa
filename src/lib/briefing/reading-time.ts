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

/** Counts the words a reader sees in an MDX body. */
export function countWords(mdx: string): number {
  return visibleText(mdx).match(/[\p{L}\p{N}][\p{L}\p{N}'’.,%$€-]*/gu)?.length ?? 0;
}

/** Whole minutes to read an MDX body, never less than one. */
export function readingMinutes(mdx: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return minutesToRead(countWords(mdx), wordsPerMinute);
}

/** Whole minutes to read a number of words, never less than one. */
export function minutesToRead(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}
