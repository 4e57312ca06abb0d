// @vitest-environment jsdom
import '../../test/setup-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithProviders } from '../../test/render';
import { BoundaryUpload } from './boundary-upload';
import { schematicAnswer } from './boundaries.fixture';
import { forgetMapBoundaries } from './use-map-boundaries';

const none = { boundaries: null, fileName: null, updatedAt: null, updatedBy: null };
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function chooseFile(content: string, name = 'ranh-gioi.geojson') {
  const input = document.querySelector('input[type="file"]');
  if (!input) throw new Error('no file input');
  fireEvent.change(input, {
    target: { files: [new File([content], name, { type: 'application/geo+json' })] },
  });
}

beforeEach(() => forgetMapBoundaries());
afterEach(() => vi.unstubAllGlobals());

describe('BoundaryUpload', () => {
  it('lists every problem of a rejected file, with paths and codes, and keeps the tile map', async () => {
    const calls: { method: string; url: string; body: unknown }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string, init: RequestInit = {}) => {
        calls.push({ method: init.method ?? 'GET', url, body: init.body });
        if (init.method === 'PUT')
          return Promise.resolve(
            json(422, {
              code: 'IMPORT_REJECTED',
              message: 'Tệp ranh giới có 2 lỗi; chưa được lưu, bản đồ giữ nguyên.',
              details: [
                {
                  path: '$.features[3].properties',
                  code: 'MAP_DISTRICT_UNKNOWN',
                  message: 'Vùng thứ 4 không gọi tên huyện nào của tỉnh.',
                },
                {
                  path: '$.features',
                  code: 'MAP_DISTRICT_MISSING',
                  message: 'Thiếu ranh giới của 1 huyện: Huyện Si Ma Cai (084).',
                },
              ],
            }),
          );
        return Promise.resolve(json(200, none));
      }),
    );
    renderWithProviders(<BoundaryUpload />);
    expect(await screen.findByText(/Chưa có tệp ranh giới/)).toBeTruthy();
    chooseFile('{"type":"FeatureCollection","features":[]}');
    fireEvent.click(screen.getByRole('button', { name: 'Tải lên và kiểm tra' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Tệp không được lưu');
    expect(alert.textContent).toContain('Mã lỗi: IMPORT_REJECTED');
    expect(alert.textContent).toContain(
      '$.features[3].properties: Vùng thứ 4 không gọi tên huyện nào của tỉnh. (MAP_DISTRICT_UNKNOWN)',
    );
    expect(alert.textContent).toContain('Huyện Si Ma Cai (084)');
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.url).toBe('/api/map/boundaries?fileName=ranh-gioi.geojson');
    expect(put?.body).toBe('{"type":"FeatureCollection","features":[]}');
    expect(screen.getByText(/Chưa có tệp ranh giới/)).toBeTruthy();
  });

  it('refuses a file over 5 MB without sending it', async () => {
    const fetchMock = vi.fn(() => Promise.resolve(json(200, none)));
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(<BoundaryUpload />);
    await screen.findByText(/Chưa có tệp ranh giới/);
    chooseFile('x'.repeat(5 * 1024 * 1024 + 10), 'lon.geojson');
    fireEvent.click(screen.getByRole('button', { name: 'Tải lên và kiểm tra' }));
    expect((await screen.findByRole('alert')).textContent).toContain('vượt giới hạn 5 MB');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('stores a good file, shows what is in use, and removes it after confirmation', async () => {
    let stored: unknown = none;
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init: RequestInit = {}) => {
        if (init.method === 'PUT') stored = schematicAnswer();
        if (init.method === 'DELETE') {
          stored = none;
          return Promise.resolve(new Response(null, { status: 204 }));
        }
        return Promise.resolve(json(200, stored));
      }),
    );
    renderWithProviders(<BoundaryUpload />);
    await screen.findByText(/Chưa có tệp ranh giới/);
    chooseFile(JSON.stringify(schematicAnswer().boundaries));
    fireEvent.click(screen.getByRole('button', { name: 'Tải lên và kiểm tra' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Đã lưu ranh giới của 9 huyện; bản đồ kết quả dùng ranh giới này.',
    );
    expect(
      screen.getByText('Đang dùng tệp so-do.geojson (9 huyện), tải lên lúc 01/03/2025 09:00 bởi admin.'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ tệp ranh giới' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Bỏ tệp ranh giới' }));
    await waitFor(() => expect(screen.getByText(/Chưa có tệp ranh giới/)).toBeTruthy());
    expect(screen.getByRole('status').textContent).toContain('quay về dạng ô vuông');
  });
});
