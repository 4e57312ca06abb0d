// `/app`: the signed-in home. A provincial leader sees the overview of the latest published year
// and the open period first; every role keeps the cards of what it can do here.
import { Card, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { getLeaderHome } from '../api/home';
import { useAsync } from '../api/use-async';
import { LeaderOverview } from '../features/home/leader-overview';
import { ErrorAlert } from '../features/session/error-alert';
import { useSession } from '../features/session/session-context';
import { navItemsFor } from '../features/shell/nav-items';

function LeaderHomeSection() {
  const { t } = useTranslation();
  const home = useAsync((signal) => getLeaderHome(signal), []);
  if (home.error) return <ErrorAlert error={home.error} />;
  if (!home.data) return <Loader aria-label={t('common.loading')} />;
  return <LeaderOverview home={home.data} />;
}

/** The signed-in home page. */
export default function WorkspacePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user) return null;
  const items = navItemsFor(user.role).filter((i) => i.path !== '/app');
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('workspace.title', { name: user.fullName })}
      </Title>
      <Text>{t(`workspace.role.${user.role}`)}</Text>
      {user.role === 'leader' ? <LeaderHomeSection /> : null}
      <nav aria-label={t('home.shortcuts')}>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          {items.map((item) => (
            <Card key={item.path} withBorder component={Link} href={item.path} padding="lg">
              <Text fw={600}>{t(item.labelKey)}</Text>
              <Text size="sm" c="dimmed" mt={4}>
                {t(`${item.labelKey}Hint`)}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      </nav>
    </Stack>
  );
}
