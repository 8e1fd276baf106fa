/**
 * `datapackage.json`: the downloads described as a Frictionless Tabular Data Package, generated from the same
 * vocabularies the content check uses, so a copy of trade.csv or events.csv on someone's disk can still say what
 * `basis: mirror` or `derived: true` means, in which units, under which licence.
 */
import { EVENT_COLUMN_NOTES, EVENT_CSV_COLUMNS } from '~/lib/timeline/export';
import { TRADE_COLUMN_NOTES, TRADE_EXPORT_COLUMNS } from '~/lib/trade/export';
import { BASES, FLOWS, REPORTER, UNITS } from '~/lib/trade/model';
import { CONTENT_LICENCE, LICENCE_EXCEPTIONS } from '~/lib/site/licence';
import { EVENT_STATUSES } from './schemas/event';

/** One Table Schema field. */
export interface PackageField {
  name: string;
  type: 'string' | 'number' | 'boolean';
  description: string;
  format?: 'uri';
  trueValues?: string[];
  falseValues?: string[];
  constraints?: {
    required?: boolean;
    unique?: boolean;
    enum?: string[];
    pattern?: string;
    minimum?: number;
  };
}

const ID = '[a-z0-9]+(-[a-z0-9]+)*';
const ID_LIST = `(${ID}( \\| ${ID})*)?`;
const BOOLEAN = { type: 'boolean', trueValues: ['true'], falseValues: ['false'] } as const;

function tradeFields(): PackageField[] {
  const special: Partial<Record<string, Omit<PackageField, 'name' | 'description'>>> = {
    reporter: { type: 'string', constraints: { required: true, enum: [REPORTER] } },
    partner: { type: 'string', constraints: { required: true, pattern: '[A-Z]{2}|EU|WLD' } },
    period: { type: 'string', constraints: { required: true, pattern: '\\d{4}(-H[12]|-\\d{2}/\\d{4}-\\d{2})?' } },
    flow: { type: 'string', constraints: { required: true, enum: [...FLOWS] } },
    value: { type: 'number', constraints: { required: true, minimum: 0 } },
    unit: { type: 'string', constraints: { required: true, enum: [...UNITS] } },
    basis: { type: 'string', constraints: { required: true, enum: [...BASES] } },
    approx: {
      ...BOOLEAN,
      trueValues: [...BOOLEAN.trueValues],
      falseValues: [...BOOLEAN.falseValues],
      constraints: { required: true },
    },
    derived: {
      ...BOOLEAN,
      trueValues: [...BOOLEAN.trueValues],
      falseValues: [...BOOLEAN.falseValues],
      constraints: { required: true },
    },
    source: { type: 'string', constraints: { required: true, pattern: ID } },
    source_url: { type: 'string', format: 'uri', constraints: { required: true } },
  };
  return TRADE_EXPORT_COLUMNS.map((name) => ({
    name,
    description:
      name === 'value'
        ? `${TRADE_COLUMN_NOTES[name] ?? ''} Unit: the unit column (billions of US dollars or of euros).`
        : (TRADE_COLUMN_NOTES[name] ?? ''),
    ...(special[name] ?? { type: 'string' }),
  }));
}

function eventFields(themes: readonly string[], actors: readonly string[]): PackageField[] {
  const list = (ids: readonly string[], what: string) => ({
    type: 'string' as const,
    constraints: {
      pattern: `(${ids.join('|')})( \\| (${ids.join('|')}))*`,
      ...(what === 'themes' ? { required: true } : {}),
    },
  });
  const special: Partial<Record<string, Omit<PackageField, 'name' | 'description'>>> = {
    id: { type: 'string', constraints: { required: true, unique: true, pattern: ID } },
    date: { type: 'string', constraints: { required: true, pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' } },
    end: { type: 'string', constraints: { pattern: '(\\d{4}(-\\d{2}(-\\d{2})?)?)?' } },
    precision: { type: 'string', constraints: { required: true, enum: ['year', 'month', 'day'] } },
    approx: {
      ...BOOLEAN,
      trueValues: [...BOOLEAN.trueValues],
      falseValues: [...BOOLEAN.falseValues],
      constraints: { required: true },
    },
    status: { type: 'string', constraints: { required: true, enum: Object.keys(EVENT_STATUSES) } },
    themes: list(themes, 'themes'),
    actors: { type: 'string', constraints: { pattern: `(${actors.join('|')})( \\| (${actors.join('|')}))*|` } },
    source_ids: { type: 'string', constraints: { required: true, pattern: ID_LIST } },
    url: { type: 'string', format: 'uri', constraints: { required: true } },
  };
  return EVENT_CSV_COLUMNS.map((name) => ({
    name,
    description: EVENT_COLUMN_NOTES[name],
    ...(special[name] ?? { type: 'string' }),
  }));
}

/** The data package for the site's downloads, with absolute links to the pages that present them. */
export function buildDataPackage(options: {
  site: URL;
  siteName: string;
  themes: readonly string[];
  actors: readonly string[];
}) {
  const page = (path: string) => new URL(path, options.site).href;
  const licenses = [{ name: CONTENT_LICENCE.id, path: CONTENT_LICENCE.url, title: CONTENT_LICENCE.title }];
  const resource = (name: string, path: string, title: string, description: string, pagePath: string) => ({
    name,
    path,
    profile: 'tabular-data-resource',
    title,
    description,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    licenses,
    sources: [
      { title: `${options.siteName}: ${title}`, path: page(pagePath) },
      { title: 'The original source of each row, named in its own columns' },
    ],
    dialect: { delimiter: ',', doubleQuote: true, header: true, lineTerminator: '\n' },
  });
  return {
    profile: 'tabular-data-package',
    name: 'kazakhstan-after-the-invasion',
    title: `${options.siteName}: timeline events and trade figures`,
    description: `The data behind ${page('/')}: timeline events with their sources, and Kazakhstan's trade with its main partners as each side publishes it. Text cells that would start a spreadsheet formula (=, +, -, @) begin with a single quote, which spreadsheets hide; the JSON downloads keep every value exactly. ${LICENCE_EXCEPTIONS}`,
    homepage: page('/'),
    licenses,
    resources: [
      {
        ...resource(
          'trade',
          'trade/trade.csv',
          "Kazakhstan's trade with its main partners",
          'One row per partner, period, flow and basis; figures never converted between currencies. Rankings on the site use full calendar years only.',
          '/trade/',
        ),
        schema: { fields: tradeFields(), primaryKey: ['reporter', 'partner', 'period', 'flow', 'basis'] },
      },
      {
        ...resource(
          'events',
          'timeline/events.csv',
          'Timeline events',
          'One row per event, in timeline order, dated at the precision the record supports.',
          '/timeline/',
        ),
        schema: { fields: eventFields(options.themes, options.actors), primaryKey: ['id'] },
      },
    ],
  };
}
