/**
 * Loads the collections once per build, checks every cross-reference, and hands pages plain data. Pages call
 * `loadSiteContent()`; a broken reference anywhere fails the whole build with one message listing all problems.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { isVisible, newestFirst } from '~/lib/briefings';
import { checkBriefingReferences, formatProblems, type ContentProblem } from '~/lib/content-integrity';
import { findComponentIds } from '~/lib/mdx-scan';

export type Briefing = CollectionEntry<'briefings'>;
export type Source = CollectionEntry<'sources'>;

export interface SiteContent {
  /** Briefings readers may see in this build, newest first. */
  briefings: Briefing[];
  sources: Map<string, Source>;
}

let cached: Promise<SiteContent> | undefined;

/** Every collection, checked, memoised for the build. */
export function loadSiteContent(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteContent> {
  const [allBriefings, sourceEntries] = await Promise.all([getCollection('briefings'), getCollection('sources')]);
  const sources = new Map(sourceEntries.map((s) => [s.id, s]));
  const known = { sources: new Set(sources.keys()) };

  const problems: ContentProblem[] = [];
  for (const briefing of allBriefings) {
    problems.push(
      ...checkBriefingReferences(
        { filePath: briefing.filePath ?? `content/briefings/${briefing.id}.mdx`, sources: briefing.data.sources, body: briefing.body ?? '' },
        known,
        findComponentIds(briefing.body ?? '', 'Cite'),
      ),
    );
  }
  if (problems.length > 0) {
    throw new AstroError(formatProblems(problems), 'Fix each file named above; docs/EDITING.md explains every field.');
  }

  const briefings = newestFirst(allBriefings.filter((b) => isVisible(b, { includeDrafts: import.meta.env.DEV })));
  return { briefings, sources };
}
