// i18next with Vietnamese first and English second; the choice is kept in localStorage.
// Vietnamese is bundled; English (~45 KB) is a chunk of its own, loaded only when it is chosen.
import i18next from 'i18next';
import { languageCookie } from '@dti/contract';
import { initReactI18next } from 'react-i18next';
import vi from './vi.json';

/** Languages of the interface, Vietnamese first. */
export const languages = ['vi', 'en'] as const;
/** A language of the interface. */
export type Language = (typeof languages)[number];

const storageKey = 'dti.lang';

/** The language chosen on this device (localStorage), Vietnamese by default. */
export function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(storageKey);
    return value === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/**
 * Repeats the language in a cookie the server reads, so the page's first paint (before any script)
 * is in that language too; a year, this site only.
 */
export function rememberLanguageCookie(language: Language): void {
  if (typeof document === 'undefined') return;
  document.cookie = `${languageCookie}=${language}; path=/; max-age=31536000; samesite=lax`;
}

/** Adds the English resources to i18next (once), fetching their chunk the first time. */
export async function loadLanguage(language: Language): Promise<void> {
  if (language === 'vi' || i18next.hasResourceBundle(language, 'translation')) return;
  const { default: en } = await import('./en.json');
  i18next.addResourceBundle('en', 'translation', en, true, true);
}

/**
 * Initialises i18next (once) in Vietnamese and returns it; for English, call {@link startI18n}
 * (or {@link changeLanguage}), which loads the English resources first.
 */
export function setupI18n(): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: { vi: { translation: vi } },
      lng: 'vi',
      fallbackLng: 'vi',
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    if (typeof document !== 'undefined') document.documentElement.lang = 'vi';
  }
  return i18next;
}

/** Initialises i18next in the given language (default: the stored one); resolves when its resources are in. */
export async function startI18n(language: Language = storedLanguage()): Promise<typeof i18next> {
  setupI18n();
  if (language !== i18next.language) await applyLanguage(language);
  return i18next;
}

async function applyLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  await i18next.changeLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/** Switches the interface language and remembers it. */
export async function changeLanguage(language: Language): Promise<void> {
  await applyLanguage(language);
  rememberLanguageCookie(language);
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
}
