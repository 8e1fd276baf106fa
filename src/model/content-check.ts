/**
 * The one content check: every collection, every file, every cross-reference and every MDX rule in one pass, read
 * straight from the files (no build), so an editor sees every mistake at once with its real line and column.
 * `npm run check:content` prints it; `npm run build` runs it first and stops on any problem.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { load } from 'js-yaml';
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { BRIEFING_COMPONENTS, PAGE_COMPONENTS, propNames, propProblems } from '~/components/registry';
import { tradeOffer, tradePanelProblems } from '~/components/trade/trade-panel';
import { resolveTradeFigure, resolveTradeLeaders } from '~/components/trade/trade-prose';
import { tradeTrendProblems } from '~/components/trade/trade-trend';
import { PROSE_ELEMENTS, readMdx, type MdxDocument } from '~/lib/content/mdx';
import type { ContentProblem } from '~/lib/content/problems';
import {
  checkBriefingReferences,
  checkEventReferences,
  checkRouteReferences,
  checkTradeSources,
} from '~/lib/content/references';
import { PLACEHOLDER_MARKER, placeholderLines } from '~/lib/content/scaffold';
import { suggestId, unknownIdMessage } from '~/lib/content/suggestions';
import { keyMomentProblems } from '~/lib/timeline/key-moments';
import { shiftProblems } from '~/lib/trade/shift';
import { partnerName } from '~/lib/trade/labels';
import { availableViews } from '~/lib/trade/rank';
import { findDuplicateRows } from '~/lib/trade/csv';
import { viewId, type Basis, type Flow, type TradeRow } from '~/lib/trade/model';
import { parsePartialDate } from '~/lib/dates/calendar-date';
import { aliasesSchema } from './schemas/aliases';
import { briefingSchema, type BriefingData } from './schemas/briefing';
import { eventSchema, taxonomyEntrySchema, type EventData } from './schemas/event';
import { placeSchema, routeSchema, type PlaceData, type RouteData } from './schemas/map';
import { pageSchema } from './schemas/page';
import { sourceSchema, type SourceData } from './schemas/source';
import { parseTradeCsv } from './loaders/trade-csv';

export interface ContentCheck {
  /** Mistakes: the build stops on any of them. */
  problems: ContentProblem[];
  /** Things to look at that may be right ("GE is Georgia"): printed, never fatal. */
  notices: ContentProblem[];
  /** How many files were read. */
  files: number;
}

/** A published briefing needs at least this many paragraphs of its own. */
export const MIN_PARAGRAPHS = 3;

/** Fixed routes a link in content may point at, besides briefings and public/ files. */
const FIXED_PAGES = ['/', '/about/', '/timeline/', '/trade/', '/map/'];
const DOWNLOADS = [
  '/trade/trade.csv',
  '/trade/trade.json',
  '/timeline/events.csv',
  '/timeline/events.json',
  '/datapackage.json',
];
/** Sections every briefing page has, by anchor, whatever its text says. */
const BRIEFING_ANCHORS = [
  'briefing-title',
  'key-points-heading',
  'key-events-heading',
  'changes-heading',
  'sources-heading',
  'main',
];

interface Entry<T> {
  id: string;
  file: string;
  data: T;
  locate: Locate;
}

interface MdxEntry<T> extends Entry<T> {
  doc: MdxDocument;
}

function listFiles(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(extension) && !e.name.startsWith('_'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** 1-based line and column of a character offset. */
function placeOf(counter: LineCounter, offset: number, lineOffset: number): { line: number; column: number } {
  const { line, col } = counter.linePos(offset);
  return { line: line + lineOffset, column: col };
}

/** The field path as editors read it: `sources[2]`, `changes[0].date`. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)),
    '',
  );
}

/** A YAML file parsed with positions, or undefined when it is not valid YAML (each error is reported). */
interface ParsedYaml {
  doc: Document;
  locate: Locate;
  place: (offset: number) => { line: number; column: number };
}

/** Parses YAML as Astro does (an unquoted date becomes a timestamp, so a schema can refuse it), keeping positions. */
function parseYaml(text: string, file: string, problems: ContentProblem[], lineOffset = 0): ParsedYaml | undefined {
  const counter = new LineCounter();
  const doc: Document = parseDocument(text, { customTags: ['timestamp'], lineCounter: counter, prettyErrors: false });
  const place = (offset: number) => placeOf(counter, offset, lineOffset);
  const locate: Locate = (path) => {
    let node: unknown;
    for (let depth = path.length; depth > 0 && !node; depth--) node = doc.getIn(path.slice(0, depth), true);
    const range = (node as { range?: [number, number] } | undefined)?.range;
    return place(range?.[0] ?? 0);
  };
  for (const error of doc.errors) {
    let at = place(error.pos[0]);
    // An unclosed quote is noticed where the file ends; point at the line where it opens instead.
    if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) {
      const lines = text.slice(0, error.pos[0]).split('\n');
      const open = lines.findLastIndex(
        (l) => (l.match(/"/g) ?? []).length % 2 === 1 || (l.match(/'/g) ?? []).length % 2 === 1,
      );
      if (open >= 0) at = { line: open + 1 + lineOffset, column: Math.max(1, (lines[open] ?? '').search(/["']/) + 1) };
    }
    problems.push({
      file,
      ...at,
      message: `is not valid YAML: ${error.message.split('\n')[0]} (check the quotes and the indentation)`,
    });
  }
  return doc.errors.length ? undefined : { doc, locate, place };
}

/** The field names a schema accepts at `path` inside it (through lists, optional and default values). */
function fieldsAt(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  let node = schema as unknown as { def?: Record<string, unknown>; shape?: Record<string, z.ZodType> };
  for (const key of path) {
    while (node.def && ['optional', 'default', 'nullable'].includes(String(node.def['type'])))
      node = node.def['innerType'] as typeof node;
    node = (typeof key === 'number' ? node.def?.['element'] : node.shape?.[key]) as typeof node;
    if (!node) return [];
  }
  while (node.def && ['optional', 'default', 'nullable'].includes(String(node.def['type'])))
    node = node.def['innerType'] as typeof node;
  return Object.keys(node.shape ?? {});
}

/**
 * Validates the value at `base` in a parsed file (the whole file when `base` is empty), each problem at the line of
 * the value it is about and named by its field path from the top of the file (`astana.lat`).
 */
function validateYaml<S extends z.ZodType>(
  parsed: ParsedYaml,
  base: readonly (string | number)[],
  file: string,
  schema: S,
  problems: ContentProblem[],
): z.output<S> | undefined {
  const { doc, place } = parsed;
  const value = (base.reduce<unknown>(
    (node, key) => (node as Record<string | number, unknown> | undefined)?.[key],
    doc.toJS(),
  ) ?? {}) as Record<string, unknown>;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  let salvage = true;
  for (const issue of result.error.issues) {
    if (issue.code !== 'unrecognized_keys') salvage = false;
    const path = [...base, ...issue.path.filter((key): key is string | number => typeof key !== 'symbol')];
    // The value's own node, or the nearest parent that exists (a missing field points at its parent).
    let node: unknown;
    for (let depth = path.length; depth >= 0 && !node; depth--)
      node = depth ? doc.getIn(path.slice(0, depth), true) : doc.contents;
    const range = (node as { range?: [number, number] } | undefined)?.range;
    const field = fieldName(path);
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    if (unknownKeys.length) {
      const known = fieldsAt(schema, path.slice(base.length));
      const map = path.length ? doc.getIn(path, true) : doc.contents;
      for (const key of unknownKeys) {
        const keyNode = isMap(map)
          ? map.items.find((pair) => String((pair.key as { value?: unknown })?.value) === key)
          : undefined;
        const keyRange = (keyNode?.key as { range?: [number, number] } | undefined)?.range;
        const hint = suggestId(key, known);
        const name = fieldName([...path, key]);
        problems.push({
          file,
          ...place(keyRange?.[0] ?? 0),
          message: `${name}: is not a field here${hint ? `; did you mean ${hint}?` : `; the fields are ${known.join(', ')}`}`,
        });
      }
      continue;
    }
    const missing = path.length > 0 && !doc.hasIn(path);
    problems.push({
      file,
      ...place(range?.[0] ?? 0),
      field,
      message: missing ? `${field}: is missing; ${issue.message}` : `${field}: ${issue.message}`,
    });
  }
  // A misspelt field is already reported; the rest can still be checked without it.
  if (!salvage) return undefined;
  const fields = fieldsAt(schema, []);
  const retry = schema.safeParse(Object.fromEntries(Object.entries(value).filter(([key]) => fields.includes(key))));
  return retry.success ? retry.data : undefined;
}

/** Parses and validates a whole YAML file or frontmatter against one schema, each problem at its line. */
function checkYaml<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  problems: ContentProblem[],
  lineOffset = 0,
): { data: z.output<S> | undefined; locate: Locate } {
  // Most files are right: read them with js-yaml, Astro's own YAML reader and several times faster, and read a file
  // again with positions (the `yaml` package) only when it has a problem, to say where. A file whose fields are found
  // wrong later (an unknown source id) is read with positions then, when its `locate` is first asked.
  let quick: unknown;
  try {
    quick = load(text);
  } catch {
    quick = undefined;
  }
  const fast = quick === undefined ? undefined : schema.safeParse(quick ?? {});
  if (fast?.success) {
    let located: Locate | undefined;
    const locate: Locate = (path) => {
      located ??= parseYaml(text, file, [], lineOffset)?.locate ?? (() => ({ line: 1 + lineOffset, column: 1 }));
      return located(path);
    };
    return { data: fast.data, locate };
  }
  const parsed = parseYaml(text, file, problems, lineOffset);
  if (!parsed) return { data: undefined, locate: () => ({ line: 1 + lineOffset, column: 1 }) };
  return { data: validateYaml(parsed, [], file, schema, problems), locate: parsed.locate };
}

/**
 * A YAML file of entries keyed by id (the map's places and routes): each entry validated on its own, so one
 * mistake never hides the rest, and reported with the entry's id in front of the field (`astana.lat`).
 */
function checkYamlEntries<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  problems: ContentProblem[],
): { entries: Map<string, z.output<S>>; locate: Locate } {
  const entries = new Map<string, z.output<S>>();
  const parsed = parseYaml(text, file, problems);
  if (!parsed) return { entries, locate: () => ({ line: 1, column: 1 }) };
  const { doc } = parsed;
  if (doc.contents !== null && !isMap(doc.contents)) {
    problems.push({
      file,
      line: 1,
      column: 1,
      message: 'must be a list of entries, each an id followed by a colon and its fields indented under it',
    });
    return { entries, locate: parsed.locate };
  }
  for (const pair of isMap(doc.contents) ? doc.contents.items : []) {
    const key = String((pair.key as { value?: unknown })?.value ?? '');
    const keyRange = (pair.key as { range?: [number, number] } | undefined)?.range;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(key)) {
      problems.push({
        file,
        ...parsed.place(keyRange?.[0] ?? 0),
        message: `'${key}' is not a usable id: use lower-case letters, digits and single hyphens, e.g. 'st-petersburg'`,
      });
      continue;
    }
    const data = validateYaml(parsed, [key], file, schema, problems);
    if (data !== undefined) entries.set(key, data);
  }
  return { entries, locate: parsed.locate };
}

/** Where a field's value is in its file: `['sources', 2]` → line and column. */
type Locate = (path: readonly (string | number)[]) => { line: number; column: number };

/** Gives a problem reported against a field (`sources[2]`) the line and column of that field's value. */
function placeField(problem: ContentProblem, locate: Locate | undefined): ContentProblem {
  if (problem.line !== undefined || problem.field === undefined || !locate) return problem;
  const path = [...problem.field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(([, key, index]) =>
    index === undefined ? (key ?? '') : Number(index),
  );
  return { ...locate(path), ...problem };
}

/** Frontmatter text and the line its first field is on. */
function splitFrontmatter(source: string): { yaml: string; firstLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\s*(\r?\n|$)/.exec(source);
  return match ? { yaml: match[1] ?? '', firstLine: 2 } : undefined;
}

type Components = Readonly<Record<string, z.ZodObject>>;

/** A component's props checked against its schema; the same props give the same answer, so each is checked once. */
type PropCheck = (name: string, schema: z.ZodObject, props: Record<string, unknown>) => string[];

function memoPropCheck(): PropCheck {
  const seen = new Map<string, string[]>();
  return (name, schema, props) => {
    const key = `${name}\u0000${JSON.stringify(props)}`;
    let messages = seen.get(key);
    if (!messages) seen.set(key, (messages = propProblems(name, schema, props)));
    return messages;
  };
}

function readMdxEntry<S extends z.ZodType>(
  path: string,
  source: string,
  file: string,
  schema: S,
  components: Components,
  problems: ContentProblem[],
  checkProps: PropCheck,
): MdxEntry<z.output<S>> | undefined {
  const front = splitFrontmatter(source);
  if (!front) {
    problems.push({
      file,
      line: 1,
      column: 1,
      message: 'has no header: start the file with --- on its own line, the fields, then --- again',
    });
    return undefined;
  }
  const { data, locate } = checkYaml(front.yaml, file, schema, problems, front.firstLine - 1);
  const doc = readMdx(source, { components: propNames(components), elements: PROSE_ELEMENTS });
  problems.push(...doc.problems.map((p) => ({ file, ...p })));
  for (const use of doc.components) {
    const schemaFor = components[use.name];
    if (schemaFor) {
      const at = { file, line: use.line, column: use.column };
      problems.push(...checkProps(use.name, schemaFor, use.props).map((message) => ({ ...at, message })));
    }
  }
  return data === undefined ? undefined : { id: basename(path).replace(/\.mdx$/, ''), file, data, doc, locate };
}

/** Files sharing one id (their name) under one folder: every pair is named. */
function duplicateIds(files: readonly string[], root: string, problems: ContentProblem[]): void {
  const seen = new Map<string, string>();
  for (const path of files) {
    const id = basename(path).replace(/\.[^.]+$/, '');
    const file = relative(root, path).split(sep).join('/');
    const other = seen.get(id);
    if (other) {
      problems.push({
        file,
        line: 1,
        column: 1,
        message: `has the same id '${id}' as ${other}; rename one, ids must be unique`,
      });
    } else seen.set(id, file);
  }
}

/** Runs every check on the content under `root`. */
export function checkContent(root: string, options: { today: string }): ContentCheck {
  const problems: ContentProblem[] = [];
  const notices: ContentProblem[] = [];
  const content = join(root, 'content');
  const rel = (path: string) => relative(root, path).split(sep).join('/');
  let files = 0;
  // Each file is read once; the lines that still hold a scaffold's placeholder are noted as it is read.
  const placeholders = new Map<string, ReturnType<typeof placeholderLines>>();
  const read = (path: string) => {
    const text = readFileSync(path, 'utf8');
    if (text.includes(PLACEHOLDER_MARKER)) placeholders.set(path, placeholderLines(text));
    return text;
  };
  const checkProps = memoPropCheck();

  // Sources, events and taxonomy: YAML, one entry per file (taxonomy: one file per list).
  const yamlEntries = <S extends z.ZodType>(folder: string, schema: S): Entry<z.output<S>>[] => {
    const paths = listFiles(join(content, folder), '.yaml');
    files += paths.length;
    duplicateIds(paths, root, problems);
    return paths.flatMap((path) => {
      const { data, locate } = checkYaml(read(path), rel(path), schema, problems);
      return data === undefined ? [] : [{ id: basename(path, '.yaml'), file: rel(path), data, locate }];
    });
  };
  const sources: Entry<SourceData>[] = yamlEntries('sources', sourceSchema);
  const events: Entry<EventData>[] = yamlEntries('events', eventSchema);
  const taxonomy = (name: string) => {
    const path = join(content, 'taxonomy', `${name}.yaml`);
    files++;
    const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
    const doc = parseDocument(text);
    const ids = new Set<string>();
    for (const [id, value] of Object.entries((doc.toJS() ?? {}) as Record<string, unknown>)) {
      const result = taxonomyEntrySchema.safeParse(value);
      if (result.success) ids.add(id);
      else
        problems.push({
          file: rel(path),
          field: id,
          message: `${id}: ${result.error.issues[0]?.message ?? 'is not valid'}`,
        });
    }
    return ids;
  };
  const actors = taxonomy('actors');
  const themes = taxonomy('themes');
  const aliasesPath = join(content, 'taxonomy', 'aliases.yaml');
  if (existsSync(aliasesPath)) {
    files++;
    checkAliases(readFileSync(aliasesPath, 'utf8'), rel(aliasesPath), problems);
  }

  // The map: its places and routes, one file each, entries keyed by id.
  const mapFile = <S extends z.ZodType>(name: string, schema: S) => {
    const path = join(content, 'map', `${name}.yaml`);
    const file = rel(path);
    if (!existsSync(path)) {
      problems.push({ file, line: 1, column: 1, message: `is missing: the map reads its ${name} from this file` });
      return { file, entries: new Map<string, z.output<S>>(), locate: undefined };
    }
    files++;
    return { file, ...checkYamlEntries(readFileSync(path, 'utf8'), file, schema, problems) };
  };
  const places: MapFile<PlaceData> = mapFile('places', placeSchema);
  const routes: MapFile<RouteData> = mapFile('routes', routeSchema);

  // Trade figures.
  const csvPaths = listFiles(join(content, 'trade'), '.csv');
  files += csvPaths.length;
  const trade: TradeRow[] = [];
  for (const path of csvPaths) {
    const result = parseTradeCsv(readFileSync(path, 'utf8'), rel(path));
    trade.push(...result.rows);
    problems.push(...result.problems);
  }
  problems.push(...findDuplicateRows(trade));

  // Briefings and the fixed pages: MDX.
  const briefingPaths = listFiles(join(content, 'briefings'), '.mdx');
  const pagePaths = listFiles(join(content, 'pages'), '.mdx');
  files += briefingPaths.length + pagePaths.length;
  duplicateIds(briefingPaths, root, problems);
  duplicateIds(pagePaths, root, problems);
  const briefings = briefingPaths.flatMap(
    (path) =>
      readMdxEntry(path, read(path), rel(path), briefingSchema, BRIEFING_COMPONENTS, problems, checkProps) ?? [],
  );
  const pages = pagePaths.flatMap(
    (path) => readMdxEntry(path, read(path), rel(path), pageSchema, PAGE_COMPONENTS, problems, checkProps) ?? [],
  );

  const known = {
    sources: new Set(sources.map((s) => s.id)),
    events: new Set(events.map((e) => e.id)),
    actors,
    themes,
    places: new Set(places.entries.keys()),
    routes: new Set(routes.entries.keys()),
  };

  // Cross-references.
  for (const event of events) problems.push(...checkEventReferences({ filePath: event.file, ...event.data }, known));
  for (const [id, route] of routes.entries) problems.push(...checkRouteReferences(routes.file, id, route, known));
  problems.push(...checkTradeSources(trade, known.sources));
  sameUrlSources(sources, problems);
  for (const source of sources) {
    if (source.data.accessed > options.today) {
      problems.push({
        file: source.file,
        field: 'accessed',
        message: `accessed: ${source.data.accessed} is after today (${options.today}); write the day the link was checked`,
      });
    }
  }
  rarePartners(trade, notices);

  const offer = tradeOffer(trade);
  const published = (b: MdxEntry<BriefingData>) => !b.data.draft && b.data.published <= options.today;
  const targets = linkTargets({ root, briefings: briefings.filter(published), pages, events, trade, routes });
  for (const briefing of briefings) {
    const uses = <Tag extends 'Cite' | 'ClaimCheck' | 'EventRef'>(name: Tag, prop: string) =>
      briefing.doc.components
        .filter((c) => c.name === name && typeof c.props[prop] === 'string')
        .map((c) => ({ id: String(c.props[prop]), line: c.line, tag: name }));
    problems.push(
      ...checkBriefingReferences(
        { filePath: briefing.file, sources: briefing.data.sources, events: briefing.data.events },
        known,
        {
          cites: [...uses('Cite', 'id'), ...uses('ClaimCheck', 'source')].sort((a, b) => a.line - b.line),
          eventRefs: uses('EventRef', 'id'),
        },
      ),
    );
    if (!briefing.data.draft && briefing.doc.paragraphs < MIN_PARAGRAPHS) {
      problems.push({
        file: briefing.file,
        line: 1,
        column: 1,
        message: `a published briefing needs at least ${MIN_PARAGRAPHS} paragraphs of text; this one has ${briefing.doc.paragraphs} (keep draft: true until it is written)`,
      });
    }
    const own = [
      ...BRIEFING_ANCHORS,
      ...briefing.doc.headingIds,
      ...briefing.data.sources.map((s) => `source-${s}`),
      ...briefing.data.events,
    ];
    problems.push(...checkAddresses(briefing, targets, new Set(own), root));
  }
  for (const page of pages) {
    const own = targets.anchors.get(pagePath(page.id)) ?? new Set<string>();
    problems.push(...checkAddresses(page, targets, own, root));
  }
  for (const entry of [...briefings, ...pages]) problems.push(...dataUses(entry, trade, offer));
  for (const page of pages) problems.push(...pageEventUses(page, known.events));
  for (const entry of [...briefings, ...pages]) problems.push(...mapUses(entry, known));

  // A scaffold's placeholders may stay in a draft, never in anything that will be published.
  const drafts = new Set(briefings.filter((entry) => entry.data.draft).map((entry) => entry.file));
  for (const [path, lines] of placeholders) {
    const file = rel(path);
    if (drafts.has(file)) continue;
    for (const { line } of lines) {
      problems.push({
        file,
        line,
        column: 1,
        message: `still holds a placeholder from the scaffold (${PLACEHOLDER_MARKER}); replace it with the real text before this is published`,
      });
    }
  }

  const locators = new Map<string, Locate>(
    [...sources, ...events, ...briefings, ...pages, places, routes].flatMap((e) =>
      e.locate ? [[e.file, e.locate] as const] : [],
    ),
  );
  return { problems: problems.map((p) => placeField(p, locators.get(p.file))), notices, files };
}

/** One of the map's files: its entries by id, and where each value is in it. */
interface MapFile<T> {
  file: string;
  entries: Map<string, T>;
  locate: Locate | undefined;
}

/** Where a fixed page's text is served: home → /, about → /about/. */
const pagePath = (id: string) => (id === 'home' ? '/' : `/${id}/`);

interface LinkTargets {
  /** Every page path a link may point at. */
  pages: Set<string>;
  /** The anchors each page has. */
  anchors: Map<string, Set<string>>;
}

function linkTargets(site: {
  root: string;
  briefings: MdxEntry<BriefingData>[];
  pages: MdxEntry<unknown>[];
  events: Entry<EventData>[];
  trade: TradeRow[];
  routes: MapFile<RouteData>;
}): LinkTargets {
  const anchors = new Map<string, Set<string>>();
  const add = (path: string, ids: Iterable<string>) =>
    anchors.set(path, new Set([...(anchors.get(path) ?? []), ...ids]));
  for (const path of FIXED_PAGES) add(path, ['main']);
  for (const page of site.pages) add(pagePath(page.id), page.doc.headingIds);
  const years = new Set(
    site.events.map((e) => parsePartialDate(String(e.data.date))).flatMap((d) => (d.ok ? [d.date.year] : [])),
  );
  add('/timeline/', [...site.events.map((e) => e.id), ...[...years].map((y) => `timeline-${y}`)]);
  // One page per theme (/timeline/energy/), listing that theme's events.
  for (const theme of new Set(site.events.flatMap((e) => e.data.themes))) {
    add(`/timeline/${theme}/`, ['main', ...site.events.filter((e) => e.data.themes.includes(theme)).map((e) => e.id)]);
  }
  add(
    '/trade/',
    availableViews(site.trade).map((v) => `trade-${viewId(v)}`),
  );
  // The map page lists every route, and every place an event happened at.
  add('/map/', [
    ...[...site.routes.entries.keys()].map((id) => `route-${id}`),
    ...new Set(site.events.flatMap((e) => (e.data.place ? [`place-${e.data.place}`] : []))),
  ]);
  for (const b of site.briefings) {
    add(`/briefings/${b.id}/`, [
      ...BRIEFING_ANCHORS,
      ...b.doc.headingIds,
      ...b.data.sources.map((s) => `source-${s}`),
      ...b.data.events,
    ]);
  }
  return { pages: new Set([...anchors.keys(), ...DOWNLOADS]), anchors };
}

/** Links and images: internal targets must exist; images must be local files. */
function checkAddresses(
  entry: MdxEntry<unknown>,
  targets: LinkTargets,
  ownAnchors: ReadonlySet<string>,
  root: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { url, kind, line, column } of entry.doc.addresses) {
    const at = { file: entry.file, line, column };
    if (/^\s*(javascript|data|vbscript):/i.test(url)) {
      problems.push({
        ...at,
        message: `${kind === 'image' ? 'an image' : 'a link'} to a script or data address is not allowed`,
      });
      continue;
    }
    const remote = /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url);
    if (kind === 'image') {
      if (remote) {
        problems.push({
          ...at,
          message: `images must be files of this site (put it in public/images/ and write /images/name.jpg); ${url} would load from another host`,
        });
      } else if (!url.startsWith('/')) {
        problems.push({
          ...at,
          message: `write the image address from the site root, e.g. /images/${url.replace(/^\.?\/?/, '')}`,
        });
      } else if (!existsSync(join(root, 'public', decodeURI(url.split(/[?#]/)[0] ?? '')))) {
        problems.push({ ...at, message: `there is no image at ${url}: put the file in public${url.split(/[?#]/)[0]}` });
      }
      continue;
    }
    if (remote) continue;
    const [pathPart = '', fragment] = url.split('#', 2);
    const path = pathPart === '' ? undefined : pathPart.split('?')[0];
    if (path !== undefined) {
      const normal = path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
      // A published page needs no look on disk; only other addresses may be files in public/.
      if (!targets.pages.has(normal) && !existsSync(join(root, 'public', decodeURI(path)))) {
        const hint = suggestId(normal, targets.pages);
        problems.push({
          ...at,
          message: `the link to ${url} leads nowhere: no page ${normal} is published${hint ? `; did you mean ${hint}?` : ''}`,
        });
        continue;
      }
      if (fragment && !targets.anchors.get(normal)?.has(fragment)) {
        const hint = suggestId(fragment, targets.anchors.get(normal) ?? []);
        problems.push({
          ...at,
          message: `the link to ${url} leads to the page but not to a place on it: ${normal} has no #${fragment}${hint ? `; did you mean #${hint}?` : ''}`,
        });
      }
    } else if (fragment && !ownAnchors.has(fragment)) {
      const hint = suggestId(fragment, ownAnchors);
      problems.push({
        ...at,
        message: `the link to #${fragment} leads nowhere on this page${hint ? `; did you mean #${hint}?` : ''}`,
      });
    }
  }
  return problems;
}

/** The components whose props name trade data. */
const DATA_COMPONENTS = new Set(['TradePanel', 'TradeFigure', 'TradeLeaders', 'TradeShift', 'TradeTrend']);

/** Components whose props must match the data: trade views, figures, verdicts. */
function dataUses(
  entry: MdxEntry<unknown>,
  trade: readonly TradeRow[],
  offer: ReturnType<typeof tradeOffer>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const asText = (value: unknown) =>
    value === undefined
      ? undefined
      : Array.isArray(value)
        ? value.join(',')
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value);
  for (const use of entry.doc.components) {
    // Most uses are citations and event links, which name no data.
    if (!DATA_COMPONENTS.has(use.name)) continue;
    const at = { file: entry.file, line: use.line, column: use.column };
    const props = Object.fromEntries(Object.entries(use.props).map(([k, v]) => [k, asText(v)]));
    const messages =
      use.name === 'TradePanel' && props['year'] !== undefined
        ? tradePanelProblems(props, offer)
        : use.name === 'TradeFigure'
          ? [resolveTradeFigure(props, trade)].flatMap((r) => ('problem' in r ? [r.problem] : []))
          : use.name === 'TradeLeaders' && props['year'] !== undefined
            ? [resolveTradeLeaders(props, trade)].flatMap((r) => ('problem' in r ? [r.problem] : []))
            : use.name === 'TradeShift' && props['from'] !== undefined && props['to'] !== undefined
              ? shiftProblems(trade, {
                  from: props['from'],
                  to: props['to'],
                  flow: (props['flow'] ?? 'turnover') as Flow,
                  basis: (props['basis'] ?? 'reporter') as Basis,
                })
              : use.name === 'TradeTrend' && props['partners'] !== undefined
                ? tradeTrendProblems(props['partners'], trade)
                : [];
    problems.push(...messages.map((message) => ({ ...at, message })));
  }
  return problems;
}

/**
 * The events a fixed page names: every `<KeyMoments ids>` and `<EventRef id>` must be a timeline event, and the
 * section links' "Briefings" entry needs the briefing list on the same page to lead to.
 */
function pageEventUses(entry: MdxEntry<unknown>, events: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const use of entry.doc.components) {
    const at = { file: entry.file, line: use.line, column: use.column };
    const ids = use.props['ids'];
    if (use.name === 'KeyMoments' && Array.isArray(ids) && ids.every((id) => typeof id === 'string')) {
      problems.push(...keyMomentProblems(ids, events).map((message) => ({ ...at, message })));
    }
    const id = use.props['id'];
    if (use.name === 'EventRef' && typeof id === 'string' && !events.has(id)) {
      const message = `<EventRef id="${id}">: ${unknownIdMessage('event', id, `a file content/events/${id}.yaml`, events)}`;
      problems.push({ ...at, message });
    }
    if (use.name === 'SectionLinks' && !entry.doc.components.some((other) => other.name === 'BriefingList')) {
      problems.push({
        ...at,
        message: '<SectionLinks /> links to the list of briefings on the same page: add <BriefingList /> to this page',
      });
    }
  }
  return problems;
}

/** Every `<RegionMap>` must name routes and places that exist. */
function mapUses(
  entry: MdxEntry<unknown>,
  known: { places: ReadonlySet<string>; routes: ReadonlySet<string> },
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const use of entry.doc.components) {
    if (use.name !== 'RegionMap') continue;
    const at = { file: entry.file, line: use.line, column: use.column };
    for (const [prop, kind, ids, file] of [
      ['routes', 'route', known.routes, 'routes'],
      ['places', 'place', known.places, 'places'],
    ] as const) {
      const given = use.props[prop];
      if (!Array.isArray(given)) continue;
      for (const id of given) {
        if (typeof id === 'string' && !ids.has(id)) {
          const message = `<RegionMap ${prop}>: ${unknownIdMessage(kind, id, `an entry in content/map/${file}.yaml`, ids)}`;
          problems.push({ ...at, message });
        }
      }
    }
  }
  return problems;
}

/**
 * The name variants search indexes with each page (content/taxonomy/aliases.yaml): each entry valid, and each
 * spelling in one entry only, since a spelling in two would quietly join two names into one.
 */
function checkAliases(text: string, file: string, problems: ContentProblem[]): void {
  const { locate } = checkYaml(text, file, aliasesSchema, problems);
  // Across entries, on every list of spellings that parses, even when another entry has a mistake of its own.
  let raw: unknown;
  try {
    raw = parseDocument(text).toJS();
  } catch {
    return; // reported by checkYaml
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return;
  const owners = new Map<string, { id: string; index: number }>();
  for (const [id, names] of Object.entries(raw)) {
    if (!Array.isArray(names)) continue;
    names.forEach((name: unknown, index) => {
      if (typeof name !== 'string' || !name.trim()) return;
      const key = name.trim().normalize('NFC').toLocaleLowerCase('en');
      const first = owners.get(key);
      if (!first) {
        owners.set(key, { id, index });
        return;
      }
      if (first.id === id) return; // the schema reports a spelling listed twice in one entry
      problems.push({
        file,
        ...locate([id, index]),
        field: `${id}[${index}]`,
        message: `${id}[${index}]: '${name}' is already a spelling of ${first.id} (line ${locate([first.id, first.index]).line}); a spelling belongs to one name only, so merge the two lines or remove it from one`,
      });
    });
  }
}

/** Two sources with one address are one source entered twice: name both files. */
function sameUrlSources(sources: readonly Entry<SourceData>[], problems: ContentProblem[]): void {
  const normal = (url: string) =>
    url
      .replace(/^https?:\/\/(www\.)?/i, '')
      .replace(/[#].*$/, '')
      .replace(/\/+$/, '')
      .toLowerCase();
  const seen = new Map<string, Entry<SourceData>>();
  for (const source of sources) {
    const key = normal(source.data.url);
    const first = seen.get(key);
    if (first) {
      problems.push({
        file: source.file,
        field: 'url',
        message: `url: is the same address as ${first.file}; cite '${first.id}' instead of adding it twice`,
      });
    } else seen.set(key, source);
  }
}

/** A partner code in one row only is often a typo (GE, Georgia, for DE, Germany): say whose code it is. */
function rarePartners(trade: readonly TradeRow[], notices: ContentProblem[]): void {
  const counts = new Map<string, TradeRow[]>();
  for (const row of trade) counts.set(row.partner, [...(counts.get(row.partner) ?? []), row]);
  for (const [code, rows] of counts) {
    const [row] = rows;
    if (rows.length === 1 && row) {
      notices.push({
        file: row.file,
        line: row.line,
        column: 'partner',
        message: `${code} is ${partnerName(code)}, and this is its only row: check it is the partner you meant`,
      });
    }
  }
}
