// The leader's first screen: the overview of the latest published year and the running period.
import { Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getLeaderHome } from '../../api/home';
import { useAsync } from '../../api/use-async';
import { ErrorAlert } from '../session/error-alert';
import { LeaderOverview } from './leader-overview';

/** Loads `/api/home/leader` and shows the overview. */
export function LeaderHomeSection() {
  const { t } = useTranslation();
  const home = useAsync((signal) => getLeaderHome(signal), []);
  if (home.error) return <ErrorAlert error={home.error} />;
  if (!home.data) return <Loader aria-label={t('common.loading')} />;
  return <LeaderOverview home={home.data} />;
}
