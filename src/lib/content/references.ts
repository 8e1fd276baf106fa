/**
 * Cross-reference checks the schemas cannot do alone (they see one file at a time): every id a file cites must
 * exist. Each problem names the file, the field or line, and what was expected, so an editor can fix it unaided.
 */

import type { ComponentTag } from '~/lib/content/mdx-scan';

export interface ContentProblem {
  /** Path from the project root, e.g. `content/briefings/foo.mdx`. */
  file: string;
  /** The field (`sources[2]`) or place (`line 14`) of the mistake. */
  where: string;
  message: string;
}

export interface BriefingRefs {
  filePath: string;
  sources: readonly string[];
  /** Ids of events shown as the briefing's own timeline. */
  events: readonly string[];
}

/** Ids that exist, by collection. */
export interface KnownIds {
  sources: ReadonlySet<string>;
  events: ReadonlySet<string>;
}

/** Where a briefing's body uses components that carry ids. */
export interface ComponentUses {
  cites: readonly { id: string; line: number }[];
  eventRefs: readonly { id: string; line: number }[];
}

/** Edit distance between two short ids, for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The known id a mistyped or shortened one most likely meant, if any is close enough. */
export function suggestId(wrong: string, known: Iterable<string>): string | undefined {
  const ids = [...known];
  // A shortened id ("trade-mission-closure" for "trade-mission-closure-decree") is the commonest slip.
  const extended = ids.filter((id) => wrong.length >= 6 && id.startsWith(wrong)).sort((a, b) => a.length - b.length);
  if (extended[0]) return extended[0];
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const id of ids) {
    const d = editDistance(wrong, id);
    if (d < bestDistance) [best, bestDistance] = [id, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(wrong.length / 4)) ? best : undefined;
}

/** "'x' is not a known source id (expected content/sources/x.yaml); did you mean 'y'?" */
export function unknownIdMessage(kind: string, id: string, expected: string, known: Iterable<string>): string {
  const hint = suggestId(id, known);
  return `'${id}' is not a known ${kind} id (expected ${expected})${hint ? `; did you mean '${hint}'?` : ''}`;
}

function checkIdList(
  file: string,
  field: string,
  ids: readonly string[],
  known: ReadonlySet<string>,
  kind: string,
  expected: (id: string) => string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  ids.forEach((id, i) => {
    if (!known.has(id)) {
      problems.push({ file, where: `${field}[${i}]`, message: unknownIdMessage(kind, id, expected(id), known) });
    }
  });
  return problems;
}

const sourceFile = (id: string) => `a file content/sources/${id}.yaml`;
const eventFile = (id: string) => `a file content/events/${id}.yaml`;

/**
 * Checks a briefing's source and event lists, every `<Cite id>` (which must also be in its own source list) and
 * every `<EventRef id>` in its body against what exists.
 */
export function checkBriefingReferences(briefing: BriefingRefs, known: KnownIds, uses: ComponentUses): ContentProblem[] {
  const file = briefing.filePath;
  const problems = [
    ...checkIdList(file, 'sources', briefing.sources, known.sources, 'source', sourceFile),
    ...checkIdList(file, 'events', briefing.events, known.events, 'event', eventFile),
  ];
  const listed = new Set(briefing.sources);
  for (const { id, line } of uses.cites) {
    if (id === '') {
      problems.push({ file, where: `line ${line}`, message: '<Cite> needs an id: <Cite id="source-id" />' });
    } else if (!known.sources.has(id)) {
      // Already reported against the frontmatter list; one message per mistake is enough.
      if (listed.has(id)) continue;
      problems.push({
        file,
        where: `line ${line}`,
        message: `<Cite id="${id}" />: ${unknownIdMessage('source', id, sourceFile(id), known.sources)}`,
      });
    } else if (!listed.has(id)) {
      problems.push({
        file,
        where: `line ${line}`,
        message: `<Cite id="${id}" /> cites a source missing from this briefing's frontmatter; add '${id}' to sources`,
      });
    }
  }
  for (const { id, line } of uses.eventRefs) {
    if (!known.events.has(id)) {
      problems.push({
        file,
        where: `line ${line}`,
        message: `<EventRef id="${id}">: ${unknownIdMessage('event', id, eventFile(id), known.events)}`,
      });
    }
  }
  return problems;
}

export interface EventRefs {
  filePath: string;
  sources: readonly string[];
  actors: readonly string[];
  themes: readonly string[];
  briefings: readonly string[];
}

/** Checks an event's sources, actors, themes and briefings against what exists. */
export function checkEventReferences(
  event: EventRefs,
  known: {
    sources: ReadonlySet<string>;
    actors: ReadonlySet<string>;
    themes: ReadonlySet<string>;
    briefings: ReadonlySet<string>;
  },
): ContentProblem[] {
  const file = event.filePath;
  const taxonomy = (name: string) => () => `an entry in content/taxonomy/${name}.yaml`;
  return [
    ...checkIdList(file, 'sources', event.sources, known.sources, 'source', sourceFile),
    ...checkIdList(file, 'actors', event.actors, known.actors, 'actor', taxonomy('actors')),
    ...checkIdList(file, 'themes', event.themes, known.themes, 'theme', taxonomy('themes')),
    ...checkIdList(file, 'briefings', event.briefings, known.briefings, 'briefing', (id) => `a file content/briefings/${id}.mdx`),
  ];
}

/** Checks that every trade row cites a source that exists; problems name the CSV line and column. */
export function checkTradeSources(
  rows: readonly { file: string; line: number; source: string }[],
  sources: ReadonlySet<string>,
): ContentProblem[] {
  return rows
    .filter((row) => !sources.has(row.source))
    .map((row) => ({
      file: row.file,
      where: `line ${row.line}, column source`,
      message: unknownIdMessage('source', row.source, sourceFile(row.source), sources),
    }));
}

/** The verdicts a `<ClaimCheck>` may give. */
export const CLAIM_VERDICTS = ['confirmed', 'partly-true', 'contradicted', 'unverified'] as const;
export type ClaimVerdict = (typeof CLAIM_VERDICTS)[number];

/** What the trade data offers a `<TradePanel>`: views as `year|flow|basis`, and partner codes. */
export interface TradeOffer {
  views: ReadonlySet<string>;
  partners: ReadonlySet<string>;
}

/**
 * Checks the props editors give `<ClaimCheck>` and `<TradePanel>` in a briefing body, so a mistake is named by
 * file and line at build time instead of surfacing as an error inside a component.
 */
export function checkComponentProps(
  file: string,
  tags: { claimChecks: readonly ComponentTag[]; tradePanels: readonly ComponentTag[] },
  trade: TradeOffer,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { line, attributes } of tags.claimChecks) {
    const where = `line ${line}`;
    for (const required of ['claim', 'by', 'source', 'verdict']) {
      if (!attributes[required]) problems.push({ file, where, message: `<ClaimCheck> needs ${required}="…"` });
    }
    const verdict = attributes['verdict'];
    if (verdict && !(CLAIM_VERDICTS as readonly string[]).includes(verdict)) {
      problems.push({ file, where, message: `<ClaimCheck verdict="${verdict}">: verdict must be one of ${CLAIM_VERDICTS.join(', ')}` });
    }
  }
  for (const { line, attributes } of tags.tradePanels) {
    const where = `line ${line}`;
    const year = attributes['year'] ?? '';
    const flow = attributes['flow'] ?? 'turnover';
    const basis = attributes['basis'] ?? 'reporter';
    if (!/^\d{4}$/.test(year)) {
      problems.push({ file, where, message: `<TradePanel year={${year}}>: year must be a whole calendar year such as year={2022}; part-year figures are never ranked` });
    } else if (!trade.views.has(`${year}|${flow}|${basis}`)) {
      const years = [...new Set([...trade.views].filter((v) => v.endsWith(`|${flow}|${basis}`)).map((v) => v.split('|')[0]))].sort();
      problems.push({
        file,
        where,
        message: `<TradePanel>: no ${flow} figures on the ${basis} basis for ${year} in content/trade/; years with such figures: ${years.join(', ') || 'none'}`,
      });
    }
    for (const code of (attributes['highlight'] ?? '').match(/[A-Za-z]+/g) ?? []) {
      if (!trade.partners.has(code)) {
        problems.push({ file, where, message: `<TradePanel highlight>: '${code}' is not a partner code in content/trade/ (use codes such as DE, CN, IT)` });
      }
    }
  }
  return problems;
}

/** One readable block listing every problem, sorted by file, for the build log. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.where.localeCompare(b.where, 'en', { numeric: true }));
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return [
    `Found ${problems.length} content ${noun}:`,
    ...sorted.map((p) => `  ${p.file} → ${p.where}: ${p.message}`),
  ].join('\n');
}
