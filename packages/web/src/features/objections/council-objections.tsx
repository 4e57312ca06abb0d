// The council's answer screen: every objection of the period with the unit's reason; a pending one
// is answered here, upheld with the new points or rejected, with a reason either way.
import { useState } from 'react';
import { Button, Card, Group, NumberInput, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import type { Objection } from '@dti/contract';
import { useTranslation } from 'react-i18next';
import { answerObjection } from '../../api/objections';
import { formatPoints } from '../../i18n/format';
import { ErrorAlert } from '../session/error-alert';
import { ObjectionOutcome } from './objection-outcome';

function AnswerForm({
  year,
  objection,
  onAnswered,
}: {
  year: number;
  objection: Objection;
  onAnswered: () => void;
}) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<'upheld' | 'rejected'>('upheld');
  const [points, setPoints] = useState<number | ''>('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [tried, setTried] = useState(false);
  const reasonProblem = reason.trim().length < 3 ? t('objection.council.reasonShort') : undefined;
  const pointsProblem =
    decision === 'upheld' && points === '' ? t('objection.council.pointsMissing') : undefined;

  async function send() {
    setTried(true);
    if (reasonProblem || pointsProblem) return;
    setBusy(true);
    setError(null);
    try {
      await answerObjection(
        year,
        objection.id,
        decision === 'upheld' ? { decision, points: Number(points), reason } : { decision, reason },
      );
      onAnswered();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="xs">
      <SegmentedControl
        value={decision}
        onChange={(v) => setDecision(v)}
        aria-label={t('objection.council.decision')}
        data={[
          { value: 'upheld', label: t('objection.council.uphold') },
          { value: 'rejected', label: t('objection.council.reject') },
        ]}
      />
      {decision === 'upheld' ? (
        <NumberInput
          label={t('objection.council.newPoints')}
          value={points}
          onChange={(v) => setPoints(typeof v === 'number' ? v : '')}
          decimalSeparator=","
          min={0}
          error={tried ? pointsProblem : undefined}
          maw={200}
        />
      ) : null}
      <Textarea
        label={t('objection.council.reason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={tried ? reasonProblem : undefined}
        autosize
        minRows={2}
        maxLength={2000}
      />
      {error ? <ErrorAlert error={error} /> : null}
      <Group>
        <Button size="xs" onClick={() => void send()} loading={busy}>
          {t('objection.council.send')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The council's section. */
export function CouncilObjections({
  year,
  objections,
  canAnswer,
  onChanged,
}: {
  year: number;
  objections: Objection[];
  canAnswer: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  if (objections.length === 0) return <Text c="dimmed">{t('objection.council.none')}</Text>;
  return (
    <Stack>
      {objections.map((o) => (
        <Card
          key={o.id}
          withBorder
          padding="sm"
          data-objection-id={o.id}
          data-objection-item={`${o.unitCode}/${o.subCode}`}
        >
          <Stack gap={6}>
            <Group justify="space-between" gap="xs">
              <Text fw={600}>
                {o.unitName} — {o.subCode}. {o.subName}
              </Text>
              <ObjectionOutcome objection={o} />
            </Group>
            <Text size="sm">
              {t('objection.councilPointsShort', { points: formatPoints(o.councilPoints) })}{' '}
              {t('objection.councilReason', { reason: o.councilReason ?? '' })}
            </Text>
            <Text size="sm">{t('objection.unitReason', { reason: o.reason })}</Text>
            {o.evidenceIds.length > 0 ? (
              <Group gap="xs">
                {o.evidenceIds.map((id) => (
                  <a key={id} href={`/api/evidence/${id}`} target="_blank" rel="noreferrer">
                    {t('objection.evidenceLink', { id })}
                  </a>
                ))}
              </Group>
            ) : null}
            {o.answer ? <Text size="sm">{t('objection.answerText', { answer: o.answer })}</Text> : null}
            {o.status === 'pending' && canAnswer ? (
              <AnswerForm year={year} objection={o} onAnswered={onChanged} />
            ) : null}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
