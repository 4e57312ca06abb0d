// schema.ts and the migrations agree: drizzle-kit, run on a copy of drizzle/ in a temporary folder,
// finds nothing to migrate. It fails when schema.ts was changed without generating a migration.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const serverDir = fileURLToPath(new URL('../..', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'dti-drift-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('schema.ts against the migrations', () => {
  it('has no change that a migration does not already hold', () => {
    const out = join(temp, 'drizzle');
    cpSync(join(serverDir, 'drizzle'), out, { recursive: true });
    const before = readdirSync(out).filter((f) => f.endsWith('.sql'));
    // drizzle-kit reads `out` relative to the working directory.
    const config = join(temp, 'drizzle.config.mjs');
    writeFileSync(
      config,
      `export default ${JSON.stringify({ dialect: 'postgresql', schema: './src/db/schema.ts', out: relative(serverDir, out) })};\n`,
    );
    const bin = join(dirname(createRequire(import.meta.url).resolve('drizzle-kit')), 'bin.cjs');
    const log = execFileSync(process.execPath, [bin, 'generate', '--config', config], {
      cwd: serverDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const after = readdirSync(out).filter((f) => f.endsWith('.sql'));
    expect(
      after,
      `schema.ts changed without a migration: run npx drizzle-kit generate --name <what>\n${log}`,
    ).toEqual(before);
    expect(log).toContain('No schema changes');
  }, 120_000);
});
