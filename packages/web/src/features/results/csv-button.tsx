// "Tải CSV" beside every table.
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { buildCsv, downloadText, type CsvCell } from './csv';

/** A button that downloads the given table as CSV. */
export function CsvButton({
  fileName,
  header,
  rows,
}: {
  fileName: string;
  header: readonly CsvCell[];
  rows: readonly (readonly CsvCell[])[];
}) {
  const { t } = useTranslation();
  return (
    <Button size="xs" variant="default" onClick={() => downloadText(fileName, buildCsv(header, rows))}>
      {t('cycle.downloadCsv')}
    </Button>
  );
}
