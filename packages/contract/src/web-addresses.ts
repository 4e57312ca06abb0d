// Addresses of the web application that both sides must spell alike: the web app reads them, and the
// server names them in the page's HTML (`<link rel="preload">`, web-app-preloads.ts) so that the
// browser fetches them while the application's main script is still downloading. A preload that
// does not match the page's own request exactly is fetched twice, hence one spelling here.

/** Paths of the signed-in areas, whose layout is a lazily loaded chunk. */
export const signedInAreaPattern = /^\/(?:app|admin|frameworks)(?:\/|$)/;

/** The path of the unit officer's and head's self-assessment form. */
export const assessmentFormPath = '/app/assessment';

/** The session's own address, read first by every page when a session may exist. */
export const currentSessionAddress = '/api/session/me';

/**
 * The form's combined first read (`GET /api/home/officer/form`) for the query of the form's address:
 * `?year=` when it names a year the API accepts (2000–2100), else none (the server opens the
 * default year, as the form does).
 */
export function officerFormAddress(search: string): string {
  const year = Number(new URLSearchParams(search).get('year') ?? '');
  return Number.isInteger(year) && year >= 2000 && year <= 2100
    ? `/api/home/officer/form?year=${year}`
    : '/api/home/officer/form';
}

/**
 * The readable cookie that repeats the interface language chosen on this device (the web app keeps
 * it in localStorage too), so the server can write the page's first paint in that language.
 */
export const languageCookie = 'dti_lang';
