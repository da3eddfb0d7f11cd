/** One area's UI strings in both languages: what a translator is given to be able to show them. */
export interface MessageArea<K extends string = string> {
  readonly 'zh-CN': Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
}

/** The keys of an area (or of a union of areas). */
export type KeyOf<A> = A extends MessageArea<infer K> ? K : never;

/**
 * Defines an area. The English block must have exactly the Chinese block's keys: a missing or
 * extra key is a compile error. `{name}` marks a parameter.
 */
export function defineMessages<K extends string>(messages: { 'zh-CN': Record<K, string>; en: Record<NoInfer<K>, string> }): MessageArea<K> {
  return messages;
}
