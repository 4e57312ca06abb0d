// CSV values (scoring-io.md): one row per value, unit_code,unit_name,group,sub_index,input,value.
import { describe, expect, it } from 'vitest';
import { buildMiniFramework } from '../testing/mini-framework.fixture';
import { parseCsvRows, parseValuesCsv } from './parse-values-csv';
import { scoreValues } from './score-values';

const HEADER = 'unit_code,unit_name,group,sub_index,input,value';

describe('parseValuesCsv', () => {
  it('reads quoted cells, "1,5" decimals, có/không and a BOM', () => {
    const text = [
      `\uFEFF${HEADER}`,
      '02713,"Xã Sàng Ma Sáo, huyện Bát Xát",082,1.1,hasPlan,có',
      '02713,"Xã Sàng Ma Sáo, huyện Bát Xát",082,3.2,tx,"1,5"',
      '02713,"Xã Sàng Ma Sáo, huyện Bát Xát",082,1.3,chair,PHO_CHU_TICH',
      '02716,"Xã ""Bản"" Phố",,1.1,hasPlan,không',
      '02716,"Xã ""Bản"" Phố",,2.3,points,"2,5"',
      '02716,"Xã ""Bản"" Phố",,1.4,web,Có',
      '02716,"Xã ""Bản"" Phố",,1.4,radio,KHÔNG',
      '02716,"Xã ""Bản"" Phố",,1.2,meetings,3',
      '',
    ].join('\r\n');
    const parsed = parseValuesCsv(buildMiniFramework(), 'XA', text);
    expect(parsed).toEqual({
      ok: true,
      raw: {
        framework: 'TEST-1',
        set: 'XA',
        units: [
          {
            code: '02713',
            name: 'Xã Sàng Ma Sáo, huyện Bát Xát',
            group: '082',
            values: { '1.1': { hasPlan: true }, '3.2': { tx: 1.5 }, '1.3': { chair: 'PHO_CHU_TICH' } },
          },
          {
            code: '02716',
            name: 'Xã "Bản" Phố',
            values: {
              '1.1': { hasPlan: false },
              '2.3': { points: 2.5 },
              '1.4': { web: true, radio: false },
              '1.2': { meetings: 3 },
            },
          },
        ],
      },
    });
    if (!parsed.ok) return;
    const outcome = scoreValues(buildMiniFramework(), parsed.raw);
    expect(outcome.ok).toBe(true);
  });

  it('reports a missing column', () => {
    const parsed = parseValuesCsv(
      buildMiniFramework(),
      'XA',
      'unit_code,unit_name,sub_index,value\n1,A,1.1,có\n',
    );
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => p.code)).toEqual(['VAL_PARSE']);
  });

  it('keeps what cannot be typed so that validation reports it', () => {
    const parsed = parseValuesCsv(
      buildMiniFramework(),
      'XA',
      `${HEADER}\n1,Xã Một,,2.2,p,nhiều\n1,Xã Một,,1.1,hasPlan,có lẽ\n`,
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const outcome = scoreValues(buildMiniFramework(), parsed.raw);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.problems.map((p) => [p.code, p.subIndex, p.input])).toEqual(
        expect.arrayContaining([
          ['VAL_TYPE', '2.2', 'p'],
          ['VAL_TYPE', '1.1', 'hasPlan'],
        ]),
      );
    }
  });
});

describe('parseCsvRows', () => {
  it('handles quotes, doubled quotes, commas and line breaks inside quotes', () => {
    expect(parseCsvRows('a,"b,c","d""e"\n"f\ng",h')).toEqual([
      ['a', 'b,c', 'd"e'],
      ['f\ng', 'h'],
    ]);
  });
  it('handles CRLF and empty cells', () => {
    expect(parseCsvRows('a,,c\r\n,b,\r\n')).toEqual([
      ['a', '', 'c'],
      ['', 'b', ''],
    ]);
  });
});
