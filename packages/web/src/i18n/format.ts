// Vietnamese conventions for every date and number on screen: dd/mm/yyyy in Vietnam time,
// 1.000,5 for numbers, whatever the browser's own locale and clock zone.
const zone = 'Asia/Ho_Chi_Minh';
const dateFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: zone,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const timeFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: zone,
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
const numberFormats = new Map<number, Intl.NumberFormat>();

const isoDateOnly = /^(\d{4})-(\d{2})-(\d{2})$/;

function partsOf(format: Intl.DateTimeFormat, date: Date): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(date)) parts[part.type] = part.value;
  return parts;
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
  const p = partsOf(dateFormat, date);
  return `${p.day}/${p.month}/${p.year}`;
}

/** An ISO instant → `dd/mm/yyyy HH:mm` in Vietnam time. */
export function formatDateTime(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  const t = partsOf(timeFormat, date);
  return `${formatDate(date)} ${t.hour}:${t.minute}`;
}

/** An ISO instant → `HH:mm` in Vietnam time. */
export function formatTime(value: Date): string {
  const t = partsOf(timeFormat, value);
  return `${t.hour}:${t.minute}`;
}

/** A number the Vietnamese way (1.000,5), with at most `maxFractionDigits` decimals. */
export function formatNumber(value: number, maxFractionDigits = 2): string {
  let format = numberFormats.get(maxFractionDigits);
  if (!format) {
    format = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: maxFractionDigits });
    numberFormats.set(maxFractionDigits, format);
  }
  return format.format(value);
}

/** Points, always with two decimals the Vietnamese way: `611,70`, `1.000,00`. */
export function formatPoints(value: number): string {
  let format = numberFormats.get(-2);
  if (!format) {
    format = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    numberFormats.set(-2, format);
  }
  return format.format(value);
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
