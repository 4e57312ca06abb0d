// @vitest-environment jsdom
import '../test/setup-dom';
import { afterAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { changeLanguage, setupI18n } from './i18n';

describe('i18n', () => {
  afterAll(async () => {
    await changeLanguage('vi');
  });

  it('starts in Vietnamese without the English resources, and loads them when English is chosen', async () => {
    setupI18n();
    expect(i18next.language).toBe('vi');
    expect(i18next.hasResourceBundle('en', 'translation')).toBe(false);
    const vietnamese = i18next.t('shell.language');
    await changeLanguage('en');
    expect(i18next.language).toBe('en');
    expect(i18next.hasResourceBundle('en', 'translation')).toBe(true);
    expect(i18next.t('shell.language')).not.toBe(vietnamese);
    expect(globalThis.localStorage?.getItem('dti.lang') ?? 'en').toBe('en');
    expect(document.documentElement.lang).toBe('en');
    // repeated in the cookie the server reads for the page's first paint
    expect(document.cookie).toContain('dti_lang=en');
    await changeLanguage('vi');
    expect(document.cookie).toContain('dti_lang=vi');
  });
});
