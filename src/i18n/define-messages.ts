/**
 * One area's UI strings in both languages. The English block must have exactly the Chinese
 * block's keys: a missing or extra key is a compile error. `{name}` marks a parameter.
 */
export function defineMessages<K extends string>(messages: { 'zh-CN': Record<K, string>; en: Record<NoInfer<K>, string> }) {
  return messages;
}
