// @vitest-environment jsdom
import '../../test/setup-dom';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { DistrictTileMap, splitLabel } from './district-tile-map';
import { contrastRatio, levelColors, textColorOn } from './level-colors';

const tiles = [
  { code: '080', label: 'TP Lào Cai', value: 80.5 },
  { code: '082', label: 'Bát Xát', value: 60 },
  { code: '083', label: 'Mường Khương', value: 40 },
  { code: '084', label: 'Si Ma Cai', value: 20 },
  { code: '085', label: 'Bắc Hà', value: null },
  { code: '086', label: 'Bảo Thắng', value: 73.16 },
  { code: '087', label: 'Bảo Yên', value: 51 },
  { code: '088', label: 'Sa Pa', value: 76 },
  { code: '089', label: 'Văn Bàn', value: 25 },
];

describe('DistrictTileMap', () => {
  it('renders nine labelled, focusable tiles', () => {
    render(<DistrictTileMap tiles={tiles} title="Bản đồ" />);
    const group = screen.getByRole('group', { name: 'Bản đồ' });
    const items = group.querySelectorAll('g[data-code]');
    expect(items).toHaveLength(9);
    for (const item of items) expect(item.getAttribute('tabindex')).toBe('0');
    expect(screen.getByRole('img', { name: 'Bảo Thắng: 73,16%' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Bắc Hà: Chưa có dữ liệu' })).toBeTruthy();
  });

  it('colours tiles by level, strictly above each threshold', () => {
    const { container } = render(<DistrictTileMap tiles={tiles} title="Bản đồ" />);
    const fill = (code: string) =>
      container.querySelector(`g[data-code="${code}"] rect`)?.getAttribute('fill');
    expect(fill('080')).toBe(levelColors.DAN_DAT);
    expect(fill('082')).toBe(levelColors.NANG_CAO);
    expect(fill('083')).toBe(levelColors.HINH_THANH);
    expect(fill('089')).toBe(levelColors.KHOI_DONG);
  });

  it('shows the focused tile in the caption and selects with Enter', () => {
    const onSelect = vi.fn();
    render(<DistrictTileMap tiles={tiles} title="Bản đồ" onSelect={onSelect} />);
    const tile = screen.getByRole('button', { name: 'Sa Pa: 76%' });
    fireEvent.focus(tile);
    expect(screen.getByText('Sa Pa: 76%', { selector: 'figcaption' })).toBeTruthy();
    fireEvent.keyDown(tile, { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledWith('088');
  });

  it('keeps text contrast at 4.5:1 or more on every level colour', () => {
    for (const color of Object.values(levelColors)) {
      expect(contrastRatio(color, textColorOn(color))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('shows on each tile the words of its accessible name, spaced (axe: label-content-name-mismatch)', () => {
    const { container } = render(<DistrictTileMap tiles={tiles} title="Bản đồ" onSelect={() => undefined} />);
    const text = (code: string) => container.querySelector(`g[data-code="${code}"] text`)?.textContent;
    expect(text('083')).toBe('Mường Khương 40%');
    expect(text('085')).toBe('Bắc Hà —');
  });

  it('splits long names over two lines', () => {
    expect(splitLabel('Mường Khương')).toEqual(['Mường', 'Khương']);
    expect(splitLabel('Sa Pa')).toEqual(['Sa Pa']);
  });
});
