// `/admin/periods`: periods and their steps, council set-up, completeness, map boundaries.
import { useState } from 'react';
import { Group, Loader, Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearch } from 'wouter';
import { getCompleteness, listPeriods } from '../api/periods';
import { useAsync } from '../api/use-async';
import { loadFramework } from '../features/assessment/framework-model';
import { CompletenessPanel } from '../features/cycle-admin/completeness-panel';
import { CouncilPanel } from '../features/cycle-admin/council-panel';
import { defaultYear, PeriodSelect } from '../features/cycle-admin/period-select';
import { PeriodsPanel } from '../features/cycle-admin/periods-panel';
import { yearParam } from '../features/cycle-admin/year-param';
import { BoundaryUpload } from '../features/map/boundary-upload';
import { ErrorAlert } from '../features/session/error-alert';

/** `/admin/periods`. */
export default function PeriodsPage() {
  const { t } = useTranslation();
  const periods = useAsync((signal) => listPeriods(signal), []);
  // `?year=2026&tab=council`: where the administrator's home links to.
  const search = useSearch();
  const [chosen, setChosen] = useState<number | null>(() => yearParam(search));
  const [tab, setTab] = useState<string | null>(() => {
    const asked = new URLSearchParams(search).get('tab');
    return asked && ['periods', 'council', 'completeness', 'map'].includes(asked) ? asked : 'periods';
  });
  const list = periods.data ?? [];
  const year = chosen ?? defaultYear(list, ['open', 'closed', 'under_review', 'ranked', 'approved']);
  const period = list.find((p) => p.year === year);
  const detail = useAsync(
    async (signal) => {
      if (year === null || !period) return null;
      const [sets, framework] = await Promise.all([
        getCompleteness(year, signal),
        loadFramework(period.frameworkId),
      ]);
      return { sets, framework };
    },
    [year, period?.frameworkId],
  );
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('nav.periods')}
        </Title>
        {tab !== 'periods' && tab !== 'map' && list.length > 0 ? (
          <PeriodSelect periods={list} year={year} onChange={setChosen} />
        ) : null}
      </Group>
      {periods.error ? <ErrorAlert error={periods.error} /> : null}
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="periods">{t('cycle.tabPeriods')}</Tabs.Tab>
          <Tabs.Tab value="council">{t('cycle.tabCouncil')}</Tabs.Tab>
          <Tabs.Tab value="completeness">{t('cycle.tabCompleteness')}</Tabs.Tab>
          <Tabs.Tab value="map">{t('map.tab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="periods" pt="md">
          {periods.loading && !periods.data ? <Loader aria-label={t('common.loading')} /> : null}
          <PeriodsPanel periods={list} onChanged={periods.reload} />
        </Tabs.Panel>
        <Tabs.Panel value="council" pt="md">
          {detail.error ? <ErrorAlert error={detail.error} /> : null}
          {year !== null ? (
            <CouncilPanel year={year} framework={detail.data?.framework} sets={detail.data?.sets ?? []} />
          ) : null}
        </Tabs.Panel>
        <Tabs.Panel value="completeness" pt="md">
          {detail.error ? <ErrorAlert error={detail.error} /> : null}
          {detail.loading ? <Loader aria-label={t('common.loading')} /> : null}
          {detail.data && year !== null ? (
            <CompletenessPanel
              sets={detail.data.sets}
              year={year}
              setNames={Object.fromEntries((detail.data.framework?.sets ?? []).map((s) => [s.id, s.name]))}
            />
          ) : null}
        </Tabs.Panel>
        <Tabs.Panel value="map" pt="md">
          <BoundaryUpload />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
