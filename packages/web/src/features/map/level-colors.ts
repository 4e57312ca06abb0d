// The four DTI levels' colours, used on every chart, map and badge, and the text colour that
// keeps WCAG AA contrast (4.5:1) on each.

/** Level codes of the frameworks (Decision 2644 and 3019). */
export type LevelCode = 'DAN_DAT' | 'NANG_CAO' | 'HINH_THANH' | 'KHOI_DONG';

/** Level colours: Dẫn dắt green, Nâng cao blue, Hình thành orange, Khởi động red. */
export const levelColors: Record<LevelCode, string> = {
  DAN_DAT: '#2f9e44',
  NANG_CAO: '#1c7ed6',
  HINH_THANH: '#f08c00',
  KHOI_DONG: '#e03131',
};

/** Colour of a unit with no value yet. */
export const noDataColor = '#e9ecef';

/** Default thresholds (percent of the maximum) of the levels, as in Decision 3019. */
const defaultThresholds: readonly [LevelCode, number][] = [
  ['DAN_DAT', 75],
  ['NANG_CAO', 50],
  ['HINH_THANH', 25],
];

/** The level of a percentage with the default thresholds (strictly above 75 → Dẫn dắt …). */
export function levelOfPercent(percent: number): LevelCode {
  for (const [code, above] of defaultThresholds) if (percent > above) return code;
  return 'KHOI_DONG';
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a `#rrggbb` colour (WCAG 2). */
export function luminanceOf(hex: string): number {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** Contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminanceOf(a), luminanceOf(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** White text where it reaches 4.5:1 on `background`, black otherwise. */
export function textColorOn(background: string): '#ffffff' | '#000000' {
  return contrastRatio(background, '#ffffff') >= 4.5 ? '#ffffff' : '#000000';
}
