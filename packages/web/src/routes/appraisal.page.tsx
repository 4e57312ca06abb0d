// `/app/appraisal`: a council member's assignments, the units to review, and everyone's progress.
import { useState } from 'react';
import { Anchor, Badge, Card, Group, Loader, Progress, Stack, Table, Text, Title } from '@mantine/core';
import type { CompletenessSet, CouncilAssignment } from '@dti/contract';
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import { getCompleteness, listPeriods } from '../api/periods';
import { getReviewProgress, listAssignments } from '../api/review';
import { useAsync } from '../api/use-async';
import { defaultYear, PeriodSelect } from '../features/cycle-admin/period-select';
import { yearParam } from '../features/cycle-admin/year-param';
import { ErrorAlert } from '../features/session/error-alert';
import { useSession } from '../features/session/session-context';

function unitsOf(assignment: CouncilAssignment, sets: readonly CompletenessSet[]) {
  if (assignment.unitCode) {
    for (const set of sets) {
      const unit = set.units.find((u) => u.code === assignment.unitCode);
      if (unit) return [{ ...unit, setId: set.setId }];
    }
    return [
      { code: assignment.unitCode, name: assignment.unitCode, status: 'submitted' as const, setId: '' },
    ];
  }
  const set = sets.find((s) => s.setId === assignment.setId);
  return (set?.units ?? []).map((u) => ({ ...u, setId: set?.setId ?? '' }));
}

/** `/app/appraisal`. */
export default function AppraisalPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const periods = useAsync((signal) => listPeriods(signal), []);
  // `?year=2026`: where the homes link to.
  const search = useSearch();
  const [chosen, setChosen] = useState<number | null>(() => yearParam(search));
  const year = chosen ?? defaultYear(periods.data ?? [], ['under_review', 'closed', 'open']);
  const data = useAsync(
    async (signal) => {
      if (year === null) return null;
      const [assignments, progress, sets] = await Promise.all([
        listAssignments(year, signal),
        getReviewProgress(year, signal),
        getCompleteness(year, signal),
      ]);
      return { assignments, progress, sets };
    },
    [year],
  );
  const mine = (data.data?.assignments ?? []).filter(
    (a) => user?.role !== 'council_member' || a.memberId === user.id,
  );
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('nav.appraisal')}
        </Title>
        {periods.data ? <PeriodSelect periods={periods.data} year={year} onChange={setChosen} /> : null}
      </Group>
      {periods.error || data.error ? <ErrorAlert error={periods.error ?? data.error} /> : null}
      {data.loading ? <Loader aria-label={t('common.loading')} /> : null}
      {data.data && year !== null ? (
        <>
          <Title order={2} size="h4">
            {t('cycle.myAssignments')}
          </Title>
          {mine.length === 0 ? <Text c="dimmed">{t('cycle.noAssignments')}</Text> : null}
          {mine.map((a) => (
            <Card key={a.id} withBorder padding="sm">
              <Text fw={600} size="sm" mb="xs">
                {a.unitCode
                  ? t('cycle.assignedUnit', { unit: a.unitCode })
                  : t('cycle.assignedIndex', { set: a.setId, index: a.indexCode })}
              </Text>
              <Table.ScrollContainer type="native" tabIndex={0} minWidth={300}>
                <Table fz="sm">
                  <Table.Tbody>
                    {unitsOf(a, data.data?.sets ?? []).map((u) => (
                      <Table.Tr key={u.code}>
                        <Table.Td>
                          <Anchor
                            component={Link}
                            href={`/app/appraisal/${year}/${encodeURIComponent(u.code)}${a.indexCode ? `?index=${encodeURIComponent(a.indexCode)}` : ''}`}
                          >
                            {u.name}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>
                          <Badge variant="filled" color={u.status === 'submitted' ? '#1e6b30' : 'gray.7'}>
                            {t(`cycle.unitStatus.${u.status}`)}
                          </Badge>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Card>
          ))}
          <Title order={2} size="h4">
            {t('cycle.progress')}
          </Title>
          <Table.ScrollContainer type="native" tabIndex={0} minWidth={320}>
            <Table striped fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('cycle.member')}</Table.Th>
                  <Table.Th ta="right">{t('cycle.done')}</Table.Th>
                  <Table.Th>{t('cycle.progress')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.data.progress.map((p) => (
                  <Table.Tr key={p.memberId}>
                    <Table.Td>{p.memberName}</Table.Td>
                    <Table.Td ta="right">
                      {p.done}/{p.assigned}
                    </Table.Td>
                    <Table.Td miw={100}>
                      <Progress
                        value={p.assigned ? (p.done / p.assigned) * 100 : 0}
                        aria-label={p.memberName}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      ) : null}
    </Stack>
  );
}
