import { describe, expect, it } from 'vitest';
import { formatDateTime, parseVietnamDateTime } from './format';

describe('parseVietnamDateTime', () => {
  it('reads dd/mm/yyyy HH:mm as Vietnam time and round-trips through formatDateTime', () => {
    const iso = parseVietnamDateTime('15/12/2024 00:00');
    expect(iso).toBe('2024-12-15T00:00:00+07:00');
    expect(formatDateTime(iso ?? '')).toBe('15/12/2024 00:00');
    expect(parseVietnamDateTime('25/12/2024')).toBe('2024-12-25T00:00:00+07:00');
    expect(parseVietnamDateTime('31/02/2024 10:00')).toBeNull();
    expect(parseVietnamDateTime('01/01/2024 24:00')).toBeNull();
  });
});
