// @vitest-environment jsdom
import '../../test/setup-dom';
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import type { LeaderHome, LeaderSetOverview } from '@dti/contract';
import { renderWithProviders } from '../../test/render';
import { LeaderOverview } from './leader-overview';

function setOf(overrides: Partial<LeaderSetOverview>): LeaderSetOverview {
  return {
    setId: 'XA',
    setName: 'Cấp xã',
    units: 3,
    comparableUnits: 2,
    derivedUnits: 0,
    levels: [
      { code: 'DAN_DAT', name: 'Dẫn dắt', count: 2, previousCount: 1, comparableCount: 2 },
      { code: 'NANG_CAO', name: 'Nâng cao', count: 1, previousCount: 1, comparableCount: 0 },
    ],
    up: [],
    down: [],
    boundaryTies: [],
    map: [],
    ...overrides,
  };
}

const home = (sets: LeaderSetOverview[]): LeaderHome => ({
  year: 2025,
  previousYear: 2024,
  framework: 'F',
  previousFramework: 'F',
  sets,
  open: null,
});

describe('LeaderOverview comparison with the year before', () => {
  it('says how many units are compared through their predecessors after a reorganisation', () => {
    renderWithProviders(<LeaderOverview home={home([setOf({ derivedUnits: 2 })])} />);
    expect(screen.getByTestId('derived-XA').textContent).toContain('2 đơn vị hình thành sau sắp xếp');
    expect(screen.getByText(/trên các đơn vị so sánh được/)).toBeTruthy();
    expect(screen.getByTestId('movers-derived').textContent).toContain(
      '2 đơn vị so sánh qua đơn vị tiền thân',
    );
  });

  it('adds no such note when every comparable unit has its own result', () => {
    renderWithProviders(<LeaderOverview home={home([setOf({})])} />);
    expect(screen.queryByTestId('derived-XA')).toBeNull();
    expect(screen.queryByTestId('movers-derived')).toBeNull();
  });

  it('says why nothing compares when no unit has a standing the year before', () => {
    const none = setOf({
      comparableUnits: 0,
      levels: [{ code: 'DAN_DAT', name: 'Dẫn dắt', count: 3, previousCount: null, comparableCount: null }],
    });
    renderWithProviders(<LeaderOverview home={home([none])} />);
    expect(screen.getByText(/không có đơn vị tiền thân có kết quả/)).toBeTruthy();
  });

  it('says why there is no map when the year has no district-level unit, and links to the largest set', () => {
    const agencies = setOf({ setId: 'CQ', setName: 'Cơ quan', units: 2 });
    const communes = setOf({ setId: 'XA', setName: 'Cấp xã', units: 99 });
    renderWithProviders(<LeaderOverview home={home([agencies, communes])} />);
    expect(screen.getByText(/không còn đơn vị cấp huyện/)).toBeTruthy();
    const link = screen.getAllByRole('link', { name: 'Xem bảng xếp hạng đầy đủ' })[0];
    expect(link?.getAttribute('href')).toContain('set=XA');
  });

  it('draws the district map instead when the year has district-level units', () => {
    const districts = setOf({
      setId: 'HUYEN',
      map: [{ code: '082', name: 'Huyện Bát Xát', percent: 61.7, level: 'NANG_CAO' }],
    });
    renderWithProviders(<LeaderOverview home={home([districts])} />);
    expect(screen.queryByText(/không còn đơn vị cấp huyện/)).toBeNull();
  });
});
