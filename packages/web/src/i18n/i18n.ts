// i18next with Vietnamese first and English second; the choice is kept in localStorage.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import vi from './vi.json';

/** Languages of the interface, Vietnamese first. */
export const languages = ['vi', 'en'] as const;
/** A language of the interface. */
export type Language = (typeof languages)[number];

const storageKey = 'dti.lang';

function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(storageKey);
    return value === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/** Initialises i18next (once) and returns it. */
export function setupI18n(language: Language = storedLanguage()): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: { vi: { translation: vi }, en: { translation: en } },
      lng: language,
      fallbackLng: 'vi',
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    if (typeof document !== 'undefined') document.documentElement.lang = language;
  }
  return i18next;
}

/** Switches the interface language and remembers it. */
export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
