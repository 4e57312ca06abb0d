// SQL for stored frameworks.
import { eq } from 'drizzle-orm';
import type { Executor } from './client';
import { frameworks } from './schema';

/** A framework row; `content` is the validated file. */
export type FrameworkRow = typeof frameworks.$inferSelect;

/** Reads and writes `frameworks`. */
export function createFrameworksRepository(db: Executor) {
  return {
    async listFrameworks(): Promise<FrameworkRow[]> {
      return db.select().from(frameworks).orderBy(frameworks.id);
    },

    async findFramework(id: string): Promise<FrameworkRow | undefined> {
      const [row] = await db.select().from(frameworks).where(eq(frameworks.id, id));
      return row;
    },

    async upsertFramework(values: {
      id: string;
      title: string;
      provenance: string;
      builtin: boolean;
      content: unknown;
    }): Promise<FrameworkRow> {
      const now = new Date();
      const [row] = await db
        .insert(frameworks)
        .values({ ...values, createdAt: now, updatedAt: now })
        .onConflictDoUpdate({
          target: frameworks.id,
          set: {
            title: values.title,
            provenance: values.provenance,
            builtin: values.builtin,
            content: values.content,
            updatedAt: now,
          },
        })
        .returning();
      if (!row) throw new Error('upsert returned no row');
      return row;
    },
  };
}

/** Reads and writes frameworks. */
export type FrameworksRepository = ReturnType<typeof createFrameworksRepository>;
