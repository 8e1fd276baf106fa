/**
 * What a reader can trust about every built page: it runs only the scripts the build wrote (each allowed by its
 * hash in the page's Content-Security-Policy), carries no inline style or event handler a strict policy would have
 * to allow, and is served (public/_headers) with headers that earn Mozilla's HTTP Observatory an A+.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaderRules } from '~/lib/site/host-headers';
import { observatoryGrade, parsePolicy } from '~/lib/site/observatory';
import { builtPages } from '../support/dist';
import { DIST } from '../../tools/lib/paths';

const pages = builtPages();
const rules = parseHeaderRules(readFileSync(join(DIST, '_headers'), 'utf8'));
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe.each(pages.map((p) => [p.path, p] as const))('%s', (_path, page) => {
  const metas = [...page.document.querySelectorAll('meta[http-equiv="content-security-policy"]')];
  const policy = parsePolicy(metas[0]?.getAttribute('content') ?? '');

  it('has one Content-Security-Policy, first in its head, that refuses everything it does not need', () => {
    expect(metas).toHaveLength(1);
    // A policy governs only what follows it: no script, style or stylesheet may come first.
    const before = page.html.slice(0, page.html.indexOf('http-equiv="content-security-policy"'));
    expect(before.match(/<script\b|<style\b|<link\b[^>]*rel="(?:stylesheet|preload|modulepreload)"/g)).toBeNull();
    expect([...(policy.get('default-src') ?? [])]).toEqual(["'none'"]);
    expect([...(policy.get('object-src') ?? [])]).toEqual(["'none'"]);
    expect([...(policy.get('base-uri') ?? [])]).toEqual(["'self'"]);
    expect([...(policy.get('form-action') ?? [])]).toEqual(["'self'"]);
    for (const directive of ['script-src', 'style-src']) {
      const sources = [...(policy.get(directive) ?? [])];
      expect(sources[0], directive).toBe("'self'");
      // The site search compiles Pagefind's WebAssembly (from this site's files): scripts may do that, nothing more.
      const allowed = directive === 'script-src' ? ["'wasm-unsafe-eval'"] : [];
      expect(
        sources.filter((s) => s !== "'self'" && !s.startsWith("'sha256-") && !allowed.includes(s)),
        directive,
      ).toEqual([]);
    }
    expect([...(policy.get('worker-src') ?? [])]).toEqual(["'self'"]);
  });

  it('runs only inline scripts and styles whose hashes the policy lists', () => {
    // Hashed as the browser hashes them: the raw text between the tags, as written in the file.
    for (const [, attributes = '', text = ''] of page.html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      // An external script is allowed by 'self'; JSON-LD is data, not a script a browser runs.
      if (/\bsrc=/.test(attributes) || attributes.includes('application/ld+json')) continue;
      expect([...(policy.get('script-src') ?? [])]).toContain(sha256(text));
    }
    for (const [, text = ''] of page.html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
      expect([...(policy.get('style-src') ?? [])]).toContain(sha256(text));
    }
  });

  it('has no inline style attribute and no inline event handler', () => {
    const styled = [...page.document.querySelectorAll('[style]')].map((el) => el.outerHTML.slice(0, 80));
    expect(styled).toEqual([]);
    const handlers = [...page.document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.localName} ${a.name}>`),
    );
    expect(handlers).toEqual([]);
  });

  it('is served with headers that earn an A+ from the HTTP Observatory’s scoring, the same on both hosts', () => {
    const { headers, conflicts } = headersFor(rules, page.path);
    expect(conflicts).toEqual([]);
    // The redirect from http:// to https:// is a host setting (docs/DEPLOY.md), not something a file can show.
    const grade = observatoryGrade({ headers, html: page.html, redirectsToHttps: true });
    expect(grade.tests.filter((t) => t.modifier < 0)).toEqual([]);
    expect(grade.score).toBeGreaterThanOrEqual(100);
    // The header policy adds frame-ancestors and must not fight the page's: no script-src, style-src or default-src.
    const headerPolicy = parsePolicy(headers['content-security-policy'] ?? '');
    expect([...headerPolicy.get('frame-ancestors')!]).toEqual(["'none'"]);
    for (const directive of ['script-src', 'style-src', 'default-src']) expect(headerPolicy.has(directive)).toBe(false);
  });
});

describe('hashed assets', () => {
  it('are cached for a year, and pages are left to revalidate', () => {
    const asset = headersFor(rules, '/_astro/page.abc123.css').headers['cache-control'];
    expect(asset).toBe('public, max-age=31536000, immutable');
    for (const page of pages) expect(headersFor(rules, page.path).headers['cache-control']).toBeUndefined();
  });
});
