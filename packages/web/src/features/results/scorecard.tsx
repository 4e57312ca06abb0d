// A unit's scorecard: radar of main indices in percent against the group average, points by index,
// its rank interval (and within its group), strengths and weaknesses (core's findStrengths), its plan
// to the next level, and its trend across the years and reorganisations from the server (UnitTrend).
import { useMemo } from 'react';
import { Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { SetResults, UnitRankInterval } from '@dti/contract';
import { findStrengths, type Framework, type SetResults as CoreSetResults } from '@dti/core';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPoints } from '../../i18n/format';
import { LevelBadge } from '../level-badge';
import { CsvButton } from './csv-button';
import { FindingsList } from './findings-list';
import { EChart } from './echart';
import { averagePercents, indexPercent, rankIn } from './result-model';
import { UnitPlan, type PlanSource } from './unit-plan';
import { UnitTrend } from './unit-trend';

/** Props of `Scorecard`. */
export interface ScorecardProps {
  year: number;
  unitCode: string;
  results: SetResults;
  framework: Framework | undefined;
  group: string | null;
  /** The unit's rank interval, when computed. */
  interval?: UnitRankInterval | undefined;
  /** Where the plan to the next level comes from (none shown when absent); `api` also reads the trend signed in. */
  planSource?: PlanSource | undefined;
}

/** The scorecard of one unit. */
export function Scorecard({
  year,
  unitCode,
  results,
  framework,
  group,
  interval,
  planSource,
}: ScorecardProps) {
  const { t } = useTranslation();
  const unit = results.units.find((u) => u.code === unitCode);
  const set = framework?.sets.find((s) => s.id === results.set);
  const codes = set ? set.indices.map((i) => i.code) : Object.keys(unit?.indices ?? {});
  const nameOf = (code: string) => set?.indices.find((i) => i.code === code)?.name ?? code;
  const peers = results.units.filter((u) => !unit?.group || u.group === unit.group);
  const average = averagePercents(peers, codes);
  const strengths = useMemo(() => {
    if (!framework || !unit) return null;
    try {
      return findStrengths(results as unknown as CoreSetResults, unitCode, framework, {
        withinGroup: Boolean(unit.group),
      });
    } catch {
      return null;
    }
  }, [framework, results, unit, unitCode]);
  const radar = useMemo(
    () => ({
      tooltip: {},
      legend: { bottom: 0, data: [t('cycle.thisUnit'), t('cycle.groupAverage')] },
      radar: { indicator: codes.map((c) => ({ name: c, max: 100 })), radius: '62%' },
      series: [
        {
          type: 'radar',
          data: [
            {
              name: t('cycle.thisUnit'),
              value: codes.map((c) => (unit ? (indexPercent(unit, c) ?? 0) : 0)),
              itemStyle: { color: '#1c7ed6' },
              areaStyle: { opacity: 0.2 },
            },
            {
              name: t('cycle.groupAverage'),
              value: codes.map((c) => average[c] ?? 0),
              itemStyle: { color: '#868e96' },
              lineStyle: { type: 'dashed' },
            },
          ],
        },
      ],
    }),
    [average, codes, t, unit],
  );
  const bars = useMemo(
    () => ({
      tooltip: {},
      grid: { left: 40, right: 10, top: 20, bottom: 30 },
      xAxis: { type: 'category', data: codes },
      yAxis: { type: 'value' },
      series: [
        {
          type: 'bar',
          name: t('portal.points'),
          data: codes.map((c) => unit?.indices[c]?.score ?? 0),
          itemStyle: { color: '#1c7ed6' },
        },
        {
          type: 'bar',
          name: t('cycle.maxShort'),
          data: codes.map((c) => unit?.indices[c]?.max ?? 0),
          itemStyle: { color: '#dee2e6' },
          barGap: '-100%',
          z: -1,
        },
      ],
    }),
    [codes, t, unit],
  );
  if (!unit) return null;
  return (
    <Card withBorder padding="md" radius="md" data-testid="scorecard">
      <Group justify="space-between" gap="xs">
        <Title order={3} size="h4">
          {unit.name}
        </Title>
        <LevelBadge level={unit.level} />
      </Group>
      <Text size="sm" mt={4}>
        {t('cycle.scoreLine', {
          total: formatPoints(unit.total),
          max: formatNumber(results.maxPoints),
          percent: formatNumber(unit.percent),
          rank: rankIn(unit, group),
        })}
      </Text>
      {interval ? <IntervalLines interval={interval} results={results} /> : null}
      <SimpleGrid cols={{ base: 1, md: 2 }} mt="sm">
        <EChart option={radar} height={300} label={t('cycle.radarTitle', { name: unit.name })} />
        <EChart option={bars} height={300} label={t('cycle.barTitle', { name: unit.name })} />
      </SimpleGrid>
      <Group justify="flex-end" mt="xs">
        <CsvButton
          fileName={`the-diem-${year}-${unit.code}.csv`}
          header={[
            t('cycle.index'),
            t('cycle.indexName'),
            t('portal.points'),
            t('cycle.maxShort'),
            t('portal.percent'),
            t('cycle.groupAverage'),
          ]}
          rows={codes.map((c) => [
            c,
            nameOf(c),
            formatPoints(unit.indices[c]?.score ?? 0),
            formatNumber(unit.indices[c]?.max ?? 0),
            formatNumber(indexPercent(unit, c) ?? 0),
            average[c] === null || average[c] === undefined ? '' : formatNumber(average[c] ?? 0),
          ])}
        />
      </Group>
      <Table.ScrollContainer type="native" tabIndex={0} minWidth={320} mt="xs">
        <Table fz="sm" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('cycle.index')}</Table.Th>
              <Table.Th ta="right">{t('portal.points')}</Table.Th>
              <Table.Th ta="right">{t('portal.percent')}</Table.Th>
              <Table.Th ta="right">{t('cycle.groupAverage')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {codes.map((c) => (
              <Table.Tr key={c}>
                <Table.Td>
                  {c}. {nameOf(c)}
                </Table.Td>
                <Table.Td ta="right">
                  {formatPoints(unit.indices[c]?.score ?? 0)}/{formatNumber(unit.indices[c]?.max ?? 0)}
                </Table.Td>
                <Table.Td ta="right">{formatNumber(indexPercent(unit, c) ?? 0)}%</Table.Td>
                <Table.Td ta="right">
                  {average[c] === null ? '—' : `${formatNumber(average[c] ?? 0)}%`}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
        <FindingsList title={t('cycle.strengths')} color="#1e6b30" items={strengths?.strengths} limit={5} />
        <FindingsList title={t('cycle.weaknesses')} color="#b02525" items={strengths?.weaknesses} limit={5} />
      </SimpleGrid>
      {planSource ? (
        <UnitPlan
          year={year}
          unitCode={unitCode}
          results={results}
          framework={framework}
          source={planSource}
        />
      ) : null}
      <UnitTrend year={year} unitCode={unitCode} access={planSource === 'api' ? 'signed-in' : 'public'} />
    </Card>
  );
}

/** The rank interval across the set and within the group, with the statistically tied units. */
function IntervalLines({ interval, results }: { interval: UnitRankInterval; results: SetResults }) {
  const { t } = useTranslation();
  const nameOf = (code: string) => results.units.find((u) => u.code === code)?.name ?? code;
  const range = (low: number, high: number) => (low === high ? String(low) : `${low}–${high}`);
  const g = interval.group;
  return (
    <Stack gap={0} mt={2} data-testid="scorecard-interval">
      <Text size="sm">
        {t('analysis.scorecardInterval', {
          range: range(interval.lowRank, interval.highRank),
          median: interval.medianRank,
        })}
      </Text>
      {g ? (
        <Text size="sm">
          {t('analysis.scorecardGroupInterval', {
            rank: g.nominalRank,
            size: g.size,
            range: range(g.lowRank, g.highRank),
          })}
        </Text>
      ) : null}
      {interval.tiedWith.length > 0 ? (
        <Text size="xs" c="dimmed">
          {t('analysis.tiedTooltip', { units: interval.tiedWith.slice(0, 8).map(nameOf).join(', ') })}
        </Text>
      ) : null}
    </Stack>
  );
}
