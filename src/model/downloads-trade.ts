/** The trade downloads, built from the same checked rows as the panel. */
import { exportTrade, type ExportedTradeRow } from '~/lib/trade/export';
import { loadSiteContent } from '~/model/site-content';

/** Every trade row with its source resolved. */
export async function tradeExport(): Promise<ExportedTradeRow[]> {
  const { trade, sources } = await loadSiteContent();
  return exportTrade(trade, (id) => {
    const { title, publisher, url } = sources.get(id)!.data;
    return { title, publisher, url };
  });
}
