// The ranking of a set (or one group): ties share a rank, levels as coloured badges, 731,61.
import { Anchor, Group, Table, Text } from '@mantine/core';
import type { SetResults } from '@dti/contract';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { LevelBadge } from '../level-badge';
import { CsvButton } from './csv-button';
import { isTied, rankIn, unitsInGroup } from './result-model';

/** Props of `RankingTable`. */
export interface RankingTableProps {
  results: SetResults;
  group: string | null;
  year: number;
  onSelect: (code: string) => void;
  selected: string | null;
}

/** The ranking table with its CSV download. */
export function RankingTable({ results, group, year, onSelect, selected }: RankingTableProps) {
  const { t } = useTranslation();
  const units = unitsInGroup(results, group);
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
          ]}
          rows={units.map((u) => [
            rankIn(u, group),
            u.code,
            u.name,
            formatNumber(u.total),
            formatNumber(u.percent),
            t(`cycle.levelName.${u.level}`, { defaultValue: u.level }),
          ])}
        />
      </Group>
      <Table.ScrollContainer type="native" tabIndex={0} minWidth={320}>
        <Table striped highlightOnHover fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={60}>{t('portal.rank')}</Table.Th>
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
                  {rankIn(u, group)}
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
                <Table.Td ta="right">{formatNumber(u.total)}</Table.Td>
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
    </div>
  );
}
