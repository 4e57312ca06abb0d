// TEST FIXTURE, not an official event: a reorganisation of Si Ma Cai (real 2023 codes from the
// registry seed) on 01/07/2025 — three communes merged into Xã Nàn Sán (02800 keeps its code),
// the district 084 and its agencies abolished, its seven other communes transferred to the province.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Folder of the fixture files. */
export const reorganisationFixturesDir = fileURLToPath(
  new URL('./reorganisation-fixtures/', import.meta.url),
);

/** The fixture CSV (UTF-8 with BOM, comma). */
export const siMaCaiFixtureCsv = readFileSync(
  new URL('./reorganisation-fixtures/test-fixture-si-ma-cai-2025.csv', import.meta.url),
  'utf8',
);

/** The 12 agencies of the district 084 in the seed. */
export const siMaCaiAgencies = [
  'VP',
  'PNV',
  'PTP',
  'PTCKH',
  'PTNMT',
  'PLDTBXH',
  'PVHTT',
  'PGDDT',
  'PYT',
  'TTR',
  'PKTHT',
  'PNNPTNT',
].map((s) => `084.${s}`);

/** The communes transferred to the province. */
export const siMaCaiTransferred = ['02809', '02812', '02818', '02821', '02824', '02827', '02836'];

/** The fixture with line `lineIndex` (0 = header) replaced by `replacement` (undefined: removed). */
export function editFixture(lineIndex: number, replacement?: string): string {
  const lines = siMaCaiFixtureCsv.replace(/^\uFEFF/, '').split('\r\n');
  if (replacement === undefined) lines.splice(lineIndex, 1);
  else lines[lineIndex] = replacement;
  return lines.join('\r\n');
}
