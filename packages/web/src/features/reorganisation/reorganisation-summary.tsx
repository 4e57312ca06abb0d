// What a reorganisation file does (dry run) or did: counts per list and unit kind, then each list
// of units by code and name.
import { Badge, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReorganisationResult } from '@dti/contract';
import { formatDate } from '../../i18n/format';

const LISTS = ['ended', 'created', 'renamed', 'moved'] as const;

/** The summary of a reorganisation answer. */
export function ReorganisationSummary({ result }: { result: ReorganisationResult }) {
  const { t } = useTranslation();
  const byCode = new Map(result.units.map((u) => [u.code, u]));
  const kinds = [...new Set(LISTS.flatMap((l) => Object.keys(result.counts[l])))].sort();
  const kindName = (kind: string) => t(`unitKinds.${kind}`, { defaultValue: kind });
  return (
    <Stack gap="sm">
      <Text>{t('reorg.effective', { date: formatDate(result.effectiveDate) })}</Text>
      <Table.ScrollContainer type="native" tabIndex={0} minWidth={360}>
        <Table withTableBorder striped aria-label={t('reorg.countsCaption')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('reorg.kind')}</Table.Th>
              {LISTS.map((l) => (
                <Table.Th key={l} scope="col" ta="right">
                  {t(`reorg.lists.${l}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {kinds.map((kind) => (
              <Table.Tr key={kind}>
                <Table.Th scope="row">{kindName(kind)}</Table.Th>
                {LISTS.map((l) => (
                  <Table.Td key={l} ta="right">
                    {result.counts[l][kind] ?? 0}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Th scope="row">{t('reorg.total')}</Table.Th>
              {LISTS.map((l) => (
                <Table.Td key={l} ta="right" fw={700}>
                  {result[l].length}
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {LISTS.filter((l) => result[l].length > 0).map((l) => (
        <Paper key={l} withBorder p="sm">
          <Group gap="xs" mb="xs">
            <Title order={3} size="h5">
              {t(`reorg.lists.${l}`)}
            </Title>
            <Badge variant="light">{result[l].length}</Badge>
          </Group>
          <List size="sm" spacing={2}>
            {result[l].map((code) => (
              <List.Item key={code}>
                <Text span ff="monospace" size="sm">
                  {code}
                </Text>{' '}
                {byCode.get(code)?.name ?? ''}
                {byCode.get(code) ? (
                  <Text span c="dimmed" size="xs">
                    {' '}
                    · {kindName(byCode.get(code)?.kind ?? '')}
                  </Text>
                ) : null}
              </List.Item>
            ))}
          </List>
        </Paper>
      ))}
    </Stack>
  );
}
