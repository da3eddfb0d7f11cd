import { LOCALES, type Locale } from '../content/types.ts';
import { useLocaleStore } from '../i18n/locale-store.ts';
import { useT } from '../i18n/use-t.ts';

/** Each language is named in itself, so a learner can find theirs whatever is showing. */
const NATIVE_NAMES: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' };

export function LanguageSwitch() {
  const { t, locale } = useT();
  const setLocale = useLocaleStore((s) => s.setLocale);
  return (
    <div className="language-switch" role="group" aria-label={t('app.language.label')}>
      {LOCALES.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={l === locale} onClick={() => setLocale(l)}>
          {NATIVE_NAMES[l]}
        </button>
      ))}
    </div>
  );
}
