/**
 * The component catalogue (/components/): one example per component in src/components/catalogue/, each passing the
 * same check a fixed page's MDX must pass, and the pairing and prop listing the page is generated with.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { COMPONENT_DESCRIPTIONS } from '~/components/catalogue/descriptions';
import { BRIEFING_COMPONENTS, PAGE_COMPONENTS, propNames, propProblems } from '~/components/registry';
import { PROSE_ELEMENTS, readMdx } from '~/lib/content/mdx';
import { catalogue, exampleName, propsOf } from '~/lib/site/catalogue';
import { ROOT } from '../../../tools/lib/paths';
import { yamlEntries } from '../../support/content-files';

const FOLDER = join(ROOT, 'src/components/catalogue');
const PAGE_RULES = { components: propNames(PAGE_COMPONENTS), elements: PROSE_ELEMENTS };
const names = Object.keys(PAGE_COMPONENTS);
const files = readdirSync(FOLDER, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
const examples = files.map((file) => ({ file, source: readFileSync(join(FOLDER, file), 'utf8') }));

describe('the examples in src/components/catalogue/', () => {
  it('are one per component content may use, named after it, and none for anything else', () => {
    expect(files.filter((f) => f.includes('/'))).toEqual([]);
    expect(files.map((f) => f.replace(/\.mdx$/, '')).sort()).toEqual([...names].sort());
  });

  it('each come with a description', () => {
    expect(Object.keys(COMPONENT_DESCRIPTIONS).sort()).toEqual([...names].sort());
    for (const text of Object.values(COMPONENT_DESCRIPTIONS)) expect(text.trim().length).toBeGreaterThan(20);
  });

  it.each(examples.map((e) => [e.file, e] as const))(
    '%s passes the content check of a fixed page and uses its component',
    (file, { source }) => {
      const doc = readMdx(source, PAGE_RULES);
      expect(doc.problems).toEqual([]);
      const problems = doc.components.flatMap((use) => {
        const schema = PAGE_COMPONENTS[use.name as keyof typeof PAGE_COMPONENTS];
        return propProblems(use.name, schema, use.props).map((p) => `${file}:${use.line}: ${p}`);
      });
      expect(problems).toEqual([]);
      expect(doc.components.map((use) => use.name)).toContain(exampleName(file));
    },
  );

  it('cite real sources and link real events', () => {
    const sources = yamlEntries('sources');
    const events = yamlEntries('events');
    const unknown = examples.flatMap(({ file, source }) =>
      readMdx(source, PAGE_RULES).components.flatMap((use) => {
        if (use.name === 'KeyMoments') {
          const ids = use.props['ids'];
          return (Array.isArray(ids) ? ids : [])
            .filter((id) => !events.has(String(id)))
            .map((id) => `${file}: ${String(id)}`);
        }
        const ref = use.name === 'ClaimCheck' ? use.props['source'] : use.props['id'];
        const known = use.name === 'EventRef' ? events : sources;
        const refers = ['Cite', 'ClaimCheck', 'EventRef'].includes(use.name);
        return refers && !known.has(String(ref)) ? [`${file}: <${use.name}> ${String(ref)}`] : [];
      }),
    );
    expect(unknown).toEqual([]);
  });
});

describe('exampleName', () => {
  it('is the file name without .mdx', () => {
    expect(exampleName('/src/components/catalogue/TradePanel.mdx')).toBe('TradePanel');
    expect(exampleName('Cite.mdx')).toBe('Cite');
  });
});

describe('propsOf', () => {
  it('lists every prop of the schema, in order, with whether it may be left out', () => {
    const props = propsOf(PAGE_COMPONENTS.TradePanel);
    expect(props.map((p) => [p.name, p.optional])).toEqual([
      ['year', false],
      ['flow', true],
      ['basis', true],
      ['highlight', true],
      ['summary', true],
      ['switches', true],
    ]);
  });

  it("says what each value must be in the check's own words", () => {
    const expects = (schema: z.ZodObject) => Object.fromEntries(propsOf(schema).map((p) => [p.name, p.expects]));
    expect(expects(PAGE_COMPONENTS.TradePanel)).toMatchObject({
      year: expect.stringContaining('whole calendar year such as year={2022}'),
      flow: 'must be one of turnover, exports, imports',
      switches: 'must be true or false',
    });
    expect(expects(PAGE_COMPONENTS.DataCount)).toEqual({ of: 'must be events, trade-rows or part-year-rows' });
    expect(expects(PAGE_COMPONENTS.Cite)['id']).toMatch(/^must be the id of a source/);
  });

  it('says nothing when any value is accepted, and lists no props for a component without any', () => {
    expect(propsOf(z.object({ anything: z.unknown() }))).toEqual([{ name: 'anything', optional: true, expects: '' }]);
    expect(propsOf(PAGE_COMPONENTS.KeyPoints)).toEqual([]);
  });
});

describe('catalogue', () => {
  const components = { Cite: BRIEFING_COMPONENTS.Cite, Lead: PAGE_COMPONENTS.Lead };
  const rendered = { './x/Lead.mdx': { default: 'lead' }, './x/Cite.mdx': { default: 'cite' } };
  const sources = { './x/Lead.mdx': '\n\n<Lead>\n  Text\n</Lead>\n\n', './x/Cite.mdx': 'A.<Cite id="a" />\n' };

  it('pairs each component with its example, in the order of the registry, its source trimmed', () => {
    const entries = catalogue(components, rendered, sources);
    expect(entries.map((e) => [e.name, e.Content, e.source])).toEqual([
      ['Cite', 'cite', 'A.<Cite id="a" />'],
      ['Lead', 'lead', '<Lead>\n  Text\n</Lead>'],
    ]);
    expect(entries[0]?.props).toEqual([{ name: 'id', optional: false, expects: expect.stringMatching(/^must be/) }]);
  });

  it('refuses an example of no component, a component without an example and an example without its text', () => {
    const wrong = () =>
      catalogue(
        components,
        { './x/Cit.mdx': { default: 'cite' }, './x/Lead.mdx': { default: 'lead' } },
        { './x/Cit.mdx': 'A.' },
      );
    expect(wrong).toThrow(
      [
        'The component catalogue (src/components/catalogue/) is out of step:',
        '  Cit.mdx shows no component: name each example after the component it shows',
        '  <Cite> has no example: add Cite.mdx',
        '  ./x/Lead.mdx has no source text',
      ].join('\n'),
    );
  });

  it('runs on the real examples and registry', () => {
    const rel = (file: string) => `./${relative(ROOT, join(FOLDER, file))}`;
    const entries = catalogue(
      PAGE_COMPONENTS,
      Object.fromEntries(examples.map((e) => [rel(e.file), { default: e.file }])),
      Object.fromEntries(examples.map((e) => [rel(e.file), e.source])),
    );
    expect(entries.map((e) => e.name)).toEqual(names);
  });
});
