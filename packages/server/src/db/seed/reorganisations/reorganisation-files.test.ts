// Structural facts of the shipped 2025 reorganisation file, checked with plain code (no dependency on
// the reorganisation loader): the counts the resolution states, every predecessor known, every row cited.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import laoCai2023 from '../laocai-units-2023.json' with { type: 'json' };
import yenBai2025 from '../yenbai-units-2025.json' with { type: 'json' };
import { buildUnitSeed } from '../unit-seed';

const HEADER = 'ngay_hieu_luc,su_kien,ma,ten,loai,ma_cap_tren,ma_tien_than,can_cu,ghi_chu';
const EVENTS = new Set(['thanh_lap', 'hop_nhat', 'chia_tach', 'doi_ten', 'dieu_chuyen', 'giai_the']);
const RESOLUTION = 'Nghị quyết 1673/NQ-UBTVQH15 ngày 16/6/2025';

interface Row {
  line: number;
  date: string;
  event: string;
  code: string;
  name: string;
  kind: string;
  parent: string;
  predecessors: string[];
  basis: string;
  note: string;
}

function readRows(file: string): { header: string; rows: Row[] } {
  const text = readFileSync(new URL(file, import.meta.url), 'utf8');
  expect(text.normalize('NFC')).toBe(text);
  const lines = text.split('\n');
  expect(lines.at(-1)).toBe('');
  const rows = lines.slice(1, -1).map((line, i) => {
    // No field holds a comma or a quote (asserted by the field count), so a plain split is exact.
    const f = line.split(',');
    expect(f, `line ${i + 2}`).toHaveLength(9);
    const [date, event, code, name, kind, parent, preds, basis, note] = f as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    return {
      line: i + 2,
      date,
      event,
      code,
      name,
      kind,
      parent,
      predecessors: preds === '' ? [] : preds.split(';'),
      basis,
      note,
    };
  });
  return { header: lines[0] ?? '', rows };
}

const { header, rows } = readRows('./2025-07-01-xa-phuong.csv');
const seed = buildUnitSeed();
const seedByCode = new Map(seed.units.map((u) => [u.code, u]));
/** Registry units still valid on 30/06/2025, the day before the reorganisation. */
const validBefore = seed.units.filter((u) => u.validUntil === null || u.validUntil >= '2025-06-30');
const yenBaiCommunes = new Map(yenBai2025.communes.map((c) => [c.code, c]));
const results = rows.filter((r) => r.event !== 'giai_the');
const ended = rows.filter((r) => r.event === 'giai_the');

/** Yên Bái predecessor codes listed in a `thanh_lap` note ("… yenbai-units-2025.json): 04459 Xã Hồ Bốn; …"). */
function yenBaiSources(note: string): string[] {
  const list = note.split('yenbai-units-2025.json): ')[1] ?? '';
  return [...list.matchAll(/(?:^|; )(\d{5}) /g)].map((m) => m[1] ?? '');
}

describe('2025-07-01-xa-phuong.csv', () => {
  it('has the spec header, one effective day, known events and a legal basis on every row', () => {
    expect(header).toBe(HEADER);
    for (const r of rows) {
      expect(r.date, `line ${r.line}`).toBe('2025-07-01');
      expect(EVENTS.has(r.event), `line ${r.line}`).toBe(true);
      expect(r.basis.trim(), `line ${r.line}`).not.toBe('');
      expect(r.name.trim(), `line ${r.line}`).not.toBe('');
    }
  });

  it('yields the 99 commune-level units of Điều 1 khoản 92: 89 xã and 10 phường, all under the province', () => {
    expect(results).toHaveLength(99);
    expect(new Set(results.map((r) => r.code)).size).toBe(99);
    for (const r of results) {
      expect(r.kind).toBe('commune');
      expect(r.parent).toBe('');
      expect(r.code).toMatch(/^\d{5}$/);
      expect(r.basis.startsWith(RESOLUTION)).toBe(true);
    }
    expect(results.filter((r) => r.name.startsWith('Xã '))).toHaveLength(89);
    expect(results.filter((r) => r.name.startsWith('Phường '))).toHaveLength(10);
    // 81 xã and 10 phường formed by Điều 1 khoản 1–91, 8 xã not rearranged (khoản 92).
    const unchanged = results.filter((r) => r.basis.includes('khoản 92'));
    expect(unchanged.map((r) => r.name.replace('Xã ', '')).sort()).toEqual(
      [
        'Nậm Xé',
        'Ngũ Chỉ Sơn',
        'Chế Tạo',
        'Lao Chải',
        'Nậm Có',
        'Tà Xi Láng',
        'Cát Thịnh',
        'Phong Dụ Thượng',
      ].sort(),
    );
    const clauses = results.map((r) => /khoản (\d+)/.exec(r.basis)?.[1]).filter((k) => k !== '92');
    expect(new Set(clauses).size).toBe(91);
  });

  it('merges every Lào Cai commune valid on 30/06/2025 exactly once, each result keeping one predecessor code', () => {
    const communes = validBefore.filter((u) => u.kind === 'commune').map((u) => u.code);
    expect(communes).toHaveLength(151);
    const seen: string[] = [];
    for (const r of rows.filter((x) => x.event === 'hop_nhat')) {
      expect(r.predecessors.length, `line ${r.line}`).toBeGreaterThan(1);
      expect(r.predecessors, `line ${r.line}`).toContain(r.code);
      for (const p of r.predecessors) {
        expect(seedByCode.get(p)?.kind, `line ${r.line}: ${p}`).toBe('commune');
        seen.push(p);
      }
    }
    for (const r of rows.filter((x) => x.event === 'dieu_chuyen')) {
      expect(seedByCode.get(r.code)?.name).toBe(r.name);
      seen.push(r.code);
    }
    expect(seen.sort()).toEqual([...communes].sort());
    // Xã Tà Chải ended in 2024 (Nghị quyết 1197/NQ-UBTVQH15) and is nobody's predecessor here.
    expect(seen).not.toContain('02872');
  });

  it('creates the units of former Yên Bái with every one of its 168 communes named once as a source', () => {
    const created = rows.filter((r) => r.event === 'thanh_lap');
    expect(created).toHaveLength(51);
    const sources: string[] = [];
    for (const r of created) {
      expect(seedByCode.has(r.code), `line ${r.line}`).toBe(false);
      const codes = yenBaiSources(r.note);
      expect(codes.length, `line ${r.line}`).toBeGreaterThan(0);
      expect(codes, `line ${r.line}`).toContain(r.code);
      for (const c of codes) {
        const unit = yenBaiCommunes.get(c);
        expect(unit, `line ${r.line}: ${c}`).toBeDefined();
        expect(r.note).toContain(`${c} ${unit?.name ?? ''}`);
      }
      sources.push(...codes);
    }
    expect(sources.sort()).toEqual([...yenBaiCommunes.keys()].sort());
    expect(yenBai2025.counts.communes).toBe(168);
  });

  it('abolishes the 9 districts and ends every district agency, leaving no child under an ended parent', () => {
    expect(ended.filter((r) => r.kind === 'district').map((r) => r.code)).toEqual(
      laoCai2023.districts.map((d) => d.code),
    );
    const endedCodes = new Set(ended.map((r) => r.code));
    for (const r of ended) {
      const unit = seedByCode.get(r.code);
      expect(unit?.kind, `line ${r.line}`).toBe(r.kind);
      expect(unit?.name, `line ${r.line}`).toBe(r.name);
    }
    const continued = new Set([
      ...rows.filter((r) => r.event === 'dieu_chuyen').map((r) => r.code),
      ...rows.filter((r) => r.event === 'hop_nhat').map((r) => r.code),
    ]);
    const mergedAway = new Set(
      rows.filter((r) => r.event === 'hop_nhat').flatMap((r) => r.predecessors.filter((p) => p !== r.code)),
    );
    for (const u of validBefore) {
      if (u.parentCode === null || !endedCodes.has(u.parentCode)) continue;
      const handled = endedCodes.has(u.code) || continued.has(u.code) || mergedAway.has(u.code);
      expect(handled, `${u.code} ${u.name} under ${u.parentCode}`).toBe(true);
    }
    for (const code of endedCodes) expect(continued.has(code) || mergedAway.has(code), code).toBe(false);
    for (const code of continued) expect(mergedAway.has(code), code).toBe(false);
  });
});
