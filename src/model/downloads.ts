/** The timeline's and the trade figures' downloads, built from the same checked data as the pages. */
import { exportEvents, type ExportedEvent } from '~/lib/timeline/export';
import { exportTrade, type ExportedTradeRow } from '~/lib/trade/export';
import { createPageContext } from './page-context';
import { loadSiteContent } from './site-content';

export const TIMELINE_PATH = '/timeline/';

/** Every event as an export record with absolute URLs. */
export async function timelineExport(site: URL | undefined): Promise<ExportedEvent[]> {
  const data = createPageContext(await loadSiteContent());
  return exportEvents(
    data.events,
    (id) => {
      const { title, publisher, url } = data.source(id);
      return { id, title, publisher, url };
    },
    new URL(TIMELINE_PATH, site).href,
    (id) => `${data.place(id).name}, ${data.place(id).country}`,
  );
}

/** Every trade row with its source resolved. */
export async function tradeExport(): Promise<ExportedTradeRow[]> {
  const data = createPageContext(await loadSiteContent());
  return exportTrade(data.trade, (id) => {
    const { title, publisher, url } = data.source(id);
    return { title, publisher, url };
  });
}
