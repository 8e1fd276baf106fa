/**
 * The component catalogue (`/components/`): pairs each example in src/components/catalogue/ with the component it
 * shows, and reads each component's props from the same zod schemas the content check validates uses with.
 */
import type { z } from 'astro/zod';

/** One prop of a component, as the catalogue lists it. */
export interface PropInfo {
  name: string;
  /** The prop may be left out. */
  optional: boolean;
  /** What the content check says when the value is wrong, e.g. "must be true or false". */
  expects: string;
}

/** One component in the catalogue. */
export interface CatalogueEntry<Content> {
  name: string;
  /** The example, rendered. */
  Content: Content;
  /** The example's MDX exactly as written, without leading or trailing blank lines. */
  source: string;
  props: PropInfo[];
}

/** `/src/components/catalogue/TradePanel.mdx` → `TradePanel`. */
export function exampleName(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.mdx$/, '');
}

/**
 * Each prop of a component: its name, whether it may be left out, and what its value must be. The last is the
 * message the check gives for a value of the wrong kind, so the catalogue and the check cannot disagree.
 */
export function propsOf(schema: z.ZodObject): PropInfo[] {
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, prop]) => {
    const issues = prop.safeParse(null).error?.issues ?? [];
    return {
      name,
      optional: prop.safeParse(undefined).success,
      expects: issues.map((issue) => issue.message).join('; '),
    };
  });
}

/**
 * The catalogue: one entry per component, in the registry's order. `rendered` and `sources` are the example files
 * by path, as `import.meta.glob` gives them. Throws, naming the files, when an example shows no known component or
 * a component has no example, so the page can never go out of step with the registry.
 */
export function catalogue<Content>(
  components: Readonly<Record<string, z.ZodObject>>,
  rendered: Readonly<Record<string, { default: Content }>>,
  sources: Readonly<Record<string, string>>,
): CatalogueEntry<Content>[] {
  const examples = new Map(
    Object.entries(rendered).map(([path, module]) => [
      exampleName(path),
      { path, Content: module.default, source: sources[path] },
    ]),
  );
  const entries = Object.entries(components).flatMap(([name, schema]) => {
    const example = examples.get(name);
    if (example?.source === undefined) return [];
    const source = example.source.replace(/^\s*\n/, '').trimEnd();
    return [{ name, Content: example.Content, source, props: propsOf(schema) }];
  });
  const problems = [
    ...[...examples.keys()]
      .filter((name) => !Object.hasOwn(components, name))
      .map((name) => `${name}.mdx shows no component: name each example after the component it shows`),
    ...Object.keys(components)
      .filter((name) => !examples.has(name))
      .map((name) => `<${name}> has no example: add ${name}.mdx`),
    ...[...examples.values()].filter((e) => e.source === undefined).map((e) => `${e.path} has no source text`),
  ];
  if (problems.length > 0) {
    throw new Error(`The component catalogue (src/components/catalogue/) is out of step:\n  ${problems.join('\n  ')}`);
  }
  return entries;
}
