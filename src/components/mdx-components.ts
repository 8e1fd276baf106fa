/**
 * The vocabulary of components a briefing can use without imports. Documented for editors in docs/EDITING.md;
 * adding one here makes it available in every briefing. The lower-case keys are not vocabulary: they render the
 * Markdown headings editors write.
 */
import Cite from './briefing/Cite.astro';
import KeyPoints from './briefing/KeyPoints.astro';
import RegionMap from './map/RegionMap.astro';
import EventRef from './timeline/EventRef.astro';
import ClaimCheck from './trade/ClaimCheck.astro';
import TradeFigure from './trade/TradeFigure.astro';
import TradeLeaders from './trade/TradeLeaders.astro';
import TradePanel from './trade/TradePanel.astro';
import TradeTrend from './trade/TradeTrend.astro';
import { markdownHeadings } from './ui/headings/headings';

export const mdxComponents = {
  Cite,
  ClaimCheck,
  EventRef,
  KeyPoints,
  RegionMap,
  TradeFigure,
  TradeLeaders,
  TradePanel,
  TradeTrend,
  ...markdownHeadings,
};
