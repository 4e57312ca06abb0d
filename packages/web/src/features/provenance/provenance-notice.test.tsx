// @vitest-environment jsdom
import '../../test/setup-dom';
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../test/render';
import { PROVENANCE_PATH, ProvenanceNotice, showsReconstructed } from './provenance-notice';

describe('ProvenanceNotice', () => {
  it('shows the Vietnamese notice with a link to the provenance page for a reconstructed framework', () => {
    renderWithProviders(<ProvenanceNotice sets={[{ provenance: 'reconstructed' }]} />);
    expect(screen.getByRole('note').textContent).toContain('bộ chỉ số tái dựng');
    const link = screen.getByRole('link', { name: 'Xem phần đã kiểm chứng và phần tái dựng' });
    expect(link.getAttribute('href')).toBe(PROVENANCE_PATH);
  });

  it('stays off once every framework shown is official', () => {
    const { container } = renderWithProviders(
      <ProvenanceNotice sets={[{ provenance: 'official' }, { provenance: 'official' }]} />,
    );
    expect(screen.queryByRole('note')).toBeNull();
    expect(container.textContent).not.toContain('tái dựng');
  });

  it('shows when any set is not official, or its provenance is unknown (old snapshots)', () => {
    expect(showsReconstructed([{ provenance: 'official' }, { provenance: 'reconstructed' }])).toBe(true);
    expect(showsReconstructed([{}])).toBe(true);
    expect(showsReconstructed([{ provenance: 'official' }])).toBe(false);
  });
});
