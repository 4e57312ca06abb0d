// `/frameworks`: the stored frameworks; administrators import files and compare versions here.
import { useState } from 'react';
import { Badge, Button, Group, Loader, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { listFrameworks } from '../api/frameworks';
import { useAsync } from '../api/use-async';
import { FrameworkImport } from '../features/frameworks/framework-import';
import { provenanceBadge } from '../features/frameworks/provenance-badge';
import { ErrorAlert } from '../features/session/error-alert';
import { useSession } from '../features/session/session-context';
import { formatDateTime, formatNumber } from '../i18n/format';

/** The framework list. */
export default function FrameworksPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const isAdmin = user?.role === 'admin';
  const frameworks = useAsync((signal) => listFrameworks(signal), []);
  const [importing, setImporting] = useState(false);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('frameworks.title')}
        </Title>
        <Group gap="xs">
          <Button component={Link} href="/frameworks/compare" variant="default">
            {t('frameworks.compare')}
          </Button>
          {isAdmin ? <Button onClick={() => setImporting(true)}>{t('frameworks.importTitle')}</Button> : null}
        </Group>
      </Group>
      {frameworks.error ? <ErrorAlert error={frameworks.error} /> : null}
      {frameworks.loading && !frameworks.data ? <Loader aria-label={t('common.loading')} /> : null}
      {frameworks.data ? (
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('frameworks.colTitle')}</Table.Th>
                <Table.Th>{t('frameworks.colSets')}</Table.Th>
                <Table.Th>{t('frameworks.colProvenance')}</Table.Th>
                <Table.Th>{t('frameworks.colUpdated')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {frameworks.data.map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Td>
                    <Text
                      component={Link}
                      href={`/frameworks/${encodeURIComponent(f.id)}`}
                      fw={600}
                      c="blue.8"
                    >
                      {f.id}
                    </Text>
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {f.title}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{f.sets.length}</Text>
                    <Text size="xs" c="dimmed">
                      {f.sets.map((s) => `${s.id} (${formatNumber(s.maxPoints)})`).join(', ')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge {...provenanceBadge(f.provenance)} tt="none">
                      {t(
                        `frameworks.provenance.${f.provenance === 'official' ? 'official' : 'reconstructed'}`,
                      )}
                    </Badge>
                    {f.builtin ? (
                      <Text size="xs" c="dimmed">
                        {t('frameworks.builtin')}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{formatDateTime(f.updatedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <Modal
        opened={importing}
        onClose={() => setImporting(false)}
        title={t('frameworks.importTitle')}
        size="lg"
      >
        <FrameworkImport onImported={() => frameworks.reload()} />
      </Modal>
    </Stack>
  );
}
