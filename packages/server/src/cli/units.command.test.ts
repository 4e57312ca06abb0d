// `dti units reorganise`: the dry run stores nothing, --json prints exactly the six fields, a bad
// file exits 1 with every problem, the real run applies (TEST FIXTURE file, not an official event).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from './command';
import { unitsCommand } from './units.command';
import { editFixture, siMaCaiFixtureCsv } from '../services/registry/reorganisation.fixture';
import { loadConfig } from '../config';
import { openRuntime } from '../main';
import { seedUnitsIfEmpty } from '../services/system/bootstrap.service';

let dir: string;
let env: NodeJS.ProcessEnv;

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), env, cwd: dir };
  const code = await unitsCommand.run(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dti-units-'));
  env = { DTI_DATA_DIR: join(dir, 'data'), DTI_LOG: 'false', DTI_DEMO: 'false' };
  await writeFile(join(dir, 'si-ma-cai.csv'), siMaCaiFixtureCsv);
  await writeFile(join(dir, 'bad.csv'), editFixture(15, '01/07/2025,dieu_chuyen,99999,,,,,,'));
  // The fixture reorganises Si Ma Cai on 01/07/2025: start from the 2023 registry, without the
  // shipped 2025 file (which already ends those communes).
  const loaded = loadConfig(env, dir);
  if (!loaded.ok) throw new Error(loaded.message);
  const runtime = await openRuntime(loaded.config);
  try {
    await seedUnitsIfEmpty(runtime.store, { reorganisationsDir: null });
  } finally {
    await runtime.close();
  }
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('dti units reorganise', () => {
  it('refuses bad arguments', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['reorganise', 'x.txt'])).code).toBe(2);
    expect((await run(['reorganise', 'x.csv', '--force'])).err).toContain('CLI_ARGS');
  });

  it('a bad file: exit 1, every problem with row and column, nothing stored', async () => {
    const answer = await run(['reorganise', 'bad.csv', '--json']);
    expect(answer.code).toBe(1);
    const json = JSON.parse(answer.out) as { problems: { row: number; column: string; code: string }[] };
    expect(json.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, 'ma', 'REORG_ORPHAN_CHILD'],
      [16, 'can_cu', 'REORG_LEGAL_BASIS_REQUIRED'],
    ]);
    const text = await run(['reorganise', 'bad.csv']);
    expect(text.err).toContain('Lỗi [REORG_LEGAL_BASIS_REQUIRED] dòng 16, cột can_cu');
  }, 120_000);

  it('--dry-run --json prints exactly the six fields and stores nothing; then the real run applies', async () => {
    const dry = await run(['reorganise', 'si-ma-cai.csv', '--dry-run', '--json']);
    expect(dry.code).toBe(0);
    const json = JSON.parse(dry.out) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['effectiveDate', 'ended', 'created', 'renamed', 'moved', 'problems']);
    expect(json).toMatchObject({ effectiveDate: '2025-07-01', created: [], renamed: [], problems: [] });
    expect(json.ended).toHaveLength(15);
    expect(json.moved).toHaveLength(8);

    const applied = await run(['reorganise', 'si-ma-cai.csv']);
    expect(applied.code).toBe(0);
    expect(applied.out).toContain('Đã áp dụng sắp xếp đơn vị có hiệu lực từ 2025-07-01.');
    expect(applied.out).toContain('Kết thúc: 15 (commune: 2, district: 1, district_agency: 12)');
    // The dry run stored nothing (else this run would have been refused); now it is applied once.
    const again = await run(['reorganise', 'si-ma-cai.csv', '--json']);
    expect(again.code).toBe(1);
    expect((JSON.parse(again.out) as { problems: { code: string }[] }).problems[0]?.code).toBe(
      'REORG_ALREADY_ENDED',
    );
  }, 120_000);
});
