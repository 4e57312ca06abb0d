// The results of a period as CSV (UTF-8 with a byte-order mark so that Excel reads the diacritics):
// one row per unit and set. Numbers use a decimal point so that the file is data, not layout. The
// `provenance` column (`reconstructed` | `official`) says on every row whether the framework scored
// is a reconstruction (see PROVENANCE.md), so the file stays one table a program can read.
import { levelOf, unitNameOf, type ResultsReportModel } from './report-models';

/** Columns before the index scores. */
export const RESULTS_CSV_COLUMNS = [
  'set',
  'group',
  'rank',
  'group_rank',
  'code',
  'name',
  'total',
  'percent',
  'level',
  'level_name',
  'provenance',
] as const;

/** Writes the results as CSV; index score columns are `index_<code>`, over the union of the sets. */
export function writeResultsCsv(model: ResultsReportModel): Promise<Buffer> {
  const indexCodes: string[] = [];
  for (const set of model.sets) {
    for (const index of set.indices) if (!indexCodes.includes(index.code)) indexCodes.push(index.code);
  }
  const lines = [[...RESULTS_CSV_COLUMNS, ...indexCodes.map((code) => `index_${code}`)]];
  for (const set of model.sets) {
    for (const unit of set.results.units) {
      lines.push([
        set.id,
        unit.group ?? '',
        String(unit.rank),
        unit.groupRank === undefined ? '' : String(unit.groupRank),
        unit.code,
        unitNameOf(model, unit),
        String(unit.total),
        String(unit.percent),
        unit.level,
        levelOf(model, unit.level).name,
        set.results.provenance,
        ...indexCodes.map((code) => {
          const score = unit.indices[code];
          return !score || score.excluded ? '' : String(score.score);
        }),
      ]);
    }
  }
  const text = lines.map((fields) => fields.map(quoteCsv).join(',')).join('\r\n') + '\r\n';
  return Promise.resolve(Buffer.from(`\uFEFF${text}`, 'utf8'));
}

/** Quotes a field when it holds a comma, a quote or a line break. */
export function quoteCsv(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
