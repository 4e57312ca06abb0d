// `/app/objections`: the objection window of a ranked period. A unit's staff see their adjusted
// items and object; the council answers; the administrator sets the deadline.
import { useState } from 'react';
import { Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearch } from 'wouter';
import { getObjectionWindow, getUnitObjections, listObjections } from '../api/objections';
import { listPeriods } from '../api/periods';
import { useAsync } from '../api/use-async';
import { defaultYear, PeriodSelect } from '../features/cycle-admin/period-select';
import { yearParam } from '../features/cycle-admin/year-param';
import { CouncilObjections } from '../features/objections/council-objections';
import { ObjectionWindowPanel } from '../features/objections/objection-window-panel';
import { UnitObjections } from '../features/objections/unit-objections';
import { ErrorAlert } from '../features/session/error-alert';
import { useSession } from '../features/session/session-context';
import { useMyUnit } from '../features/assessment/use-my-unit';

/** `/app/objections`. */
export default function ObjectionsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const periods = useAsync((signal) => listPeriods(signal), []);
  // `?year=2026`: where the homes link to.
  const search = useSearch();
  const [chosen, setChosen] = useState<number | null>(() => yearParam(search));
  const year = chosen ?? defaultYear(periods.data ?? [], ['ranked', 'approved', 'published']);
  const period = periods.data?.find((p) => p.year === year);
  const staff = user?.role === 'unit_officer' || user?.role === 'unit_head';
  const myUnit = useMyUnit();
  const unitCode = myUnit.unit?.code ?? null;
  const data = useAsync(
    async (signal) => {
      if (year === null) return null;
      const window = await getObjectionWindow(year, signal);
      if (staff) {
        if (!unitCode) return { window, unit: null, list: null }; // the unit is still loading
        return { window, unit: await getUnitObjections(year, unitCode, signal), list: null };
      }
      return { window, unit: null, list: await listObjections(year, signal) };
    },
    [year, staff, unitCode],
  );
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('objection.title')}
        </Title>
        {periods.data ? <PeriodSelect periods={periods.data} year={year} onChange={setChosen} /> : null}
      </Group>
      <Text size="sm" c="dimmed">
        {staff ? t('objection.unitIntro') : t('objection.councilIntro')}
      </Text>
      {periods.error || data.error ? <ErrorAlert error={periods.error ?? data.error} /> : null}
      {data.loading ? <Loader aria-label={t('common.loading')} /> : null}
      {data.data && year !== null && period ? (
        <>
          <ObjectionWindowPanel
            year={year}
            window={data.data.window}
            state={period.state}
            isAdmin={user?.role === 'admin'}
            onChanged={data.reload}
          />
          <Title order={2} size="h4">
            {staff ? t('objection.unit.heading') : t('objection.council.heading')}
          </Title>
          {data.data.unit && unitCode ? (
            <UnitObjections
              year={year}
              unitCode={unitCode}
              items={data.data.unit.items}
              open={data.data.window.open}
              canWrite={staff}
              onChanged={data.reload}
            />
          ) : null}
          {data.data.list ? (
            <CouncilObjections
              year={year}
              objections={data.data.list}
              canAnswer={
                (user?.role === 'admin' || user?.role === 'council_member') && period.state === 'ranked'
              }
              onChanged={data.reload}
            />
          ) : null}
        </>
      ) : null}
    </Stack>
  );
}
