/** Which class names a stylesheet has rules for, and which classes a page uses that its stylesheets lack. */

/**
 * Every class name a stylesheet's selectors mention, unescaped (`.md\:mt-4` is `md:mt-4`). It reads the text, not a
 * parsed tree, so a number such as `.5rem` in a value is read as a "class" too; that is harmless, because the names
 * are only ever looked up, never listed.
 */
export function classNamesInCss(css: string): Set<string> {
  const names = new Set<string>();
  for (const [, name = ''] of css.matchAll(/\.((?:\\.|[\w-])+)/g)) names.add(name.replace(/\\(.)/g, '$1'));
  return names;
}

/**
 * The class names a stylesheet's Tailwind utilities layer has rules for (`@layer utilities { … }`, as Tailwind
 * writes it): the classes whose rules come from scanning the markup, so the ones a page's entry can miss.
 */
export function utilityClassNames(css: string): Set<string> {
  let layers = '';
  for (let start = css.indexOf('@layer utilities{'); start >= 0; start = css.indexOf('@layer utilities{', start + 1)) {
    let depth = 0;
    for (let i = css.indexOf('{', start); i < css.length; i++) {
      if (css[i] === '{') depth++;
      else if (css[i] === '}' && --depth === 0) {
        layers += css.slice(start, i + 1);
        break;
      }
    }
  }
  return classNamesInCss(layers);
}

/** The class names in an HTML document's class attributes. */
export function classNamesInHtml(html: string): Set<string> {
  const names = new Set<string>();
  for (const [, list = ''] of html.matchAll(/\sclass="([^"]*)"/g))
    for (const name of list.split(/\s+/)) if (name) names.add(name);
  return names;
}

/**
 * The classes a page uses that are utilities somewhere (`utilities`: the component catalogue's, which scans every
 * component) but have no rule in the page's own stylesheets: a component folder its stylesheet entry does not scan.
 */
export function unstyledClasses(pageClasses: Set<string>, pageCss: Set<string>, utilities: Set<string>): string[] {
  return [...pageClasses].filter((name) => utilities.has(name) && !pageCss.has(name)).sort();
}
