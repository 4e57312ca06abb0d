// The council member's first screen (issue 14 §3): the period the council works on, the review
// deadline with its countdown, the member's queue of units and the whole council's progress.
import { Badge, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CouncilHome } from '@dti/contract';
import { getCouncilHome } from '../../api/home-council-admin';
import { useAsync } from '../../api/use-async';
import { ErrorAlert } from '../session/error-alert';
import { CouncilDeadline } from './council-deadline';
import { CouncilProgress } from './council-progress';
import { CouncilQueue } from './council-queue';

/** Loads `/api/home/council` and shows the council member's home. */
export function CouncilHomeSection() {
  const { t } = useTranslation();
  const home = useAsync((signal) => getCouncilHome(signal), []);
  if (home.error) return <ErrorAlert error={home.error} />;
  if (!home.data) return <Loader aria-label={t('common.loading')} />;
  return <CouncilHomeView home={home.data} />;
}

/** The council member's home, from `GET /api/home/council`. */
export function CouncilHomeView({ home }: { home: CouncilHome }) {
  const { t } = useTranslation();
  const { period } = home;
  if (!period) {
    return (
      <section aria-labelledby="council-home">
        <Title order={2} size="h3" id="council-home">
          {t('councilHome.title')}
        </Title>
        <Text mt="xs">{t('councilHome.noPeriod')}</Text>
      </section>
    );
  }
  return (
    <Stack gap="lg">
      <section aria-labelledby="council-home">
        <Group gap="sm" align="center">
          <Title order={2} size="h3" id="council-home">
            {t('councilHome.yearTitle', { year: period.year })}
          </Title>
          <Badge variant="light" color="gray" tt="none">
            {t(`cycle.state.${period.state}`)}
          </Badge>
        </Group>
        {period.state === 'open' || period.state === 'closed' ? (
          <Text size="sm" c="dimmed" mt={4}>
            {t('councilHome.notYetReview')}
          </Text>
        ) : null}
        {home.reviewDeadline && home.reviewDeadlineVietnam ? (
          <CouncilDeadline deadline={home.reviewDeadline} deadlineVietnam={home.reviewDeadlineVietnam} />
        ) : null}
      </section>
      <CouncilQueue year={period.year} queue={home.queue} anomaliesError={home.anomaliesError} />
      <CouncilProgress progress={home.progress} />
    </Stack>
  );
}
