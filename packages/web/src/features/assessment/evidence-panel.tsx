// Evidence of one item: the list (flagged when dated outside the data window) and, for the unit,
// an upload form with the citation the decision asks for (số hiệu, ngày, cơ quan ban hành, trích yếu).
import { useState } from 'react';
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  FileInput,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import type { Evidence } from '@dti/contract';
import { useTranslation } from 'react-i18next';
import { listEvidence, removeEvidence, uploadEvidence } from '../../api/assessments';
import { useAsync } from '../../api/use-async';
import { formatDate, parseVietnameseDate } from '../../i18n/format';
import { ErrorAlert } from '../session/error-alert';

/** Props of `EvidencePanel`. */
export interface EvidencePanelProps {
  year: number;
  unitCode: string;
  subCode: string;
  canUpload: boolean;
  onChanged?: (count: number) => void;
  /** Renders a preview of each piece (council review). */
  renderPreview?: (evidence: Evidence) => React.ReactNode;
}

const accept = '.pdf,.png,.jpg,.jpeg,.docx,.xlsx,.odt';

function UploadForm({
  onUpload,
}: {
  onUpload: (file: File, c: Parameters<typeof uploadEvidence>[4]) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [number, setNumber] = useState('');
  const [date, setDate] = useState('');
  const [issuer, setIssuer] = useState('');
  const [summary, setSummary] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const isoDate = parseVietnameseDate(date);
  const problems = {
    file: file ? undefined : t('cycle.required'),
    number: number.trim() ? undefined : t('cycle.required'),
    date: isoDate ? undefined : t('cycle.dateFormat'),
    issuer: issuer.trim() ? undefined : t('cycle.required'),
    summary: summary.trim() ? undefined : t('cycle.required'),
  };
  const ok = Object.values(problems).every((p) => p === undefined);
  const submit = async () => {
    setTried(true);
    if (!ok || !file || !isoDate) return;
    setBusy(true);
    setError(null);
    try {
      await onUpload(file, {
        documentNumber: number.trim(),
        documentDate: isoDate,
        issuer: issuer.trim(),
        summary: summary.trim(),
      });
      setFile(null);
      setNumber('');
      setDate('');
      setIssuer('');
      setSummary('');
      setTried(false);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const show = (p: string | undefined) => (tried ? p : undefined);
  return (
    <Paper withBorder p="sm" radius="sm" bg="gray.0">
      <Text size="sm" fw={600} mb="xs">
        {t('cycle.addEvidence')}
      </Text>
      <Stack gap="xs">
        <FileInput
          label={t('cycle.file')}
          description={t('cycle.chooseFile')}
          accept={accept}
          value={file}
          onChange={setFile}
          error={show(problems.file)}
          clearable
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <TextInput
            label={t('cycle.docNumber')}
            placeholder="15/KH-UBND"
            value={number}
            onChange={(e) => setNumber(e.currentTarget.value)}
            error={show(problems.number)}
          />
          <TextInput
            label={t('cycle.docDate')}
            placeholder="dd/mm/yyyy"
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={show(problems.date)}
            inputMode="numeric"
          />
          <TextInput
            label={t('cycle.issuer')}
            value={issuer}
            onChange={(e) => setIssuer(e.currentTarget.value)}
            error={show(problems.issuer)}
          />
        </SimpleGrid>
        <Textarea
          label={t('cycle.docSummary')}
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
          error={show(problems.summary)}
          autosize
          minRows={1}
        />
        {error ? <ErrorAlert error={error} /> : null}
        <Group>
          <Button size="xs" onClick={() => void submit()} loading={busy}>
            {t('cycle.upload')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The evidence list (and upload form) of one item. */
export function EvidencePanel({
  year,
  unitCode,
  subCode,
  canUpload,
  onChanged,
  renderPreview,
}: EvidencePanelProps) {
  const { t } = useTranslation();
  const list = useAsync((signal) => listEvidence(year, unitCode, subCode, signal), [year, unitCode, subCode]);
  const [error, setError] = useState<unknown>(null);
  const items = list.data ?? [];
  const upload = async (file: File, citation: Parameters<typeof uploadEvidence>[4]) => {
    await uploadEvidence(year, unitCode, subCode, file, citation);
    list.reload();
    onChanged?.(items.length + 1);
  };
  const remove = async (id: number) => {
    setError(null);
    try {
      await removeEvidence(id);
      list.reload();
      onChanged?.(Math.max(0, items.length - 1));
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Stack gap="xs">
      {list.loading && !list.data ? <Loader size="xs" aria-label={t('common.loading')} /> : null}
      {list.error ? <ErrorAlert error={list.error} /> : null}
      {error ? <ErrorAlert error={error} /> : null}
      {list.data && items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cycle.noEvidence')}
        </Text>
      ) : null}
      {items.map((e) => (
        <Paper key={e.id} withBorder p="xs" radius="sm">
          <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
            <div style={{ minWidth: 0 }}>
              <Group gap={6}>
                <Text size="sm" fw={600}>
                  {e.documentNumber}
                </Text>
                <Text size="sm">{formatDate(e.documentDate)}</Text>
                {e.outsideWindow ? (
                  <Badge color="#a84300" variant="filled" title={t('cycle.outsideWindowHint')}>
                    {t('cycle.outsideWindow')}
                  </Badge>
                ) : null}
              </Group>
              <Text size="sm">
                {e.issuer} — {e.summary}
              </Text>
              <Anchor href={e.downloadUrl} size="xs" style={{ wordBreak: 'break-all' }}>
                {e.fileName}
              </Anchor>
            </div>
            {canUpload ? (
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('cycle.removeEvidence', { name: e.fileName })}
                onClick={() => void remove(e.id)}
              >
                ×
              </ActionIcon>
            ) : null}
          </Group>
          {renderPreview ? renderPreview(e) : null}
        </Paper>
      ))}
      {canUpload ? <UploadForm onUpload={upload} /> : null}
    </Stack>
  );
}
