/**
 * Global setup for the browser tests: builds the site (unless SKIP_BUILD=1 and dist/ exists), serves dist/ with
 * `astro preview` on 127.0.0.1 and a free port, and stops the server when the run ends.
 */
import { existsSync } from 'node:fs';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';
import buildSite from './build-site';
import { DIST, ROOT } from '../../tools/lib/paths';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!(process.env['SKIP_BUILD'] === '1' && existsSync(DIST))) buildSite();
  const server = await preview({ root: ROOT, logLevel: 'warn', server: { host: '127.0.0.1', port: 0 } });
  const address = server.host ?? '127.0.0.1';
  project.provide('baseUrl', `http://${address}:${server.port}`);
  return () => server.stop();
}
