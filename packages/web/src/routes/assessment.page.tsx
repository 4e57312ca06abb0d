// `/app/assessment`: the unit officer's and head's page: choose the period, then the form.
// `?year=2024&item=1.2` opens that year and scrolls to the item, focused (the home's next things link here).
import { useState } from 'react';
import { Alert, Center, Group, Loader, Select, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearch } from 'wouter';
import { defaultAssessmentYear } from '@dti/core';
import { getAssessment } from '../api/assessments';
import { listPeriods } from '../api/periods';
import { useAsync } from '../api/use-async';
import { AssessmentForm } from '../features/assessment/assessment-form';
import { OfflineWorkbook } from '../features/assessment/offline-workbook';
import { findSet, loadFrameworkSet } from '../features/assessment/framework-model';
import { useMyUnit } from '../features/assessment/use-my-unit';
import { ErrorAlert } from '../features/session/error-alert';

/** `/app/assessment`. */
export default function AssessmentPage() {
  const { t } = useTranslation();
  const { unit, error: unitError, loading: unitLoading } = useMyUnit();
  const periods = useAsync((signal) => listPeriods(signal), []);
  const search = new URLSearchParams(useSearch());
  const asked = Number(search.get('year'));
  const focusItem = search.get('item') ?? undefined;
  const [chosen, setChosen] = useState<number | null>(null);
  const list = periods.data ?? [];
  const year = chosen ?? defaultAssessmentYear(list, asked);
  const code = unit?.code ?? null;
  const data = useAsync(
    async (signal) => {
      if (year === null || code === null) return null;
      const assessment = await getAssessment(year, code, signal);
      const framework = await loadFrameworkSet(assessment.frameworkId, assessment.setId);
      return { assessment, framework };
    },
    [year, code],
  );
  const loader = (
    <Center h="30vh">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
  const error = unitError ?? periods.error ?? data.error;
  const set = data.data ? findSet(data.data.framework, data.data.assessment.setId) : undefined;
  return (
    <Stack>
      <Group justify="space-between" align="flex-end" gap="xs">
        <div>
          <Title order={1} size="h2">
            {t('nav.assessment')}
          </Title>
          {/* the unit's line and the period choice keep their place while they load: nothing below jumps */}
          {unit ? <div>{unit.name}</div> : unitLoading ? <div aria-hidden>{'\u00a0'}</div> : null}
        </div>
        {list.length > 0 || periods.loading ? (
          <Select
            label={t('cycle.period')}
            data={list.map((p) => ({
              value: String(p.year),
              label: `${p.year} — ${t(`cycle.state.${p.state}`)}`,
            }))}
            value={year === null ? null : String(year)}
            onChange={(v) => v && setChosen(Number(v))}
            allowDeselect={false}
            disabled={periods.loading}
            w={220}
          />
        ) : null}
      </Group>
      {error ? <ErrorAlert error={error} /> : null}
      {!unitLoading && !unit && !unitError ? <Alert color="orange">{t('cycle.noUnit')}</Alert> : null}
      {periods.data && list.length === 0 ? <Alert color="gray">{t('cycle.noPeriod')}</Alert> : null}
      {data.loading || unitLoading || periods.loading ? loader : null}
      {data.data && set && !data.loading ? (
        <AssessmentForm
          key={`${data.data.assessment.year}-${data.data.assessment.unit.code}-${data.data.assessment.submission?.submittedAt ?? ''}`}
          assessment={data.data.assessment}
          framework={data.data.framework}
          set={set}
          onReload={data.reload}
          focusItem={chosen === null ? focusItem : undefined}
        />
      ) : null}
      {data.data && set && !data.loading ? (
        <OfflineWorkbook
          year={data.data.assessment.year}
          unitCode={data.data.assessment.unit.code}
          onImported={data.reload}
        />
      ) : null}
    </Stack>
  );
}
