import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaderRules, patternMatches } from '~/lib/site/host-headers';

const FILE = `# a comment
/*
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
/briefings/:slug/
  X-Robots-Tag: noindex
`;

describe('parseHeaderRules', () => {
  it('reads each pattern with its headers, names lower-cased, and where it starts', () => {
    const rules = parseHeaderRules(FILE);
    expect(rules.map((r) => [r.pattern, r.line, Object.fromEntries(r.headers)])).toEqual([
      ['/*', 2, { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' }],
      ['/_astro/*', 6, { 'cache-control': 'public, max-age=31536000, immutable' }],
      ['/briefings/:slug/', 8, { 'x-robots-tag': 'noindex' }],
    ]);
  });

  it('names the line of a header with no pattern above it, or with no colon', () => {
    expect(() => parseHeaderRules('  X-A: b')).toThrow('_headers line 1: a header before any URL pattern');
    expect(() => parseHeaderRules('/*\n  X-A b')).toThrow('_headers line 2: expected "Name: value"');
  });
});

describe('patternMatches', () => {
  it.each([
    ['/*', '/', true],
    ['/*', '/briefings/a/', true],
    ['/_astro/*', '/_astro/x.css', true],
    ['/_astro/*', '/about/', false],
    ['/briefings/:slug/', '/briefings/oil/', true],
    ['/briefings/:slug/', '/briefings/oil/more/', false],
    ['/feed.xml', '/feedxxml', false],
  ])('%s against %s: %s', (pattern, path, expected) => {
    expect(patternMatches(pattern, path)).toBe(expected);
  });
});

describe('headersFor', () => {
  it('gathers the headers of every rule that matches, and reports a header two of them set', () => {
    const rules = parseHeaderRules(`${FILE}/*.css\n  Cache-Control: no-cache\n`);
    expect(headersFor(rules, '/about/')).toEqual({
      headers: { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' },
      conflicts: [],
    });
    expect(headersFor(rules, '/_astro/a.css').conflicts).toEqual(['cache-control (again on line 10, /*.css)']);
  });
});
