/**
 * Small, hand-made site data for component tests, handed to components the way pages do: as the page context
 * in `locals`. Nothing here reads the real content, so a test states exactly what the reader should see.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { parseHTML } from 'linkedom';
import { createPageContext, type PageContext, type PageContextSource } from '~/model/page-context';
import type { SourceData } from '~/model/schemas/source';

/** A source with predictable text: "Title of x", "Publisher x", https://example.org/x. */
export function testSource(id: string, patch: Partial<SourceData> = {}): [string, SourceData] {
  return [
    id,
    {
      title: `Title of ${id}`,
      publisher: `Publisher ${id}`,
      url: `https://example.org/${id}`,
      accessed: '2026-11-27',
      kind: 'news',
      ...patch,
    },
  ];
}

/** A page context over the given data; anything left out is empty. */
export function testContext(
  data: Partial<PageContextSource> = {},
  page: Parameters<typeof createPageContext>[1] = {},
): PageContext {
  const events = data.events ?? [];
  return createPageContext(
    {
      briefings: [],
      trade: [],
      sources: new Map(),
      actorNames: new Map(),
      themeNames: new Map(),
      places: new Map(),
      routes: new Map(),
      eventsById: new Map(events.map((e) => [e.id, e])),
      ...data,
      events,
    },
    page,
  );
}

let container: AstroContainer | undefined;

/** Renders a component with props and a page context, and parses the HTML as a reader's browser would. */
export async function renderWithContext(
  component: AstroComponentFactory,
  context: PageContext,
  options: { props?: Record<string, unknown>; slots?: Record<string, string> } = {},
): Promise<Document> {
  container ??= await AstroContainer.create();
  const html = await container.renderToString(component, { ...options, locals: { page: context } });
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;
}
