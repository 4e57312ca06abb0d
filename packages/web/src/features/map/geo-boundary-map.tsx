// The results map drawn over uploaded district boundaries (GeoJSON) with ECharts' map series.
// Loaded lazily (ECharts' map code stays out of the first load). Under the map, one button per
// district repeats its value and selects it: the keyboard's and small screens' way in.
import { useEffect, useMemo, useRef } from 'react';
import { MapChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { Group, UnstyledButton } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { DistrictBoundaries } from '../../api/map';
import type { DistrictTileMapProps } from './district-tile-map';
import { aspectRatioOf, buildGeoMapOption, describeTile } from './geo-map-option';
import { noDataColor } from './level-colors';

echarts.use([MapChart, TooltipComponent, SVGRenderer]);

/** Props of the boundary map: the tile map's, plus the boundaries and a key that changes with them. */
export interface GeoBoundaryMapProps extends Required<
  Pick<DistrictTileMapProps, 'colorOf' | 'formatValue' | 'noDataText'>
> {
  tiles: DistrictTileMapProps['tiles'];
  title: string;
  onSelect?: ((code: string) => void) | undefined;
  boundaries: DistrictBoundaries;
  /** Changes when other boundaries are uploaded (the map is registered again under a new name). */
  version: string;
}

/** The boundary map. */
export default function GeoBoundaryMap({
  tiles,
  title,
  colorOf,
  formatValue,
  noDataText,
  onSelect,
  boundaries,
  version,
}: GeoBoundaryMapProps) {
  const box = useRef<HTMLDivElement>(null);
  const mapName = `dti-districts-${version}`;
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

  const compact = useMediaQuery('(max-width: 30em)') ?? false;
  const option = useMemo(
    () => buildGeoMapOption({ mapName, tiles, colorOf, formatValue, noDataText, compact }),
    [mapName, tiles, colorOf, formatValue, noDataText, compact],
  );
  const optionRef = useRef(option);
  optionRef.current = option;
  const chartRef = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    if (!echarts.getMap(mapName)) echarts.registerMap(mapName, boundaries as never);
    // ECharts' map cannot lay out in a box without size (a hidden tab): start once it has one.
    const start = () => {
      if (el.clientWidth === 0 || el.clientHeight === 0) return;
      if (chartRef.current) {
        chartRef.current.resize();
        return;
      }
      const chart = echarts.init(el, undefined, { renderer: 'svg' });
      chart.on('click', (p) => {
        if (typeof p.name === 'string') onSelectRef.current?.(p.name);
      });
      chart.setOption(optionRef.current, { notMerge: true });
      chartRef.current = chart;
    };
    start();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(start);
    observer?.observe(el);
    return () => {
      observer?.disconnect();
      chartRef.current?.dispose();
      chartRef.current = null;
    };
  }, [mapName, boundaries]);

  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  const aspect = useMemo(() => aspectRatioOf(boundaries.features), [boundaries]);
  const summary = tiles.map((t) => describeTile(t, formatValue, noDataText)).join('; ');
  return (
    <figure style={{ margin: 0, maxWidth: 720 }} data-testid="boundary-map">
      <div
        ref={box}
        role="img"
        aria-label={`${title}. ${summary}`}
        style={{ width: '100%', aspectRatio: String(aspect), maxHeight: 560 }}
      />
      {onSelect ? (
        <Group gap={6} mt={4} component="figcaption">
          {tiles.map((tile) => (
            <UnstyledButton
              key={tile.code}
              onClick={() => onSelect(tile.code)}
              aria-label={describeTile(tile, formatValue, noDataText)}
              style={{
                display: 'inline-flex',
                alignItems: 'center',
                gap: 6,
                fontSize: 13,
                padding: '2px 8px',
                border: '1px solid #ced4da',
                borderRadius: 12,
              }}
            >
              <span
                aria-hidden
                style={{
                  width: 10,
                  height: 10,
                  borderRadius: 5,
                  background: tile.value === null ? noDataColor : colorOf(tile.value),
                  border: '1px solid #868e96',
                }}
              />
              {tile.label}: {tile.value === null ? '—' : formatValue(tile.value)}
            </UnstyledButton>
          ))}
        </Group>
      ) : null}
    </figure>
  );
}
