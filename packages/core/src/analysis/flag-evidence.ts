/**
 * Anomaly flags on evidence files (minh chứng): the same file (by content hash) used by different
 * units, and evidence dated outside the data window. Dates are ISO strings passed in: core never
 * reads the clock.
 */
import type { AnomalyFlag } from './anomaly-flag';

/** One evidence file attached to a unit's sub-index. */
export interface EvidenceRecord {
  unit: string;
  subIndex?: string;
  /** File name, for the message. */
  file?: string;
  /** Content hash (e.g. SHA-256 hex). */
  hash: string;
  /** Date of the document, ISO `yyyy-mm-dd` (a longer ISO timestamp is cut to its date). */
  date?: string;
}

/** The data window, ISO dates inclusive (e.g. 2023-01-01 to 2023-12-31). */
export interface DataWindow {
  from: string;
  to: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar date `yyyy-mm-dd` (no 31/02, no month 13). */
function isCalendarDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/** `2023-03-15` → `15/03/2023`. */
export function formatIsoDateVi(iso: string): string {
  const m = ISO_DATE.exec(iso.slice(0, 10));
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** Flags evidence shared between units and evidence dated outside `window` (when given). */
export function flagEvidence(
  records: readonly EvidenceRecord[],
  window: DataWindow | undefined,
): AnomalyFlag[] {
  const flags: AnomalyFlag[] = [];
  const byHash = new Map<string, EvidenceRecord[]>();
  for (const r of records) {
    const list = byHash.get(r.hash);
    if (list) list.push(r);
    else byHash.set(r.hash, [r]);
  }
  for (const [hash, list] of byHash) {
    const units = [...new Set(list.map((r) => r.unit))];
    if (units.length < 2) continue;
    for (const r of list) {
      const others = units.filter((u) => u !== r.unit);
      flags.push({
        unit: r.unit,
        ...(r.subIndex === undefined ? {} : { subIndex: r.subIndex }),
        kind: 'shared_evidence',
        severity: 'high',
        message:
          `Tệp minh chứng${describeFile(r)} (mã băm ${hash.slice(0, 12)}) cũng được ${others.length} đơn vị khác ` +
          `dùng: ${others.join(', ')}.`,
      });
    }
  }
  if (window) {
    for (const r of records) {
      if (r.date === undefined) continue;
      const date = r.date.slice(0, 10);
      const where = r.subIndex === undefined ? '' : ` của chỉ số ${r.subIndex}`;
      const base = { unit: r.unit, ...(r.subIndex === undefined ? {} : { subIndex: r.subIndex }) };
      if (!isCalendarDate(date)) {
        flags.push({
          ...base,
          kind: 'evidence_date_invalid',
          severity: 'low',
          message: `Minh chứng${describeFile(r)}${where} có ngày không hợp lệ: "${r.date}".`,
        });
      } else if (date < window.from.slice(0, 10) || date > window.to.slice(0, 10)) {
        flags.push({
          ...base,
          kind: 'evidence_out_of_window',
          severity: 'medium',
          message:
            `Minh chứng${describeFile(r)}${where} đề ngày ${formatIsoDateVi(date)}, ngoài kỳ số liệu ` +
            `${formatIsoDateVi(window.from)}–${formatIsoDateVi(window.to)}.`,
        });
      }
    }
  }
  return flags;
}

function describeFile(r: EvidenceRecord): string {
  return r.file === undefined ? '' : ` "${r.file}"`;
}
