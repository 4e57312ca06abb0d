// `/app/appraisal/:year/:unitCode`: the council's review of one unit, item by item.
import { useState } from 'react';
import { Accordion, Anchor, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { AssessmentItem } from '@dti/contract';
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import { getAssessment } from '../api/assessments';
import { useAsync } from '../api/use-async';
import { findSet, loadFramework } from '../features/assessment/framework-model';
import { ReviewItemCard } from '../features/review/review-item-card';
import { ErrorAlert } from '../features/session/error-alert';
import { useSession } from '../features/session/session-context';
import { formatNumber } from '../i18n/format';

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
                total: formatNumber(data.data.assessment.estimate.total),
                max: formatNumber(data.data.assessment.estimate.maxPoints),
              })}
            </Text>
            <Text size="sm">
              {data.data.assessment.submission
                ? t('cycle.unitStatus.submitted')
                : t('cycle.unitStatus.draft')}
            </Text>
          </Group>
          <Accordion multiple variant="separated" defaultValue={indices[0] ? [indices[0].code] : []}>
            {indices.map((index) => (
              <Accordion.Item key={index.code} value={index.code}>
                <Accordion.Control>
                  <Text fw={600} size="sm">
                    {index.code}. {index.name}
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
