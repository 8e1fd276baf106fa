/**
 * Names this site's subjects are spelled in more than one way (Astana / Nur-Sultan / Астана): a page that uses one
 * spelling is indexed with all of them, so a search for any spelling finds it. The page's visible text never
 * changes; the variants go into the search index only (see src/lib/search/index-plan.ts).
 */

/** One name and every spelling of it, from content/taxonomy/aliases.yaml. */
export interface AliasGroup {
  /** The entry's key in the file, e.g. `astana`. */
  id: string;
  /** Every spelling, as editors wrote them. */
  names: readonly string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern that finds a name as a whole word, in any case: "Astana" in "Astana's", not in "Astanagate"; a
 * hyphenated name ("Nur-Sultan") is one word. Letters and digits of any script count as word characters.
 */
export function namePattern(name: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(name.normalize('NFC'))}(?![\\p{L}\\p{N}])`, 'iu');
}

/** The groups the text names in any of their spellings, in the file's order. */
export function groupsMentioned(text: string, groups: readonly AliasGroup[]): AliasGroup[] {
  const normal = text.normalize('NFC');
  return groups.filter((group) => group.names.some((name) => namePattern(name).test(normal)));
}

/** How each group's sentence in the index begins; the search results look for it (src/lib/search/results.ts). */
export const VARIANTS_LABEL = 'Also spelled:';

/**
 * What the search index adds to a text: every spelling of every name it uses, one group per sentence
 * ("Also spelled: Astana, Nur-Sultan, Астана."), or '' when it names none. The results never show these sentences:
 * a result found only through a variant shows its summary and says which spelling matched.
 */
export function variantsText(text: string, groups: readonly AliasGroup[]): string {
  return groupsMentioned(text, groups)
    .map((group) => `${VARIANTS_LABEL} ${group.names.join(', ')}.`)
    .join(' ');
}
