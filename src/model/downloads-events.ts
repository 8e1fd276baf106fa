/** The timeline's downloads, built from the same checked data as the page. */
import { exportEvents, type ExportedEvent } from '~/lib/timeline/export';
import { loadSiteContent } from '~/model/site-content';

export const TIMELINE_PATH = '/timeline/';

/** Every event as an export record with absolute URLs. */
export async function timelineExport(site: URL | undefined): Promise<ExportedEvent[]> {
  const { events, sources } = await loadSiteContent();
  return exportEvents(
    events,
    (id) => {
      const { title, publisher, url } = sources.get(id)!.data;
      return { id, title, publisher, url };
    },
    new URL(TIMELINE_PATH, site).href,
  );
}
