// One item under review: the unit's values and points, its evidence, and the council's actions:
// accept, adjust (points and a reason), ask for evidence (a message); anomaly flags when given.
import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Collapse,
  Group,
  NumberInput,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Textarea,
} from '@mantine/core';
import type { AssessmentItem, ItemReviewAction } from '@dti/contract';
import type { SubIndex } from '@dti/core';
import { useTranslation } from 'react-i18next';
import { reviewItem } from '../../api/review';
import { formatDateTime, formatNumber, formatPoints } from '../../i18n/format';
import { EvidencePanel } from '../assessment/evidence-panel';
import { describeValue, inputsOf } from '../assessment/item-values';
import { ErrorAlert } from '../session/error-alert';
import { EvidencePreview } from './evidence-preview';

/** Anomaly flags of an item, when the API sends them (strings or `{ message }` objects). */
export function anomaliesOf(item: AssessmentItem | undefined): string[] {
  const raw =
    (item as { anomalies?: unknown; flags?: unknown } | undefined)?.anomalies ??
    (item as { flags?: unknown } | undefined)?.flags;
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((a: unknown) =>
    typeof a === 'string'
      ? [a]
      : typeof a === 'object' && a !== null && typeof (a as { message?: unknown }).message === 'string'
        ? [(a as { message: string }).message]
        : [],
  );
}

/** Props of `ReviewItemCard`. */
export interface ReviewItemCardProps {
  year: number;
  unitCode: string;
  sub: SubIndex;
  item: AssessmentItem | undefined;
  canReview: boolean;
  onReviewed: (item: AssessmentItem) => void;
  /** Anomaly flags of this item (messages in Vietnamese), from the unit's anomaly check. */
  flags?: readonly string[] | undefined;
}

type Mode = 'accept' | 'adjust' | 'request';

/** The review card of one item. */
export function ReviewItemCard({
  year,
  unitCode,
  sub,
  item,
  canReview,
  onReviewed,
  flags: given,
}: ReviewItemCardProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('accept');
  const [points, setPoints] = useState<number | ''>('');
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [showEvidence, setShowEvidence] = useState(false);
  const flags = [...new Set([...anomaliesOf(item), ...(given ?? [])])];
  const review = item?.review ?? null;
  const pointsProblem =
    mode !== 'adjust'
      ? undefined
      : points === ''
        ? t('cycle.required')
        : points < 0 || points > sub.maxPoints
          ? t('cycle.pointsRange', { max: formatNumber(sub.maxPoints) })
          : undefined;
  const textProblem =
    mode === 'accept' ? undefined : text.trim().length < 3 ? t('cycle.minChars') : undefined;
  const send = async () => {
    setTried(true);
    if (pointsProblem || textProblem) return;
    const action: ItemReviewAction =
      mode === 'accept'
        ? { action: 'accept' }
        : mode === 'adjust'
          ? { action: 'adjust', points: Number(points), reason: text.trim() }
          : { action: 'request', message: text.trim() };
    setBusy(true);
    setError(null);
    try {
      onReviewed(await reviewItem(year, unitCode, sub.code, action));
      setText('');
      setPoints('');
      setTried(false);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card withBorder padding="sm" radius="md" data-item={sub.code}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Text size="sm" fw={600}>
          {sub.code}. {sub.name}
        </Text>
        {review ? (
          <Badge
            variant="filled"
            color={
              review.status === 'requested' ? '#a84300' : review.status === 'adjusted' ? 'blue.9' : '#1e6b30'
            }
          >
            {t(`cycle.reviewStatus.${review.status}`)}
          </Badge>
        ) : (
          <Badge variant="filled" color="gray.7">
            {t('cycle.notReviewed')}
          </Badge>
        )}
      </Group>
      {flags.length > 0 ? (
        <Alert
          color="yellow"
          variant="light"
          mt="xs"
          title={t('cycle.anomalies')}
          data-testid="item-anomalies"
        >
          {flags.map((f) => (
            <Text key={f} size="sm">
              {f}
            </Text>
          ))}
          <Text size="xs" mt={4} fs="italic">
            {t('analysis.anomalyHint')}
          </Text>
        </Alert>
      ) : null}
      <Table.ScrollContainer type="native" tabIndex={0} minWidth={280} mt="xs">
        <Table fz="sm" withRowBorders={false} verticalSpacing={2}>
          <Table.Tbody>
            {inputsOf(sub).map((input) => (
              <Table.Tr key={input.key}>
                <Table.Td c="dimmed">{input.label}</Table.Td>
                <Table.Td fw={600}>{describeValue(sub, input, item?.values[input.key])}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group gap="md" mt="xs">
        <Text size="sm">
          {t('cycle.selfPoints', {
            points: formatPoints(item?.points ?? 0),
            max: formatNumber(sub.maxPoints),
          })}
        </Text>
        {item?.councilPoints !== null && item?.councilPoints !== undefined ? (
          <Text size="sm" fw={600}>
            {t('cycle.councilPoints', { points: formatPoints(item.councilPoints) })}
          </Text>
        ) : null}
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => setShowEvidence((v) => !v)}
          aria-expanded={showEvidence}
        >
          {t('cycle.evidenceCount', { count: item?.evidenceCount ?? 0 })}
        </Button>
      </Group>
      {review && (review.reason || review.message || review.answerNote) ? (
        <Stack gap={2} mt="xs">
          {review.reason ? <Text size="sm">{t('cycle.reasonIs', { reason: review.reason })}</Text> : null}
          {review.message ? <Text size="sm">{t('cycle.messageIs', { message: review.message })}</Text> : null}
          {review.answerNote ? (
            <Text size="sm" fw={600}>
              {t('cycle.answerIs', { note: review.answerNote })}
            </Text>
          ) : null}
          {review.reviewedBy ? (
            <Text size="xs" c="dimmed">
              {review.reviewedBy}
              {review.reviewedAt ? `, ${formatDateTime(review.reviewedAt)}` : ''}
            </Text>
          ) : null}
        </Stack>
      ) : null}
      <Collapse expanded={showEvidence}>
        {showEvidence ? (
          <div style={{ marginTop: 8 }}>
            <EvidencePanel
              year={year}
              unitCode={unitCode}
              subCode={sub.code}
              canUpload={false}
              renderPreview={(e) => <EvidencePreview evidence={e} />}
            />
          </div>
        ) : null}
      </Collapse>
      {canReview ? (
        <Stack gap="xs" mt="sm">
          <SegmentedControl
            size="xs"
            aria-label={t('cycle.reviewAction')}
            value={mode}
            onChange={(v) => {
              setMode(v);
              setTried(false);
            }}
            data={[
              { value: 'accept', label: t('cycle.accept') },
              { value: 'adjust', label: t('cycle.adjust') },
              { value: 'request', label: t('cycle.request') },
            ]}
          />
          {mode === 'adjust' ? (
            <NumberInput
              label={t('cycle.adjustPoints', { max: formatNumber(sub.maxPoints) })}
              value={points}
              onChange={(v) => setPoints(typeof v === 'number' ? v : '')}
              clampBehavior="none"
              decimalSeparator=","
              min={0}
              max={sub.maxPoints}
              error={tried ? pointsProblem : undefined}
              maw={240}
            />
          ) : null}
          {mode !== 'accept' ? (
            <Textarea
              label={mode === 'adjust' ? t('cycle.reason') : t('cycle.message')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              error={tried ? textProblem : undefined}
              autosize
              minRows={2}
              maxLength={2000}
            />
          ) : null}
          {error ? <ErrorAlert error={error} /> : null}
          <Group>
            <Button size="xs" onClick={() => void send()} loading={busy}>
              {t(`cycle.do.${mode}`)}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Card>
  );
}
