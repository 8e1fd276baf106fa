import { describe, expect, it } from 'vitest';
import { combinePolicies, metaPolicies, observatoryGrade, parsePolicy } from '~/lib/site/observatory';

/** The headers public/_headers sends, and a page whose meta policy is as strict as this site's. */
const HEADERS = {
  'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
const page = (policy: string, body = '<script type="module">1</script>') =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const STRICT =
  "default-src 'none'; img-src 'self'; object-src 'none'; script-src 'self' 'sha256-abc='; style-src 'self'";

const result = (grade: ReturnType<typeof observatoryGrade>, test: string) =>
  grade.tests.find((t) => t.test === test)?.result;

describe('observatoryGrade', () => {
  it('gives this site’s headers and meta policy an A+, with every bonus it earns', () => {
    const grade = observatoryGrade({ headers: HEADERS, html: page(STRICT), redirectsToHttps: true });
    expect(grade.grade).toBe('A+');
    // 100, +10 default-src 'none', +5 private referrer, +5 frame-ancestors, +10 CORP same-origin.
    expect(grade.score).toBe(130);
    expect(result(grade, 'content-security-policy')).toBe('csp-implemented-with-no-unsafe-default-src-none');
    expect(result(grade, 'x-frame-options')).toBe('x-frame-options-implemented-via-csp');
  });

  it('fails a policy that allows inline scripts, and withholds every bonus when penalties bring it under 90', () => {
    const unsafe = STRICT.replace("script-src 'self' 'sha256-abc='", "script-src 'self' 'unsafe-inline'");
    const grade = observatoryGrade({ headers: HEADERS, html: page(unsafe), redirectsToHttps: true });
    expect(result(grade, 'content-security-policy')).toBe('csp-implemented-with-unsafe-inline');
    // 100 - 20 = 80 (B+): below 90, so the +20 of bonuses do not count.
    expect(grade.score).toBe(80);
    expect(grade.grade).toBe('B+');
  });

  it('ignores unsafe-inline beside a hash, as browsers do, but not unsafe-eval', () => {
    const hashed = STRICT.replace("'sha256-abc='", "'sha256-abc=' 'unsafe-inline'");
    expect(
      result(
        observatoryGrade({ headers: HEADERS, html: page(hashed), redirectsToHttps: true }),
        'content-security-policy',
      ),
    ).toBe('csp-implemented-with-no-unsafe-default-src-none');
    const evalPolicy = STRICT.replace("'sha256-abc='", "'unsafe-eval'");
    expect(
      result(
        observatoryGrade({ headers: HEADERS, html: page(evalPolicy), redirectsToHttps: true }),
        'content-security-policy',
      ),
    ).toBe('csp-implemented-with-unsafe-eval');
  });

  it('does not take frame-ancestors from a meta policy, where browsers ignore it', () => {
    const headers = { ...HEADERS, 'Content-Security-Policy': "object-src 'none'" };
    const grade = observatoryGrade({
      headers,
      html: page(`${STRICT}; frame-ancestors 'none'`),
      redirectsToHttps: true,
    });
    expect(result(grade, 'x-frame-options')).toBe('x-frame-options-not-implemented');
  });

  it('scores a site with no policy, no HSTS, no nosniff and no HTTPS redirect as failing', () => {
    const grade = observatoryGrade({ headers: {}, html: '<p>hi</p>', redirectsToHttps: false });
    // -25 CSP, -20 redirect, -20 HSTS, -5 nosniff, -20 frame options.
    expect(grade.score).toBe(10);
    expect(grade.grade).toBe('F');
  });

  it('calls a policy that repeats a directive invalid', () => {
    const grade = observatoryGrade({
      headers: HEADERS,
      html: page("default-src 'none'; default-src 'self'"),
      redirectsToHttps: true,
    });
    expect(result(grade, 'content-security-policy')).toBe('csp-header-invalid');
  });
});

describe('policies', () => {
  it('reads the content of each CSP meta element, entities decoded', () => {
    expect(metaPolicies(page('script-src &#39;self&#39;'))).toEqual(["script-src 'self'"]);
    expect(metaPolicies('<meta name="description" content="x">')).toEqual([]);
  });

  it('combines two policies as a browser enforces them: a load must pass both', () => {
    const combined = combinePolicies([
      parsePolicy("img-src 'self' data:"),
      parsePolicy("img-src 'self'; font-src 'self'"),
    ]);
    expect(Object.fromEntries([...combined].map(([d, s]) => [d, [...s]]))).toEqual({
      'img-src': ["'self'"],
      'font-src': ["'self'"],
    });
  });
});

describe('each test of the scoring, one header at a time', () => {
  const base = { headers: HEADERS, html: page(STRICT), redirectsToHttps: true };
  const withHeader = (name: string, value: string | undefined) => {
    const others = Object.entries(HEADERS).filter(([key]) => key !== name);
    const headers = Object.fromEntries(value === undefined ? others : [...others, [name, value]]);
    return observatoryGrade({ ...base, headers });
  };

  it.each([
    [
      'Strict-Transport-Security',
      'max-age=300',
      'strict-transport-security',
      'hsts-implemented-max-age-less-than-six-months',
    ],
    ['Strict-Transport-Security', 'includeSubDomains', 'strict-transport-security', 'hsts-header-invalid'],
    ['Referrer-Policy', 'unsafe-url', 'referrer-policy', 'referrer-policy-unsafe'],
    ['Referrer-Policy', 'sometimes', 'referrer-policy', 'referrer-policy-header-invalid'],
    ['Referrer-Policy', undefined, 'referrer-policy', 'referrer-policy-not-implemented'],
    ['Referrer-Policy', 'unsafe-url, no-referrer', 'referrer-policy', 'referrer-policy-private'],
    ['X-Content-Type-Options', 'sniff', 'x-content-type-options', 'x-content-type-options-header-invalid'],
    ['X-Content-Type-Options', undefined, 'x-content-type-options', 'x-content-type-options-not-implemented'],
    ['Cross-Origin-Resource-Policy', 'same-site', 'cross-origin-resource-policy', 'corp-implemented-with-same-site'],
    [
      'Cross-Origin-Resource-Policy',
      'cross-origin',
      'cross-origin-resource-policy',
      'corp-implemented-with-cross-origin',
    ],
    ['Cross-Origin-Resource-Policy', 'nobody', 'cross-origin-resource-policy', 'corp-header-invalid'],
    ['Cross-Origin-Resource-Policy', undefined, 'cross-origin-resource-policy', 'corp-not-implemented'],
    ['Set-Cookie', 'a=b', 'cookies', 'cookies-without-secure-flag'],
    ['Access-Control-Allow-Origin', '*', 'cors', 'cross-origin-resource-sharing-implemented-with-public-access'],
    [
      'Access-Control-Allow-Origin',
      'https://a.example',
      'cors',
      'cross-origin-resource-sharing-implemented-with-restricted-access',
    ],
  ])('%s: %s gives %s %s', (name, value, test, expected) => {
    expect(result(withHeader(name, value), test)).toBe(expected);
  });

  it.each([
    ['DENY', 'x-frame-options-sameorigin-or-deny'],
    ['ALLOW-FROM https://a.example', 'x-frame-options-allow-from-origin'],
    ['sometimes', 'x-frame-options-header-invalid'],
  ])('without frame-ancestors, X-Frame-Options %s gives %s', (value, expected) => {
    const headers = { ...HEADERS, 'Content-Security-Policy': "object-src 'none'", 'X-Frame-Options': value };
    expect(result(observatoryGrade({ ...base, headers }), 'x-frame-options')).toBe(expected);
  });

  it('scores the policy’s weaker forms', () => {
    const grade = (policy: string) =>
      result(observatoryGrade({ ...base, html: page(policy) }), 'content-security-policy');
    expect(grade("default-src 'self'; object-src 'none'")).toBe('csp-implemented-with-no-unsafe');
    expect(grade("default-src 'self'; style-src 'self' 'unsafe-inline'")).toBe(
      'csp-implemented-with-unsafe-inline-in-style-src-only',
    );
    expect(grade("default-src 'self'; connect-src http://a.example")).toBe('csp-implemented-with-insecure-scheme');
    expect(grade("default-src 'self'; img-src http://a.example")).toBe(
      'csp-implemented-with-insecure-scheme-in-passive-content-only',
    );
    // The header's object-src 'none' still holds beside a meta that allows any object: both policies apply.
    expect(grade("default-src 'self'; object-src *")).toBe('csp-implemented-with-no-unsafe');
    const metaOnly = observatoryGrade({ ...base, headers: {}, html: page("default-src 'self'; object-src *") });
    expect(result(metaOnly, 'content-security-policy')).toBe('csp-implemented-with-unsafe-inline');
  });

  it('checks where scripts come from', () => {
    const sri = (html: string) => result(observatoryGrade({ ...base, html }), 'subresource-integrity');
    expect(sri(page(STRICT, '<p>no scripts</p>'))).toBe('sri-not-implemented-but-no-scripts-loaded');
    expect(sri(page(STRICT, '<script src="/a.js"></script>'))).toBe(
      'sri-not-implemented-but-all-scripts-loaded-from-secure-origin',
    );
    expect(sri(page(STRICT, '<script src="https://cdn.example/a.js"></script>'))).toBe(
      'sri-not-implemented-and-external-scripts-not-loaded-securely',
    );
  });
});
