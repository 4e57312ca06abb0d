// Units × main indices, coloured by the percent each unit reached on each index (ECharts heatmap).
import { useMemo } from 'react';
import { Group, Text } from '@mantine/core';
import type { SetResults } from '@dti/contract';
import type { IndexSet } from '@dti/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { CsvButton } from './csv-button';
import { EChart } from './echart';
import { indexPercent, unitsInGroup } from './result-model';

/** The heat map of a set (or a group), with its CSV. */
export function HeatMap({
  results,
  set,
  group,
  year,
}: {
  results: SetResults;
  set: IndexSet | undefined;
  group: string | null;
  year: number;
}) {
  const { t } = useTranslation();
  const units = unitsInGroup(results, group);
  const codes = set ? set.indices.map((i) => i.code) : Object.keys(results.units[0]?.indices ?? {});
  const shown = units.slice(0, 60);
  const option = useMemo(
    () => ({
      tooltip: {
        formatter: (p: { data: [number, number, number | null] }) =>
          `${shown[p.data[1]]?.name ?? ''}<br/>${t('cycle.index')} ${codes[p.data[0]] ?? ''}: ${p.data[2] === null ? '—' : `${formatNumber(p.data[2])}%`}`,
      },
      grid: { left: 150, right: 10, top: 10, bottom: 70 },
      xAxis: { type: 'category', data: codes, name: t('cycle.index') },
      yAxis: {
        type: 'category',
        data: shown.map((u) => u.name),
        inverse: true,
        axisLabel: { width: 140, overflow: 'truncate' },
      },
      visualMap: {
        min: 0,
        max: 100,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        inRange: { color: ['#e03131', '#f08c00', '#1c7ed6', '#2f9e44'] },
        text: ['100%', '0%'],
        calculable: false,
      },
      series: [
        {
          type: 'heatmap',
          data: shown.flatMap((u, y) => codes.map((c, x) => [x, y, indexPercent(u, c)])),
          label: {
            show: codes.length <= 8 && shown.length <= 30,
            formatter: (p: { data: [number, number, number | null] }) =>
              p.data[2] === null ? '' : formatNumber(p.data[2], 0),
          },
        },
      ],
    }),
    [shown, codes, t],
  );
  return (
    <div>
      <Group justify="space-between" mb="xs" gap="xs">
        <Text size="sm" c="dimmed">
          {units.length > shown.length ? t('cycle.heatFirst', { count: shown.length }) : t('cycle.heatHint')}
        </Text>
        <CsvButton
          fileName={`ban-do-nhiet-${year}-${results.set}.csv`}
          header={[
            t('cycle.unitCode'),
            t('portal.unit'),
            ...codes.map((c) => `${t('cycle.index')} ${c} (%)`),
          ]}
          rows={units.map((u) => [
            u.code,
            u.name,
            ...codes.map((c) => {
              const p = indexPercent(u, c);
              return p === null ? '' : formatNumber(p);
            }),
          ])}
        />
      </Group>
      <EChart option={option} height={Math.max(220, shown.length * 26 + 90)} label={t('cycle.heatTitle')} />
    </div>
  );
}
