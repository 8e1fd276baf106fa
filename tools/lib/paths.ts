import { fileURLToPath } from 'node:url';

/** The project root, whatever directory the tests are started from. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where `astro build` writes the site. */
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
/** The astro CLI from this project's own install. */
export const ASTRO_BIN = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
