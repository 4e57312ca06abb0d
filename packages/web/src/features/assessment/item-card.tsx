// One item of the self-assessment form: wording, inputs, the points the answer earns right now,
// its save state, its evidence, and the council's question with the unit's answer.
import { memo, useState } from 'react';
import { Alert, Badge, Button, Card, Collapse, Group, Stack, Text, Textarea } from '@mantine/core';
import type { AssessmentItem, ItemValues } from '@dti/contract';
import { scoreSubIndex, type SubIndex } from '@dti/core';
import { useTranslation } from 'react-i18next';
import { answerItem } from '../../api/assessments';
import { formatDateTime, formatNumber, formatPoints, formatTime } from '../../i18n/format';
import { ErrorAlert } from '../session/error-alert';
import { ConflictDialog } from './conflict-dialog';
import { EvidencePanel } from './evidence-panel';
import { ItemInputs } from './item-inputs';
import { checkItemValues, compactValues } from './item-values';
import type { ItemSaveState } from './use-autosave';

/** Props of `ItemCard`. */
export interface ItemCardProps {
  year: number;
  unitCode: string;
  sub: SubIndex;
  state: ItemSaveState | undefined;
  item: AssessmentItem | undefined;
  canWrite: boolean;
  now: number;
  onChange: (code: string, values: ItemValues, valid: boolean) => void;
  onResolve: (code: string, choice: 'theirs' | 'mine') => void;
  onAnswered: (item: AssessmentItem) => void;
}

function SaveBadge({ state }: { state: ItemSaveState | undefined }) {
  const { t } = useTranslation();
  if (!state) return null;
  switch (state.status) {
    case 'pending':
    case 'saving':
      return (
        <Badge color="gray.7" variant="filled">
          {t('cycle.saving')}
        </Badge>
      );
    case 'saved':
      return state.savedAt ? (
        <Badge color="#1e6b30" variant="filled">
          {t('cycle.savedAt', { time: formatTime(state.savedAt) })}
        </Badge>
      ) : null;
    case 'queued':
      return (
        <Badge color="#a84300" variant="outline">
          {t('offline.form.waiting')}
        </Badge>
      );
    case 'error':
      return (
        <Badge color="#b02525" variant="filled">
          {t('cycle.saveError')}
        </Badge>
      );
    case 'conflict':
      return (
        <Badge color="#a84300" variant="filled">
          {t('cycle.conflict')}
        </Badge>
      );
    case 'idle':
      return null;
  }
}

function AnswerBox({ onSend }: { onSend: (note: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [tried, setTried] = useState(false);
  const send = async () => {
    setTried(true);
    if (!note.trim()) return;
    setBusy(true);
    setError(null);
    try {
      await onSend(note.trim());
      setNote('');
      setTried(false);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="xs">
      <Textarea
        label={t('cycle.answerLabel')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={tried && !note.trim() ? t('cycle.required') : undefined}
        autosize
        minRows={2}
        maxLength={2000}
      />
      {error ? <ErrorAlert error={error} /> : null}
      <Group>
        <Button size="xs" onClick={() => void send()} loading={busy}>
          {t('cycle.sendAnswer')}
        </Button>
      </Group>
    </Stack>
  );
}

/** One item of the form. */
export const ItemCard = memo(function ItemCard({
  year,
  unitCode,
  sub,
  state,
  item,
  canWrite,
  now,
  onChange,
  onResolve,
  onAnswered,
}: ItemCardProps) {
  const { t } = useTranslation();
  const [showEvidence, setShowEvidence] = useState(false);
  const [evidenceCount, setEvidenceCount] = useState<number | null>(null);
  const values = state?.values ?? item?.values ?? {};
  const problems = checkItemValues(sub, values);
  const review = item?.review ?? null;
  const answerOpen =
    review?.status === 'requested' && (review.answerUntil === null || Date.parse(review.answerUntil) > now);
  const editable = canWrite || answerOpen;
  const score = scoreSubIndex(sub, compactValues(values));
  const relative = sub.method.type === 'relative';
  const count = evidenceCount ?? item?.evidenceCount ?? 0;
  const change = (next: ItemValues) => {
    onChange(sub.code, next, Object.keys(checkItemValues(sub, next)).length === 0);
  };

  return (
    <Card
      withBorder
      padding="sm"
      radius="md"
      id={`item-${sub.code}`}
      data-item={sub.code}
      className="offscreen-lazy"
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Text size="sm" fw={600} style={{ minWidth: 0 }}>
          {sub.code}. {sub.name}
        </Text>
        <SaveBadge state={state} />
      </Group>
      {sub.description ? (
        <Text size="xs" c="dimmed" mt={4}>
          {sub.description}
        </Text>
      ) : null}
      <Stack gap="sm" mt="sm">
        <ItemInputs sub={sub} values={values} problems={problems} disabled={!editable} onChange={change} />
        <Group gap="xs" justify="space-between">
          <Text size="sm" aria-live="polite">
            {relative
              ? t('cycle.relativePoints', { max: formatNumber(sub.maxPoints) })
              : score.status === 'missing'
                ? t('cycle.pointsMissing', { max: formatNumber(sub.maxPoints) })
                : t('cycle.pointsLive', {
                    points: formatPoints(score.points),
                    max: formatNumber(sub.maxPoints),
                  })}
          </Text>
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => setShowEvidence((v) => !v)}
            aria-expanded={showEvidence}
          >
            {t('cycle.evidenceCount', { count })}
          </Button>
        </Group>
        {state?.status === 'error' && state.error ? <ErrorAlert error={state.error} /> : null}
        {state?.status === 'queued' ? (
          <Text size="sm" c="#a84300">
            {t('offline.form.itemWaiting')}
          </Text>
        ) : null}
        <Collapse expanded={showEvidence}>
          {showEvidence ? (
            <EvidencePanel
              year={year}
              unitCode={unitCode}
              subCode={sub.code}
              canUpload={editable}
              onChanged={setEvidenceCount}
            />
          ) : null}
        </Collapse>
        {review ? (
          <Alert
            color={review.status === 'requested' ? 'orange' : review.status === 'adjusted' ? 'blue' : 'green'}
            variant="light"
            title={t(`cycle.reviewStatus.${review.status}`)}
          >
            <Stack gap={4}>
              {review.councilPoints !== null ? (
                <Text size="sm">
                  {t('cycle.councilPoints', { points: formatPoints(review.councilPoints) })}
                </Text>
              ) : null}
              {review.reason ? <Text size="sm">{t('cycle.reasonIs', { reason: review.reason })}</Text> : null}
              {review.message ? (
                <Text size="sm">{t('cycle.messageIs', { message: review.message })}</Text>
              ) : null}
              {review.reviewedBy ? (
                <Text size="xs" c="dimmed">
                  {review.reviewedBy}
                  {review.reviewedAt ? `, ${formatDateTime(review.reviewedAt)}` : ''}
                </Text>
              ) : null}
              {review.answerUntil && review.status === 'requested' ? (
                <Text size="xs">{t('cycle.answerUntil', { date: formatDateTime(review.answerUntil) })}</Text>
              ) : null}
              {review.answerNote ? (
                <Text size="sm">{t('cycle.answerIs', { note: review.answerNote })}</Text>
              ) : null}
              {answerOpen ? (
                <AnswerBox
                  onSend={async (note) => onAnswered(await answerItem(year, unitCode, sub.code, note))}
                />
              ) : null}
            </Stack>
          </Alert>
        ) : null}
      </Stack>
      {state?.status === 'conflict' && state.conflict ? (
        <ConflictDialog
          sub={sub}
          mine={state.values}
          conflict={state.conflict}
          onKeepTheirs={() => onResolve(sub.code, 'theirs')}
          onOverwrite={() => onResolve(sub.code, 'mine')}
        />
      ) : null}
    </Card>
  );
});
