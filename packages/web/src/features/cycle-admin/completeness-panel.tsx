// The completeness dashboard: per set, submitted on time / late, draft, not started, and the units
// whose filled items lack evidence.
import { Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { CompletenessSet } from '@dti/contract';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { CsvButton } from '../results/csv-button';

function Stat({ label, value, color }: { label: string; value: number; color: string }) {
  return (
    <div>
      <Text size="xl" fw={700} c={color}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </div>
  );
}

/** The completeness dashboard. */
export function CompletenessPanel({
  sets,
  year,
  setNames = {},
}: {
  sets: readonly CompletenessSet[];
  year: number;
  /** Set id → name (the id is shown without it). */
  setNames?: Readonly<Record<string, string>>;
}) {
  const { t } = useTranslation();
  return (
    <Stack>
      {sets.map((set) => {
        const missing = set.units.filter((u) => u.itemsMissingEvidence.length > 0).length;
        return (
          <Card key={set.setId} withBorder padding="sm" data-set={set.setId}>
            <Group justify="space-between" gap="xs">
              <Title order={3} size="h5">
                {setNames[set.setId] ?? set.setId}
              </Title>
              <Text size="sm">{t('cycle.vietnamTime', { time: formatDateTime(set.deadline) })}</Text>
            </Group>
            {set.noUnits ? (
              <Text size="sm" mt="xs" role="status" data-no-units={set.setId}>
                {t('reorg.noUnits', { year })}
              </Text>
            ) : (
              <>
                <SimpleGrid cols={{ base: 2, sm: 5 }} mt="xs">
                  <Stat label={t('cycle.onTime')} value={set.submittedOnTime} color="#1e6b30" />
                  <Stat label={t('cycle.lateCount')} value={set.submittedLate} color="#a84300" />
                  <Stat label={t('cycle.unitStatus.draft')} value={set.draft} color="blue.9" />
                  <Stat label={t('cycle.unitStatus.not_started')} value={set.notStarted} color="#b02525" />
                  <Stat label={t('cycle.missingEvidence')} value={missing} color="gray.8" />
                </SimpleGrid>
                <Group justify="flex-end" mt="xs">
                  <CsvButton
                    fileName={`hoan-thanh-${year}-${set.setId}.csv`}
                    header={[
                      t('cycle.unitCode'),
                      t('cycle.unit'),
                      t('cycle.status'),
                      t('cycle.lateCount'),
                      t('cycle.filled'),
                      t('cycle.missingEvidence'),
                    ]}
                    rows={set.units.map((u) => [
                      u.code,
                      u.name,
                      t(`cycle.unitStatus.${u.status}`),
                      u.late ? 'x' : '',
                      `${u.itemsFilled}/${u.itemsTotal}`,
                      u.itemsMissingEvidence.join(' '),
                    ])}
                  />
                </Group>
                <Table.ScrollContainer type="native" tabIndex={0} minWidth={520} mah={360} mt="xs">
                  <Table striped fz="sm" stickyHeader>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('cycle.unit')}</Table.Th>
                        <Table.Th>{t('cycle.status')}</Table.Th>
                        <Table.Th ta="right">{t('cycle.filled')}</Table.Th>
                        <Table.Th>{t('cycle.missingEvidence')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {set.units.map((u) => (
                        <Table.Tr key={u.code}>
                          <Table.Td>{u.name}</Table.Td>
                          <Table.Td>
                            <Badge
                              variant="filled"
                              color={
                                u.status === 'submitted'
                                  ? u.late
                                    ? '#a84300'
                                    : '#1e6b30'
                                  : u.status === 'draft'
                                    ? 'blue.9'
                                    : '#b02525'
                              }
                            >
                              {t(`cycle.unitStatus.${u.status}`)}
                              {u.late ? ` · ${t('cycle.lateShort')}` : ''}
                            </Badge>
                          </Table.Td>
                          <Table.Td ta="right">
                            {u.itemsFilled}/{u.itemsTotal}
                          </Table.Td>
                          <Table.Td>
                            {u.itemsMissingEvidence.length > 0 ? u.itemsMissingEvidence.join(', ') : '—'}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </>
            )}
          </Card>
        );
      })}
    </Stack>
  );
}
