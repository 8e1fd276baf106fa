/**
 * What `<ClaimCheck>` accepts, defined once: the component renders from it and the build's content check
 * validates every use in a briefing against it.
 */

/** The verdicts a claim check may give, with the words and mark readers see. */
export const CLAIM_VERDICTS = {
  confirmed: { label: 'Confirmed', mark: '✓', tone: 'border-good text-good' },
  'partly-true': { label: 'Partly true', mark: '◐', tone: 'border-warn text-warn' },
  contradicted: { label: 'Contradicted', mark: '✗', tone: 'border-bad text-bad' },
  unverified: { label: 'Unverified', mark: '?', tone: 'border-ink-muted text-ink-muted' },
} as const;

export type ClaimVerdict = keyof typeof CLAIM_VERDICTS;

const VERDICT_NAMES = Object.keys(CLAIM_VERDICTS) as ClaimVerdict[];
const REQUIRED = ['claim', 'by', 'source', 'verdict'] as const;

/** True when `value` is one of the verdicts. */
export const isClaimVerdict = (value: string): value is ClaimVerdict => Object.hasOwn(CLAIM_VERDICTS, value);

/** What is wrong with a `<ClaimCheck>`'s props as written (attribute values as text), in editors' words. */
export function claimCheckProblems(attributes: {
  readonly [K in (typeof REQUIRED)[number]]?: string | undefined;
}): string[] {
  const problems = REQUIRED.filter((name) => !attributes[name]).map((name) => `<ClaimCheck> needs ${name}="…"`);
  const verdict = attributes['verdict'];
  if (verdict && !isClaimVerdict(verdict)) {
    problems.push(`<ClaimCheck verdict="${verdict}">: verdict must be one of ${VERDICT_NAMES.join(', ')}`);
  }
  return problems;
}
