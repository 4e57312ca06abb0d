// Reading cell values the way users' spreadsheet software leaves them: rich text, formula results,
// hyperlinks, numbers typed as text and dates all come back as plain text or numbers.

/** A cell reduced to what the importers care about. */
export type PlainCell =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'date'; value: Date }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'error'; text: string };

/** Normalises an ExcelJS cell value (`cell.value`); whitespace-only text counts as empty. */
export function plainCell(value: unknown): PlainCell {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'string')
    return value.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: value };
  if (typeof value === 'number')
    return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'empty' };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) return { kind: 'date', value };
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) {
      const runs = value.richText as { text?: unknown }[];
      return plainCell(runs.map((r) => (typeof r.text === 'string' ? r.text : '')).join(''));
    }
    if ('result' in value) return plainCell(value.result);
    if ('formula' in value || 'sharedFormula' in value) return { kind: 'empty' };
    if ('error' in value) return { kind: 'error', text: String(value.error) };
    if ('text' in value) return plainCell(value.text);
  }
  return { kind: 'error', text: '(giá trị không đọc được)' };
}

/** The cell as text: numbers written without exponent or locale, dates as `yyyy-mm-dd`. */
export function cellText(cell: PlainCell): string | undefined {
  switch (cell.kind) {
    case 'empty':
      return undefined;
    case 'text':
      return cell.text;
    case 'number':
      return String(cell.value);
    case 'date':
      return isoDate(cell.value);
    case 'boolean':
      return cell.value ? 'true' : 'false';
    case 'error':
      return cell.text;
  }
}

/**
 * The cell as a number: numeric cells, and text that is a plain number (`20`, `12.5`, `12,5`, with
 * spaces around). `undefined` when empty, `null` when it is not a number.
 */
export function cellNumber(cell: PlainCell): number | null | undefined {
  switch (cell.kind) {
    case 'empty':
      return undefined;
    case 'number':
      return cell.value;
    case 'text': {
      const text = cell.text.trim().replace(/\s+/g, '');
      if (!/^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/.test(text)) return null;
      return Number(text.replace(',', '.'));
    }
    case 'date':
    case 'boolean':
    case 'error':
      return null;
  }
}

/** `yyyy-mm-dd` of a date cell. ExcelJS reads spreadsheet dates as UTC midnight. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
