// A reorganisation of the unit registry (docs/spec/reorganisation.md): the file's columns and
// events, and the answer of a dry run or an application.
import { z } from 'zod';
import { ErrorDetail } from './error';

/** Events of a reorganisation file: Vietnamese name → English alias. */
export const reorganisationEvents = {
  thanh_lap: 'create',
  hop_nhat: 'merge',
  chia_tach: 'split',
  doi_ten: 'rename',
  dieu_chuyen: 'transfer',
  giai_the: 'abolish',
} as const;
/** An event of a reorganisation file (Vietnamese name). */
export type ReorganisationEvent = keyof typeof reorganisationEvents;

/** Columns of a reorganisation file: Vietnamese header, English alias accepted. */
export const reorganisationColumns = [
  { key: 'effectiveDate', header: 'ngay_hieu_luc', alias: 'effective_date', required: true },
  { key: 'event', header: 'su_kien', alias: 'event', required: true },
  { key: 'code', header: 'ma', alias: 'code', required: true },
  { key: 'name', header: 'ten', alias: 'name', required: false },
  { key: 'kind', header: 'loai', alias: 'kind', required: false },
  { key: 'parentCode', header: 'ma_cap_tren', alias: 'parent_code', required: false },
  { key: 'predecessors', header: 'ma_tien_than', alias: 'predecessors', required: false },
  { key: 'legalBasis', header: 'can_cu', alias: 'legal_basis', required: true },
  { key: 'note', header: 'ghi_chu', alias: 'note', required: false },
] as const;

/** Query of `POST /api/units/reorganise`: `dryRun` checks the file and stores nothing. */
export const ReorganisationQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  /** The uploaded file's name, kept in the audit log. */
  fileName: z.string().max(200).optional(),
});

/** A unit named in a reorganisation answer: as it will be (as it was, for a unit that ends). */
export const ReorganisationUnit = z.object({ code: z.string(), name: z.string(), kind: z.string() });
/** A unit named in a reorganisation answer. */
export type ReorganisationUnit = z.infer<typeof ReorganisationUnit>;

const CountsByKind = z.record(z.string(), z.number().int());

/**
 * What a reorganisation file does (dry run) or did: the unit codes ended, created, renamed and
 * moved (to another parent), each list in code order; counts of each list per unit kind; the
 * units by code; every problem (row, column, `REORG_*` code, Vietnamese message). When `problems`
 * is not empty nothing was stored. `--json` of the CLI prints the first six fields only.
 */
export const ReorganisationResult = z.object({
  effectiveDate: z.string().nullable(),
  ended: z.array(z.string()),
  created: z.array(z.string()),
  renamed: z.array(z.string()),
  moved: z.array(z.string()),
  problems: z.array(ErrorDetail),
  dryRun: z.boolean(),
  applied: z.boolean(),
  counts: z.object({
    ended: CountsByKind,
    created: CountsByKind,
    renamed: CountsByKind,
    moved: CountsByKind,
  }),
  units: z.array(ReorganisationUnit),
});
/** What a reorganisation file does or did. */
export type ReorganisationResult = z.infer<typeof ReorganisationResult>;
