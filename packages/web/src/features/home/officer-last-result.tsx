// The latest published result on the officer's home: level, points, rank of how many and the 90 %
// rank interval kept for the published snapshot, strengths and weaknesses, the plan to the next level.
import { Anchor, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { OfficerLastResult as LastResult } from '@dti/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatNumber, formatPoints } from '../../i18n/format';
import { LevelBadge } from '../level-badge';
import { FindingsList } from '../results/findings-list';

const range = (low: number, high: number) => (low === high ? String(low) : `${low}–${high}`);

/** The plan to the next level. */
function Plan({ plan }: { plan: NonNullable<LastResult['plan']> }) {
  const { t } = useTranslation();
  const level = plan.targetLevel
    ? t(`cycle.levelName.${plan.targetLevel}`, { defaultValue: plan.targetLevelName ?? plan.targetLevel })
    : '';
  return (
    <Stack gap={4} data-testid="officer-plan">
      <Title order={4} size="h6">
        {t('analysis.planTitle')}
      </Title>
      {plan.alreadyReached ? (
        <Text size="sm">{t('analysis.planAlready')}</Text>
      ) : !plan.reachable ? (
        <Text size="sm">{plan.message}</Text>
      ) : (
        <>
          <Text size="sm">
            {t('officerHome.planLine', {
              level,
              count: plan.actions.length,
              total: formatPoints(plan.projected.total),
              percent: formatNumber(plan.projected.percent),
            })}
          </Text>
          <List size="sm" spacing={2}>
            {plan.actions.map((a) => (
              <List.Item key={a.subIndex}>{a.message}</List.Item>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}

/** The card of the latest published result. */
export function OfficerLastResult({ result }: { result: LastResult }) {
  const { t } = useTranslation();
  const { interval } = result;
  return (
    <Card
      withBorder
      padding="md"
      radius="md"
      component="section"
      aria-labelledby="officer-result-title"
      data-testid="officer-last-result"
    >
      <Group justify="space-between" gap="xs">
        <Title order={3} size="h4" id="officer-result-title">
          {t('officerHome.resultTitle', { year: result.year })}
        </Title>
        <LevelBadge level={result.level} />
      </Group>
      <Text size="sm" c="dimmed">
        {result.setName}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }} mt="sm">
        <Stack gap={0}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('officerHome.points')}
          </Text>
          <Text fw={700} size="lg" data-testid="officer-result-total">
            {formatPoints(result.total)}
          </Text>
          <Text size="sm">
            {t('officerHome.ofMax', {
              max: formatNumber(result.maxPoints),
              percent: formatNumber(result.percent),
            })}
          </Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('officerHome.rank')}
          </Text>
          <Text fw={700} size="lg" data-testid="officer-result-rank">
            {t('officerHome.rankOf', { rank: result.rank, of: result.rankOf })}
          </Text>
          {result.groupRank !== null && result.groupSize !== null ? (
            <Text size="sm">
              {t('officerHome.groupRank', { rank: result.groupRank, of: result.groupSize })}
            </Text>
          ) : null}
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('officerHome.interval')}
          </Text>
          {interval ? (
            <>
              <Text fw={700} size="lg" data-testid="officer-result-interval">
                {range(interval.lowRank, interval.highRank)}
              </Text>
              <Text size="xs" c="dimmed">
                {t('officerHome.intervalNote', { median: interval.medianRank })}
              </Text>
            </>
          ) : (
            <Text size="sm" c="dimmed">
              {t('officerHome.noInterval')}
            </Text>
          )}
        </Stack>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} mt="md">
        <FindingsList
          title={t('cycle.strengths')}
          color="#1e6b30"
          items={result.strengths}
          testId="officer-strengths"
        />
        <FindingsList
          title={t('cycle.weaknesses')}
          color="#b02525"
          items={result.weaknesses}
          testId="officer-weaknesses"
        />
      </SimpleGrid>
      {result.plan ? (
        <div style={{ marginTop: 12 }}>
          <Plan plan={result.plan} />
        </div>
      ) : null}
      <Anchor component={Link} href={`/app/my-results?year=${result.year}`} size="sm" mt="sm">
        {t('officerHome.openScorecard', { year: result.year })}
      </Anchor>
    </Card>
  );
}
