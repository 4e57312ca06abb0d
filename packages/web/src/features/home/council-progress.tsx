// The whole council's progress: items reviewed of those assigned, in total and per member.
import { Progress, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CouncilHome } from '@dti/contract';

/** The progress board of the council, with its total as a bar. */
export function CouncilProgress({ progress }: { progress: CouncilHome['progress'] }) {
  const { t } = useTranslation();
  const percent = progress.assigned === 0 ? 0 : Math.floor((progress.done / progress.assigned) * 100);
  return (
    <section aria-labelledby="council-progress" data-testid="council-progress">
      <Title order={2} size="h3" id="council-progress">
        {t('councilHome.progressTitle')}
      </Title>
      {progress.members.length === 0 ? (
        <Text c="dimmed" mt="xs">
          {t('councilHome.noAssignmentsYet')}
        </Text>
      ) : (
        <>
          <Text mt="xs" data-testid="council-progress-total">
            {t('councilHome.progressTotal', { done: progress.done, assigned: progress.assigned, percent })}
          </Text>
          <Progress value={percent} mt={4} size="lg" aria-label={t('councilHome.progressTitle')} />
          <Table.ScrollContainer type="native" minWidth={300} mt="sm">
            <Table fz="sm" verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('councilHome.member')}</Table.Th>
                  <Table.Th ta="right">{t('councilHome.assigned')}</Table.Th>
                  <Table.Th ta="right">{t('councilHome.done')}</Table.Th>
                  <Table.Th ta="right">{t('councilHome.left')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {progress.members.map((m) => (
                  <Table.Tr key={m.memberId} data-member={m.memberId}>
                    <Table.Td>{m.memberName}</Table.Td>
                    <Table.Td ta="right">{m.assigned}</Table.Td>
                    <Table.Td ta="right">{m.done}</Table.Td>
                    <Table.Td ta="right">{m.left}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </section>
  );
}
