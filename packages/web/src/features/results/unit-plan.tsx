// A unit's plan to the next level on its scorecard: the least-effort improvements, each in
// Vietnamese. From the plan API (the unit's values and the administrator's effort weights) for
// signed-in readers; on the public portal, computed in the browser from the published results with
// equal efforts (sub-index points only, so each improvement goes to the points it needs).
import { useMemo } from 'react';
import { Badge, List, Loader, Stack, Text, Title } from '@mantine/core';
import type { SetResults } from '@dti/contract';
import {
  planImprovements,
  type Framework,
  type ImprovementPlan,
  type SetResults as CoreSetResults,
} from '@dti/core';
import { useTranslation } from 'react-i18next';
import { getUnitPlan } from '../../api/analysis';
import { useAsync } from '../../api/use-async';
import { formatNumber, formatPoints } from '../../i18n/format';

/** Where the plan comes from. */
export type PlanSource = 'api' | 'local';

/** Props of `UnitPlan`. */
export interface UnitPlanProps {
  year: number;
  unitCode: string;
  results: SetResults;
  framework: Framework | undefined;
  source: PlanSource;
}

/** The plan section of a scorecard. */
export function UnitPlan({ year, unitCode, results, framework, source }: UnitPlanProps) {
  const { t } = useTranslation();
  const remote = useAsync(
    async (signal) => (source === 'api' ? getUnitPlan(year, unitCode, signal) : null),
    [source, year, unitCode],
  );
  const local = useMemo(() => {
    if (source !== 'local' || !framework) return null;
    try {
      return planImprovements(framework, results.set, results as unknown as CoreSetResults, unitCode);
    } catch {
      return null;
    }
  }, [framework, results, source, unitCode]);
  const plan: ImprovementPlan | null | undefined = source === 'api' ? remote.data : local;
  return (
    <Stack gap={4} mt="sm" data-testid="unit-plan">
      <Title order={4} size="h6">
        {t('analysis.planTitle')}
      </Title>
      {source === 'api' && remote.loading ? <Loader size="xs" aria-label={t('common.loading')} /> : null}
      {!plan && !(source === 'api' && remote.loading) ? (
        <Text size="sm" c="dimmed">
          {t('analysis.planUnavailable')}
        </Text>
      ) : null}
      {plan ? <PlanBody plan={plan} /> : null}
      {plan && source === 'local' ? (
        <Text size="xs" c="dimmed">
          {t('analysis.planLocal')}
        </Text>
      ) : null}
    </Stack>
  );
}

function PlanBody({ plan }: { plan: ImprovementPlan }) {
  const { t } = useTranslation();
  const target =
    plan.target.kind === 'level'
      ? t('analysis.planTargetLevel', {
          level: t(`cycle.levelName.${plan.target.level}`, { defaultValue: plan.target.levelName }),
        })
      : t('analysis.planTargetRank', { rank: plan.target.rank });
  if (plan.alreadyReached) return <Text size="sm">{t('analysis.planAlready')}</Text>;
  if (!plan.reachable) return <Text size="sm">{plan.message}</Text>;
  return (
    <>
      <Text size="sm">
        {target} ·{' '}
        {t('analysis.planSummary', {
          count: plan.actions.length,
          effort: formatNumber(plan.totalEffort),
          total: formatPoints(plan.projected.total),
          percent: formatNumber(plan.projected.percent),
        })}
      </Text>
      <List size="sm" spacing={2}>
        {plan.actions.map((a) => (
          <List.Item key={a.subIndex}>
            {a.message}{' '}
            {a.partial ? (
              <Badge size="xs" variant="light" color="teal.9">
                {t('analysis.planPartial')}
              </Badge>
            ) : null}{' '}
            {a.effort !== 1 ? (
              <Text span size="xs" c="dimmed">
                {t('analysis.planEffort', { effort: formatNumber(a.effort) })}
              </Text>
            ) : null}
          </List.Item>
        ))}
      </List>
    </>
  );
}
