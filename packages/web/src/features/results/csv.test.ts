import { describe, expect, it } from 'vitest';
import { buildCsv } from './csv';

describe('buildCsv', () => {
  it('starts with a BOM, quotes what needs it and keeps Vietnamese text', () => {
    const text = buildCsv(
      ['Hạng', 'Đơn vị', 'Điểm'],
      [
        [1, 'Sở LĐ-TB&XH', '731,61'],
        [1, 'Xã "A"', null],
      ],
    );
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toBe('Hạng,Đơn vị,Điểm\r\n1,Sở LĐ-TB&XH,"731,61"\r\n1,"Xã ""A""",\r\n');
  });
});
