import { z } from 'astro/zod';
import { list, text } from '~/model/schemas/fields';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * `content/taxonomy/aliases.yaml`: names spelled more than one way. Each line is one name: a key (lower-case words
 * and hyphens, for editors only) and, in square brackets, every spelling a reader might search for. A page that
 * uses any of them is found by a search for any other. Nothing here is shown on the pages.
 */
export const aliasesSchema = z
  .record(
    z.string(),
    list(text('a spelling of the name'), 'Astana, Nur-Sultan, Астана')
      .min(2, 'must list at least two spellings of the name, e.g. [Astana, Nur-Sultan, Астана]')
      .superRefine((names, ctx) => {
        const seen = new Set<string>();
        names.forEach((name, i) => {
          const key = name.normalize('NFC').toLocaleLowerCase('en');
          if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i], message: `lists '${name}' twice` });
          seen.add(key);
        });
      }),
    { error: 'must be one name per line, each written as `astana: [Astana, Nur-Sultan, Астана]`' },
  )
  .superRefine((groups, ctx) => {
    for (const key of Object.keys(groups)) {
      if (!ID.test(key)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `must be a key of lower-case letters, digits and single hyphens, e.g. 'nur-sultan'`,
        });
      }
    }
  });

export type AliasesData = z.output<typeof aliasesSchema>;
