// The first screen of a unit's officer and head (issue 14 §2): the unit's deadline with the countdown,
// its progress and the next things to do in the running period, and its latest published result.
// Each part says what to do when there is nothing to show.
import { Alert, Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import type { OfficerHome } from '@dti/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { getOfficerHome } from '../../api/home-officer';
import { useAsync } from '../../api/use-async';
import { ErrorAlert } from '../session/error-alert';
import { OfficerLastResult } from './officer-last-result';
import { OfficerNextList } from './officer-next-list';
import { OfficerPeriodCard } from './officer-period-card';

/** Loads `/api/home/officer` and shows the officer's home. */
export function OfficerHomeSection() {
  const { t } = useTranslation();
  const home = useAsync((signal) => getOfficerHome(signal), []);
  if (home.error) return <ErrorAlert error={home.error} />;
  if (!home.data) return <Loader aria-label={t('common.loading')} />;
  return <OfficerHomeView home={home.data} />;
}

/** The officer's home, from its answer. */
export function OfficerHomeView({ home }: { home: OfficerHome }) {
  const { t } = useTranslation();
  const { unit, period, lastResult } = home;
  if (!unit) {
    return (
      <Alert color="orange" variant="light" role="status">
        {t('officerHome.noUnit')}
      </Alert>
    );
  }
  return (
    <Stack gap="lg" data-testid="officer-home">
      <div>
        <Title order={2} size="h3">
          {unit.name}
        </Title>
        {unit.setName ? (
          <Text size="sm" c="dimmed">
            {t('officerHome.setLine', { set: unit.setName, code: unit.code })}
          </Text>
        ) : null}
      </div>
      {period ? (
        <>
          <OfficerPeriodCard period={period} />
          <OfficerNextList period={period} />
        </>
      ) : (
        <Alert
          color="gray"
          variant="light"
          role="status"
          title={t('officerHome.noPeriodTitle')}
          data-testid="officer-no-period"
        >
          {t('officerHome.noPeriod')}
        </Alert>
      )}
      {lastResult ? (
        <OfficerLastResult result={lastResult} />
      ) : (
        <Alert
          color="gray"
          variant="light"
          role="status"
          title={t('officerHome.noResultTitle')}
          data-testid="officer-no-result"
        >
          {t('officerHome.noResult')}
        </Alert>
      )}
      {home.publishedYears.length > 0 ? (
        <Anchor component={Link} href="/app/my-results" size="sm" data-testid="officer-my-results-link">
          {t('officerHome.allYears', { count: home.publishedYears.length })}
        </Anchor>
      ) : null}
    </Stack>
  );
}
