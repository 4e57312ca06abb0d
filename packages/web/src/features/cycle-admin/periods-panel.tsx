// Periods for the administrator: create, deadlines per set (Vietnam time), the next step of each
// period (open → close → review → finalise → approve with the decision → publish), extensions.
import { useState } from 'react';
import {
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import type { Period } from '@dti/contract';
import { useTranslation } from 'react-i18next';
import { listFrameworks } from '../../api/frameworks';
import {
  approvePeriod,
  createPeriod,
  finalizePeriod,
  grantExtension,
  nextStepOf,
  publishPeriod,
  transitionPeriod,
  updatePeriod,
} from '../../api/periods';
import { useAsync } from '../../api/use-async';
import { formatDate, formatDateTime, parseVietnamDateTime, parseVietnameseDate } from '../../i18n/format';
import { ErrorAlert } from '../session/error-alert';
import { useSetNames } from './use-set-names';

function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async (work: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await work();
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}

function CreatePeriod({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const frameworks = useAsync((signal) => listFrameworks(signal), []);
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [frameworkId, setFrameworkId] = useState<string | null>(null);
  const action = useAction();
  const yearOk = /^\d{4}$/.test(year);
  return (
    <Card withBorder padding="sm">
      <Title order={3} size="h5" mb="xs">
        {t('cycle.createPeriod')}
      </Title>
      <Group align="flex-end" gap="xs">
        <TextInput
          label={t('cycle.year')}
          value={year}
          onChange={(e) => setYear(e.currentTarget.value)}
          error={yearOk ? undefined : t('cycle.yearFormat')}
          w={100}
          inputMode="numeric"
        />
        <Select
          label={t('cycle.framework')}
          data={(frameworks.data ?? []).map((f) => ({ value: f.id, label: f.id }))}
          value={frameworkId}
          onChange={setFrameworkId}
          w={220}
        />
        <Button
          loading={action.busy}
          disabled={!yearOk || !frameworkId}
          onClick={() =>
            void action
              .run(() => createPeriod({ year: Number(year), frameworkId: frameworkId ?? '' }))
              .then((ok) => ok && onDone())
          }
        >
          {t('cycle.create')}
        </Button>
      </Group>
      {action.error ? <ErrorAlert error={action.error} /> : null}
    </Card>
  );
}

function DeadlinesEditor({ period, onDone }: { period: Period; onDone: () => void }) {
  const { t } = useTranslation();
  const setName = useSetNames(period.frameworkId);
  const [texts, setTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(period.deadlines.map((d) => [d.setId, formatDateTime(d.deadline)])),
  );
  const [reviewText, setReviewText] = useState(() => formatDateTime(period.reviewDeadline));
  const action = useAction();
  const parsed = Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, parseVietnamDateTime(v)]));
  const review = parseVietnamDateTime(reviewText);
  const reviewChanged = reviewText !== formatDateTime(period.reviewDeadline);
  const ok = Object.values(parsed).every((v) => v !== null) && (!reviewChanged || review !== null);
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xs">
        {period.deadlines.map((d) => (
          <TextInput
            key={d.setId}
            label={setName(d.setId)}
            description={t('cycle.vietnamTimeFormat')}
            value={texts[d.setId] ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setTexts((s) => ({ ...s, [d.setId]: value }));
            }}
            error={parsed[d.setId] === null ? t('cycle.dateTimeFormat') : undefined}
          />
        ))}
        <TextInput
          label={t('adminHome.reviewDeadline')}
          description={t('cycle.vietnamTimeFormat')}
          value={reviewText}
          onChange={(e) => setReviewText(e.currentTarget.value)}
          error={reviewChanged && review === null ? t('cycle.dateTimeFormat') : undefined}
        />
      </SimpleGrid>
      {action.error ? <ErrorAlert error={action.error} /> : null}
      <Group>
        <Button
          size="xs"
          disabled={!ok}
          loading={action.busy}
          onClick={() =>
            void action
              .run(() =>
                updatePeriod(period.year, {
                  deadlines: Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, v ?? ''])),
                  ...(reviewChanged && review ? { reviewDeadline: review } : {}),
                }),
              )
              .then((done) => done && onDone())
          }
        >
          {t('cycle.saveDeadlines')}
        </Button>
      </Group>
    </Stack>
  );
}

function ExtensionForm({ period, onDone }: { period: Period; onDone: () => void }) {
  const { t } = useTranslation();
  const [unitCode, setUnitCode] = useState('');
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const action = useAction();
  const untilIso = parseVietnamDateTime(until);
  const problems = {
    unit: unitCode.trim() ? undefined : t('cycle.required'),
    until: untilIso ? undefined : t('cycle.dateTimeFormat'),
    reason: reason.trim().length >= 3 ? undefined : t('cycle.minChars'),
  };
  const submit = async () => {
    setTried(true);
    if (problems.unit || problems.until || problems.reason || !untilIso) return;
    const ok = await action.run(() =>
      grantExtension(period.year, unitCode.trim(), { until: untilIso, reason: reason.trim() }),
    );
    if (ok) {
      setUnitCode('');
      setUntil('');
      setReason('');
      setTried(false);
      onDone();
    }
  };
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <TextInput
          label={t('cycle.unitCode')}
          value={unitCode}
          onChange={(e) => setUnitCode(e.currentTarget.value)}
          error={tried ? problems.unit : undefined}
        />
        <TextInput
          label={t('cycle.until')}
          description={t('cycle.vietnamTimeFormat')}
          value={until}
          onChange={(e) => setUntil(e.currentTarget.value)}
          error={tried ? problems.until : undefined}
        />
      </SimpleGrid>
      <Textarea
        label={t('cycle.reason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={tried ? problems.reason : undefined}
        autosize
        minRows={1}
      />
      {action.error ? <ErrorAlert error={action.error} /> : null}
      <Group>
        <Button size="xs" onClick={() => void submit()} loading={action.busy}>
          {t('cycle.grantExtension')}
        </Button>
      </Group>
      {period.extensions.length > 0 ? (
        <Table.ScrollContainer type="native" tabIndex={0} minWidth={360}>
          <Table fz="sm">
            <Table.Tbody>
              {period.extensions.map((e) => (
                <Table.Tr key={e.unitCode}>
                  <Table.Td>{e.unitCode}</Table.Td>
                  <Table.Td>{t('cycle.vietnamTime', { time: formatDateTime(e.until) })}</Table.Td>
                  <Table.Td>{e.reason}</Table.Td>
                  <Table.Td>{e.grantedBy}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Stack>
  );
}

function NextStep({ period, onDone }: { period: Period; onDone: () => void }) {
  const { t } = useTranslation();
  const step = nextStepOf(period.state);
  const action = useAction();
  const [approving, setApproving] = useState(false);
  const [number, setNumber] = useState('');
  const [date, setDate] = useState('');
  const [confirm, setConfirm] = useState(false);
  // The step the confirmation dialog asks about, kept while it closes: the period reloads at once
  // after the step is done, and the closing dialog must not show (or do) the next step. Approval has
  // a dialog of its own, so opening it never changes what the closing one shows.
  const [asked, setAsked] = useState(step);
  if (!step)
    return (
      <Text size="sm">
        {t('cycle.publishedAt', { date: period.publishedAt ? formatDateTime(period.publishedAt) : '' })}
      </Text>
    );
  const labelOf = (s: NonNullable<typeof step>) =>
    s.kind === 'state' ? t(`cycle.toState.${s.to}`) : t(`cycle.step.${s.kind}`);
  const label = labelOf(step);
  const shown = asked ?? step;
  const go = async () => {
    if (shown.kind === 'approve') return; // never asked here: approval has its own dialog
    const ok = await action.run(() =>
      shown.kind === 'state'
        ? transitionPeriod(period.year, shown.to)
        : shown.kind === 'finalize'
          ? finalizePeriod(period.year)
          : publishPeriod(period.year),
    );
    setConfirm(false);
    if (ok) onDone();
  };
  const isoDate = parseVietnameseDate(date);
  return (
    <>
      <Button
        size="xs"
        onClick={() => {
          if (step.kind === 'approve') {
            setApproving(true); // its own dialog, with the decision's number and date
            return;
          }
          setAsked(step);
          setConfirm(true);
        }}
        loading={action.busy}
      >
        {label}
      </Button>
      {action.error && !approving ? <ErrorAlert error={action.error} /> : null}
      <Modal opened={confirm} onClose={() => setConfirm(false)} title={labelOf(shown)}>
        <Stack>
          <Text size="sm">{t('cycle.confirmStep', { year: period.year, step: labelOf(shown) })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirm(false)}>
              {t('cycle.cancel')}
            </Button>
            <Button onClick={() => void go()} loading={action.busy}>
              {labelOf(shown)}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={approving} onClose={() => setApproving(false)} title={t('cycle.step.approve')}>
        <Stack>
          <TextInput
            label={t('cycle.decisionNumber')}
            placeholder="684/QĐ-UBND"
            value={number}
            onChange={(e) => setNumber(e.currentTarget.value)}
          />
          <TextInput
            label={t('cycle.decisionDate')}
            placeholder="dd/mm/yyyy"
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={date && !isoDate ? t('cycle.dateFormat') : undefined}
          />
          {action.error ? <ErrorAlert error={action.error} /> : null}
          <Group justify="flex-end">
            <Button
              disabled={number.trim().length < 3 || !isoDate}
              loading={action.busy}
              onClick={() =>
                void action
                  .run(() =>
                    approvePeriod(period.year, {
                      decisionNumber: number.trim(),
                      decisionDate: isoDate ?? '',
                    }),
                  )
                  .then((ok) => {
                    if (ok) {
                      setApproving(false);
                      onDone();
                    }
                  })
              }
            >
              {t('cycle.step.approve')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/** The periods panel. */
export function PeriodsPanel({ periods, onChanged }: { periods: readonly Period[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<number | null>(null);
  return (
    <Stack>
      <CreatePeriod onDone={onChanged} />
      {periods.length === 0 ? (
        <Text c="dimmed" data-testid="no-periods">
          {t('leaderHome.noPeriods')}
        </Text>
      ) : null}
      {[...periods]
        .sort((a, b) => b.year - a.year)
        .map((p) => (
          <Card key={p.year} withBorder padding="sm" data-period={p.year}>
            <Group justify="space-between" gap="xs">
              <Group gap="xs">
                <Title order={3} size="h4">
                  {p.year}
                </Title>
                <Badge variant="filled" color="blue.9">
                  {t(`cycle.state.${p.state}`)}
                </Badge>
                {p.demo ? (
                  <Badge color="gray.7" variant="outline">
                    {t('cycle.demo')}
                  </Badge>
                ) : null}
                <Text size="sm" c="dimmed">
                  {p.frameworkId}
                </Text>
              </Group>
              <NextStep period={p} onDone={onChanged} />
            </Group>
            <Text size="sm" mt="xs">
              {t('cycle.dataWindow', { from: formatDate(p.dataFrom), to: formatDate(p.dataTo) })}
              {p.decisionNumber
                ? ` · ${t('cycle.decision', { number: p.decisionNumber, date: formatDate(p.decisionDate) })}`
                : ''}
            </Text>
            <Table.ScrollContainer type="native" tabIndex={0} minWidth={300} mt="xs">
              <Table fz="sm">
                <Table.Tbody>
                  {p.deadlines.map((d) => (
                    <Table.Tr key={d.setId}>
                      <Table.Td>
                        <SetName frameworkId={p.frameworkId} setId={d.setId} />
                      </Table.Td>
                      <Table.Td>{t('cycle.vietnamTime', { time: formatDateTime(d.deadline) })}</Table.Td>
                    </Table.Tr>
                  ))}
                  <Table.Tr>
                    <Table.Td>{t('adminHome.reviewDeadline')}</Table.Td>
                    <Table.Td>{t('cycle.vietnamTime', { time: formatDateTime(p.reviewDeadline) })}</Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Group mt="xs">
              <Button
                size="xs"
                variant="light"
                onClick={() => setEditing(editing === p.year ? null : p.year)}
                aria-expanded={editing === p.year}
              >
                {t('cycle.deadlinesAndExtensions')}
              </Button>
            </Group>
            {editing === p.year ? (
              <Stack mt="sm">
                <DeadlinesEditor period={p} onDone={onChanged} />
                <Title order={4} size="h6">
                  {t('cycle.extensions')}
                </Title>
                <ExtensionForm period={p} onDone={onChanged} />
              </Stack>
            ) : null}
          </Card>
        ))}
    </Stack>
  );
}

function SetName({ frameworkId, setId }: { frameworkId: string; setId: string }) {
  return <>{useSetNames(frameworkId)(setId)}</>;
}
