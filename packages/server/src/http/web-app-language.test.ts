// The first paint in English: every Vietnamese text the server swaps is really in the web app's
// index.html (so a change there cannot silently leave a Vietnamese line in English mode).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englishFirstPaint, pageInLanguage } from './web-app-language';

const indexHtml = readFileSync(new URL('../../../web/index.html', import.meta.url), 'utf8');

describe('pageInLanguage', () => {
  it("swaps every Vietnamese text of index.html's first paint for English", () => {
    for (const [vi] of englishFirstPaint) expect(indexHtml).toContain(vi);
    const english = pageInLanguage(indexHtml, 'en');
    for (const [vi, en] of englishFirstPaint) {
      expect(english).not.toContain(vi);
      expect(english).toContain(en);
    }
  });

  it('leaves the page as built for Vietnamese, no cookie or an unknown value', () => {
    for (const language of ['vi', undefined, 'fr', 'EN'])
      expect(pageInLanguage(indexHtml, language)).toBe(indexHtml);
  });
});
