/**
 * A component used twice on one page gives each use its own ids: the first keeps the id links and tests rely on,
 * later ones get `-2`, `-3`, and every `aria-labelledby` names the heading or caption of its own use.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { describe, expect, it } from 'vitest';
import KeyPoints from '~/components/briefing/KeyPoints.astro';
import BriefingList from '~/components/briefing/BriefingList.astro';
import Timeline from '~/components/timeline/Timeline.astro';
import BasisComparison from '~/components/trade/BasisComparison.astro';
import ClaimCheck from '~/components/trade/ClaimCheck.astro';
import PartYearTable from '~/components/trade/PartYearTable.astro';
import TradePanel from '~/components/trade/TradePanel.astro';
import TradeTrend from '~/components/trade/TradeTrend.astro';
import { findDuplicateIds } from '~/lib/site/html-ids';
import { orderEvents } from '~/lib/timeline/events';
import { createCitationState } from '~/lib/briefing/citation-state';
import { numberSources } from '~/lib/briefing/citations';
import type { PageContext } from '~/model/page-context';
import type { Briefing } from '~/model/site-content';
import { timelineEvent } from '../support/fixtures';
import { renderWithContext, testContext, testSource } from '../support/page-context';
import Repeated from './fixtures/Repeated.astro';
import { tradeContext } from './trade-fixture';

/** A page that checks three claims from one op-ed, all contradicted, and one from a speech it confirms. */
function claimContext(): PageContext {
  const numbered = numberSources(['oped', 'speech'], ['oped', 'oped', 'speech', 'oped']);
  return testContext(
    { sources: new Map([testSource('oped'), testSource('speech')]) },
    { citations: { numbered, state: createCitationState(numbered) } },
  );
}

const briefing = (id: string, published: string) =>
  ({
    id,
    data: { title: `Title ${id}`, dek: `Dek ${id}`, published, authors: ['Desk'], events: [], tags: [] },
  }) as unknown as Briefing;

const check = (source: string, verdict = 'contradicted') => ({ claim: 'A claim.', by: 'Someone', source, verdict });

const cases: [string, AstroComponentFactory, PageContext, Record<string, unknown>[], string[]][] = [
  [
    'ClaimCheck',
    ClaimCheck,
    claimContext(),
    [check('oped'), check('oped'), check('speech', 'confirmed'), check('oped')],
    [
      'claim-check-oped-contradicted',
      'claim-check-oped-contradicted-2',
      'claim-check-speech-confirmed',
      'claim-check-oped-contradicted-3',
    ],
  ],
  ['KeyPoints', KeyPoints, testContext(), [{}, {}], ['key-points-heading', 'key-points-heading-2']],
  [
    'BasisComparison',
    BasisComparison,
    tradeContext(),
    [
      { caption: 'Counted twice', pairs: [{ partner: 'CN', period: '2022' }] },
      { caption: 'Counted twice again', pairs: [{ partner: 'RU', period: '2022' }] },
    ],
    [
      'basis-comparison-caption',
      'basis-comparison-caption-table',
      'basis-comparison-caption-2',
      'basis-comparison-caption-2-table',
    ],
  ],
  ['PartYearTable', PartYearTable, tradeContext(), [{}, {}], ['part-year-caption', 'part-year-caption-2']],
  [
    'TradeTrend',
    TradeTrend,
    tradeContext(),
    [{ partners: ['RU', 'CN'] }, { partners: ['CN'] }],
    [
      'trade-trend-caption',
      'trade-trend-title',
      'trade-trend-table-caption',
      'trade-trend-2-caption',
      'trade-trend-2-title',
      'trade-trend-2-table-caption',
    ],
  ],
  [
    'TradePanel',
    TradePanel,
    tradeContext(),
    [{ year: 2022 }, { year: 2022 }],
    [
      'panel-kz-2022-turnover-reporter-caption',
      'panel-kz-2022-turnover-reporter-kz-2022-turnover-reporter-table-caption',
      'panel-kz-2022-turnover-reporter-2-caption',
      'panel-kz-2022-turnover-reporter-2-kz-2022-turnover-reporter-table-caption',
    ],
  ],
  [
    'BriefingList',
    BriefingList,
    testContext({ briefings: [briefing('b-one', '2024-05-01')] }),
    [{}, {}],
    ['latest-heading', 'briefing-b-one', 'latest-heading-2', 'briefing-b-one-2'],
  ],
  [
    'Timeline',
    Timeline,
    testContext({ sources: new Map([testSource('src-a')]) }),
    [
      { events: orderEvents([timelineEvent('first', { date: '2022-03-01' })]) },
      { events: orderEvents([timelineEvent('second', { date: '2022-04-01' })]) },
    ],
    ['timeline-2022', 'timeline-2-2022'],
  ],
];

describe('ids of a component used more than once on a page', () => {
  it.each(cases)('%s', async (_, component, context, uses, expected) => {
    const doc = await renderWithContext(Repeated, context, { props: { component, uses } });
    const labelled = [...doc.querySelectorAll('[aria-labelledby]')];
    expect(labelled.map((el) => el.getAttribute('aria-labelledby'))).toEqual(expected);
    for (const el of labelled) {
      // Its own heading or caption, inside it, not the first use's.
      expect(el.contains(doc.getElementById(el.getAttribute('aria-labelledby')!))).toBe(true);
    }
    expect(findDuplicateIds(doc.body.innerHTML)).toEqual([]);
  });

  it('starts again on the next page: a page’s first use keeps the plain id', async () => {
    const render = () => renderWithContext(Repeated, testContext(), { props: { component: KeyPoints, uses: [{}] } });
    await render();
    const doc = await render();
    expect(doc.querySelector('h2')?.id).toBe('key-points-heading');
  });
});
