/**
 * Who may reuse what, said once: the code under MIT, the site's own text, data and charts under CC BY 4.0, with the
 * exceptions stated. The footer, the About page, every download and the data package all read it from here.
 */

export const CONTENT_LICENCE = {
  /** SPDX identifier, for machines (data package, JSON-LD). */
  id: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  short: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

export const CODE_LICENCE = { id: 'MIT', title: 'MIT License', url: 'https://opensource.org/license/mit' } as const;

/** What the licence does not cover, in one sentence readers and machines both get. */
export const LICENCE_EXCEPTIONS =
  'Quotations, and the opinion article the site starts from, remain their authors’; the linked sources are not ours to license.';

/** The exact credit to give when reusing something from the site: `“Timeline”, Kazakhstan after the invasion, <url>, CC BY 4.0`. */
export function attributionLine(what: string, siteName: string, url: string): string {
  return `“${what}”, ${siteName}, ${url}, ${CONTENT_LICENCE.short}`;
}

/** The licence and credit a download carries, as a JSON field. */
export function licenceMetadata(what: string, siteName: string, url: string) {
  return {
    licence: { id: CONTENT_LICENCE.id, title: CONTENT_LICENCE.title, url: CONTENT_LICENCE.url },
    attribution: attributionLine(what, siteName, url),
    exceptions: LICENCE_EXCEPTIONS,
  };
}
