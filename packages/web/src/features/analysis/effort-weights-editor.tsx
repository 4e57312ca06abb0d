// The administrator's editor of effort weights per sub-index (issue 8, §4): a table of the
// framework's sub-indices with a number for each (default 1: equal effort), saved together; every
// problem shown before saving, the server's problems listed after. Other signed-in users read it.
import { useEffect, useState } from 'react';
import { Alert, Button, Group, NumberInput, Stack, Table, Text } from '@mantine/core';
import type { EffortWeights } from '@dti/contract';
import type { Framework } from '@dti/core';
import { useTranslation } from 'react-i18next';
import { getEffortWeights, saveEffortWeights } from '../../api/analysis';
import { useAsync } from '../../api/use-async';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { ErrorAlert } from '../session/error-alert';
import {
  effortRowsOf,
  findWeightProblems,
  MAX_EFFORT_WEIGHT,
  weightsToSave,
  type DraftWeight,
} from './effort-weights-model';

/** Props of `EffortWeightsEditor`. */
export interface EffortWeightsEditorProps {
  framework: Framework;
  canEdit: boolean;
}

/** The editor (or, without `canEdit`, the table read-only). */
export function EffortWeightsEditor({ framework, canEdit }: EffortWeightsEditorProps) {
  const { t } = useTranslation();
  const loaded = useAsync((signal) => getEffortWeights(framework.id, signal), [framework.id]);
  const [saved, setSaved] = useState<EffortWeights | null>(null);
  const current = saved ?? loaded.data;
  const [draft, setDraft] = useState<Record<string, DraftWeight>>({});
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (current) setDraft({ ...current.weights });
  }, [current]);
  const rows = effortRowsOf(framework);
  const problems = new Set(findWeightProblems(draft));
  const save = async () => {
    setTried(true);
    setDone(false);
    if (problems.size > 0) return;
    setBusy(true);
    setError(null);
    try {
      setSaved(await saveEffortWeights(framework.id, weightsToSave(draft)));
      setTried(false);
      setDone(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="sm" data-testid="effort-weights">
      <Text size="sm">{t('analysis.effortHint')}</Text>
      {current?.updatedAt ? (
        <Text size="xs" c="dimmed">
          {t('analysis.effortUpdated', {
            date: formatDateTime(current.updatedAt),
            by: current.updatedBy ?? '—',
          })}
        </Text>
      ) : null}
      {!canEdit ? (
        <Text size="xs" c="dimmed">
          {t('analysis.effortReadOnly')}
        </Text>
      ) : null}
      {loaded.error ? <ErrorAlert error={loaded.error} /> : null}
      {tried && problems.size > 0 ? (
        <Alert color="red" variant="light" role="alert" title={t('analysis.effortInvalidTitle')}>
          {t('analysis.effortInvalid', {
            codes: [...problems].join(', '),
            max: formatNumber(MAX_EFFORT_WEIGHT),
          })}
        </Alert>
      ) : null}
      {error ? <ErrorAlert error={error} /> : null}
      {done ? (
        <Alert color="green" variant="light" role="status">
          {t('analysis.effortSaved')}
        </Alert>
      ) : null}
      {current ? (
        <Table.ScrollContainer type="native" tabIndex={0} minWidth={420} maxHeight={560}>
          <Table striped stickyHeader fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>{t('analysis.effortCode')}</Table.Th>
                <Table.Th>{t('analysis.effortName')}</Table.Th>
                <Table.Th w={90}>{t('analysis.effortSets')}</Table.Th>
                <Table.Th w={140}>{t('analysis.effortWeight')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.code} data-sub={row.code}>
                  <Table.Td>{row.code}</Table.Td>
                  <Table.Td>{row.name}</Table.Td>
                  <Table.Td>{row.sets.join(', ')}</Table.Td>
                  <Table.Td>
                    {canEdit ? (
                      <NumberInput
                        size="xs"
                        aria-label={t('analysis.effortWeightOf', { code: row.code })}
                        value={draft[row.code] ?? 1}
                        onChange={(v) =>
                          setDraft((d) => ({ ...d, [row.code]: typeof v === 'number' ? v : '' }))
                        }
                        clampBehavior="none"
                        decimalSeparator=","
                        min={0}
                        max={MAX_EFFORT_WEIGHT}
                        error={tried && problems.has(row.code)}
                      />
                    ) : (
                      formatNumber(current.weights[row.code] ?? 1)
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {canEdit && current ? (
        <Group>
          <Button onClick={() => void save()} loading={busy}>
            {t('analysis.effortSave')}
          </Button>
          <Button
            variant="default"
            onClick={() => setDraft(Object.fromEntries(rows.map((r) => [r.code, 1])))}
            disabled={busy}
          >
            {t('analysis.effortReset')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
