// `/app/appraisal/:year/:unitCode`: the council's review of one unit, item by item, with the
// anomaly flags of each item (peers of its set, last year, shared or out-of-window evidence).
import { useState } from 'react';
import { Accordion, Alert, Anchor, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { AssessmentItem } from '@dti/contract';
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import { getUnitAnomalies } from '../api/analysis';
import { getAssessment } from '../api/assessments';
import { useAsync } from '../api/use-async';
import { findSet, loadFramework } from '../features/assessment/framework-model';
import { ReviewItemCard } from '../features/review/review-item-card';
import { ErrorAlert } from '../features/session/error-alert';
import { useSession } from '../features/session/session-context';
import { formatNumber, formatPoints } from '../i18n/format';

/** `/app/appraisal/:year/:unitCode`. */
export default function ReviewUnitPage({ year, unitCode }: { year: number; unitCode: string }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const search = useSearch();
  const onlyIndex = new URLSearchParams(search).get('index');
  const data = useAsync(
    async (signal) => {
      const assessment = await getAssessment(year, unitCode, signal);
      const framework = await loadFramework(assessment.frameworkId);
      return { assessment, framework };
    },
    [year, unitCode],
  );
  // Flags are prompts to look, never verdicts; a failure to compute them never blocks the review.
  const anomalies = useAsync(
    (signal) => getUnitAnomalies(year, unitCode, signal).catch(() => null),
    [year, unitCode],
  );
  const flagsBySub = new Map<string, string[]>();
  const unitFlags: string[] = [];
  for (const flag of anomalies.data?.flags ?? []) {
    if (flag.subIndex === undefined) unitFlags.push(flag.message);
    else flagsBySub.set(flag.subIndex, [...(flagsBySub.get(flag.subIndex) ?? []), flag.message]);
  }
  const [changed, setChanged] = useState(new Map<string, AssessmentItem>());
  const set = data.data ? findSet(data.data.framework, data.data.assessment.setId) : undefined;
  const items = new Map(data.data?.assessment.items.map((i) => [i.subCode, i]) ?? []);
  for (const [code, item] of changed) items.set(code, item);
  const canReview = user?.role === 'council_member' || user?.role === 'admin';
  const indices = set ? set.indices.filter((i) => !onlyIndex || i.code === onlyIndex) : [];
  return (
    <Stack>
      <Anchor component={Link} href="/app/appraisal" size="sm">
        ← {t('nav.appraisal')}
      </Anchor>
      {data.error ? <ErrorAlert error={data.error} /> : null}
      {data.loading ? <Loader aria-label={t('common.loading')} /> : null}
      {data.data && set ? (
        <>
          <Title order={1} size="h2">
            {data.data.assessment.unit.name} — {year}
          </Title>
          <Group gap="md">
            <Text size="sm">{set.name}</Text>
            <Text size="sm">
              {t('cycle.selfTotal', {
                total: formatPoints(data.data.assessment.estimate.total),
                max: formatNumber(data.data.assessment.estimate.maxPoints),
              })}
            </Text>
            <Text size="sm">
              {data.data.assessment.submission
                ? t('cycle.unitStatus.submitted')
                : t('cycle.unitStatus.draft')}
            </Text>
          </Group>
          {anomalies.data && anomalies.data.flags.length > 0 ? (
            <Alert color="yellow" variant="light" title={t('cycle.anomalies')} data-testid="unit-anomalies">
              <Text size="sm">
                {t('analysis.anomalyCount', {
                  count: anomalies.data.flags.length,
                  items: flagsBySub.size,
                })}
              </Text>
              {unitFlags.map((m) => (
                <Text key={m} size="sm">
                  {m}
                </Text>
              ))}
            </Alert>
          ) : null}
          <Accordion multiple variant="separated" defaultValue={indices[0] ? [indices[0].code] : []}>
            {indices.map((index) => (
              <Accordion.Item key={index.code} value={index.code}>
                <Accordion.Control>
                  <Text fw={600} size="sm">
                    {index.code}. {index.name}
                    {index.subIndices.some((sub) => flagsBySub.has(sub.code)) ? (
                      <Text span size="xs" c="#9a3c00" ml={6}>
                        {t('analysis.indexFlagged', {
                          count: index.subIndices.filter((sub) => flagsBySub.has(sub.code)).length,
                        })}
                      </Text>
                    ) : null}
                  </Text>
                </Accordion.Control>
                <Accordion.Panel>
                  <Stack gap="sm">
                    {index.subIndices.map((sub) => (
                      <ReviewItemCard
                        key={sub.code}
                        year={year}
                        unitCode={unitCode}
                        sub={sub}
                        item={items.get(sub.code)}
                        canReview={canReview}
                        flags={flagsBySub.get(sub.code)}
                        onReviewed={(item) =>
                          setChanged((m) =>
                            new Map(m).set(item.subCode, {
                              ...item,
                              evidenceCount: items.get(item.subCode)?.evidenceCount ?? item.evidenceCount,
                            }),
                          )
                        }
                      />
                    ))}
                  </Stack>
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        </>
      ) : null}
    </Stack>
  );
}
