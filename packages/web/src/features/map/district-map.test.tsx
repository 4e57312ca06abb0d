// @vitest-environment jsdom
import '../../test/setup-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../../test/render';
import { schematicAnswer } from './boundaries.fixture';
import { DistrictMap } from './district-map';
import { aspectRatioOf, buildGeoMapOption } from './geo-map-option';
import { schematicBoundaries } from './boundaries.fixture';
import { levelColors, noDataColor, textColorOn } from './level-colors';
import { forgetMapBoundaries } from './use-map-boundaries';

const tiles = [
  { code: '080', label: 'TP Lào Cai', value: 80.5 },
  { code: '082', label: 'Bát Xát', value: 60 },
  { code: '085', label: 'Bắc Hà', value: null },
];

function answer(body: unknown) {
  const fetchMock = vi.fn(() =>
    Promise.resolve(new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

beforeEach(() => forgetMapBoundaries());
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('DistrictMap', () => {
  it('draws the tile map, and says so, when no boundaries were uploaded', async () => {
    answer({ boundaries: null, fileName: null, updatedAt: null, updatedBy: null });
    renderWithProviders(<DistrictMap tiles={tiles} title="Bản đồ" />);
    expect(await screen.findByRole('group', { name: 'Bản đồ' })).toBeTruthy();
    expect(screen.getByText(/Bản đồ ô vuông/)).toBeTruthy();
  });

  it('falls back to the tile map when the boundaries cannot be read', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('offline'))),
    );
    renderWithProviders(<DistrictMap tiles={tiles} title="Bản đồ" />);
    expect(await screen.findByRole('group', { name: 'Bản đồ' })).toBeTruthy();
  });

  it(
    'draws the uploaded boundaries with ECharts, names the source, and selects a district',
    { timeout: 30_000 },
    async () => {
      const fetchMock = answer(schematicAnswer());
      for (const [name, value] of [
        ['clientWidth', 640],
        ['clientHeight', 480],
      ] as const)
        vi.spyOn(HTMLElement.prototype, name, 'get').mockReturnValue(value);
      const onSelect = vi.fn();
      renderWithProviders(<DistrictMap tiles={tiles} title="Bản đồ" onSelect={onSelect} />);
      const map = await screen.findByRole(
        'img',
        { name: 'Bản đồ. TP Lào Cai: 80,5%; Bát Xát: 60%; Bắc Hà: Chưa có dữ liệu' },
        { timeout: 15_000 },
      );
      expect(map).toBeTruthy();
      expect(
        screen.getByText(
          'Ranh giới các huyện theo tệp so-do.geojson do quản trị viên tải lên ngày 01/03/2025.',
        ),
      ).toBeTruthy();
      await waitFor(() => expect(map.querySelector('svg path')).toBeTruthy());
      fireEvent.click(screen.getByRole('button', { name: 'Bát Xát: 60%' }));
      expect(onSelect).toHaveBeenCalledWith('082');
      expect(fetchMock).toHaveBeenCalledTimes(1);
    },
  );
});

describe('buildGeoMapOption', () => {
  it('fills each district like its tile, with readable text, and grey without data', () => {
    const option = buildGeoMapOption({
      mapName: 'm',
      tiles,
      colorOf: (v) => (v > 75 ? levelColors.DAN_DAT : levelColors.NANG_CAO),
      formatValue: (v) => `${v}%`,
      noDataText: 'Chưa có dữ liệu',
    });
    const [series] = option.series;
    expect(series).toMatchObject({ type: 'map', map: 'm', nameProperty: 'code' });
    expect(series?.data.map((d) => [d.name, d.itemStyle.areaColor, d.label.color])).toEqual([
      ['080', levelColors.DAN_DAT, textColorOn(levelColors.DAN_DAT)],
      ['082', levelColors.NANG_CAO, textColorOn(levelColors.NANG_CAO)],
      ['085', noDataColor, '#000000'],
    ]);
    expect(series?.label.formatter({ name: '085' })).toBe('Bắc Hà\n—');
    expect(option.tooltip.formatter({ name: '082' })).toBe('Bát Xát: 60%');
    const compact = buildGeoMapOption({
      mapName: 'm',
      tiles,
      colorOf: () => levelColors.DAN_DAT,
      formatValue: (v) => `${v}%`,
      noDataText: '',
      compact: true,
    });
    expect(compact.series[0]?.label.formatter({ name: '082' })).toBe('Bát Xát');
  });
});

describe('aspectRatioOf', () => {
  it('follows the boundaries’ extent (shrunk east–west by the latitude), within limits', () => {
    const ratio = aspectRatioOf(schematicBoundaries().features);
    expect(ratio).toBeGreaterThan(1.2);
    expect(ratio).toBeLessThan(1.4);
    expect(aspectRatioOf([])).toBeCloseTo(4 / 3);
  });
});
