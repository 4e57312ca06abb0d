// The running period on the officer's home: the unit's deadline in Vietnam time with the countdown,
// whether it has submitted, progress bars (items entered, evidence attached, the council's questions)
// and the live estimate.
import { Anchor, Card, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import type { OfficerPeriod } from '@dti/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { assessmentItemHref } from '../../api/home-officer';
import { formatDateTime, formatNumber, formatPoints } from '../../i18n/format';
import { deadlineView } from '../assessment/countdown';
import { useNow } from '../assessment/use-now';
import { LevelBadge } from '../level-badge';

const share = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0);

/** One labelled progress bar with its figure. */
function Bar({
  label,
  value,
  total,
  text,
  testId,
}: {
  label: string;
  value: number;
  total: number;
  text: string;
  testId: string;
}) {
  return (
    <Stack gap={2} data-testid={testId} data-value={value} data-total={total}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm">{label}</Text>
        <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
          {text}
        </Text>
      </Group>
      <Progress value={share(value, total)} aria-label={`${label}: ${text}`} />
    </Stack>
  );
}

/** The deadline, progress and estimate of the running period. */
export function OfficerPeriodCard({ period }: { period: OfficerPeriod }) {
  const { t } = useTranslation();
  const now = useNow();
  const view = deadlineView(
    {
      periodState: period.state,
      deadline: period.deadline,
      extendedUntil: period.extended ? period.deadline : null,
    },
    now,
  );
  const { progress, estimate } = period;
  const asked = progress.reviewRequested + progress.reviewAnswered;
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="officer-period-title">
      <Group justify="space-between" gap="xs" mb="sm">
        <Text fw={700} id="officer-period-title">
          {t('officerHome.periodTitle', { year: period.year })}
        </Text>
        <Anchor component={Link} href={assessmentItemHref(period.year)} size="sm">
          {t('officerHome.openForm')}
        </Anchor>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
        <Stack gap={4}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('cycle.deadline')}
          </Text>
          <Text fw={600} data-testid="officer-deadline">
            {t('cycle.vietnamTime', { time: period.deadlineText })}
          </Text>
          {period.extended ? <Text size="xs">{t('officerHome.extended')}</Text> : null}
          {period.submittedAt ? (
            <Text size="sm" c="#1e6b30" fw={600} data-testid="officer-submitted">
              {t('officerHome.submitted', { when: formatDateTime(period.submittedAt) })}
              {period.submittedLate ? ` ${t('cycle.late')}` : ''}
            </Text>
          ) : view.kind === 'counting' ? (
            <Text size="sm" fw={600} c="#a84300" data-testid="officer-countdown" aria-live="polite">
              {t('cycle.timeLeft', view.left)}
            </Text>
          ) : view.kind === 'passed' ? (
            <Text size="sm" data-testid="officer-countdown">
              {t('cycle.deadlinePassed')}
            </Text>
          ) : (
            <Text size="sm" fw={600} data-testid="officer-period-state">
              {t(`deadlineState.${view.state}`)}
            </Text>
          )}
        </Stack>
        <Stack gap="xs">
          <Bar
            testId="officer-progress-entered"
            label={t('officerHome.entered')}
            value={progress.itemsEntered}
            total={progress.itemsTotal}
            text={`${progress.itemsEntered}/${progress.itemsTotal}`}
          />
          <Bar
            testId="officer-progress-evidence"
            label={t('officerHome.evidence')}
            value={progress.evidenceAttached}
            total={progress.evidenceRequired}
            text={`${progress.evidenceAttached}/${progress.evidenceRequired}`}
          />
          {asked > 0 ? (
            <Bar
              testId="officer-progress-questions"
              label={t('officerHome.questions')}
              value={progress.reviewAnswered}
              total={asked}
              text={`${progress.reviewAnswered}/${asked}`}
            />
          ) : (
            <Text size="sm" c="dimmed" data-testid="officer-progress-questions" data-value={0} data-total={0}>
              {t('officerHome.noQuestions')}
            </Text>
          )}
        </Stack>
        <Stack gap={4}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('cycle.estimate')}
          </Text>
          <Group gap="xs">
            <Text fw={700} size="lg" data-testid="officer-estimate">
              {formatPoints(estimate.total)} / {formatNumber(estimate.maxPoints)}
            </Text>
            <Text size="sm">({formatNumber(estimate.percent)}%)</Text>
          </Group>
          {estimate.level ? (
            <div>
              <LevelBadge level={estimate.level} />
            </div>
          ) : null}
          <Text size="xs" c="dimmed">
            {t('officerHome.estimateNote')}
          </Text>
        </Stack>
      </SimpleGrid>
    </Card>
  );
}
