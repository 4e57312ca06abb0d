// `/app`: the signed-in home. Each role's first screen answers "where do we stand and what next?"
// (issue 14): the section of its role first, then the cards of what it can do here.
import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { RoleHome } from '../features/home/role-home';
import { useSession } from '../features/session/session-context';
import { navItemsFor } from '../features/shell/nav-items';

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
      <RoleHome role={user.role} />
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
