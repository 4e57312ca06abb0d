// The ranking of a set (or one group): ties share a rank, levels as coloured badges, 731,61; next to
// each rank its 90 % interval and a mark for statistical ties, when intervals are given. Long sets
// (up to 152 communes) scroll inside a limited height under a sticky header.
import { Anchor, Group, Table, Text } from '@mantine/core';
import type { RankedUnit, SetRankIntervals } from '@dti/contract';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPoints } from '../../i18n/format';
import { LevelBadge } from '../level-badge';
import { CsvButton } from './csv-button';
import { RankCell } from './rank-cell';
import { formatInterval, intervalsByCode, shownInterval } from './rank-intervals';
import { isTied, rankIn, unitsInGroup } from './result-model';

/** Props of `RankingTable`. */
export interface RankingTableProps {
  /** A set's results, whole or the portal's lean ranking (no index detail needed here). */
  results: { set: string; maxPoints: number; units: readonly RankedUnit[] };
  group: string | null;
  year: number;
  onSelect: (code: string) => void;
  selected: string | null;
  /** Rank intervals of this set, when computed. */
  intervals?: SetRankIntervals | undefined;
}

/** Height above which the table scrolls under its sticky header. */
const MAX_TABLE_HEIGHT = 560;

/** The ranking table with its CSV download. */
export function RankingTable({ results, group, year, onSelect, selected, intervals }: RankingTableProps) {
  const { t } = useTranslation();
  const units = unitsInGroup(results, group);
  const byCode = intervalsByCode(intervals);
  const names = new Map(results.units.map((u) => [u.code, u.name]));
  const nameOf = (code: string) => names.get(code) ?? code;
  const shown = (code: string) => shownInterval(byCode.get(code), group);
  return (
    <div>
      <Group justify="space-between" mb="xs" gap="xs">
        <Text size="sm" c="dimmed">
          {t('cycle.unitsCount', { count: units.length })} ·{' '}
          {t('cycle.maxPoints', { max: formatNumber(results.maxPoints) })}
        </Text>
        <CsvButton
          fileName={`xep-hang-${year}-${results.set}${group ? `-${group}` : ''}.csv`}
          header={[
            t('portal.rank'),
            t('cycle.unitCode'),
            t('portal.unit'),
            t('portal.points'),
            t('portal.percent'),
            t('portal.level'),
            ...(intervals ? [t('analysis.intervalColumn'), t('analysis.tiedLabel')] : []),
          ]}
          rows={units.map((u) => {
            const interval = shown(u.code);
            return [
              rankIn(u, group),
              u.code,
              u.name,
              formatPoints(u.total),
              formatNumber(u.percent),
              t(`cycle.levelName.${u.level}`, { defaultValue: u.level }),
              ...(intervals
                ? [interval ? formatInterval(interval) : '', interval ? interval.tiedWith.join(' ') : '']
                : []),
            ];
          })}
        />
      </Group>
      <Table.ScrollContainer type="native" tabIndex={0} minWidth={320} maxHeight={MAX_TABLE_HEIGHT}>
        <Table striped highlightOnHover stickyHeader fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={intervals ? 110 : 60}>{t('portal.rank')}</Table.Th>
              <Table.Th>{t('portal.unit')}</Table.Th>
              <Table.Th ta="right">{t('portal.points')}</Table.Th>
              <Table.Th ta="right" visibleFrom="xs">
                {t('portal.percent')}
              </Table.Th>
              <Table.Th>{t('portal.level')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {units.map((u) => (
              <Table.Tr key={u.code} {...(selected === u.code ? { bg: 'blue.0' } : {})} data-unit={u.code}>
                <Table.Td>
                  <RankCell
                    rank={rankIn(u, group)}
                    interval={shown(u.code)}
                    runs={intervals?.runs ?? 0}
                    adjustmentBand={intervals?.adjustmentBand ?? 0}
                    weightBand={intervals?.weightBand ?? 0}
                    nameOf={nameOf}
                  />
                  {isTied(units, u, group) ? (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      {t('cycle.tie')}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    onClick={() => onSelect(u.code)}
                    ta="left"
                  >
                    {u.name}
                  </Anchor>
                </Table.Td>
                <Table.Td ta="right">{formatPoints(u.total)}</Table.Td>
                <Table.Td ta="right" visibleFrom="xs">
                  {formatNumber(u.percent)}%
                </Table.Td>
                <Table.Td>
                  <LevelBadge level={u.level} size="sm" />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {intervals ? (
        <Text size="xs" c="dimmed" mt={4}>
          {t('analysis.intervalsNote')}
        </Text>
      ) : null}
    </div>
  );
}
