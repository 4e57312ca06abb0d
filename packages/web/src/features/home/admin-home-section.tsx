// The administrator's first screen (issue 14 §4): the current year's cycle as a checklist, each step
// with its state, its figures and a link to the page that does it.
import { Anchor, Badge, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { AdminHome } from '@dti/contract';
import { getAdminHome } from '../../api/home-council-admin';
import { useAsync } from '../../api/use-async';
import { ErrorAlert } from '../session/error-alert';
import { AdminChecklist } from './admin-checklist';

/** Loads `/api/home/admin` and shows the checklist. */
export function AdminHomeSection() {
  const { t } = useTranslation();
  const home = useAsync((signal) => getAdminHome(signal), []);
  if (home.error) return <ErrorAlert error={home.error} />;
  if (!home.data) return <Loader aria-label={t('common.loading')} />;
  return <AdminHomeView home={home.data} />;
}

/** The administrator's home, from `GET /api/home/admin`. */
export function AdminHomeView({ home }: { home: AdminHome }) {
  const { t } = useTranslation();
  if (home.year === null) {
    return (
      <section aria-labelledby="admin-home">
        <Title order={2} size="h3" id="admin-home">
          {t('adminHome.title')}
        </Title>
        <Text mt="xs">{t('adminHome.noPeriod')}</Text>
        <Anchor component={Link} href="/admin/periods">
          {t('adminHome.createPeriod')}
        </Anchor>
      </section>
    );
  }
  const next = home.steps.find((s) => s.key === home.next);
  return (
    <section aria-labelledby="admin-home">
      <Stack gap="xs">
        <Group gap="sm" align="center">
          <Title order={2} size="h3" id="admin-home">
            {t('adminHome.yearTitle', { year: home.year })}
          </Title>
          {home.state ? (
            <Badge variant="light" color="gray" tt="none">
              {t(`cycle.state.${home.state}`)}
            </Badge>
          ) : null}
        </Group>
        <Text data-testid="admin-next">
          {next ? (
            <>
              {t('adminHome.next')}{' '}
              <Anchor component={Link} href={next.link} fw={600}>
                {t(`adminHome.step.${next.key}`)}
              </Anchor>
            </>
          ) : (
            t('adminHome.allDone', { year: home.year })
          )}
        </Text>
        <AdminChecklist home={home} />
      </Stack>
    </section>
  );
}
