// A unit's trend on its scorecard, from the server (lineage-aware, issue 12 §3): its percent each
// year up to the one shown — its own, or before a merger or split each predecessor's figure and the
// comparable figure derived from them, always labelled — and the change from the year before on the
// comparable part of the frameworks. Errors are shown, not swallowed.
import { Badge, Loader, Stack, Table, Text, Title } from '@mantine/core';
import type { UnitTrendAnswer } from '@dti/contract';
import { useTranslation } from 'react-i18next';
import { getUnitTrend } from '../../api/analysis';
import { ApiRequestError } from '../../api/client';
import { useAsync } from '../../api/use-async';
import { formatNumber } from '../../i18n/format';
import { ErrorAlert } from '../session/error-alert';

/** Props of `UnitTrend`. */
export interface UnitTrendProps {
  year: number;
  unitCode: string;
  /** `public`: published years only (the portal); `signed-in`: as the reader may see them. */
  access: 'public' | 'signed-in';
}

async function loadTrend(unitCode: string, access: UnitTrendProps['access'], signal: AbortSignal) {
  try {
    return await getUnitTrend(unitCode, access, signal);
  } catch (error) {
    // A unit's staff read another unit's published years only.
    if (access === 'signed-in' && error instanceof ApiRequestError && error.status === 403)
      return getUnitTrend(unitCode, 'public', signal);
    throw error;
  }
}

const signed = (n: number) => `${n > 0 ? '+' : ''}${formatNumber(n)}`;

/** The trend section of a scorecard. */
export function UnitTrend({ year, unitCode, access }: UnitTrendProps) {
  const { t } = useTranslation();
  const state = useAsync((signal) => loadTrend(unitCode, access, signal), [unitCode, access]);
  return (
    <Stack gap={4} mt="sm" data-testid="unit-trend">
      <Title order={4} size="h6">
        {t('cycle.trendTitle')}
      </Title>
      {state.loading ? <Loader size="xs" role="status" aria-label={t('common.loading')} /> : null}
      {state.error ? <ErrorAlert error={state.error} title={t('history.loadFailed')} /> : null}
      {state.data ? <TrendBody answer={state.data} year={year} /> : null}
    </Stack>
  );
}

function TrendBody({ answer, year }: { answer: UnitTrendAnswer; year: number }) {
  const { t } = useTranslation();
  const years = answer.years.filter((y) => y.year <= year);
  const step = answer.trend.steps.find((s) => s.toYear === year);
  const derived = years.some((y) => y.source === 'predecessors');
  return (
    <>
      {step ? (
        <>
          <Text size="sm">
            {t('cycle.trendHeadline', {
              from: step.fromYear,
              to: step.toYear,
              a: formatNumber(step.headline.from),
              b: formatNumber(step.headline.to),
              change: signed(step.headline.change),
            })}
          </Text>
          {step.comparable ? (
            <Text size="sm">
              {t('cycle.trendComparable', {
                count: step.comparable.subIndexCount,
                change: signed(step.comparable.change),
              })}
            </Text>
          ) : null}
          {step.notes.slice(0, 3).map((n) => (
            <Text key={n} size="xs" c="dimmed">
              {n}
            </Text>
          ))}
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('cycle.noTrend')}
        </Text>
      )}
      {years.length > 1 || derived ? (
        <Table.ScrollContainer type="native" tabIndex={0} minWidth={320}>
          <Table striped withTableBorder data-testid="unit-history">
            <Table.Caption>{t('history.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('history.year')}</Table.Th>
                <Table.Th ta="right">{t('history.percent')}</Table.Th>
                <Table.Th>{t('history.source')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {years.map((y) => (
                <Table.Tr key={y.year} data-source={y.source}>
                  <Table.Td>
                    {y.year}
                    {y.results === 'live' ? (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        {t('history.provisional')}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td ta="right">{y.percent === null ? '—' : `${formatNumber(y.percent)}%`}</Table.Td>
                  <Table.Td>
                    {y.source === 'own' ? (
                      <Text size="sm">
                        {y.publishedCode
                          ? t('history.ownOldCode', { code: y.publishedCode })
                          : t('history.own')}
                      </Text>
                    ) : (
                      <Stack gap={2}>
                        <Badge color="orange" variant="light" w="fit-content">
                          {t('history.derived')}
                        </Badge>
                        <Text size="xs">
                          {y.predecessors
                            .map((p) => `${p.name} (${p.code}): ${formatNumber(p.percent)}%`)
                            .join('; ')}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {Object.values(y.weights ?? {}).some((w) => w !== 1)
                            ? t('history.weighted')
                            : t('history.equal')}
                        </Text>
                      </Stack>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {derived ? (
        <Text size="xs" c="dimmed">
          {t('history.derivedNote')}
        </Text>
      ) : null}
    </>
  );
}
