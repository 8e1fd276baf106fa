/**
 * Field builders shared by every collection, so that a date or an id is checked the same way everywhere and an
 * editor reads the same message for the same mistake.
 */
import { z } from 'astro/zod';
import { parseCalendarDate, parsePartialDate } from '~/lib/dates/calendar-date';

const UNQUOTED_DATE =
  "write the date in quotes, e.g. '2023-02-28': YAML turns an unquoted date into a timestamp and silently moves impossible days (2023-02-30 becomes 2 March)";

function dateString(parse: typeof parseCalendarDate, shape: string) {
  return z
    .unknown()
    .superRefine((value, ctx) => {
      if (value instanceof Date) {
        ctx.addIssue({ code: 'custom', message: `must be a quoted ${shape} date; ${UNQUOTED_DATE}` });
        return;
      }
      if (typeof value !== 'string') {
        ctx.addIssue({ code: 'custom', message: `must be a ${shape} date in quotes; got ${describe(value)}` });
        return;
      }
      const result = parse(value);
      if (!result.ok) ctx.addIssue({ code: 'custom', message: `must be a ${shape} date; ${result.reason}` });
    })
    .transform((value) => (value as string).trim());
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** A full calendar date written `YYYY-MM-DD` in quotes, checked to exist (no 30 February). */
export const calendarDate = () => dateString(parseCalendarDate, 'YYYY-MM-DD');

/** A date at the precision the record supports: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, in quotes. */
export const partialDate = () => dateString(parsePartialDate, 'YYYY, YYYY-MM or YYYY-MM-DD');

/** An id other entries can cite: lower-case words joined by hyphens. */
export const entryId = () =>
  z
    .string({ error: "must be an id such as 'astana-times-2023-aif'" })
    .regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
      "must be lower-case letters, digits and single hyphens, e.g. 'astana-times-2023-aif'",
    );

/** Non-empty text with surrounding whitespace trimmed. */
export const text = (what: string) =>
  z
    .string({ error: `must be ${what} (text)` })
    .trim()
    .min(1, `must not be empty: give ${what}`);

/** One of a closed set of values, each with the label readers see; the error lists the allowed values. */
export const labelledEnum = <K extends string>(labels: Record<K, string>) => {
  const keys = Object.keys(labels) as [K, ...K[]];
  return z.enum(keys, { error: `must be one of: ${keys.join(', ')}` });
};

/** A YAML list (`[a, b]`), with a message that shows an editor how to write one. */
export const list = <T extends z.ZodType>(item: T, example = 'first-id, second-id') =>
  z.array(item, { error: `must be a list in square brackets, e.g. [${example}]` });
