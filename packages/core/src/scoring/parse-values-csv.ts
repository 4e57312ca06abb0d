/**
 * The CSV form of a values file (scoring-io.md): one row per value,
 * `unit_code,unit_name,group,sub_index,input,value`. Cells are typed by the framework's input
 * declarations (true/false/có/không/x for yes-no; 1.5 or "1,5" for numbers); what cannot be typed is
 * kept as text so that validation reports it with the others.
 */
import type { Problem } from '../errors/problem';
import type { Framework } from '../framework/framework-types';
import { planSet } from './set-plan';
import type { InputValue, UnitInput, ValuesInput } from './values-types';

const COLUMNS = ['unit_code', 'unit_name', 'group', 'sub_index', 'input', 'value'] as const;

/** Parses CSV values for one set of a framework into the JSON shape of a values file. */
export function parseValuesCsv(
  framework: Framework,
  setId: string,
  text: string,
): { ok: true; raw: ValuesInput } | { ok: false; problems: Problem[] } {
  const rows = parseCsvRows(text.replace(/^\uFEFF/, ''));
  const header = (rows.shift() ?? []).map((h) => h.trim().toLowerCase());
  const missing = COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    return {
      ok: false,
      problems: [
        {
          path: 'CSV, hàng 1',
          code: 'VAL_PARSE',
          message: `Thiếu cột: ${missing.join(', ')} (cần ${COLUMNS.join(',')}).`,
        },
      ],
    };
  }
  const col = (name: (typeof COLUMNS)[number]): number => header.indexOf(name);
  const plan = planSet(framework, setId);
  const units = new Map<string, UnitInput>();
  for (const row of rows) {
    if (row.every((cell) => cell.trim() === '')) continue;
    const code = (row[col('unit_code')] ?? '').trim();
    let unit = units.get(code);
    if (!unit) {
      unit = { code, name: (row[col('unit_name')] ?? '').trim(), values: {} };
      const group = (row[col('group')] ?? '').trim();
      if (group !== '') unit.group = group;
      units.set(code, unit);
    }
    const subCode = (row[col('sub_index')] ?? '').trim();
    const key = (row[col('input')] ?? '').trim();
    const cell = row[col('value')] ?? '';
    const planned = plan?.subsByCode.get(subCode);
    const type = key === 'points' ? 'number' : planned?.inputs.get(key)?.type;
    (unit.values[subCode] ??= {})[key] = typeCell(cell, type);
  }
  return { ok: true, raw: { framework: framework.id, set: setId, units: [...units.values()] } };
}

function typeCell(cell: string, type: string | undefined): InputValue {
  const text = cell.trim();
  if (type === 'boolean') {
    const folded = text.toLowerCase();
    if (['true', '1', 'có', 'co', 'x', 'yes', 'đạt'].includes(folded)) return true;
    if (['false', '0', 'không', 'khong', 'no', 'chưa', ''].includes(folded)) return false;
    return text;
  }
  if (type === 'integer' || type === 'number' || type === 'percent') {
    const normalized = /^-?\d+,\d+$/.test(text) ? text.replace(',', '.') : text;
    const n = Number(normalized);
    return normalized !== '' && Number.isFinite(n) ? n : text;
  }
  return text;
}

/** RFC 4180 rows: quoted cells may hold the delimiter (comma or semicolon), quotes ("") and line breaks. */
export function parseCsvRows(text: string, delimiter: ',' | ';' = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
