// `/app/results`: live results of a period (the frozen snapshot once finalised) for the
// administrator, the leaders and the council, with rank intervals (loaded after the results) and
// plans from the plan API on scorecards.
import { lazy, Suspense, useState } from 'react';
import { Alert, Anchor, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import { getRankIntervals } from '../api/analysis';
import { listPeriods } from '../api/periods';
import { getLiveResults } from '../api/results';
import { useAsync } from '../api/use-async';
import { defaultYear, PeriodSelect } from '../features/cycle-admin/period-select';
import { ErrorAlert } from '../features/session/error-alert';
import { useSession } from '../features/session/session-context';

const ResultsView = lazy(() => import('../features/results/results-view'));

/** `/app/results`. */
export default function ResultsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const periods = useAsync((signal) => listPeriods(signal), []);
  // `?year=2023&set=XA`: where the home's figures link to.
  const search = new URLSearchParams(useSearch());
  const asked = Number(search.get('year'));
  const [chosen, setChosen] = useState<number | null>(Number.isInteger(asked) && asked > 0 ? asked : null);
  const list = periods.data ?? [];
  const year = chosen ?? defaultYear(list, ['ranked', 'approved', 'published', 'under_review']);
  const data = useAsync(
    async (signal) => {
      if (year === null) return null;
      const sets = await getLiveResults(year, undefined, signal);
      const hasPrevious = list.some((p) => p.year === year - 1);
      const previous = hasPrevious
        ? await getLiveResults(year - 1, undefined, signal).then(
            (s) => ({ year: year - 1, sets: s }),
            () => undefined,
          )
        : undefined;
      return { sets, previous };
    },
    [year, list.length],
  );
  // Intervals come after the results: a period not yet ranked is simulated on request.
  const intervals = useAsync(
    async (signal) => (year === null ? [] : getRankIntervals(year, undefined, signal)),
    [year],
  );
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('nav.results')}
        </Title>
        {list.length > 0 ? <PeriodSelect periods={list} year={year} onChange={setChosen} /> : null}
      </Group>
      {periods.error || data.error ? <ErrorAlert error={periods.error ?? data.error} /> : null}
      {periods.data && year === null ? (
        <Alert color="gray" data-testid="no-results">
          <Text size="sm">{t('leaderHome.noResults')}</Text>
          {user?.role === 'admin' ? (
            <Anchor component={Link} href="/admin/periods" size="sm">
              {t('leaderHome.noResultsAdmin')}
            </Anchor>
          ) : null}
        </Alert>
      ) : null}
      {data.loading ? <Loader aria-label={t('common.loading')} /> : null}
      {data.data && year !== null && !data.loading ? (
        <Suspense fallback={<Loader aria-label={t('common.loading')} />}>
          <ResultsView
            key={year}
            year={year}
            sets={data.data.sets}
            previous={data.data.previous}
            initialSet={search.get('set') ?? undefined}
            intervals={intervals.data}
            planSource="api"
          />
        </Suspense>
      ) : null}
    </Stack>
  );
}
