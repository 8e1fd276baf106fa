/**
 * The vocabulary of the fixed pages' MDX (`content/pages/*.mdx`): everything a briefing may use, plus the page
 * pieces that show whole data sets. Documented for editors in docs/EDITING.md.
 */
import BriefingList from './briefing/BriefingList.astro';
import KeyMoments from './home/KeyMoments.astro';
import SectionLinks from './home/SectionLinks.astro';
import TradeShift from './home/TradeShift.astro';
import { mdxComponents } from './mdx-components';
import CreditLine from './site/CreditLine.astro';
import DataCount from './site/DataCount.astro';
import Timeline from './timeline/Timeline.astro';
import TimelineKey from './timeline/TimelineKey.astro';
import BasisComparison from './trade/BasisComparison.astro';
import PartYearTable from './trade/PartYearTable.astro';
import TradeColumnNotes from './trade/TradeColumnNotes.astro';
import Lead from './ui/Lead.astro';

export const pageComponents = {
  ...mdxComponents,
  BasisComparison,
  BriefingList,
  CreditLine,
  DataCount,
  KeyMoments,
  Lead,
  PartYearTable,
  SectionLinks,
  Timeline,
  TimelineKey,
  TradeColumnNotes,
  TradeShift,
};
