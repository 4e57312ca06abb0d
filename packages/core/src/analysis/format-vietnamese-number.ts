/**
 * Numbers written the Vietnamese way in the analysis messages (DOMAIN.md §7): dot thousands, comma
 * decimals, rounded half away from zero like the published figures, trailing zeros dropped
 * (1234.5 → "1.234,5"). Written by hand rather than with Intl so the output never depends on the ICU
 * data of the runtime.
 */
import { roundHalfAwayFromZero } from '../scoring/round-decimal';

/** Formats `value` with at most `maxDecimals` decimals (default 2) in Vietnamese notation. */
export function formatNumberVi(value: number, maxDecimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = roundHalfAwayFromZero(value, maxDecimals);
  const negative = rounded < 0;
  const [whole = '0', fraction = ''] = Math.abs(rounded).toFixed(maxDecimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const decimals = fraction.replace(/0+$/, '');
  return `${negative ? '-' : ''}${grouped}${decimals ? `,${decimals}` : ''}`;
}

/** Formats a signed change: "+5,5", "-2", "0". */
export function formatSignedVi(value: number, maxDecimals = 2): string {
  const text = formatNumberVi(value, maxDecimals);
  return value > 0 && text !== '0' ? `+${text}` : text;
}
