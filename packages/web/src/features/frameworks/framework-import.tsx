// Import a framework file (JSON or YAML): check it first and list every problem, then import.
import { useState } from 'react';
import { Alert, Button, FileInput, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FrameworkSummary, FrameworkValidation } from '@dti/contract';
import { frameworkFileBody, importFramework, validateFramework } from '../../api/frameworks';
import { ErrorAlert } from '../session/error-alert';

/** The import panel; `onImported` is told the stored framework. */
export function FrameworkImport({ onImported }: { onImported: (summary: FrameworkSummary) => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [validation, setValidation] = useState<FrameworkValidation | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [imported, setImported] = useState<FrameworkSummary | null>(null);

  const run = async (mode: 'check' | 'import') => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setImported(null);
    try {
      const body = frameworkFileBody(await file.text());
      if (mode === 'check') {
        setValidation(await validateFramework(body));
      } else {
        const summary = await importFramework(body);
        setValidation(null);
        setImported(summary);
        onImported(summary);
      }
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack>
      <FileInput
        label={t('frameworks.importFile')}
        description={t('frameworks.importHint')}
        accept=".json,.yaml,.yml,application/json,application/yaml"
        value={file}
        onChange={(f) => {
          setFile(f);
          setValidation(null);
          setError(null);
          setImported(null);
        }}
        clearable
      />
      <Group>
        <Button variant="default" disabled={!file} loading={busy} onClick={() => void run('check')}>
          {t('frameworks.check')}
        </Button>
        <Button disabled={!file} loading={busy} onClick={() => void run('import')}>
          {t('frameworks.import')}
        </Button>
      </Group>
      {error ? <ErrorAlert error={error} title={t('frameworks.importFailed')} /> : null}
      {imported ? (
        <Alert color="green" title={t('frameworks.imported', { id: imported.id })}>
          {imported.title}
        </Alert>
      ) : null}
      {validation?.ok ? <Alert color="green">{t('frameworks.valid')}</Alert> : null}
      {validation && !validation.ok ? (
        <Stack gap="xs">
          <Text fw={600} c="red.8">
            {t('frameworks.problems', { count: validation.problems.length })}
          </Text>
          <Table.ScrollContainer minWidth={520}>
            <Table striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('frameworks.problemPath')}</Table.Th>
                  <Table.Th>{t('frameworks.problemMessage')}</Table.Th>
                  <Table.Th>{t('frameworks.problemCode')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {validation.problems.map((p, i) => (
                  <Table.Tr key={i}>
                    <Table.Td style={{ fontFamily: 'monospace' }}>{p.path}</Table.Td>
                    <Table.Td>{p.message}</Table.Td>
                    <Table.Td>{p.code}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      ) : null}
    </Stack>
  );
}
