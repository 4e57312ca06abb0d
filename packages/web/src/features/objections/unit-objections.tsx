// A unit's adjusted items during the objection window: the council's points and reason, and the
// unit's objection (reason, evidence of the item) with the council's answer once given.
import { useState } from 'react';
import { Badge, Button, Card, Checkbox, Group, Stack, Text, Textarea } from '@mantine/core';
import type { AdjustedItem, Evidence } from '@dti/contract';
import { useTranslation } from 'react-i18next';
import { listEvidence } from '../../api/assessments';
import { lodgeObjection } from '../../api/objections';
import { useAsync } from '../../api/use-async';
import { formatDateTime, formatNumber, formatPoints } from '../../i18n/format';
import { ErrorAlert } from '../session/error-alert';
import { ObjectionOutcome } from './objection-outcome';

function ObjectionForm({
  year,
  unitCode,
  item,
  onLodged,
}: {
  year: number;
  unitCode: string;
  item: AdjustedItem;
  onLodged: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [tried, setTried] = useState(false);
  const evidence = useAsync(
    (signal) => listEvidence(year, unitCode, item.subCode, signal),
    [year, unitCode, item.subCode],
  );
  const problem = reason.trim().length < 3 ? t('objection.unit.reasonShort') : undefined;

  async function send() {
    setTried(true);
    if (problem) return;
    setBusy(true);
    setError(null);
    try {
      await lodgeObjection(year, unitCode, item.subCode, { reason, evidenceIds: chosen.map(Number) });
      onLodged();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="xs">
      <Textarea
        label={t('objection.unit.reason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={tried ? problem : undefined}
        autosize
        minRows={2}
        maxLength={2000}
      />
      {(evidence.data ?? []).length > 0 ? (
        <Checkbox.Group label={t('objection.unit.evidence')} value={chosen} onChange={setChosen}>
          <Stack gap={4} mt={4}>
            {(evidence.data ?? []).map((e: Evidence) => (
              <Checkbox key={e.id} value={String(e.id)} label={`${e.documentNumber} — ${e.fileName}`} />
            ))}
          </Stack>
        </Checkbox.Group>
      ) : (
        <Text size="xs" c="dimmed">
          {t('objection.unit.noEvidence')}
        </Text>
      )}
      {error ? <ErrorAlert error={error} /> : null}
      <Group>
        <Button size="xs" onClick={() => void send()} loading={busy}>
          {t('objection.unit.send')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The unit's section. */
export function UnitObjections({
  year,
  unitCode,
  items,
  open,
  canWrite,
  onChanged,
}: {
  year: number;
  unitCode: string;
  items: AdjustedItem[];
  open: boolean;
  canWrite: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return <Text c="dimmed">{t('objection.unit.none')}</Text>;
  return (
    <Stack>
      {items.map((item) => (
        <Card key={item.subCode} withBorder padding="sm" data-objection-item={item.subCode}>
          <Stack gap={6}>
            <Text fw={600}>
              {item.subCode}. {item.subName}
            </Text>
            <Text size="sm">
              {t('objection.councilPoints', {
                points: formatPoints(item.councilPoints),
                max: formatNumber(item.maxPoints),
              })}
            </Text>
            <Text size="sm">{t('objection.councilReason', { reason: item.councilReason ?? '' })}</Text>
            {item.objection ? (
              <Stack gap={4}>
                <Group gap="xs">
                  <Text size="sm">
                    {t('objection.unit.lodged', { time: formatDateTime(item.objection.lodgedAt) })}
                  </Text>
                  <ObjectionOutcome objection={item.objection} />
                </Group>
                <Text size="sm">{t('objection.yourReason', { reason: item.objection.reason })}</Text>
                {item.objection.answer ? (
                  <Text size="sm">{t('objection.answerText', { answer: item.objection.answer })}</Text>
                ) : null}
              </Stack>
            ) : open && canWrite ? (
              <ObjectionForm year={year} unitCode={unitCode} item={item} onLodged={onChanged} />
            ) : (
              <Badge variant="outline" color="gray.7">
                {t('objection.unit.notLodged')}
              </Badge>
            )}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
