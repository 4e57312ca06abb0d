/**
 * Problems found in input (a framework file, a values file): every one is reported at once, each
 * with where it is, a stable English code and a Vietnamese message.
 */
export interface Problem {
  /** JSON path (`$.sets[0].indices[2].maxPoints`) or a location such as `unit 02713 / 1.2 / a`. */
  path: string;
  code: ProblemCode;
  message: string;
  /** For values problems: the unit, sub-index and input concerned, when known. */
  unit?: string;
  subIndex?: string;
  input?: string;
}

/**
 * Codes of input problems. Framework problems start with `FW_`, values problems with `VAL_`.
 * They are part of the interchange contract: add, never rename.
 */
export type ProblemCode =
  // framework file
  | 'FW_PARSE'
  | 'FW_TYPE'
  | 'FW_REQUIRED'
  | 'FW_UNKNOWN_FIELD'
  | 'FW_FORMAT_VERSION'
  | 'FW_DUPLICATE'
  | 'FW_SUM_MISMATCH'
  | 'FW_STEPS_ORDER'
  | 'FW_STEPS_ABOVE_MAX'
  | 'FW_FRACTION_RANGE'
  | 'FW_PARTS_SUM'
  | 'FW_LEVELS_ORDER'
  | 'FW_UNKNOWN_INPUT'
  | 'FW_UNUSED_INPUT'
  | 'FW_INPUT_TYPE'
  | 'FW_UNKNOWN_PILLAR'
  | 'FW_NONE_POINTS'
  | 'FW_RANGE'
  | 'FW_WORKBOOK_LAYOUT'
  // values file
  | 'VAL_PARSE'
  | 'VAL_FRAMEWORK'
  | 'VAL_SET'
  | 'VAL_UNIT'
  | 'VAL_DUPLICATE_UNIT'
  | 'VAL_UNKNOWN_SUB_INDEX'
  | 'VAL_UNKNOWN_INPUT'
  | 'VAL_TYPE'
  | 'VAL_RANGE'
  | 'VAL_RATIO_ABOVE_ONE'
  | 'VAL_CHOICE'
  | 'VAL_MANUAL_ABOVE_MAX'
  | 'VAL_INCOMPLETE';

/** Error thrown by core when input is rejected as a whole; carries every problem. */
export class InputRejectedError extends Error {
  readonly code = 'INPUT_REJECTED';
  constructor(
    message: string,
    readonly problems: Problem[],
  ) {
    super(message);
    this.name = 'InputRejectedError';
  }
}
