import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keepHashesInUse } from '~/lib/site/csp-trim';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('keepHashesInUse', () => {
  it('keeps the hashes of the page’s own inline scripts and styles, and drops the rest', async () => {
    const policy = `default-src 'none'; script-src 'self' ${hash('a()')} ${hash('unused()')}; style-src 'self' ${hash('p{}')}`;
    const html = page(policy, '<script>a()</script><script src="/x.js"></script>');
    expect(await keepHashesInUse(html)).toContain(
      `content="default-src 'none'; script-src 'self' ${hash('a()')}; style-src 'self'"`,
    );
  });

  it('does not count JSON-LD as a script, and leaves a page without a policy as it was', async () => {
    const html = page(`script-src 'self' ${hash('{}')}`, '<script type="application/ld+json">{}</script>');
    expect(await keepHashesInUse(html)).toContain(`content="script-src 'self'"`);
    expect(await keepHashesInUse('<p>no policy</p>')).toBe('<p>no policy</p>');
  });

  it('moves the policy to the top of the head, straight after the character set, so it governs every script', async () => {
    const html = `<html><head><meta charset="utf-8"><script>a()</script><meta http-equiv="content-security-policy" content="script-src 'self' ${hash('a()')}"></head></html>`;
    expect(await keepHashesInUse(html)).toBe(
      `<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="script-src 'self' ${hash('a()')}"><script>a()</script></head></html>`,
    );
  });
});
