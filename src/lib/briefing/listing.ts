/** The fields of a briefing that decide where and whether it is listed. */
export interface ListableBriefing {
  id: string;
  data: { published: string; updated?: string | undefined; draft: boolean; title: string };
}

/** Drafts are shown while previewing (`npm run dev`) and never in a production build. */
export function isVisible(briefing: ListableBriefing, options: { includeDrafts: boolean }): boolean {
  return options.includeDrafts || !briefing.data.draft;
}

/** Newest first by publication date (ISO strings sort as dates), then by title for a stable order. */
export function newestFirst<T extends ListableBriefing>(briefings: readonly T[]): T[] {
  return [...briefings].sort(
    (a, b) => b.data.published.localeCompare(a.data.published) || a.data.title.localeCompare(b.data.title),
  );
}

/** The URL path of a briefing page. */
export function briefingPath(id: string): string {
  return `/briefings/${id}/`;
}
