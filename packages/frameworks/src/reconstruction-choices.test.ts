// The reconstruction's own choices, recorded in the catalogue and PROVENANCE.md (issue 16 item 8):
// what a rate scores when its denominator is 0, the district meetings table, the additions of 3019.
import { scoreSubIndex, type Framework, type SubIndex } from '@dti/core';
import { describe, expect, it } from 'vitest';
import { ZERO_DENOMINATORS } from '../scripts/catalogue/zero-denominators';
import { readBuiltinFramework } from './index';

const OLD = readBuiltinFramework('LC-2644-2022') as Framework;
const NEW = readBuiltinFramework('LC-3019-2023') as Framework;

const subsOf = (f: Framework, setId?: string): (SubIndex & { set: string })[] =>
  f.sets
    .filter((s) => setId === undefined || s.id === setId)
    .flatMap((s) => s.indices.flatMap((i) => i.subIndices.map((sub) => ({ ...sub, set: s.id }))));

/** The items whose denominator the unit controls: nothing done scores 0 (never rescaled away). */
const ZERO_WHEN_NOTHING_DONE = [
  'at.maDoc',
  'at.maDocTapTrung',
  'at.tuyenTruyen',
  'cd.hoSoCbccvc',
  'cd.hoSoCongViec',
  'cd.hopTrucTuyen',
  'cd.kySo',
  'cd.kySoCaNhan',
  'cd.luuTru',
  'cd.thuDienTu',
  'cd.xaKySo',
  'ht.chungThu',
  'ht.internet',
  'ht.mayTinh',
  'nl.lanhDao',
  'nl.moocs',
  'nl.tapHuan',
  'nl.toCnsTapHuan',
  'nt.chuTri',
  'nt.vanBan',
  'tc.hoanThanh',
];

describe('zero denominators, chosen by who controls the denominator', () => {
  it('records the unit-controlled items as zero and every other rate as exclusion', () => {
    const zero = Object.entries(ZERO_DENOMINATORS)
      .filter(([, c]) => c.choice === 'zero')
      .map(([key]) => key)
      .sort();
    expect(zero).toEqual(ZERO_WHEN_NOTHING_DONE);
    for (const [key, c] of Object.entries(ZERO_DENOMINATORS)) expect(c.why, key).toMatch(/^b = /);
  });

  it('writes the choice into every rate of both shipped files', () => {
    for (const f of [OLD, NEW]) {
      const rates = subsOf(f).filter((s) => s.method.type === 'ratio');
      expect(rates.length).toBeGreaterThan(100);
      for (const s of rates) {
        expect(
          s.method.type === 'ratio' && s.method.whenZeroDenominator,
          `${f.id} ${s.set} ${s.code}`,
        ).toMatch(/^(zero|exclude)$/);
      }
    }
  });

  it('scores 0 for meetings chaired and directives signed when the unit held or issued none', () => {
    const chaired = subsOf(NEW).filter((s) => s.name.includes('chủ trì các cuộc họp về chuyển đổi số'));
    const signed = subsOf(NEW).filter((s) => s.name.startsWith('Văn bản chỉ đạo chuyên đề'));
    expect(chaired.length).toBeGreaterThanOrEqual(2);
    expect(signed.length).toBeGreaterThanOrEqual(4);
    for (const s of [...chaired, ...signed]) {
      const [numerator, denominator] = s.inputs.map((i) => i.key);
      const scored = scoreSubIndex(s, { [numerator!]: 0, [denominator!]: 0 });
      expect(scored, `${s.set} ${s.code}`).toMatchObject({ status: 'scored', points: 0 });
    }
  });

  it('leaves out an online-service rate with no application filed ("không phát sinh")', () => {
    const filed = subsOf(NEW, 'TINH_CO_TTHC').find((s) => s.name.includes('được giải quyết đúng hạn'));
    expect(filed?.method).toMatchObject({ type: 'ratio', whenZeroDenominator: 'exclude' });
  });
});

describe('the district set follows the table it cites', () => {
  it('scores steering-committee meetings 4/3/2/1 → 20/15/10/5 in both frameworks (research-notes §3.1(a))', () => {
    for (const f of [OLD, NEW]) {
      const meetings = subsOf(f, 'HUYEN').find((s) => s.name.includes('họp trong năm'));
      expect(meetings?.maxPoints).toBe(20);
      expect(meetings?.method).toEqual({
        type: 'steps',
        input: 'meetings',
        steps: [
          { atLeast: 4, points: 20 },
          { atLeast: 3, points: 15 },
          { atLeast: 2, points: 10 },
          { atLeast: 1, points: 5 },
        ],
      });
    }
  });

  it('asks for the communes appraised Nâng cao in the previous year, known before the district deadline', () => {
    const item = subsOf(NEW, 'HUYEN').find((s) =>
      s.name.startsWith('Tỷ lệ xã, phường, thị trấn đạt mức Nâng cao'),
    );
    expect(item?.name).toContain('năm trước');
    expect(item?.inputs[0]?.label).toContain('năm trước');
  });

  it('tags as a 3019 addition (ATTT, HA_TANG_SO) only what no set of 2644 had', () => {
    // A set may take up in 3019 an item another set already had (online meetings for provincial
    // agencies, training of community digital teams for communes); the tagged additions the decision
    // announces must be new everywhere (CQ_HUYEN 5.5 was incident response, a 2644 item elsewhere).
    const before = new Set(subsOf(OLD).map((s) => s.name));
    const tagged = (s: SubIndex) => s.tags?.some((t) => t === 'ATTT' || t === 'HA_TANG_SO') ?? false;
    const wronglyNew = subsOf(NEW)
      .filter((s) => s.introducedIn === NEW.id && tagged(s) && before.has(s.name))
      .map((s) => `${s.set} ${s.code} ${s.name}`);
    expect(wronglyNew).toEqual([]);
  });
});
