// The top of the unit's page: deadline in Vietnam time, its countdown while the period is open
// (the period's state once it is not), items filled, estimated score and
// level, the save state, and submission.
import { useState } from 'react';
import { Alert, Button, Card, Group, Modal, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import type { Assessment, AssessmentEstimate } from '@dti/contract';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber, formatPoints, formatTime } from '../../i18n/format';
import { LevelBadge } from '../level-badge';
import { ErrorAlert } from '../session/error-alert';
import { deadlineView } from './countdown';
import type { summarizeSaves } from './use-autosave';

/** Props of `AssessmentOverview`. */
export interface AssessmentOverviewProps {
  assessment: Assessment;
  estimate: AssessmentEstimate;
  saves: ReturnType<typeof summarizeSaves>;
  now: number;
  canSubmit: boolean;
  onSubmit: () => Promise<void>;
  onRetry: () => void;
}

/** The overview card. */
export function AssessmentOverview({
  assessment,
  estimate,
  saves,
  now,
  canSubmit,
  onSubmit,
  onRetry,
}: AssessmentOverviewProps) {
  const { t } = useTranslation();
  const [confirm, setConfirm] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const deadline = deadlineView(assessment, now);
  const percentFilled = estimate.itemsTotal > 0 ? (estimate.itemsFilled / estimate.itemsTotal) * 100 : 0;
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await onSubmit();
      setConfirm(false);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card withBorder radius="md" padding="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Stack gap={2}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('cycle.deadline')}
          </Text>
          <Text fw={600}>{t('cycle.vietnamTime', { time: formatDateTime(assessment.deadline) })}</Text>
          {deadline.extendedUntil ? (
            <Text size="sm" data-testid="extension">
              {t('deadlineState.extendedUntil', { time: formatDateTime(deadline.extendedUntil) })}
            </Text>
          ) : null}
          {deadline.kind === 'counting' ? (
            <Text size="sm" {...(deadline.left.days < 3 ? { c: '#b02525' } : {})} data-testid="countdown">
              {t('cycle.timeLeft', deadline.left)}
            </Text>
          ) : deadline.kind === 'passed' ? (
            <Text size="sm" data-testid="countdown">
              {t('cycle.deadlinePassed')}
            </Text>
          ) : (
            <Text size="sm" fw={600} data-testid="period-state">
              {t(`deadlineState.${deadline.state}`)}
            </Text>
          )}
        </Stack>
        <Stack gap={4}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('cycle.completion')}
          </Text>
          <Text fw={600}>
            {t('cycle.itemsFilled', { filled: estimate.itemsFilled, total: estimate.itemsTotal })}
          </Text>
          <Progress value={percentFilled} aria-label={t('cycle.completion')} />
        </Stack>
        <Stack gap={2}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('cycle.estimate')}
          </Text>
          <Group gap="xs">
            <Text fw={700} size="lg">
              {formatPoints(estimate.total)} / {formatNumber(estimate.maxPoints)}
            </Text>
            <Text size="sm">({formatNumber(estimate.percent)}%)</Text>
          </Group>
          <div>
            <LevelBadge level={estimate.level} />
          </div>
          {estimate.notEstimated.length > 0 ? (
            <Text size="xs" data-testid="not-estimated">
              {t('provenance.estimateLeftOut', {
                items: estimate.notEstimated
                  .map((s) => `${s.code} (${formatNumber(s.maxPoints)})`)
                  .join(', '),
              })}
            </Text>
          ) : null}
        </Stack>
      </SimpleGrid>
      <Group justify="space-between" mt="md" gap="xs">
        <Text
          size="sm"
          aria-live="polite"
          data-testid="save-status"
          {...(saves.status === 'error' || saves.status === 'conflict' ? { c: '#b02525' } : {})}
        >
          {saves.status === 'saving'
            ? t('cycle.saving')
            : saves.status === 'queued'
              ? t('offline.form.waitingLong')
              : saves.status === 'error'
                ? t('cycle.saveErrorLong')
                : saves.status === 'conflict'
                  ? t('cycle.conflictLong')
                  : saves.savedAt
                    ? t('cycle.savedAt', { time: formatTime(saves.savedAt) })
                    : t('cycle.notChanged')}
        </Text>
        <Group gap="xs">
          {saves.status === 'error' ? (
            <Button size="xs" variant="light" color="red" onClick={onRetry}>
              {t('cycle.retry')}
            </Button>
          ) : null}
          {canSubmit ? (
            <Button size="sm" onClick={() => setConfirm(true)} disabled={saves.status === 'saving'}>
              {t('cycle.submit')}
            </Button>
          ) : null}
        </Group>
      </Group>
      {assessment.submission ? (
        <Alert color="green" variant="light" mt="md" title={t('cycle.submittedTitle')}>
          {t('cycle.submittedText', {
            who: assessment.submission.submittedBy,
            when: formatDateTime(assessment.submission.submittedAt),
          })}
          {assessment.submission.late ? ` ${t('cycle.late')}` : ''}
        </Alert>
      ) : null}
      <Modal opened={confirm} onClose={() => setConfirm(false)} title={t('cycle.submitTitle')}>
        <Stack>
          <Text size="sm">
            {t('cycle.submitText', { filled: estimate.itemsFilled, total: estimate.itemsTotal })}
          </Text>
          {error ? <ErrorAlert error={error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirm(false)}>
              {t('cycle.cancel')}
            </Button>
            <Button onClick={() => void submit()} loading={busy}>
              {t('cycle.submitConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
