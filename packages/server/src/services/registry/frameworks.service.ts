// Frameworks (index sets): validated by @dti/core, stored by id, the built-in ones loaded on start.
import { parseFrameworkText, validateFramework, type Framework, type Problem } from '@dti/core';
import { builtinFrameworkIds, readBuiltinFramework, readProvenanceNotes } from '@dti/frameworks';
import type { FrameworkRow } from '../../db/frameworks.repository';
import type { Store } from '../../db/store';
import { requireRole, type Actor } from '../shared/actor';
import { AppError, notFound } from '../shared/app-error';
import { recordAudit } from '../shared/audit.service';

/** A framework file as received: parsed JSON, or YAML/JSON text. */
export type FrameworkInput = { kind: 'json'; raw: unknown } | { kind: 'text'; text: string };

function parseInput(input: FrameworkInput): { ok: true; raw: unknown } | { ok: false; problems: Problem[] } {
  return input.kind === 'json' ? { ok: true, raw: input.raw } : parseFrameworkText(input.text);
}

/** Checks a framework file; every problem at once. */
export function checkFramework(
  input: FrameworkInput,
): { ok: true; framework: Framework } | { ok: false; problems: Problem[] } {
  const parsed = parseInput(input);
  return parsed.ok ? validateFramework(parsed.raw) : parsed;
}

/** Frameworks readable by everyone (published decisions); imported by administrators. */
export function createFrameworksService(store: Store) {
  return {
    async listFrameworks(): Promise<FrameworkRow[]> {
      return store.repos.frameworks.listFrameworks();
    },

    /** PROVENANCE.md of the built-in frameworks (Markdown): what is verified, what is reconstructed. */
    provenanceNotes(): string {
      return readProvenanceNotes();
    },

    async getFramework(id: string): Promise<FrameworkRow> {
      const row = await store.repos.frameworks.findFramework(id);
      if (!row) throw notFound(`bộ chỉ số "${id}"`);
      return row;
    },

    validate(actor: Actor, input: FrameworkInput) {
      requireRole(actor, ['admin', 'leader', 'council_member']);
      return checkFramework(input);
    },

    /** Validates and stores a framework (replacing one with the same id); rejects it whole otherwise. */
    async importFramework(actor: Actor, input: FrameworkInput): Promise<FrameworkRow> {
      requireRole(actor, ['admin']);
      const checked = checkFramework(input);
      if (!checked.ok) {
        throw new AppError(
          'FRAMEWORK_INVALID',
          `Bộ chỉ số có ${checked.problems.length} lỗi; chưa được lưu.`,
          checked.problems.map((p) => ({ path: p.path, code: p.code, message: p.message })),
        );
      }
      const framework = checked.framework;
      return store.transaction(async (repos) => {
        const before = await repos.frameworks.findFramework(framework.id);
        const row = await repos.frameworks.upsertFramework({
          id: framework.id,
          title: framework.title,
          provenance: framework.provenance,
          builtin: false,
          content: framework,
        });
        await recordAudit(repos, actor, {
          action: before ? 'replace' : 'import',
          entity: 'framework',
          entityId: framework.id,
          before: before?.content,
          after: framework,
        });
        return row;
      });
    },

    /**
     * Stores every built-in framework the database does not hold yet (an imported replacement is
     * never overwritten). Returns the ids loaded and the problems of any that failed validation.
     */
    async loadBuiltinFrameworks(
      actor: Actor,
    ): Promise<{ loaded: string[]; failed: Record<string, Problem[]> }> {
      const loaded: string[] = [];
      const failed: Record<string, Problem[]> = {};
      for (const id of builtinFrameworkIds()) {
        if (await store.repos.frameworks.findFramework(id)) continue;
        const checked = validateFramework(readBuiltinFramework(id));
        if (!checked.ok) {
          failed[id] = checked.problems;
          continue;
        }
        const framework = checked.framework;
        await store.transaction(async (repos) => {
          await repos.frameworks.upsertFramework({
            id: framework.id,
            title: framework.title,
            provenance: framework.provenance,
            builtin: true,
            content: framework,
          });
          await recordAudit(repos, actor, {
            action: 'load-builtin',
            entity: 'framework',
            entityId: framework.id,
          });
        });
        loaded.push(framework.id);
      }
      return { loaded, failed };
    },
  };
}

/** Framework use cases. */
export type FrameworksService = ReturnType<typeof createFrameworksService>;
