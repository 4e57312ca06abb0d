/**
 * Vietnamese alphabetical order (a < ă < â < b … d < đ, letters first, then tones), as officials
 * sort unit names. PostgreSQL embedded has no Vietnamese collation, so names are sorted here.
 */
const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

/** Compares two strings in Vietnamese alphabetical order. */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Folds a string for diacritic-insensitive search: lower case, no tones, đ → d. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}
