// The self-assessment form of one unit and period, generated from the framework: main indices in
// accordions, each item with inputs fitting its method, continuous saving, council questions.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Accordion, Alert, Anchor, Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import type { Assessment, AssessmentEstimate, AssessmentItem } from '@dti/contract';
import type { Framework, IndexSet } from '@dti/core';
import { useTranslation } from 'react-i18next';
import { submitAssessment } from '../../api/assessments';
import { formatNumber } from '../../i18n/format';
import { useSession } from '../session/session-context';
import { AssessmentOverview } from './assessment-overview';
import { ItemCard } from './item-card';
import { SaveSummary } from './save-summary';
import { isItemFilled } from './item-values';
import { summarizeSaves, useAutosave } from './use-autosave';
import { useNow } from './use-now';

/** Props of `AssessmentForm`. */
export interface AssessmentFormProps {
  assessment: Assessment;
  framework: Framework;
  set: IndexSet;
  onReload: () => void;
  /** The sub-index to open, scroll to and focus first (`?item=` of the page). */
  focusItem?: string | undefined;
}

/** Scrolls to an item card and focuses its first control (or the card itself). */
function focusItemCard(code: string): void {
  const card = document.getElementById(`item-${code}`);
  if (!card) return;
  card.scrollIntoView?.({ block: 'start' });
  const control = card.querySelector<HTMLElement>(
    'input:not([disabled]):not([type=hidden]), textarea:not([disabled]), button',
  );
  if (control) control.focus({ preventScroll: true });
  else {
    card.tabIndex = -1;
    card.focus({ preventScroll: true });
  }
}

/** The form. */
export function AssessmentForm({ assessment, set, onReload, focusItem }: AssessmentFormProps) {
  const { t } = useTranslation();
  const { user } = useSession();
  const now = useNow();
  const { year } = assessment;
  const unitCode = assessment.unit.code;
  const [items, setItems] = useState(() => new Map(assessment.items.map((i) => [i.subCode, i])));
  const [estimate, setEstimate] = useState<AssessmentEstimate>(assessment.estimate);
  const onSaved = useCallback((item: AssessmentItem, next: AssessmentEstimate) => {
    setItems((m) =>
      new Map(m).set(item.subCode, { ...item, evidenceCount: m.get(item.subCode)?.evidenceCount ?? 0 }),
    );
    setEstimate(next);
  }, []);
  const owner = useMemo(() => (user ? { userId: user.id, year, unitCode } : null), [user, year, unitCode]);
  const autosave = useAutosave({ year, unitCode, initial: assessment.items, onSaved, owner });
  const saves = summarizeSaves(autosave.states);
  const onAnswered = useCallback(
    (item: AssessmentItem) =>
      setItems((m) =>
        new Map(m).set(item.subCode, { ...item, evidenceCount: m.get(item.subCode)?.evidenceCount ?? 0 }),
      ),
    [],
  );
  const canWrite = assessment.canWrite && assessment.submission === null;
  const canSubmit = user?.role === 'unit_head' && canWrite;
  const questions = useMemo(
    () =>
      [...items.values()].filter((i) => i.review?.status === 'requested' || i.review?.status === 'answered'),
    [items],
  );
  const focusIndex = set.indices.find((i) => i.subIndices.some((s) => s.code === focusItem))?.code;
  useEffect(() => {
    if (focusItem && focusIndex) focusItemCard(focusItem);
  }, [focusItem, focusIndex]);
  const filledOf = (codes: string[]) =>
    codes.filter((code) => {
      const sub = set.indices.flatMap((i) => i.subIndices).find((s) => s.code === code);
      const values = autosave.states[code]?.values ?? items.get(code)?.values;
      return sub ? isItemFilled(sub, values) : false;
    }).length;

  return (
    <Stack>
      <AssessmentOverview
        assessment={assessment}
        estimate={estimate}
        saves={saves}
        now={now}
        canSubmit={canSubmit}
        onSubmit={async () => {
          await submitAssessment(year, unitCode);
          onReload();
        }}
        onRetry={autosave.retry}
      />
      <SaveSummary states={autosave.states} />
      {!canWrite && !assessment.submission ? (
        <Alert color="gray" variant="light">
          {t('cycle.readOnly')}
        </Alert>
      ) : null}
      {questions.length > 0 ? (
        <Alert color="orange" variant="light" title={t('cycle.questionsTitle', { count: questions.length })}>
          <List size="sm">
            {questions.map((q) => (
              <List.Item key={q.subCode}>
                <Anchor href={`#item-${q.subCode}`}>{q.subCode}</Anchor>: {q.review?.message}{' '}
                <Badge
                  size="xs"
                  variant="filled"
                  color={q.review?.status === 'answered' ? '#1e6b30' : '#a84300'}
                >
                  {t(`cycle.reviewStatus.${q.review?.status ?? 'requested'}`)}
                </Badge>
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      <Title order={2} size="h3">
        {t('cycle.formTitle', { set: set.name })}
      </Title>
      <Accordion
        multiple
        variant="separated"
        defaultValue={focusIndex ? [focusIndex] : set.indices[0] ? [set.indices[0].code] : []}
      >
        {set.indices.map((index) => {
          const codes = index.subIndices.map((s) => s.code);
          return (
            <Accordion.Item key={index.code} value={index.code}>
              <Accordion.Control>
                <Group justify="space-between" wrap="nowrap" gap="xs" pr="xs">
                  <Text fw={600} size="sm">
                    {index.code}. {index.name}
                  </Text>
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {filledOf(codes)}/{codes.length} · {formatNumber(index.maxPoints)} {t('cycle.pointsUnit')}
                  </Text>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="sm">
                  {index.subIndices.map((sub) => (
                    <ItemCard
                      key={sub.code}
                      year={year}
                      unitCode={unitCode}
                      sub={sub}
                      state={autosave.states[sub.code]}
                      item={items.get(sub.code)}
                      canWrite={canWrite}
                      now={now}
                      onChange={autosave.change}
                      onResolve={autosave.resolve}
                      onAnswered={onAnswered}
                    />
                  ))}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
    </Stack>
  );
}
