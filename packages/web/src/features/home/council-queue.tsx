// The council member's queue: one row per assigned unit with its state, items reviewed and anomaly
// flags, linking to the unit's review page. Units needing action come first (the server's order).
// Narrow screens show the state and figures under the unit's name instead of in their columns.
import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CouncilQueueRow, CouncilQueueState } from '@dti/contract';

/** Rows shown before "show all". */
export const QUEUE_SHOWN = 15;

const stateColor: Record<CouncilQueueState, string> = {
  not_started: 'gray',
  in_progress: 'blue',
  asked: 'orange',
  done: 'green',
};
const states: CouncilQueueState[] = ['in_progress', 'not_started', 'asked', 'done'];

/** Where a unit is reviewed. */
export const appraisalHref = (year: number, unitCode: string) =>
  `/app/appraisal/${year}/${encodeURIComponent(unitCode)}`;

function StateBadge({ state }: { state: CouncilQueueState }) {
  const { t } = useTranslation();
  return (
    <Badge color={stateColor[state]} variant="light" tt="none" styles={{ label: { overflow: 'visible' } }}>
      {t(`councilHome.state.${state}`)}
    </Badge>
  );
}

/** The queue with a count per state. */
export function CouncilQueue({
  year,
  queue,
  anomaliesError,
}: {
  year: number;
  queue: readonly CouncilQueueRow[];
  anomaliesError: string | null;
}) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const shown = all ? queue : queue.slice(0, QUEUE_SHOWN);
  return (
    <section aria-labelledby="council-queue" data-testid="council-queue">
      <Title order={2} size="h3" id="council-queue">
        {t('councilHome.queueTitle')}
      </Title>
      {queue.length === 0 ? (
        <Text mt="xs">{t('councilHome.noQueue', { year })}</Text>
      ) : (
        <>
          <Group gap="xs" mt="xs" data-testid="council-queue-counts">
            {states.map((s) => (
              <Badge key={s} color={stateColor[s]} variant="light" tt="none" data-state={s}>
                {t(`councilHome.state.${s}`)}: {queue.filter((r) => r.state === s).length}
              </Badge>
            ))}
          </Group>
          {anomaliesError ? (
            <Alert color="yellow" mt="xs">
              {t('councilHome.anomaliesError', { reason: anomaliesError })}
            </Alert>
          ) : null}
          <Table.ScrollContainer type="native" minWidth={280} mt="sm">
            <Table fz="sm" verticalSpacing={4} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('councilHome.unit')}</Table.Th>
                  <Table.Th visibleFrom="sm">{t('councilHome.status')}</Table.Th>
                  <Table.Th visibleFrom="sm" ta="right">
                    {t('councilHome.reviewed')}
                  </Table.Th>
                  <Table.Th visibleFrom="sm" ta="right">
                    {t('councilHome.anomalies')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((r) => (
                  <Table.Tr key={r.unitCode} data-code={r.unitCode}>
                    <Table.Td>
                      <Anchor component={Link} href={appraisalHref(year, r.unitCode)}>
                        {r.unitName}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {r.indexCodes === null
                          ? t('councilHome.wholeUnit', { set: r.setName })
                          : t('councilHome.indices', { set: r.setName, indices: r.indexCodes.join(', ') })}
                        {r.submitted ? '' : ` · ${t('councilHome.notSubmitted')}`}
                      </Text>
                      <Group gap={6} mt={4} hiddenFrom="sm" data-testid="queue-compact">
                        <StateBadge state={r.state} />
                        <Text span size="xs">
                          {t('councilHome.compact', {
                            reviewed: r.reviewed,
                            toReview: r.toReview,
                            n: r.anomalies,
                          })}
                        </Text>
                      </Group>
                    </Table.Td>
                    <Table.Td visibleFrom="sm">
                      <StateBadge state={r.state} />
                    </Table.Td>
                    <Table.Td visibleFrom="sm" ta="right">
                      {r.reviewed}/{r.toReview}
                    </Table.Td>
                    <Table.Td visibleFrom="sm" ta="right">
                      {r.anomalies}
                      {r.highAnomalies > 0 ? (
                        <Text span size="xs" c="red.8">
                          {' '}
                          ({t('councilHome.high', { n: r.highAnomalies })})
                        </Text>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {queue.length > QUEUE_SHOWN ? (
            <Button variant="subtle" mt="xs" onClick={() => setAll((v) => !v)}>
              {all ? t('councilHome.showFewer') : t('councilHome.showAll', { n: queue.length })}
            </Button>
          ) : null}
        </>
      )}
    </section>
  );
}
