// The results map: the uploaded district boundaries when an administrator has given a GeoJSON
// file (ECharts, loaded lazily), otherwise the schematic tile map; with a line saying which.
import { lazy, Suspense } from 'react';
import { Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../i18n/format';
import { DistrictTileMap, type DistrictTileMapProps } from './district-tile-map';
import { levelColors, levelOfPercent } from './level-colors';
import { useMapBoundaries } from './use-map-boundaries';

const GeoBoundaryMap = lazy(() => import('./geo-boundary-map'));

const defaultColor = (value: number): string => levelColors[levelOfPercent(value)];
const defaultFormat = (value: number): string => `${formatNumber(value)}%`;

/** The district map, with the same props as the tile map. */
export function DistrictMap(props: DistrictTileMapProps) {
  const { t } = useTranslation();
  const found = useMapBoundaries();
  const placeholder = <Skeleton height={280} maw={720} />;
  if (found === undefined) return placeholder;
  if (!found.boundaries) {
    return (
      <Stack gap={4}>
        <DistrictTileMap {...props} />
        <Text size="xs" c="dimmed">
          {t('map.tileSource')}
        </Text>
      </Stack>
    );
  }
  return (
    <Stack gap={4}>
      <Suspense fallback={placeholder}>
        <GeoBoundaryMap
          tiles={props.tiles}
          title={props.title}
          colorOf={props.colorOf ?? defaultColor}
          formatValue={props.formatValue ?? defaultFormat}
          noDataText={props.noDataText ?? t('map.noData')}
          onSelect={props.onSelect}
          boundaries={found.boundaries}
          version={found.updatedAt ?? 'x'}
        />
      </Suspense>
      <Text size="xs" c="dimmed">
        {t('map.geoSource', {
          file: found.fileName ?? 'GeoJSON',
          date: formatDate(found.updatedAt),
        })}
      </Text>
    </Stack>
  );
}
