// Offline work for communes with weak connections: download the unit's Excel data-entry workbook,
// fill it in without a connection, upload it back (all or nothing, every problem listed by cell),
// and print the unit's scorecard.
import { useState } from 'react';
import { Alert, Anchor, Button, FileInput, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { requestApi } from '../../api/client';
import { ErrorAlert } from '../session/error-alert';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Imported {
  saved: string[];
  unchanged: string[];
}

/** Download / upload of the offline workbook and the scorecard link, for one unit and year. */
export function OfflineWorkbook({
  year,
  unitCode,
  onImported,
}: {
  year: number;
  unitCode: string;
  onImported: () => void;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<Imported | null>(null);
  const base = `/api/periods/${year}/units/${encodeURIComponent(unitCode)}`;

  async function upload(): Promise<void> {
    if (!file) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const imported = await requestApi<Imported>(`${base}/template`, {
        method: 'POST',
        body: { raw: await file.arrayBuffer(), contentType: XLSX },
      });
      setResult(imported);
      if (imported.saved.length > 0) onImported();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          Làm việc không cần mạng (Excel)
        </Title>
        <Text size="sm">
          Tải phiếu Excel của đơn vị, điền số liệu khi không có mạng, rồi nộp lại tệp. Nếu có ô sai, hệ thống
          không lưu gì và chỉ rõ từng ô cần sửa.
        </Text>
        <Group gap="md">
          <Anchor href={`${base}/template.xlsx`} download>
            Tải phiếu nhập liệu (.xlsx)
          </Anchor>
          <Anchor href={`${base}/scorecard.pdf`} target="_blank" rel="noopener">
            Phiếu kết quả (PDF)
          </Anchor>
        </Group>
        <Group align="flex-end" gap="sm">
          <FileInput
            label="Phiếu đã điền"
            description="Tệp .xlsx đã tải ở trên"
            accept=".xlsx"
            value={file}
            onChange={setFile}
            clearable
            w={280}
          />
          <Button onClick={() => void upload()} loading={busy} disabled={!file}>
            Nộp phiếu
          </Button>
        </Group>
        {error ? <ErrorAlert error={error} title="Phiếu bị từ chối; không lưu chỉ số nào." /> : null}
        {result ? (
          <Alert color="green" title="Đã nhập phiếu">
            Đã lưu {result.saved.length} chỉ số; {result.unchanged.length} chỉ số không đổi.
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
