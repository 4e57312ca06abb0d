// "Kết quả đã công bố": published results, or the empty state until there are some.
import { useEffect, useState } from 'react';
import { Alert, Badge, Loader, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fetchPublishedResults, type PublishedResults as Results } from '../../api/results';
import { formatNumber } from '../../i18n/format';
import { DistrictTileMap } from '../map/district-tile-map';
import { levelColors, levelOfPercent, textColorOn } from '../map/level-colors';
import { useErrorMessage } from '../session/error-alert';
import { districtNames } from './district-names';

/** The published-results section of the portal. */
export function PublishedResults() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [results, setResults] = useState<Results | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetchPublishedResults(controller.signal)
      .then(setResults)
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setError(e);
      });
    return () => controller.abort();
  }, []);

  const byCode = new Map(results?.rows.map((r) => [r.unitCode, r]) ?? []);
  const tiles = districtNames.map((d) => ({
    code: d.code,
    label: d.shortName,
    value: byCode.get(d.code)?.percent ?? null,
  }));

  return (
    <section aria-labelledby="published-title">
      <Title order={2} id="published-title" size="h3" mb="sm">
        {t('portal.publishedTitle')}
      </Title>
      {error ? (
        <Alert color="red" title={describe(error).message}>
          {t('errors.code', { code: describe(error).code })}
        </Alert>
      ) : results === null ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : results.rows.length === 0 ? (
        <Paper withBorder p="lg" radius="md" bg="gray.0">
          <Text fw={600}>{t('portal.noResults')}</Text>
          <Text size="sm" c="dimmed" mt={4}>
            {t('portal.noResultsHint')}
          </Text>
        </Paper>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('portal.rank')}</Table.Th>
                <Table.Th>{t('portal.unit')}</Table.Th>
                <Table.Th ta="right">{t('portal.points')}</Table.Th>
                <Table.Th ta="right">{t('portal.percent')}</Table.Th>
                <Table.Th>{t('portal.level')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {results.rows.map((row) => {
                const color = levelColors[levelOfPercent(row.percent)];
                return (
                  <Table.Tr key={`${row.year}-${row.unitCode}`}>
                    <Table.Td>{row.rank}</Table.Td>
                    <Table.Td>{row.unitName}</Table.Td>
                    <Table.Td ta="right">{formatNumber(row.points)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(row.percent)}%</Table.Td>
                    <Table.Td>
                      <Badge color={color} c={textColorOn(color)}>
                        {row.level}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Title order={3} size="h4" mt="lg" mb="xs">
        {t('portal.mapTitle')}
      </Title>
      <DistrictTileMap tiles={tiles} title={t('portal.mapTitle')} noDataText={t('portal.noData')} />
    </section>
  );
}
