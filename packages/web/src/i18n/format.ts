// Vietnamese conventions for every date and number on screen: dd/mm/yyyy in Vietnam time,
// 1.000,5 for numbers, whatever the browser's own locale and clock zone.
//
// Vietnam time is UTC+7 with no daylight saving since 1975, so a date is read in Vietnam time by
// shifting it seven hours and reading its UTC fields. No `Intl.DateTimeFormat` with a `timeZone`:
// the first one loads the browser's time-zone database, ≈ 50 ms of a slow phone's main thread
// during the page's first script (measured with a CPU profile at Lighthouse's 4× slow-down).
const vietnamOffsetMs = 7 * 60 * 60 * 1000;

const isoDateOnly = /^(\d{4})-(\d{2})-(\d{2})$/;

const two = (n: number): string => String(n).padStart(2, '0');

/** The calendar fields of an instant on a clock in Vietnam. */
function vietnamFields(date: Date): {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
} {
  const shifted = new Date(date.getTime() + vietnamOffsetMs);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

/** `yyyy-mm-dd` (a calendar date) or an ISO instant → `dd/mm/yyyy` (Vietnam time); '' for null. */
export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') {
    const match = isoDateOnly.exec(value);
    if (match) return `${match[3]}/${match[2]}/${match[1]}`;
  }
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  const p = vietnamFields(date);
  return `${two(p.day)}/${two(p.month)}/${String(p.year).padStart(4, '0')}`;
}

/** An ISO instant → `dd/mm/yyyy HH:mm` in Vietnam time. */
export function formatDateTime(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return `${formatDate(date)} ${formatTime(date)}`;
}

/** An ISO instant → `HH:mm` in Vietnam time. */
export function formatTime(value: Date): string {
  const t = vietnamFields(value);
  return `${two(t.hour)}:${two(t.minute)}`;
}

/**
 * `value` written the Vietnamese way with `minFraction`–`maxFraction` decimals: '.' between
 * thousands, ',' before decimals, rounded half away from zero on the number's shortest decimal
 * form (1.005 → 1,01), as `Intl.NumberFormat('vi-VN')` writes it (the tests compare the two).
 * Written out rather than through Intl: the first `Intl.NumberFormat` of a page loads the locale's
 * data, ≈ 7 ms of a phone's main thread in the middle of the form's first render (CPU profile).
 */
function vietnameseNumber(value: number, minFraction: number, maxFraction: number): string {
  const shortest = String(Math.abs(value));
  if (!Number.isFinite(value) || shortest.includes('e')) {
    return new Intl.NumberFormat('vi-VN', {
      minimumFractionDigits: minFraction,
      maximumFractionDigits: maxFraction,
    }).format(value);
  }
  const [whole = '0', decimals = ''] = shortest.split('.');
  let digits = whole + decimals.slice(0, maxFraction).padEnd(maxFraction, '0');
  if ((decimals[maxFraction] ?? '0') >= '5') digits = (BigInt(digits) + 1n).toString();
  digits = digits.padStart(maxFraction + 1, '0');
  const rounded = digits.slice(0, digits.length - maxFraction);
  let fraction = digits.slice(digits.length - maxFraction);
  while (fraction.length > minFraction && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  const grouped = rounded.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const negative = value < 0 || Object.is(value, -0);
  return `${negative ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** A number the Vietnamese way (1.000,5), with at most `maxFractionDigits` decimals. */
export function formatNumber(value: number, maxFractionDigits = 2): string {
  return vietnameseNumber(value, 0, maxFractionDigits);
}

/** Points, always with two decimals the Vietnamese way: `611,70`, `1.000,00`. */
export function formatPoints(value: number): string {
  return vietnameseNumber(value, 2, 2);
}

/** `dd/mm/yyyy` (or d/m/yyyy) → ISO `yyyy-mm-dd`; null when it is not a real calendar date. */
export function parseVietnameseDate(text: string): string | null {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `dd/mm/yyyy HH:mm` in Vietnam time → an ISO instant with its offset (`…T00:00:00+07:00`); null if invalid. */
export function parseVietnamDateTime(text: string): string | null {
  const match = /^\s*(\d{1,2}\/\d{1,2}\/\d{4})(?:\s+(\d{1,2}):(\d{2}))?\s*$/.exec(text);
  if (!match) return null;
  const date = parseVietnameseDate(match[1] ?? '');
  const hour = Number(match[2] ?? 0);
  const minute = Number(match[3] ?? 0);
  if (!date || hour > 23 || minute > 59) return null;
  return `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+07:00`;
}
