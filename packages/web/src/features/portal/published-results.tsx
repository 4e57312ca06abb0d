// "Kết quả đã công bố": the published years, and for the chosen one the lean ranking of one set
// (`PortalRanking`); the whole results (index detail, the year before, scorecards, heat map, charts)
// load only when the visitor opens them, so the portal's first view stays small. No sign-in.
import { lazy, startTransition, Suspense, useEffect, useState } from 'react';
import { Alert, Badge, Button, Group, Loader, Paper, Select, Text, Title } from '@mantine/core';
import type { PublishedYear, SetRankIntervals, SetResults } from '@dti/contract';
import { useTranslation } from 'react-i18next';
import { getPublicRankIntervals } from '../../api/analysis';
import { getPublishedResults, listPublishedYears } from '../../api/results';
import { formatDate } from '../../i18n/format';
import { DistrictTileMap } from '../map/district-tile-map';
import { useErrorMessage } from '../session/error-alert';
import { districtNames } from './district-names';
import { PortalRanking } from './portal-ranking';
import { useNearViewport } from './use-near-viewport';

const ResultsView = lazy(() => import('../results/results-view'));

/**
 * The published-results section of the portal. Its heading is there at once; what is under it
 * (the years, the ranking and their requests) starts when the section comes within 100 px of the
 * screen: on a phone it sits below the first screen, and rendering the ranking table during the
 * page's load kept a slow phone's main thread busy for a quarter of a second (Lighthouse, mobile).
 * On a wide screen the section is on the first screen and loads at once.
 */
export function PublishedResults() {
  const { t } = useTranslation();
  const [ref, near] = useNearViewport<HTMLElement>('0px 0px 100px 0px');
  return (
    <section ref={ref} aria-labelledby="published-title" style={near ? undefined : { minHeight: '24rem' }}>
      <Title order={2} id="published-title" size="h3" mb="sm">
        {t('portal.publishedTitle')}
      </Title>
      {near ? <PublishedResultsBody /> : <Loader size="sm" aria-label={t('common.loading')} />}
    </section>
  );
}

/** What the section shows under its heading: the years, then the ranking or the whole results. */
function PublishedResultsBody() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [years, setYears] = useState<PublishedYear[] | null>(null);
  const [year, setYear] = useState<number | null>(null);
  const [sets, setSets] = useState<{
    year: number;
    sets: SetResults[];
    previous?: { year: number; sets: SetResults[] };
  } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [intervals, setIntervals] = useState<{ year: number; sets: SetRankIntervals[] } | null>(null);
  /** The detail the visitor opened (set and unit), or null for the lean first view. */
  const [detail, setDetail] = useState<{ setId: string; unit: string | null } | null>(null);
  const open = detail !== null;

  useEffect(() => {
    const controller = new AbortController();
    listPublishedYears(controller.signal)
      .then((list) => {
        const sorted = [...list].sort((a, b) => b.year - a.year);
        startTransition(() => {
          setYears(sorted);
          setYear(sorted[0]?.year ?? null);
        });
      })
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setError(e);
      });
    return () => controller.abort();
  }, []);

  useEffect(() => {
    if (year === null || !open) return;
    const controller = new AbortController();
    const hasPrevious = years?.some((y) => y.year === year - 1) ?? false;
    Promise.all([
      getPublishedResults(year, undefined, controller.signal),
      hasPrevious
        ? getPublishedResults(year - 1, undefined, controller.signal).catch(() => undefined)
        : Promise.resolve(undefined),
    ])
      .then(([current, before]) =>
        setSets({ year, sets: current, ...(before ? { previous: { year: year - 1, sets: before } } : {}) }),
      )
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setError(e);
      });
    return () => controller.abort();
  }, [year, years, open]);

  // Rank intervals load after the results and never block them (the first request computes them).
  useEffect(() => {
    if (year === null || !open) return;
    const controller = new AbortController();
    getPublicRankIntervals(year, undefined, controller.signal)
      .then((list) => setIntervals({ year, sets: list }))
      .catch(() => undefined);
    return () => controller.abort();
  }, [year, open]);

  const chosen = years?.find((y) => y.year === year);
  const emptyTiles = districtNames.map((d) => ({ code: d.code, label: d.shortName, value: null }));

  return (
    <>
      {error ? (
        <Alert color="red" title={describe(error).message}>
          {t('errors.code', { code: describe(error).code })}
        </Alert>
      ) : years === null ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : years.length === 0 ? (
        <>
          <Paper withBorder p="lg" radius="md" bg="gray.0">
            <Text fw={600}>{t('portal.noResults')}</Text>
            <Text size="sm" c="dimmed" mt={4}>
              {t('portal.noResultsHint')}
            </Text>
          </Paper>
          <Title order={3} size="h4" mt="lg" mb="xs">
            {t('portal.mapTitle')}
          </Title>
          <DistrictTileMap tiles={emptyTiles} title={t('portal.mapTitle')} noDataText={t('portal.noData')} />
        </>
      ) : (
        <>
          <Group align="flex-end" gap="sm" mb="md">
            <Select
              label={t('cycle.year')}
              data={years.map((y) => ({ value: String(y.year), label: String(y.year) }))}
              value={year === null ? null : String(year)}
              onChange={(v) => {
                if (v) {
                  setSets(null);
                  setDetail(null);
                  setYear(Number(v));
                }
              }}
              allowDeselect={false}
              w={140}
            />
            {chosen ? (
              <Text size="sm">
                {chosen.decisionNumber
                  ? t('cycle.decision', {
                      number: chosen.decisionNumber,
                      date: formatDate(chosen.decisionDate),
                    })
                  : ''}{' '}
                · {chosen.frameworkId}
              </Text>
            ) : null}
            {chosen?.demo ? (
              <Badge color="gray.7" variant="outline">
                {t('cycle.demo')}
              </Badge>
            ) : null}
          </Group>
          {year === null ? null : !detail ? (
            <PortalRanking year={year} onOpenDetail={(setId, unit) => setDetail({ setId, unit })} />
          ) : sets === null || sets.year !== year ? (
            <Loader size="sm" aria-label={t('common.loading')} />
          ) : (
            <>
              <Button variant="subtle" w="fit-content" mb="sm" onClick={() => setDetail(null)}>
                {t('offline.portal.closeDetail')}
              </Button>
              <Suspense fallback={<Loader size="sm" aria-label={t('common.loading')} />}>
                <ResultsView
                  key={sets.year}
                  year={sets.year}
                  sets={sets.sets}
                  previous={sets.previous}
                  intervals={intervals?.year === sets.year ? intervals.sets : undefined}
                  planSource="local"
                  initialSet={detail.setId}
                  initialSelected={detail.unit}
                />
              </Suspense>
            </>
          )}
        </>
      )}
    </>
  );
}
