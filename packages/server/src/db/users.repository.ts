// SQL for accounts.
import { eq } from 'drizzle-orm';
import type { Executor } from './client';
import { users } from './schema';

/** A user row, password hash included: never send it out. */
export type UserRow = typeof users.$inferSelect;
/** Fields to insert a user. */
export type UserInsert = typeof users.$inferInsert;

/** Queries and writes on `users`. */
export function createUsersRepository(db: Executor) {
  return {
    async listUsers(filter: { unitId?: number } = {}): Promise<UserRow[]> {
      const query = db.select().from(users);
      const rows = filter.unitId === undefined ? query : query.where(eq(users.unitId, filter.unitId));
      return rows.orderBy(users.username);
    },

    async findUserById(id: number): Promise<UserRow | undefined> {
      const [row] = await db.select().from(users).where(eq(users.id, id));
      return row;
    },

    async findUserByUsername(username: string): Promise<UserRow | undefined> {
      const [row] = await db.select().from(users).where(eq(users.username, username));
      return row;
    },

    async insertUser(values: UserInsert): Promise<UserRow> {
      const [row] = await db.insert(users).values(values).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async updateUser(id: number, values: Partial<UserInsert>): Promise<UserRow | undefined> {
      const [row] = await db
        .update(users)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(users.id, id))
        .returning();
      return row;
    },

    async deleteUser(id: number): Promise<boolean> {
      const rows = await db.delete(users).where(eq(users.id, id)).returning({ id: users.id });
      return rows.length > 0;
    },

    async countUsers(): Promise<number> {
      return db.$count(users);
    },
  };
}

/** Queries and writes on users. */
export type UsersRepository = ReturnType<typeof createUsersRepository>;
