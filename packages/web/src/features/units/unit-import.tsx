// Import a unit file (CSV or XLSX): check it without writing, then import all or nothing; every
// problem listed with its row and column.
import { useState } from 'react';
import { Alert, Button, Code, FileInput, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UnitImportResult } from '@dti/contract';
import { importUnits } from '../../api/units';
import { ErrorAlert } from '../session/error-alert';

const header = 'ma,ten,ten_ngan,loai,loai_hanh_chinh,ma_cap_tren,hieu_luc_tu,hieu_luc_den';

/** The import panel. */
export function UnitImport({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<UnitImportResult | null>(null);
  const format = file?.name.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const answer = await importUnits(file, format, dryRun);
      setResult(answer);
      if (!dryRun) onImported();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack>
      <Text size="sm">{t('units.import.hint')}</Text>
      <Code block>{header}</Code>
      <FileInput
        label={t('units.import.file')}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        value={file}
        onChange={(f) => {
          setFile(f);
          setError(null);
          setResult(null);
        }}
        clearable
      />
      <Group>
        <Button variant="default" disabled={!file} loading={busy} onClick={() => void run(true)}>
          {t('units.import.check')}
        </Button>
        <Button disabled={!file} loading={busy} onClick={() => void run(false)}>
          {t('units.import.run')}
        </Button>
      </Group>
      {error ? <ErrorAlert error={error} title={t('units.import.failed')} /> : null}
      {result ? (
        <Alert color="green" title={result.dryRun ? t('units.import.checked') : t('units.import.done')}>
          {t('units.import.counts', {
            created: result.created,
            updated: result.updated,
            unchanged: result.unchanged,
          })}
        </Alert>
      ) : null}
    </Stack>
  );
}
