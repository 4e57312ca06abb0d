// @vitest-environment jsdom
import '../../test/setup-dom';
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../test/render';
import { OfflineWorkbook } from './offline-workbook';

describe('OfflineWorkbook', () => {
  it('links the unit’s own workbook and scorecard, and uploads only once a file is chosen', () => {
    renderWithProviders(<OfflineWorkbook year={2024} unitCode="02710" onImported={() => undefined} />);
    const template = screen.getByRole('link', { name: 'Tải phiếu nhập liệu (.xlsx)' });
    expect(template.getAttribute('href')).toBe('/api/periods/2024/units/02710/template.xlsx');
    const scorecard = screen.getByRole('link', { name: 'Phiếu kết quả (PDF)' });
    expect(scorecard.getAttribute('href')).toBe('/api/periods/2024/units/02710/scorecard.pdf');
    expect(screen.getByRole('button', { name: 'Nộp phiếu' }).hasAttribute('disabled')).toBe(true);
  });
});
