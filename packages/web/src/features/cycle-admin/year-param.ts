// `?year=2026` on the pages the homes link to: the period to show first.

/** The year asked for in a query string, or null when absent or not a year. */
export function yearParam(search: string): number | null {
  const asked = Number(new URLSearchParams(search).get('year'));
  return Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : null;
}
