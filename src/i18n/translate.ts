import type { Locale } from '../content/types.ts';
import type { KeyOf, MessageArea } from './define-messages.ts';
import { coreMessages } from './messages/core.ts';
import { shellMessages } from './messages/shell.ts';

export type Params = Record<string, string | number>;

/** The frame's strings ship with the first page, so every translator knows them. */
const FRAME: readonly MessageArea[] = [coreMessages, shellMessages];
export type FrameKey = KeyOf<typeof coreMessages> | KeyOf<typeof shellMessages>;

/** A translator takes exactly the keys of the areas it was made with, and the frame's. */
export type Translate<K extends string = FrameKey> = (key: K, params?: Params) => string;

/** The keys a translator made with `areas` takes. */
export type KeysFor<A extends readonly MessageArea[]> = FrameKey | KeyOf<A[number]>;

const areaIds = new WeakMap<MessageArea, number>();
let nextAreaId = 0;
const translators = new Map<string, Translate<string>>();

function areaId(area: MessageArea): number {
  let id = areaIds.get(area);
  if (id === undefined) areaIds.set(area, (id = nextAreaId++));
  return id;
}

function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * A translator for `locale` that knows the frame's strings and those of `areas`. Passing an area
 * is what makes its strings available, and what lets the type system accept its keys: code
 * cannot show a string whose area it did not name, and an area's strings load with the code
 * that names it (a feature's chunk), not with the first page. The same areas give the same
 * function, so it can sit in a hook's dependencies.
 */
export function translatorFor<const A extends readonly MessageArea[]>(locale: Locale, ...areas: A): Translate<KeysFor<A>> {
  const cacheKey = `${locale}:${areas.map(areaId).join(',')}`;
  let translator = translators.get(cacheKey);
  if (translator === undefined) {
    const table: Record<string, string> = Object.assign({}, ...[...FRAME, ...areas].map((area) => area[locale]));
    translator = (key, params) => {
      const template = Object.hasOwn(table, key) ? table[key] : undefined;
      if (template !== undefined) return fill(template, params);
      // Only a key forced past the types (a cast, a key built at run time) gets here: a visible
      // gap for a user, a failure for any test that renders it.
      if (import.meta.env.MODE === 'test') throw new Error(`"${key}" is not in the areas this translator was made with`);
      return key;
    };
    translators.set(cacheKey, translator);
  }
  return translator;
}
