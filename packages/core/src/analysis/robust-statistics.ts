/**
 * Robust location and spread for the anomaly flags: median and median absolute deviation (MAD),
 * and the modified z-score of Iglewicz and Hoaglin, 0.6745·(x − median)/MAD, which a few wild values
 * cannot drag the way they drag a mean and a standard deviation.
 */

/** The median of `values` (mean of the two middle values for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median and MAD of `values`. */
export function medianAbsoluteDeviation(values: readonly number[]): { median: number; mad: number } {
  const m = median(values);
  return { median: m, mad: median(values.map((v) => Math.abs(v - m))) };
}

/** The modified z-score of `value`; `undefined` when MAD is 0 (over half the values are equal). */
export function robustZ(value: number, center: { median: number; mad: number }): number | undefined {
  return center.mad > 0 ? (0.6745 * (value - center.median)) / center.mad : undefined;
}
