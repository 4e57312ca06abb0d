// The administrator's reorganisation page: upload a file, see what a dry run says (counts per kind
// and the lists), then confirm to apply every event at once. Every problem is listed with its row
// and column, and nothing is stored while there is one.
import { useState } from 'react';
import { Alert, Anchor, Button, Code, FileInput, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ReorganisationResult } from '@dti/contract';
import { reorganiseUnits } from '../api/units';
import { ErrorAlert } from '../features/session/error-alert';
import { ReorganisationSummary } from '../features/reorganisation/reorganisation-summary';

const header = 'ngay_hieu_luc,su_kien,ma,ten,loai,ma_cap_tren,ma_tien_than,can_cu,ghi_chu';

/** The reorganisation page. */
export default function ReorganisationPage() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [checked, setChecked] = useState<ReorganisationResult | null>(null);
  const [applied, setApplied] = useState<ReorganisationResult | null>(null);
  const format = file?.name.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const answer = await reorganiseUnits(file, format, dryRun, file.name);
      if (dryRun) setChecked(answer);
      else {
        setApplied(answer);
        setChecked(null);
      }
    } catch (caught) {
      setError(caught);
      setChecked(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack maw={900}>
      <Anchor component={Link} href="/admin/units" size="sm">
        {t('reorg.back')}
      </Anchor>
      <Title order={1} size="h2">
        {t('reorg.title')}
      </Title>
      <Text size="sm">{t('reorg.intro')}</Text>
      <Text size="sm">{t('reorg.events')}</Text>
      <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
        {header}
      </Code>
      <FileInput
        label={t('reorg.file')}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        value={file}
        onChange={(f) => {
          setFile(f);
          setError(null);
          setChecked(null);
          setApplied(null);
        }}
        clearable
        clearButtonProps={{ 'aria-label': t('reorg.clear') }}
      />
      <Group>
        <Button disabled={!file} loading={busy && !checked} onClick={() => void send(true)}>
          {t('reorg.check')}
        </Button>
      </Group>
      {error ? <ErrorAlert error={error} title={t('reorg.failed')} /> : null}
      {checked ? (
        <Stack>
          <Alert color="blue" title={t('reorg.checkedTitle')}>
            {t('reorg.checkedText')}
          </Alert>
          <ReorganisationSummary result={checked} />
          <Group>
            <Button color="red" loading={busy} onClick={() => void send(false)}>
              {t('reorg.confirm')}
            </Button>
            <Button variant="default" disabled={busy} onClick={() => setChecked(null)}>
              {t('reorg.cancel')}
            </Button>
          </Group>
        </Stack>
      ) : null}
      {applied ? (
        <Stack>
          <Alert color="green" title={t('reorg.doneTitle')} role="status">
            {t('reorg.doneText')}
          </Alert>
          <ReorganisationSummary result={applied} />
        </Stack>
      ) : null}
    </Stack>
  );
}
