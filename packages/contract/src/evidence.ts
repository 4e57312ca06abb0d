import { z } from 'zod';
import { IsoDate } from './units';

/** Media types accepted as evidence (checked from the content, not the name). */
export const evidenceMediaTypes = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
} as const;

/** The citation of a document: number (`15/KH-UBND`), date, issuer, summary (trích yếu). */
export const EvidenceCitation = z.object({
  documentNumber: z.string().trim().min(1).max(100),
  documentDate: IsoDate,
  issuer: z.string().trim().min(1).max(300),
  summary: z.string().trim().min(1).max(2000),
});
/** The citation of a document. */
export type EvidenceCitation = z.infer<typeof EvidenceCitation>;

/**
 * A piece of evidence. `outsideWindow`: the document is dated outside the period's data window.
 * Upload with multipart/form-data (`file` plus the citation fields) to `POST …/items/:subCode/evidence`.
 */
export const Evidence = EvidenceCitation.extend({
  id: z.number().int(),
  year: z.number().int(),
  unitCode: z.string(),
  subCode: z.string(),
  fileName: z.string(),
  fileHash: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  outsideWindow: z.boolean(),
  uploadedBy: z.string(),
  createdAt: z.string(),
  downloadUrl: z.string(),
});
/** A piece of evidence. */
export type Evidence = z.infer<typeof Evidence>;

/** Body of `POST …/items/:subCode/evidence/link`: attach a file already stored (by its hash). */
export const EvidenceLink = EvidenceCitation.extend({
  fileHash: z.string().regex(/^[0-9a-f]{64}$/),
  fileName: z.string().trim().min(1).max(255),
});
/** Body of `POST …/items/:subCode/evidence/link`. */
export type EvidenceLink = z.infer<typeof EvidenceLink>;
