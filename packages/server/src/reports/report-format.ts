// Vietnamese presentation of numbers, dates and statuses, shared by the documents.
import type { SubIndexStatus } from '@dti/core';

const formats = new Map<number, Intl.NumberFormat>();

/** A number the Vietnamese way: `1.000,50` (dot thousands, comma decimals). */
export function formatNumber(value: number, digits = 2): string {
  let format = formats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    formats.set(digits, format);
  }
  return format.format(value);
}

/** Points with up to two decimals, trailing zeros dropped: `20`, `12,5`, `731,61`. */
export function formatPoints(value: number): string {
  let format = formats.get(-1);
  if (!format) {
    format = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
    formats.set(-1, format);
  }
  return format.format(value);
}

/** A signed difference: `+12,50`, `-3,00`, `0,00`. */
export function formatSigned(value: number, digits = 2): string {
  const text = formatNumber(Math.abs(value), digits);
  if (value > 0) return `+${text}`;
  if (value < 0) return `-${text}`;
  return text;
}

/** `dd/mm/yyyy` of an ISO date (`yyyy-mm-dd`). */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** Parts of an ISO date as an official document writes them (Nghị định 30: 05, 02, 12). */
export function officialDateParts(iso: string): { day: string; month: string; year: string } {
  const [y = '', m = '', d = ''] = iso.slice(0, 10).split('-');
  const month = Number(m);
  return { day: d.padStart(2, '0'), month: month < 3 ? m.padStart(2, '0') : String(month), year: y };
}

/** Vietnamese label of a sub-index status. */
export function statusLabel(status: SubIndexStatus): string {
  switch (status) {
    case 'scored':
      return 'Có điểm';
    case 'missing':
      return 'Chưa nhập';
    case 'excluded':
      return 'Không tính';
  }
}

/** Upper case the Vietnamese way (ư → Ư, đ → Đ). */
export function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}
