/**
 * Markdown's headings (`##`, `###`, `####`) as the MDX content renders them: the same elements with the same ids,
 * but a short compound in their words ("op-ed") never breaks at its hyphen. Not part of the editors' vocabulary:
 * editors write plain Markdown headings.
 */
import H2 from './H2.astro';
import H3 from './H3.astro';
import H4 from './H4.astro';

export const markdownHeadings = { h2: H2, h3: H3, h4: H4 };
