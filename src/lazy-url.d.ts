/** `import url from 'lazy-url:~/client/x.ts'`: the built address of a module, to `import()` later (astro.config.mjs). */
declare module 'lazy-url:*' {
  const url: string;
  export default url;
}
