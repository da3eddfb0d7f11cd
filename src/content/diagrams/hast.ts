import type { Element, ElementContent, Properties, Root, Text } from 'hast';

/** A small hast builder: plain objects only, so nothing here ever builds markup strings. */

/** Rounds a coordinate to one decimal (and turns -0 into 0). */
export function r1(n: number): number {
  const rounded = Math.round(n * 10) / 10;
  return rounded === 0 ? 0 : rounded;
}

type PropertyValue = Properties[string];

/** An element; numeric properties are rounded to one decimal, undefined ones left out. */
export function h(tagName: string, properties: Record<string, PropertyValue> = {}, children: ElementContent[] = []): Element {
  const props: Properties = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value === undefined || value === null || value === false) continue;
    props[key] = typeof value === 'number' ? r1(value) : value;
  }
  return { type: 'element', tagName, properties: props, children };
}

export function t(value: string): Text {
  return { type: 'text', value };
}

export function root(children: ElementContent[]): Root {
  return { type: 'root', children };
}

/** `x1,y1 x2,y2 …` for polygon points, rounded. */
export function points(list: ReadonlyArray<readonly [number, number]>): string {
  return list.map(([x, y]) => `${r1(x)},${r1(y)}`).join(' ');
}
