/** Every class name used in a piece of markup. */
export function classNamesIn(html: string): Set<string> {
  const names = new Set<string>();
  for (const match of html.matchAll(/\sclass="([^"]*)"/g)) {
    for (const name of (match[1] ?? '').split(/\s+/)) if (name) names.add(name);
  }
  return names;
}

/**
 * Whether a style sheet styles anything in markup with these classes: one of its class selectors
 * names one of them. A feature's sheet (a calculator's, a chart's) is inlined in a page only where
 * the page shows that feature.
 */
export function sheetApplies(css: string, classes: ReadonlySet<string>): boolean {
  const withoutStrings = css.replace(/"[^"]*"|'[^']*'|url\([^)]*\)/g, '');
  for (const match of withoutStrings.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) {
    if (classes.has(match[1] ?? '')) return true;
  }
  return false;
}
