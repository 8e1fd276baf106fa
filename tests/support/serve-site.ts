/**
 * Global setup for the browser tests: builds the site (unless SKIP_BUILD=1 and dist/ exists), serves dist/ on
 * 127.0.0.1 and a free port as a static host would (its _headers, brotli, 404.html: tools/lib/static-server.ts),
 * and stops the server when the run ends.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import buildSite from './build-site';
import { DIST } from '../../tools/lib/paths';
import { serveStatic } from '../../tools/lib/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!(process.env['SKIP_BUILD'] === '1' && existsSync(DIST))) buildSite();
  const site = await serveStatic(DIST);
  project.provide('baseUrl', site.url);
  return () => site.close();
}
