/** The shape of an anomaly flag raised for the DTI council (issue 8, §5). */

/** What kind of anomaly: a stable English code, part of the API. */
export type AnomalyKind =
  | 'outlier_input'
  | 'outlier_sub_index'
  | 'large_jump'
  | 'implausible_full_rate'
  | 'identical_values'
  | 'shared_evidence'
  | 'evidence_out_of_window'
  | 'evidence_date_invalid';

/** How urgently the council should look. */
export type AnomalySeverity = 'high' | 'medium' | 'low';

/** One flag: which unit (and sub-index, input), what, how serious, and why, with the numbers, in Vietnamese. */
export interface AnomalyFlag {
  unit: string;
  subIndex?: string;
  input?: string;
  kind: AnomalyKind;
  severity: AnomalySeverity;
  message: string;
}

const SEVERITY_ORDER: Record<AnomalySeverity, number> = { high: 0, medium: 1, low: 2 };

/** Orders flags by unit code, then severity (high first), sub-index, kind and input. */
export function compareFlags(a: AnomalyFlag, b: AnomalyFlag): number {
  const text = (x = '', y = '') => (x < y ? -1 : x > y ? 1 : 0);
  return (
    text(a.unit, b.unit) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    text(a.subIndex, b.subIndex) ||
    text(a.kind, b.kind) ||
    text(a.input, b.input)
  );
}
