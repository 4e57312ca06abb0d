// Evidence: files attached to a unit's sub-index with their citation. The type is read from the
// content; the same content is stored once (by SHA-256) in the database and can be attached again
// to other sub-indices and years; documents dated outside the period's data window are flagged.
// Evidence is taken from the opening of the period to the council's review, and again during the
// objection window (objections cite it).
import { createHash } from 'node:crypto';
import type { EvidenceCitation, EvidenceLink } from '@dti/contract';
import type { EvidenceWithFile } from '../../db/evidence.repository';
import type { Store } from '../../db/store';
import { auditIdentity, type Actor } from '../shared/actor';
import { AppError, notFound } from '../shared/app-error';
import { recordAudit } from '../shared/audit.service';
import type { Clock } from '../shared/clock';
import { loadUnitInPeriod, requireUnitReader, requireUnitWriter, type FrameworkCache } from './cycle-context';
import { subIndicesOf } from './cycle-scoring';
import { detectEvidenceType } from './evidence-type';

/** A piece of evidence with what the API shows. */
export interface EvidenceView extends EvidenceWithFile {
  year: number;
  unitCode: string;
  outsideWindow: boolean;
}

/** Evidence use cases. `maxBytes`: the size limit of one file. */
export function createEvidenceService(
  store: Store,
  frameworks: FrameworkCache,
  maxBytes: number,
  clock: Clock,
) {
  /** Evidence is taken during the cycle, and while the objection window of a ranked period runs. */
  async function takesEvidence(period: { id: number; state: string }): Promise<boolean> {
    if (['open', 'closed', 'under_review'].includes(period.state)) return true;
    if (period.state !== 'ranked') return false;
    const window = await store.repos.objections.findWindow(period.id);
    return window !== undefined && clock.now() < window.until;
  }

  async function attach(
    actor: Actor,
    year: number,
    unitCode: string,
    subCode: string,
    citation: EvidenceCitation & { fileName: string },
    file: { hash: string; mediaType: string; content?: Buffer },
  ): Promise<EvidenceView> {
    const context = await loadUnitInPeriod(store.repos, frameworks, year, unitCode);
    requireUnitWriter(actor, context.unit, ['unit_officer', 'unit_head']);
    if (!subIndicesOf(context.set).has(subCode)) throw notFound(`chỉ số thành phần "${subCode}"`);
    const { period, unit } = context;
    if (!(await takesEvidence(period))) {
      throw new AppError('PERIOD_STATE', `Kỳ đánh giá năm ${year} không nhận thêm minh chứng.`);
    }
    const row = await store.transaction(async (repos) => {
      if (file.content)
        await repos.evidence.storeFile({ hash: file.hash, mediaType: file.mediaType, content: file.content });
      const inserted = await repos.evidence.insertEvidence({
        periodId: period.id,
        unitId: unit.id,
        subCode,
        fileHash: file.hash,
        fileName: citation.fileName.slice(0, 255),
        documentNumber: citation.documentNumber,
        documentDate: citation.documentDate,
        issuer: citation.issuer,
        summary: citation.summary,
        uploadedByName: auditIdentity(actor).actorUsername,
      });
      await recordAudit(repos, actor, {
        action: 'attach',
        entity: 'evidence',
        entityId: inserted.id,
        after: { ...inserted, year, unitCode },
      });
      return inserted;
    });
    const outsideWindow = row.documentDate < period.dataFrom || row.documentDate > period.dataTo;
    return {
      ...row,
      mediaType: file.mediaType,
      size: file.content?.length ?? 0,
      year,
      unitCode,
      outsideWindow,
    };
  }

  return {
    maxBytes,

    /** Uploads a file (type checked from its content) and attaches it. */
    async upload(
      actor: Actor,
      year: number,
      unitCode: string,
      subCode: string,
      citation: EvidenceCitation,
      file: { name: string; content: Buffer },
    ): Promise<EvidenceView> {
      if (file.content.length > maxBytes) {
        throw new AppError(
          'PAYLOAD_TOO_LARGE',
          `Tệp minh chứng vượt quá ${Math.round(maxBytes / 1048576)} MB.`,
        );
      }
      const mediaType = detectEvidenceType(file.content);
      if (!mediaType) {
        throw new AppError(
          'EVIDENCE_TYPE',
          'Tệp minh chứng phải là PDF, PNG, JPEG, DOCX, XLSX hoặc ODT (kiểm tra theo nội dung tệp).',
        );
      }
      const hash = createHash('sha256').update(file.content).digest('hex');
      const view = await attach(
        actor,
        year,
        unitCode,
        subCode,
        { ...citation, fileName: file.name },
        {
          hash,
          mediaType,
          content: file.content,
        },
      );
      return { ...view, size: file.content.length };
    },

    /** Attaches a file already stored (same content reused across sub-indices and years). */
    async link(actor: Actor, year: number, unitCode: string, subCode: string, input: EvidenceLink) {
      const meta = await store.repos.evidence.findFileMeta(input.fileHash);
      if (!meta) throw notFound('tệp minh chứng');
      const view = await attach(actor, year, unitCode, subCode, input, {
        hash: input.fileHash,
        mediaType: meta.mediaType,
      });
      return { ...view, size: meta.size };
    },

    async listItemEvidence(
      actor: Actor,
      year: number,
      unitCode: string,
      subCode: string,
    ): Promise<EvidenceView[]> {
      const context = await loadUnitInPeriod(store.repos, frameworks, year, unitCode);
      requireUnitReader(actor, context.unit);
      if (!subIndicesOf(context.set).has(subCode)) throw notFound(`chỉ số thành phần "${subCode}"`);
      const { period } = context;
      const rows = await store.repos.evidence.listItemEvidence(period.id, context.unit.id, subCode);
      return rows.map((r) => ({
        ...r,
        year,
        unitCode,
        outsideWindow: r.documentDate < period.dataFrom || r.documentDate > period.dataTo,
      }));
    },

    /** A file to download, for those who may see its unit. */
    async download(
      actor: Actor,
      id: number,
    ): Promise<{ fileName: string; mediaType: string; content: Buffer }> {
      const row = await store.repos.evidence.findEvidence(id);
      if (!row) throw notFound('minh chứng');
      const [unit] = await store.repos.units.findUnitsByCodes([row.unitCode]);
      if (!unit) throw notFound('minh chứng');
      requireUnitReader(actor, unit);
      const content = await store.repos.evidence.readFileContent(row.fileHash);
      if (!content) throw notFound('tệp minh chứng');
      return { fileName: row.fileName, mediaType: row.mediaType, content };
    },

    async remove(actor: Actor, id: number): Promise<void> {
      const row = await store.repos.evidence.findEvidence(id);
      if (!row) throw notFound('minh chứng');
      const [unit] = await store.repos.units.findUnitsByCodes([row.unitCode]);
      if (!unit) throw notFound('minh chứng');
      requireUnitWriter(actor, unit, ['unit_officer', 'unit_head']);
      await store.transaction(async (repos) => {
        await repos.evidence.deleteEvidence(id);
        await recordAudit(repos, actor, { action: 'detach', entity: 'evidence', entityId: id, before: row });
      });
    },
  };
}

/** Evidence use cases. */
export type EvidenceService = ReturnType<typeof createEvidenceService>;
