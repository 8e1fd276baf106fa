/**
 * Mozilla's HTTP Observatory grade for one page, from the headers a host sends with it and the page's own HTML
 * (its `<meta http-equiv="content-security-policy">` and its scripts), without a network. The rules and modifiers
 * follow the Observatory's published scoring (https://developer.mozilla.org/en-US/observatory/docs/tests_and_scoring)
 * as its scanner applies them (`@mdn/mdn-http-observatory` 1.4.8, src/grader/charts.js): start from 100, subtract
 * the penalties, and add the bonuses only when the result is still 90 or more. A+ is 100 or more.
 *
 * What a static file cannot show is an input: whether the host redirects plain HTTP to HTTPS (docs/DEPLOY.md
 * requires it). Cookies and CORS are scored from the headers (this site sets neither).
 */

export interface ObservatoryInput {
  /** Response headers, any case. */
  headers: Readonly<Record<string, string>>;
  /** The page's HTML. */
  html: string;
  /** The host sends plain-HTTP requests to HTTPS on the same host (a host setting, not a file). */
  redirectsToHttps: boolean;
}

export interface ObservatoryTest {
  test: string;
  result: string;
  modifier: number;
}

export interface ObservatoryGrade {
  score: number;
  grade: string;
  tests: ObservatoryTest[];
}

type Policy = Map<string, Set<string>>;

/** Sources that make a script or object directive as good as absent (the Observatory's "dangerously broad"). */
const BROAD = new Set(['*', 'http:', 'https:', 'ftp:', 'http://*', 'https://*', 'ftp://*']);
const BROAD_OR_INLINE = new Set([...BROAD, "'unsafe-inline'", 'data:']);
const PASSIVE = new Set(['img-src', 'media-src']);
/** frame-ancestors, report-uri and sandbox are ignored in a <meta> policy (CSP 3, §3.3). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/**
 * One policy's directives, keywords and hosts lower-cased (hashes and nonces keep their case: they are base64);
 * throws on a repeated directive (the Observatory calls it invalid).
 */
export function parsePolicy(policy: string): Policy {
  const parsed: Policy = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const directive = name.toLowerCase();
    if (parsed.has(directive)) throw new Error(`directive ${directive} appears twice`);
    parsed.set(directive, new Set(sources.map((s) => (/^'(sha\d+|nonce)-/i.test(s) ? s : s.toLowerCase()))));
  }
  return parsed;
}

/**
 * The policy a browser enforces when a page has several (header and meta): each must allow a load, so a directive
 * that two of them set allows only the sources both list.
 */
export function combinePolicies(policies: readonly Policy[]): Policy {
  const combined: Policy = new Map();
  for (const policy of policies) {
    for (const [directive, sources] of policy) {
      const before = combined.get(directive);
      combined.set(directive, before ? new Set([...before].filter((s) => sources.has(s))) : new Set(sources));
    }
  }
  return combined;
}

const header = (input: ObservatoryInput, name: string): string | undefined =>
  Object.entries(input.headers).find(([key]) => key.toLowerCase() === name)?.[1];

/** The `content` of each `<meta http-equiv="content-security-policy">`. */
export function metaPolicies(html: string): string[] {
  return [...html.matchAll(/<meta\b[^>]*>/gi)]
    .map(([tag]) => tag)
    .filter((tag) => /http-equiv\s*=\s*["']?content-security-policy["'\s>]/i.test(tag))
    .map((tag) => /content\s*=\s*"([^"]*)"|content\s*=\s*'([^']*)'/i.exec(tag))
    .map((match) => (match?.[1] ?? match?.[2] ?? '').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"'));
}

function cspTest(input: ObservatoryInput): ObservatoryTest {
  const test = 'content-security-policy';
  const fromHeader = header(input, 'content-security-policy');
  let headerPolicy: Policy;
  let metas: Policy[];
  try {
    headerPolicy = fromHeader ? parsePolicy(fromHeader) : new Map();
    metas = metaPolicies(input.html).map((meta) => {
      const policy = parsePolicy(meta);
      for (const directive of HEADER_ONLY) policy.delete(directive);
      return policy;
    });
  } catch {
    return { test, result: 'csp-header-invalid', modifier: -25 };
  }
  if (headerPolicy.size === 0 && metas.every((m) => m.size === 0)) {
    return { test, result: 'csp-not-implemented', modifier: -25 };
  }
  const csp = combinePolicies([headerPolicy, ...metas]);
  const fallback = csp.get('default-src') ?? new Set(['*']);
  const scripts = new Set(csp.get('script-src') ?? fallback);
  const styles = new Set(csp.get('style-src') ?? fallback);
  const objects = csp.get('object-src') ?? fallback;
  // A hash or nonce makes browsers ignore 'unsafe-inline' in the same list.
  for (const list of [scripts, styles]) {
    if ([...list].some((s) => /^'(sha256|sha384|sha512|nonce)-/.test(s))) list.delete("'unsafe-inline'");
  }
  const active = [...csp].filter(([d]) => !PASSIVE.has(d)).flatMap(([, s]) => [...s]);
  const passive = [...PASSIVE].flatMap((d) => [...(csp.get(d) ?? fallback)]);
  const insecure = (s: string) => s.startsWith('http:') || s.startsWith('ftp:');
  if ([...scripts].some((s) => BROAD_OR_INLINE.has(s)) || [...objects].some((s) => BROAD.has(s))) {
    return { test, result: 'csp-implemented-with-unsafe-inline', modifier: -20 };
  }
  if (active.some(insecure)) return { test, result: 'csp-implemented-with-insecure-scheme', modifier: -20 };
  if (scripts.has("'unsafe-eval'") || styles.has("'unsafe-eval'")) {
    return { test, result: 'csp-implemented-with-unsafe-eval', modifier: -10 };
  }
  if (passive.some(insecure)) {
    return { test, result: 'csp-implemented-with-insecure-scheme-in-passive-content-only', modifier: -10 };
  }
  if ([...styles].some((s) => BROAD_OR_INLINE.has(s))) {
    return { test, result: 'csp-implemented-with-unsafe-inline-in-style-src-only', modifier: 0 };
  }
  const defaultSrc = csp.get('default-src');
  if (defaultSrc?.size === 1 && defaultSrc.has("'none'")) {
    return { test, result: 'csp-implemented-with-no-unsafe-default-src-none', modifier: 10 };
  }
  return { test, result: 'csp-implemented-with-no-unsafe', modifier: 5 };
}

function hstsTest(input: ObservatoryInput): ObservatoryTest {
  const test = 'strict-transport-security';
  const value = header(input, 'strict-transport-security');
  if (!value) return { test, result: 'hsts-not-implemented', modifier: -20 };
  const maxAge = /max-age\s*=\s*"?(\d+)"?/i.exec(value)?.[1];
  if (maxAge === undefined) return { test, result: 'hsts-header-invalid', modifier: -20 };
  // Preloading is a list the browsers ship, which a header alone cannot prove; it earns no points here.
  return Number(maxAge) >= 15768000
    ? { test, result: 'hsts-implemented-max-age-at-least-six-months', modifier: 0 }
    : { test, result: 'hsts-implemented-max-age-less-than-six-months', modifier: -10 };
}

function referrerTest(input: ObservatoryInput): ObservatoryTest {
  const test = 'referrer-policy';
  const value = header(input, 'referrer-policy');
  if (!value) return { test, result: 'referrer-policy-not-implemented', modifier: 0 };
  // The last value a browser recognises wins.
  const last =
    value
      .split(',')
      .map((v) => v.trim().toLowerCase())
      .at(-1) ?? '';
  if (['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'].includes(last)) {
    return { test, result: 'referrer-policy-private', modifier: 5 };
  }
  if (['origin', 'origin-when-cross-origin', 'unsafe-url', 'no-referrer-when-downgrade'].includes(last)) {
    return { test, result: 'referrer-policy-unsafe', modifier: -5 };
  }
  return { test, result: 'referrer-policy-header-invalid', modifier: -5 };
}

function contentTypeOptionsTest(input: ObservatoryInput): ObservatoryTest {
  const test = 'x-content-type-options';
  const value = header(input, 'x-content-type-options');
  if (!value) return { test, result: 'x-content-type-options-not-implemented', modifier: -5 };
  return value.trim().toLowerCase() === 'nosniff'
    ? { test, result: 'x-content-type-options-nosniff', modifier: 0 }
    : { test, result: 'x-content-type-options-header-invalid', modifier: -5 };
}

function frameOptionsTest(input: ObservatoryInput): ObservatoryTest {
  const test = 'x-frame-options';
  const csp = header(input, 'content-security-policy');
  let ancestors: Set<string> | undefined;
  try {
    ancestors = csp ? parsePolicy(csp).get('frame-ancestors') : undefined;
  } catch {
    ancestors = undefined;
  }
  if (ancestors && ![...ancestors].some((s) => BROAD.has(s))) {
    return { test, result: 'x-frame-options-implemented-via-csp', modifier: 5 };
  }
  const value = header(input, 'x-frame-options')?.trim().toLowerCase();
  if (!value) return { test, result: 'x-frame-options-not-implemented', modifier: -20 };
  if (value === 'deny' || value === 'sameorigin') {
    return { test, result: 'x-frame-options-sameorigin-or-deny', modifier: 0 };
  }
  return value.startsWith('allow-from ')
    ? { test, result: 'x-frame-options-allow-from-origin', modifier: 0 }
    : { test, result: 'x-frame-options-header-invalid', modifier: -20 };
}

function resourcePolicyTest(input: ObservatoryInput): ObservatoryTest {
  const test = 'cross-origin-resource-policy';
  const value = header(input, 'cross-origin-resource-policy')?.trim().toLowerCase();
  if (!value) return { test, result: 'corp-not-implemented', modifier: 0 };
  if (value === 'same-origin') return { test, result: 'corp-implemented-with-same-origin', modifier: 10 };
  if (value === 'same-site') return { test, result: 'corp-implemented-with-same-site', modifier: 10 };
  if (value === 'cross-origin') return { test, result: 'corp-implemented-with-cross-origin', modifier: 0 };
  return { test, result: 'corp-header-invalid', modifier: -5 };
}

function cookiesTest(input: ObservatoryInput): ObservatoryTest {
  // This site sets no cookies; a host that adds one must be scored by the real scanner.
  return header(input, 'set-cookie')
    ? { test: 'cookies', result: 'cookies-without-secure-flag', modifier: -20 }
    : { test: 'cookies', result: 'cookies-not-found', modifier: 0 };
}

function corsTest(input: ObservatoryInput): ObservatoryTest {
  const origin = header(input, 'access-control-allow-origin')?.trim();
  if (!origin) return { test: 'cors', result: 'cross-origin-resource-sharing-not-implemented', modifier: 0 };
  return origin === '*'
    ? { test: 'cors', result: 'cross-origin-resource-sharing-implemented-with-public-access', modifier: 0 }
    : { test: 'cors', result: 'cross-origin-resource-sharing-implemented-with-restricted-access', modifier: 0 };
}

function redirectionTest(input: ObservatoryInput): ObservatoryTest {
  return input.redirectsToHttps
    ? { test: 'redirection', result: 'redirection-to-https', modifier: 0 }
    : { test: 'redirection', result: 'redirection-missing', modifier: -20 };
}

function subresourceIntegrityTest(input: ObservatoryInput): ObservatoryTest {
  const test = 'subresource-integrity';
  const sources = [...input.html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/gi)].map(([, src]) => src ?? '');
  const external = sources.filter((src) => /^(https?:)?\/\//i.test(src));
  if (external.length === 0) {
    return /<script\b/i.test(input.html)
      ? { test, result: 'sri-not-implemented-but-all-scripts-loaded-from-secure-origin', modifier: 0 }
      : { test, result: 'sri-not-implemented-but-no-scripts-loaded', modifier: 0 };
  }
  // This site loads nothing from other hosts (tests/build/site.test.ts); any external script is a failure here.
  return { test, result: 'sri-not-implemented-and-external-scripts-not-loaded-securely', modifier: -50 };
}

const GRADES: [number, string][] = [
  [100, 'A+'],
  [90, 'A'],
  [85, 'A-'],
  [80, 'B+'],
  [70, 'B'],
  [65, 'B-'],
  [60, 'C+'],
  [50, 'C'],
  [45, 'C-'],
  [40, 'D+'],
  [30, 'D'],
  [25, 'D-'],
  [0, 'F'],
];

/** The Observatory's score and grade for one response. */
export function observatoryGrade(input: ObservatoryInput): ObservatoryGrade {
  const tests = [
    cspTest(input),
    cookiesTest(input),
    corsTest(input),
    redirectionTest(input),
    referrerTest(input),
    hstsTest(input),
    subresourceIntegrityTest(input),
    contentTypeOptionsTest(input),
    frameOptionsTest(input),
    resourcePolicyTest(input),
  ];
  const penalties = tests.reduce((sum, t) => sum + Math.min(t.modifier, 0), 0);
  const withBonuses = tests.reduce((sum, t) => sum + t.modifier, 100);
  const score = Math.max(0, 100 + penalties >= 90 ? withBonuses : 100 + penalties);
  const grade = GRADES.find(([from]) => score >= from)?.[1] ?? 'F';
  return { score, grade, tests };
}
