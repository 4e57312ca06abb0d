// `/app/my-results`: the unit's own results, every published year (issue 14 §2): the years side by
// side, then the chosen year's scorecard (strengths, weaknesses, plan, trend across years and
// reorganisations) and its PDF. Always the signed-in account's own unit.
import { lazy, Suspense, useEffect, useState } from 'react';
import { Alert, Anchor, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import type { MyResultYear } from '@dti/contract';
import type { Framework } from '@dti/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import { getPublicRankIntervals } from '../api/analysis';
import { getMyResults, scorecardPdfHref } from '../api/home-officer';
import { getPublishedResults } from '../api/results';
import { useAsync } from '../api/use-async';
import { loadFramework } from '../features/assessment/framework-model';
import { LevelBadge } from '../features/level-badge';
import { ProvenanceNotice } from '../features/provenance/provenance-notice';
import { ErrorAlert } from '../features/session/error-alert';
import { formatNumber, formatPoints } from '../i18n/format';

const Scorecard = lazy(() => import('../features/results/scorecard').then((m) => ({ default: m.Scorecard })));

/** `/app/my-results`. */
export default function MyResultsPage() {
  const { t } = useTranslation();
  const mine = useAsync((signal) => getMyResults(signal), []);
  const asked = Number(new URLSearchParams(useSearch()).get('year'));
  const [chosen, setChosen] = useState<number | null>(null);
  const years = mine.data?.years ?? [];
  const year = years.find((y) => y.year === (chosen ?? asked)) ?? years[0];
  const unit = mine.data?.unit;
  return (
    <Stack>
      <div>
        <Title order={1} size="h2">
          {t('myResults.title')}
        </Title>
        {unit ? <Text>{unit.name}</Text> : null}
      </div>
      {mine.error ? <ErrorAlert error={mine.error} /> : null}
      {mine.loading ? <Loader aria-label={t('common.loading')} /> : null}
      {mine.data && !unit ? (
        <Alert color="orange" variant="light" role="status">
          {t('officerHome.noUnit')}
        </Alert>
      ) : null}
      {mine.data && unit && years.length === 0 ? (
        <Alert
          color="gray"
          variant="light"
          role="status"
          title={t('officerHome.noResultTitle')}
          data-testid="my-results-empty"
        >
          {t('myResults.empty')}{' '}
          <Anchor component={Link} href="/app/assessment">
            {t('myResults.toForm')}
          </Anchor>
        </Alert>
      ) : null}
      {unit && year ? (
        <>
          <YearsTable years={years} selected={year.year} onSelect={setChosen} />
          <YearDetail key={year.year} unitCode={unit.code} year={year} />
        </>
      ) : null}
    </Stack>
  );
}

/** Every published year of the unit, one row each; a row's button opens its scorecard. */
function YearsTable({
  years,
  selected,
  onSelect,
}: {
  years: readonly MyResultYear[];
  selected: number;
  onSelect: (year: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="my-results-years-title">
      <Title order={2} size="h4" id="my-results-years-title">
        {t('myResults.yearsTitle')}
      </Title>
      <Table.ScrollContainer type="native" minWidth={300} tabIndex={0} aria-label={t('myResults.yearsTitle')}>
        <Table fz="sm" striped horizontalSpacing="xs" data-testid="my-results-years">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('myResults.year')}</Table.Th>
              <Table.Th ta="right">{t('myResults.points')}</Table.Th>
              <Table.Th>{t('myResults.level')}</Table.Th>
              <Table.Th ta="right">{t('myResults.rank')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {years.map((y) => (
              <Table.Tr
                key={y.year}
                data-year={y.year}
                aria-current={y.year === selected ? 'true' : undefined}
              >
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant={y.year === selected ? 'filled' : 'light'}
                    onClick={() => onSelect(y.year)}
                    aria-pressed={y.year === selected}
                  >
                    {y.year}
                  </Button>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm" fw={600} span>
                    {formatPoints(y.total)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatNumber(y.percent)}%
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap', minWidth: 96 }}>
                  <LevelBadge level={y.level} size="sm" />
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {y.rank}/{y.rankOf}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}

/** The scorecard of one published year, with its rank interval and PDF. */
function YearDetail({ unitCode, year }: { unitCode: string; year: MyResultYear }) {
  const { t } = useTranslation();
  const data = useAsync(
    async (signal) => {
      const [sets, intervals] = await Promise.all([
        getPublishedResults(year.year, year.setId, signal),
        getPublicRankIntervals(year.year, year.setId, signal).catch(() => []),
      ]);
      return { sets, intervals };
    },
    [year.year, year.setId],
  );
  const [framework, setFramework] = useState<Framework | undefined>(undefined);
  useEffect(() => {
    void loadFramework(year.framework)
      .then(setFramework)
      .catch(() => undefined);
  }, [year.framework]);
  const results = data.data?.sets.find((s) => s.set === year.setId);
  return (
    <Stack data-testid="my-results-year" data-year={year.year}>
      <Group justify="space-between" align="flex-end" gap="xs">
        <Title order={2} size="h3">
          {t('myResults.yearTitle', { year: year.year, set: year.setName })}
        </Title>
        <Button
          component="a"
          href={scorecardPdfHref(year.year, unitCode)}
          target="_blank"
          rel="noopener"
          variant="light"
          size="sm"
          data-testid="my-results-pdf"
        >
          {t('myResults.pdf')}
        </Button>
      </Group>
      {data.error ? <ErrorAlert error={data.error} /> : null}
      {data.loading ? <Loader aria-label={t('common.loading')} /> : null}
      {results ? (
        <>
          <ProvenanceNotice sets={[results]} />
          <Suspense fallback={<Loader aria-label={t('common.loading')} />}>
            <Scorecard
              year={year.year}
              unitCode={unitCode}
              results={results}
              framework={framework}
              group={null}
              interval={data.data?.intervals
                .find((s) => s.setId === year.setId)
                ?.units.find((u) => u.code === unitCode)}
              planSource="api"
            />
          </Suspense>
        </>
      ) : null}
    </Stack>
  );
}
