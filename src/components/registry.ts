/**
 * Every component content may use, with the props it accepts, defined once. The content check validates each use
 * in an .mdx file against these schemas (naming the file, line and prop), the components take their Props types
 * from them, the editors' guide is tested against them, and the catalogue page is generated from them.
 */
import { z } from 'astro/zod';
import { suggestId } from '~/lib/content/suggestions';
import { BASES, FLOWS } from '~/lib/trade/model';
import { MAX_TREND_LINES } from '~/lib/trade/trend';
import { CLAIM_VERDICTS } from './trade/claim-check';

const text = (what: string) =>
  z
    .string({ error: `must be ${what} in quotes` })
    .trim()
    .min(1, { error: `must not be empty: give ${what}` });
const id = (what: string, example: string) => text(`the id of a ${what}, e.g. "${example}"`);
const flow = z.enum(FLOWS, { error: `must be one of ${FLOWS.join(', ')}` });
const basis = z.enum(BASES, { error: `must be one of ${BASES.join(', ')}` });
const year = z.union([z.number().int(), z.string().regex(/^\d{4}$/)], {
  error: 'must be a whole calendar year such as year={2022}; part-year figures are never ranked',
});
const codes = z.array(z.string().regex(/^[A-Z]{2,3}$/, { error: 'must be a partner code such as "DE"' }), {
  error: 'must be a list of partner codes, e.g. highlight={["DE"]}',
});
const partnerList = z
  .array(z.string().regex(/^[A-Z]{2,3}$/, { error: 'must be a partner code such as "RU"' }), {
    error: 'must be a list of partner codes, e.g. partners={["RU", "CN"]}',
  })
  .min(1, { error: 'must name at least one partner, e.g. partners={["RU"]}' })
  .max(MAX_TREND_LINES, { error: `must name at most ${MAX_TREND_LINES} partners: more lines are hard to tell apart` });
const none = z.object({}).strict();
const wholeYear = (prop: string, example: number) =>
  z.union([z.number().int(), z.string().regex(/^\d{4}$/)], {
    error: `must be a whole calendar year such as ${prop}={${example}}`,
  });

/** Components a briefing may use, and their props. */
export const BRIEFING_COMPONENTS = {
  Cite: z.object({ id: id('source listed in the frontmatter', 'astanatimes-2023-06-aif-opening') }).strict(),
  EventRef: z.object({ id: id('timeline event', 'spief-tokayev-donbas-remark') }).strict(),
  KeyPoints: none,
  ClaimCheck: z
    .object({
      claim: text('the claim, quoted exactly'),
      by: text('who made the claim'),
      source: id('source listed in the frontmatter', 'matussek-oped'),
      verdict: z.enum(Object.keys(CLAIM_VERDICTS) as [keyof typeof CLAIM_VERDICTS], {
        error: `must be one of ${Object.keys(CLAIM_VERDICTS).join(', ')}`,
      }),
    })
    .strict(),
  TradePanel: z
    .object({
      year,
      flow: flow.optional(),
      basis: basis.optional(),
      highlight: codes.optional(),
      summary: text('a summary sentence').optional(),
      switches: z.boolean({ error: 'must be true or false' }).optional(),
    })
    .strict(),
  TradeFigure: z
    .object({
      partner: text('a partner code such as "CN"'),
      period: text('a period as in the CSV: "2022", "2023-H1" or "2022-01/2022-09"'),
      flow: flow.optional(),
      basis: basis.optional(),
    })
    .strict(),
  TradeLeaders: z
    .object({
      year,
      flow: flow.optional(),
      basis: basis.optional(),
      count: z.number({ error: 'must be a number such as count={3}' }).int().min(2).max(10).optional(),
    })
    .strict(),
  TradeTrend: z.object({ partners: partnerList }).strict(),
  RegionMap: z
    .object({
      routes: z
        .array(id('route in content/map/routes.yaml', 'cpc'), {
          error: 'must be a list of route ids, e.g. routes={["cpc"]}',
        })
        .optional(),
      places: z
        .array(id('place in content/map/places.yaml', 'novorossiysk'), {
          error: 'must be a list of place ids, e.g. places={["novorossiysk", "astana"]}',
        })
        .optional(),
      all: z.boolean({ error: 'must be true or false' }).optional(),
      overview: z.boolean({ error: 'must be true or false' }).optional(),
      title: text('a title that states what the map shows').optional(),
    })
    .strict()
    .refine((p) => p.all || (p.routes?.length ?? 0) + (p.places?.length ?? 0) > 0, {
      error: 'needs routes={[…]}, places={[…]} or both, e.g. routes={["cpc"]}; or all for the whole map',
    }),
} as const;

/** Components the fixed pages (content/pages/) may use: the briefing ones and whole-data pieces. */
export const PAGE_COMPONENTS = {
  ...BRIEFING_COMPONENTS,
  Lead: none,
  BriefingList: none,
  DataCount: z
    .object({
      of: z.enum(['events', 'trade-rows', 'part-year-rows'], { error: 'must be events, trade-rows or part-year-rows' }),
    })
    .strict(),
  TimelineKey: none,
  Timeline: z.object({ filterable: z.boolean({ error: 'must be true or false' }).optional() }).strict(),
  BasisComparison: z
    .object({
      caption: text('a caption'),
      pairs: z.array(
        z.object({ partner: text('a partner code'), period: text('a year'), flow: flow.optional() }).strict(),
        { error: "must be a list such as [{ partner: 'CN', period: '2022' }]" },
      ),
    })
    .strict(),
  PartYearTable: none,
  CreditLine: z
    .object({
      title: text('what is being reused, e.g. "Timeline"'),
      path: z.string({ error: 'must be an address on the site in quotes, e.g. "/timeline/"' }).regex(/^\//, {
        error: 'must start with /, e.g. "/timeline/"',
      }),
    })
    .strict(),
  TradeColumnNotes: none,
  TradeShift: z
    .object({
      from: wholeYear('from', 2021),
      to: wholeYear('to', 2023),
      flow: flow.optional(),
      basis: basis.optional(),
    })
    .strict(),
  KeyMoments: z
    .object({
      ids: z.array(id('timeline event', 'spief-tokayev-donbas-remark'), {
        error:
          'must be a list of event ids, e.g. ids={["russia-full-scale-invasion-of-ukraine", "spief-tokayev-donbas-remark"]}',
      }),
    })
    .strict(),
  SectionLinks: none,
} as const;

export type ComponentName = keyof typeof PAGE_COMPONENTS;

/** The props a component accepts, as an editor writes them. */
export type PropsOf<Name extends ComponentName> = z.input<(typeof PAGE_COMPONENTS)[Name]>;

/** The names of the props of each component, for "did you mean" hints. */
export function propNames(components: Readonly<Record<string, z.ZodObject>>): Record<string, { props: string[] }> {
  return Object.fromEntries(
    Object.entries(components).map(([name, schema]) => [name, { props: Object.keys(schema.shape) }]),
  );
}

/** What is wrong with a use's props, one sentence per mistake: `<TradePanel year>: must be a whole calendar year…`. */
export function propProblems(name: string, schema: z.ZodObject, props: Record<string, unknown>): string[] {
  const result = schema.safeParse(props);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const prop = issue.path[0];
    if (prop !== undefined && props[String(prop)] === undefined && issue.path.length === 1) {
      return `<${name}> needs ${String(prop)}="…"`;
    }
    // A near miss on a closed list ("export" for "exports") gets a "did you mean".
    const given = prop === undefined ? undefined : props[String(prop)];
    const options = issue.code === 'invalid_value' ? issue.values.map(String) : [];
    const hint = typeof given === 'string' ? suggestId(given, options) : undefined;
    const message = hint ? `${issue.message}; did you mean "${hint}"?` : issue.message;
    return prop === undefined ? `<${name}>: ${message}` : `<${name} ${String(prop)}>: ${message}`;
  });
}
