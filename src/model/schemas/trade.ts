import { z } from 'astro/zod';
import { BASES, FLOWS, UNITS } from '~/lib/trade/csv';

/**
 * One row of `content/trade/*.csv` after the loader has checked it (see docs/EDITING.md for the columns). The
 * loader reports bad cells by line and column; this schema gives the rows their types.
 */
export const tradeRowSchema = z.object({
  /** ISO 3166 alpha-2 code of the country whose trade this is (KZ). */
  reporter: z.string(),
  /** ISO 3166 alpha-2 code of the partner, EU for the bloc, WLD for the total with all partners. */
  partner: z.string(),
  /** 2022 (full year), 2023-H1, or 2023-01/2023-09 (part of a year, never ranked against full years). */
  period: z.string(),
  /** From the reporter's side: exports, imports or turnover (both). */
  flow: z.enum(FLOWS),
  /** The figure as published, in `unit`. */
  value: z.number().nonnegative(),
  /** USD bn or EUR bn, as published; never converted. */
  unit: z.enum(UNITS),
  /** reporter: the reporter's own statistics; mirror: the partner's statistics, restated from the reporter's side. */
  basis: z.enum(BASES),
  /** True when the source hedges ("about", "more than") or the figure is a rounded derivation. */
  approx: z.boolean(),
  /** True when computed from published figures; the note says how. */
  derived: z.boolean(),
  /** A source id: a file name in content/sources/ without .yaml. */
  source: z.string(),
  /** Caveats and, for derived rows, how the figure was computed. */
  note: z.string(),
  file: z.string(),
  line: z.number(),
});
