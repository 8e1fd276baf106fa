/**
 * Open for reuse: the licence on every page and in every download, a data package that describes every column
 * of every CSV (validated against the Tabular Data Package profile), values that meet their fields' constraints,
 * and CSV cells a spreadsheet cannot run as formulas, with text that round-trips to the JSON exactly.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { looksLikeFormula } from '~/lib/site/spreadsheet';
import type { PackageField } from '~/model/data-package';
import { DIST } from '../../tools/lib/paths';
import { builtPages } from '../support/dist';

const CC_BY = 'https://creativecommons.org/licenses/by/4.0/';
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const pkg = JSON.parse(read('datapackage.json')) as {
  licenses: { name: string; path: string }[];
  resources: {
    name: string;
    path: string;
    licenses: { name: string }[];
    schema: { fields: PackageField[]; primaryKey: string[] };
  }[];
};
const csv = (path: string) => parse(read(path), { columns: true, bom: true }) as Record<string, string>[];
const header = (path: string) => (parse(read(path), { to_line: 1 }) as string[][])[0] ?? [];
/** A cell as the spreadsheet shows it: the guard's leading quote removed. */
const shown = (cell: string) => (cell.startsWith("'") && looksLikeFormula(cell.slice(1)) ? cell.slice(1) : cell);

describe('the data package', () => {
  it.each(['/trade/', '/timeline/'])('is linked from %s, beside the files it describes', (path) => {
    const page = builtPages().find((p) => p.path === path);
    expect(page?.document.querySelector('a[href="/datapackage.json"]')).not.toBeNull();
  });

  it('is a valid Tabular Data Package', () => {
    const require = createRequire(import.meta.url);
    const profile = require('datapackage/lib/profiles/tabular-data-package.json') as object;
    // The profile's editor hints (textarea) and formats: addresses checked, free text accepted.
    const ajv = new Ajv({
      allErrors: true,
      strict: false,
      formats: { textarea: true, email: true, 'date-time': true, uri: /^https?:\/\/\S+$/ },
    });
    const valid = ajv.validate(profile, pkg);
    expect(ajv.errors ?? [], JSON.stringify(ajv.errors, null, 1)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is under CC BY 4.0, like each of its files', () => {
    expect(pkg.licenses).toEqual([expect.objectContaining({ name: 'CC-BY-4.0', path: CC_BY })]);
    for (const resource of pkg.resources)
      expect(resource.licenses).toEqual([expect.objectContaining({ name: 'CC-BY-4.0' })]);
  });

  it.each(pkg.resources.map((r) => [r.path, r] as const))(
    '%s: every column is described, in order, with a description',
    (path, resource) => {
      expect(header(path)).toEqual(resource.schema.fields.map((f) => f.name));
      for (const field of resource.schema.fields) expect(field.description.length, field.name).toBeGreaterThan(10);
    },
  );

  it.each(pkg.resources.map((r) => [r.path, r] as const))(
    '%s: every value meets its field’s type and constraints',
    (path, resource) => {
      const rows = csv(path);
      expect(rows.length).toBeGreaterThan(10);
      const problems: string[] = [];
      for (const field of resource.schema.fields) {
        const seen = new Set<string>();
        rows.forEach((row, i) => {
          const value = shown(row[field.name] ?? '');
          const where = `${path} row ${i + 2} ${field.name} '${value}'`;
          const c = field.constraints ?? {};
          if (value === '') {
            if (c.required) problems.push(`${where}: required`);
            return;
          }
          if (field.type === 'number' && !Number.isFinite(Number(value))) problems.push(`${where}: not a number`);
          if (field.type === 'number' && c.minimum !== undefined && Number(value) < c.minimum)
            problems.push(`${where}: below minimum`);
          if (field.type === 'boolean' && ![...(field.trueValues ?? []), ...(field.falseValues ?? [])].includes(value))
            problems.push(`${where}: not a boolean`);
          if (c.enum && !c.enum.includes(value)) problems.push(`${where}: not one of ${c.enum.join(', ')}`);
          if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(value))
            problems.push(`${where}: does not match ${c.pattern}`);
          if (field.format === 'uri' && !/^https?:\/\/\S+$/.test(value.split(' | ')[0] ?? ''))
            problems.push(`${where}: not an address`);
          if (c.unique && seen.has(value)) problems.push(`${where}: not unique`);
          seen.add(value);
        });
      }
      const key = resource.schema.primaryKey;
      const keys = rows.map((row) => key.map((k) => row[k]).join('|'));
      expect(new Set(keys).size, `${path}: primary key ${key.join(', ')} repeats`).toBe(keys.length);
      expect(problems).toEqual([]);
    },
  );
});

describe('spreadsheet-safe CSV, exact JSON', () => {
  it.each(['trade/trade.csv', 'timeline/events.csv'])('%s has no cell a spreadsheet would run as a formula', (path) => {
    const cells = csv(path).flatMap((row) => Object.values(row));
    expect(cells.filter(looksLikeFormula)).toEqual([]);
    // The guard did real work: some notes do begin with "+".
    if (path === 'trade/trade.csv') expect(cells.some((cell) => cell.startsWith("'+"))).toBe(true);
  });

  it('trade.csv holds every text exactly as the JSON does, non-Latin letters included', () => {
    const json = JSON.parse(read('trade/trade.json')) as { rows: Record<string, unknown>[] };
    const rows = csv('trade/trade.csv');
    expect(rows).toHaveLength(json.rows.length);
    rows.forEach((row, i) => {
      for (const column of ['note', 'source_title', 'source_publisher', 'partner_name']) {
        expect(shown(row[column] ?? ''), `row ${i + 2} ${column}`).toBe(String(json.rows[i]?.[column] ?? ''));
      }
    });
    expect(rows.some((row) => /[\u0400-\u04FF]/.test(row['source_title'] ?? ''))).toBe(true);
  });
});

describe('the licence is stated', () => {
  it.each(builtPages().map((p) => [p.path, p] as const))('%s: in the footer, with the licence link', (_path, page) => {
    const line = page.document.querySelector('footer [data-licence]');
    expect(line?.textContent).toContain('CC BY 4.0');
    expect(line?.querySelector(`a[rel="license"][href="${CC_BY}"]`)).not.toBeNull();
  });

  it.each(['trade/trade.json', 'timeline/events.json'])('%s: in the file, with the exact credit line', (path) => {
    const body = JSON.parse(read(path)) as { licence: { id: string }; attribution: string; datapackage: string };
    expect(body.licence.id).toBe('CC-BY-4.0');
    expect(body.attribution).toMatch(/^“.+”, Kazakhstan after the invasion, https:\/\/\S+\/, CC BY 4\.0$/);
    expect(body.datapackage).toMatch(/\/datapackage\.json$/);
  });

  it('under every chart and table, with its source', () => {
    const trade = builtPages().find((p) => p.path === '/trade/');
    const credits = [...(trade?.document.querySelectorAll('[data-chart-credit]') ?? [])];
    const charts = trade?.document.querySelectorAll('figure.trade-panel, table').length ?? 0;
    expect(credits.length).toBeGreaterThanOrEqual(3);
    expect(charts).toBeGreaterThan(0);
    for (const credit of credits)
      expect(credit.textContent).toMatch(/^\s*Source: .+\. Chart: Kazakhstan after the invasion,\s+CC BY 4\.0\.\s*$/);
  });
});
