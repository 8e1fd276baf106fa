/**
 * One row of `content/trade/*.csv`, exactly as a spreadsheet saves it (every cell is text), checked cell by cell
 * and turned into typed values. The loader validates each record with this schema and maps each issue's path to
 * the CSV column, so an editor reads the file, the line and the column. See docs/EDITING.md for the columns.
 */
import { z } from 'astro/zod';
import countries from 'i18n-iso-countries';
import { BASES, checkPeriod, FLOWS, isBloc, REPORTER, UNITS } from '~/lib/trade/model';

const COUNTRY_CODES = new Set(Object.keys(countries.getAlpha2Codes()));
const SOURCE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const BOOLEAN: Record<string, boolean> = { true: true, false: false, yes: true, no: false, '': false };

const cell = () => z.string().trim();

/** An ISO 3166 alpha-2 code, or EU / WLD. */
const partnerCode = () =>
  cell().refine((code) => isBloc(code) || COUNTRY_CODES.has(code), {
    error: (issue) =>
      `'${String(issue.input)}' is not an ISO 3166 alpha-2 country code (such as KZ, CN, DE), EU or WLD`,
  });

/** One of a closed list, with the list in the message. */
const oneOf = <const T extends readonly [string, ...string[]]>(
  values: T,
  explain = `must be one of: ${values.join(', ')}`,
) => cell().pipe(z.enum(values, { error: (issue) => `'${String(issue.input)}' ${explain}` }));

/** true/false (also yes/no, any case; empty means false). */
const flag = () =>
  cell()
    .refine((v) => Object.hasOwn(BOOLEAN, v.toLowerCase()), {
      error: (issue) => `'${String(issue.input)}' must be true or false`,
    })
    .transform((v) => BOOLEAN[v.toLowerCase()] ?? false);

export const tradeRowSchema = z
  .object({
    /** Always KZ: the site charts Kazakhstan's trade (a partner's own figures are entered as basis mirror). */
    reporter: cell().superRefine((code, ctx) => {
      if (isBloc(code)) ctx.addIssue({ code: 'custom', message: `must be a country; '${code}' can only be a partner` });
      else if (!COUNTRY_CODES.has(code))
        ctx.addIssue({
          code: 'custom',
          message: `'${code}' is not an ISO 3166 alpha-2 country code (such as KZ, CN, DE), EU or WLD`,
        });
      else if (code !== REPORTER)
        ctx.addIssue({
          code: 'custom',
          message: `'${code}' must be ${REPORTER}: this site charts Kazakhstan's trade; a partner's own figures go in a ${REPORTER} row with basis mirror`,
        });
    }),
    /** ISO 3166 alpha-2 code of the partner, EU for the bloc, WLD for the total with all partners. */
    partner: partnerCode(),
    /** 2022 (full year), 2023-H1, or 2023-01/2023-09 (part of a year, never ranked against full years). */
    period: cell().superRefine((period, ctx) => {
      const problem = checkPeriod(period);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
    /** From the reporter's side: exports, imports or turnover (both). */
    flow: oneOf(FLOWS),
    /** The figure as published, in `unit`: a plain number such as 26.1. */
    value: cell()
      .superRefine((raw, ctx) => {
        if (!/^\d+(\.\d+)?$/.test(raw) || !Number.isFinite(Number(raw))) {
          const negative = raw.startsWith('-') ? '; trade values are never negative' : '';
          ctx.addIssue({
            code: 'custom',
            message: `'${raw}' must be a plain number such as 26.1 (no currency signs, commas or words)${negative}`,
          });
        }
      })
      .transform(Number),
    /** USD bn or EUR bn, as published; never converted. */
    unit: oneOf(UNITS),
    /** reporter: the reporter's own statistics; mirror: the partner's statistics, restated from the reporter's side. */
    basis: oneOf(
      BASES,
      "must be reporter (published by the reporter's side) or mirror (published by the partner's side)",
    ),
    /** True when the source hedges ("about", "more than") or the figure is a rounded derivation. */
    approx: flag(),
    /** True when computed from published figures; the note says how. */
    derived: flag(),
    /** A source id: a file name in content/sources/ without .yaml. */
    source: cell().refine((id) => SOURCE_ID.test(id), {
      error: (issue) => `'${String(issue.input)}' must be a source id (a file name in content/sources/ without .yaml)`,
    }),
    /** Caveats and, for derived rows, how the figure was computed. */
    note: cell(),
    /** Where the row came from (set by the loader), for messages. */
    file: z.string(),
    /** The line the record starts on (set by the loader), for messages. */
    line: z.number().int().positive(),
  })
  .strict()
  .superRefine((row, ctx) => {
    if (row.reporter && row.reporter === row.partner) {
      ctx.addIssue({ code: 'custom', path: ['partner'], message: `'${row.partner}' is the reporter itself` });
    }
    if (row.derived && !row.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'must say how a derived figure was computed' });
    }
  });

/** A checked trade row: what every chart, table and download is drawn from. */
export type TradeRow = z.output<typeof tradeRowSchema>;
