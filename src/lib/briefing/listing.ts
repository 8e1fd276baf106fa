/** The fields of a briefing that decide where and whether it is listed. */
export interface ListableBriefing {
  id: string;
  data: { published: string; updated?: string | undefined; draft: boolean; title: string };
}

/** Where a briefing stands on a given day: a draft, scheduled (published after today), or live. */
export type PublicationStatus = 'draft' | 'scheduled' | 'live';

/** A draft is a draft whatever its date; a `published` date after `today` (both 'YYYY-MM-DD') means scheduled. */
export function publicationStatus(briefing: ListableBriefing, today: string): PublicationStatus {
  if (briefing.data.draft) return 'draft';
  return briefing.data.published > today ? 'scheduled' : 'live';
}

/**
 * Drafts and scheduled briefings are shown while previewing (`npm run dev`) and left out of every production
 * output until a build on or after their date.
 */
export function isVisible(briefing: ListableBriefing, options: { preview: boolean; today: string }): boolean {
  return options.preview || publicationStatus(briefing, options.today) === 'live';
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
