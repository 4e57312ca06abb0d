// @vitest-environment jsdom
import '../../test/setup-dom';
import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../test/render';

vi.mock('../../api/frameworks', () => ({ listFrameworks: () => Promise.resolve([]) }));
const { PeriodsPanel } = await import('./periods-panel');

describe('PeriodsPanel without any period', () => {
  it('says how to create the first period, next to the form that does it', () => {
    renderWithProviders(<PeriodsPanel periods={[]} onChanged={() => undefined} />);
    expect(screen.getByTestId('no-periods').textContent).toContain('bấm “Tạo” để tạo kỳ đầu tiên');
    expect(screen.getByRole('button', { name: 'Tạo' })).toBeTruthy();
  });
});
