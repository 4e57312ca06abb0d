// The page's first paint (index.html, before any script) in the language chosen on the device: the
// web app repeats its choice in a cookie (`@dti/contract` languageCookie); for English, the server
// swaps the page's few Vietnamese texts for their English. Vietnamese, the default, is the page as built.

/** The Vietnamese texts of index.html and their English (the test checks index.html still has each). */
export const englishFirstPaint: readonly (readonly [string, string])[] = [
  ['<html lang="vi">', '<html lang="en">'],
  ['Đang tải…', 'Loading…'],
  [
    'DTI Lào Cai cần JavaScript để chạy. Hãy bật JavaScript trong trình duyệt.',
    'DTI Lào Cai needs JavaScript to run. Please turn JavaScript on in your browser.',
  ],
];

/** `html` with its first paint in `language` (the cookie's value; anything but `en` is Vietnamese). */
export function pageInLanguage(html: string, language: string | undefined): string {
  if (language !== 'en') return html;
  return englishFirstPaint.reduce((page, [vi, en]) => page.replaceAll(vi, en), html);
}
