// The one error type of the server's use cases: a documented code, a Vietnamese message, details.
// No HTTP statuses here: server/http maps codes to statuses in one function.

/** Codes of errors raised by services and the HTTP layer. Add, never rename. */
export type AppErrorCode =
  | 'VALIDATION' // the request does not have the expected shape
  | 'BAD_JSON' // the body is not valid JSON
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'PAYLOAD_TOO_LARGE'
  | 'ROUTE_NOT_FOUND'
  | 'NOT_FOUND' // the entity does not exist (or is not visible to the caller)
  | 'UNAUTHENTICATED' // no valid session
  | 'FORBIDDEN' // the role or unit may not do this
  | 'CSRF_INVALID' // unsafe method without the session's x-csrf-token
  | 'LOGIN_FAILED'
  | 'LOGIN_LOCKED' // too many failed sign-ins: try again later
  | 'CONFLICT' // duplicate code or user name
  | 'INVALID_INPUT' // well-formed but breaks a rule (unknown parent, dates, …)
  | 'IMPORT_REJECTED' // an imported file has problems: all listed, nothing written
  | 'FRAMEWORK_INVALID' // a framework file has problems: all listed, nothing stored
  | 'VERSION_CONFLICT' // the item changed since the version the write was based on
  | 'DEADLINE_PASSED' // the set's deadline (and any extension) is over
  | 'PERIOD_STATE' // the period is not in a state that allows this
  | 'ALREADY_SUBMITTED' // the unit has submitted: values are locked
  | 'COUNCIL_OWN_UNIT' // a council member may not review their own agency
  | 'OBJECTIONS_OPEN' // approval waits: an objection has no answer yet, or the objection window runs
  | 'EVIDENCE_TYPE' // the file is not a PDF, PNG, JPEG, DOCX, XLSX or ODT (by its content)
  | 'INTERNAL';

/** One detail of an error (a field, or a row and column of an imported file). */
export interface AppErrorDetail {
  path?: string;
  row?: number;
  column?: string;
  code?: string;
  message: string;
  /** The current state of what was written, on VERSION_CONFLICT. */
  current?: unknown;
}

/** An error with a code from `AppErrorCode`, a Vietnamese message and every detail found. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: AppErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Shorthand for the usual "not found" error. */
export function notFound(what: string): AppError {
  return new AppError('NOT_FOUND', `Không tìm thấy ${what}.`);
}
