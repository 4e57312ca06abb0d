/**
 * Decimal-safe rounding, half away from zero (framework-format.md, "Aggregation"): 731.605 → 731.61
 * even though the nearest binary double is 731.60499999999996. The value is first fixed to
 * SNAP_DIGITS decimals (far below any published precision, far above binary noise), then rounded on
 * its decimal digits, so binary floating point never flips a published digit.
 */

const SNAP_DIGITS = 9;

/** Rounds `value` half away from zero to `digits` decimals (0 ≤ digits ≤ 8). */
export function roundHalfAwayFromZero(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  const scale = POWERS[digits] ?? 10 ** digits;
  const scaled = Math.abs(value) * scale;
  const whole = Math.floor(scaled);
  const fraction = scaled - whole;
  // Fast path: clearly on one side of the half, binary noise (≪ 1e-6 here) cannot flip the digit.
  if (Math.abs(fraction - 0.5) > 1e-6 && scaled < 1e9) {
    const magnitude = (fraction > 0.5 ? whole + 1 : whole) / scale;
    return value < 0 && magnitude !== 0 ? -magnitude : magnitude;
  }
  return roundOnDecimalDigits(value, digits);
}

const POWERS = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000];

function roundOnDecimalDigits(value: number, digits: number): number {
  const negative = value < 0;
  const fixed = Math.abs(value).toFixed(SNAP_DIGITS);
  const point = fixed.indexOf('.');
  const intPart = fixed.slice(0, point);
  const fracPart = fixed.slice(point + 1);
  const kept = intPart + fracPart.slice(0, digits);
  const roundUp = fracPart.charCodeAt(digits) >= 53; // '5'
  const digitsOut = roundUp ? incrementDecimalString(kept) : kept;
  const magnitude = Number(
    digits === 0 ? digitsOut : `${digitsOut.slice(0, digitsOut.length - digits)}.${digitsOut.slice(-digits)}`,
  );
  return negative && magnitude !== 0 ? -magnitude : magnitude;
}

function incrementDecimalString(digits: string): string {
  const chars = digits.split('');
  let i = chars.length - 1;
  while (i >= 0) {
    if (chars[i] === '9') {
      chars[i] = '0';
      i--;
    } else {
      chars[i] = String.fromCharCode(chars[i]!.charCodeAt(0) + 1);
      return chars.join('');
    }
  }
  return `1${chars.join('')}`;
}
