// SQL for evidence: file contents stored once by SHA-256, and their citations per item.
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from './client';
import { evidence, evidenceFiles, units } from './schema';

/** An evidence row (citation and file reference). */
export type EvidenceRow = typeof evidence.$inferSelect;
/** An evidence row with its file's type and size. */
export type EvidenceWithFile = EvidenceRow & { mediaType: string; size: number };

const withFile = {
  id: evidence.id,
  periodId: evidence.periodId,
  unitId: evidence.unitId,
  subCode: evidence.subCode,
  fileHash: evidence.fileHash,
  fileName: evidence.fileName,
  documentNumber: evidence.documentNumber,
  documentDate: evidence.documentDate,
  issuer: evidence.issuer,
  summary: evidence.summary,
  uploadedByName: evidence.uploadedByName,
  createdAt: evidence.createdAt,
  mediaType: evidenceFiles.mediaType,
  size: evidenceFiles.size,
};

/** Queries and writes on evidence. */
export function createEvidenceRepository(db: Executor) {
  return {
    /** Stores a file's content unless the same content is already stored. */
    async storeFile(file: { hash: string; mediaType: string; content: Buffer }): Promise<void> {
      await db
        .insert(evidenceFiles)
        .values({
          hash: file.hash,
          mediaType: file.mediaType,
          size: file.content.length,
          content: file.content,
        })
        .onConflictDoNothing();
    },

    async findFileMeta(hash: string): Promise<{ mediaType: string; size: number } | undefined> {
      const [row] = await db
        .select({ mediaType: evidenceFiles.mediaType, size: evidenceFiles.size })
        .from(evidenceFiles)
        .where(eq(evidenceFiles.hash, hash));
      return row;
    },

    async readFileContent(hash: string): Promise<Buffer | undefined> {
      const [row] = await db
        .select({ content: evidenceFiles.content })
        .from(evidenceFiles)
        .where(eq(evidenceFiles.hash, hash));
      return row?.content;
    },

    async insertEvidence(values: typeof evidence.$inferInsert): Promise<EvidenceRow> {
      const [row] = await db.insert(evidence).values(values).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async insertManyEvidence(rows: (typeof evidence.$inferInsert)[]): Promise<void> {
      for (let i = 0; i < rows.length; i += 500) await db.insert(evidence).values(rows.slice(i, i + 500));
    },

    async findEvidence(id: number): Promise<(EvidenceWithFile & { unitCode: string }) | undefined> {
      const [row] = await db
        .select({ ...withFile, unitCode: units.code })
        .from(evidence)
        .innerJoin(evidenceFiles, eq(evidenceFiles.hash, evidence.fileHash))
        .innerJoin(units, eq(units.id, evidence.unitId))
        .where(eq(evidence.id, id));
      return row;
    },

    async listItemEvidence(periodId: number, unitId: number, subCode?: string): Promise<EvidenceWithFile[]> {
      const where = [eq(evidence.periodId, periodId), eq(evidence.unitId, unitId)];
      if (subCode !== undefined) where.push(eq(evidence.subCode, subCode));
      return db
        .select(withFile)
        .from(evidence)
        .innerJoin(evidenceFiles, eq(evidenceFiles.hash, evidence.fileHash))
        .where(and(...where))
        .orderBy(evidence.id);
    },

    /** Number of evidence pieces per (unit, sub-index) of a period. */
    async countPeriodEvidence(periodId: number): Promise<{ unitId: number; subCode: string; n: number }[]> {
      return db
        .select({
          unitId: evidence.unitId,
          subCode: evidence.subCode,
          n: sql<number>`cast(count(*) as integer)`,
        })
        .from(evidence)
        .where(eq(evidence.periodId, periodId))
        .groupBy(evidence.unitId, evidence.subCode);
    },

    async deleteEvidence(id: number): Promise<boolean> {
      const rows = await db.delete(evidence).where(eq(evidence.id, id)).returning({ id: evidence.id });
      return rows.length > 0;
    },
  };
}

/** Queries and writes on evidence. */
export type EvidenceRepository = ReturnType<typeof createEvidenceRepository>;
