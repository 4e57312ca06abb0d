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
import { ProgressiveItems } from './progressive-items';
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
  const indexOf = useCallback(
    (code: string | undefined) => set.indices.find((i) => i.subIndices.some((s) => s.code === code))?.code,
    [set],
  );
  const focusIndex = indexOf(focusItem);
  // The open sections; a section's items are mounted the first time it opens (and stay mounted):
  // mounting every item of the set at once (~3,000 elements) blocks a phone's main thread for a second.
  const [opened, setOpened] = useState<string[]>(() =>
    focusIndex ? [focusIndex] : set.indices[0] ? [set.indices[0].code] : [],
  );
  const [mounted, setMounted] = useState<ReadonlySet<string>>(() => new Set(opened));
  // Sections whose items mount all at once (the others mount one at a time): the one of
  // `?item=` and the ones a link to an item opens, so the item is there to scroll to and focus.
  const [eager, setEager] = useState<ReadonlySet<string>>(() => new Set(focusIndex ? [focusIndex] : []));
  const open = useCallback((codes: string[]) => {
    setOpened(codes);
    setMounted((m) => (codes.every((c) => m.has(c)) ? m : new Set([...m, ...codes])));
  }, []);
  // Opens the section of an item, then scrolls to the item and focuses it: for `?item=` and for the
  // links to items (`#item-…` in the questions and the save summary), whose section may be closed.
  const [target, setTarget] = useState<{ code: string } | undefined>(undefined);
  const reveal = useCallback(
    (code: string | undefined) => {
      const index = indexOf(code);
      if (!code || !index) return;
      setOpened((o) => (o.includes(index) ? o : [...o, index]));
      setMounted((m) => (m.has(index) ? m : new Set([...m, index])));
      setEager((e) => (e.has(index) ? e : new Set([...e, index])));
      setTarget({ code });
    },
    [indexOf],
  );
  useEffect(() => reveal(focusItem), [reveal, focusItem]);
  useEffect(() => {
    const onHash = () => reveal(/^#item-(.+)$/.exec(window.location.hash)?.[1]);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [reveal]);
  useEffect(() => {
    if (target) focusItemCard(target.code);
  }, [target]);
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
      <Accordion multiple variant="separated" value={opened} onChange={open}>
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
                {mounted.has(index.code) ? (
                  <Stack gap="sm">
                    <ProgressiveItems
                      items={index.subIndices}
                      eager={eager.has(index.code)}
                      render={(sub) => (
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
                      )}
                    />
                  </Stack>
                ) : null}
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
    </Stack>
  );
}
