// The signed-in layout: header (product, notifications bell, user, unit, language, sign-out), a
// left navbar on desktop that becomes a burger menu on phones, and the page.
import type { ReactNode } from 'react';
import {
  AppShell,
  Avatar,
  Box,
  Burger,
  Button,
  Group,
  Menu,
  NavLink,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useSession } from '../session/session-context';
import { LanguageSwitch } from './language-switch';
import { navItemsFor } from './nav-items';
import { NotificationBell } from './notification-bell';
import { useUnitName } from './use-unit-name';

function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/);
  return (words[words.length - 1]?.[0] ?? '?').toUpperCase();
}

/** The application frame around every signed-in page. */
export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { user, signOut } = useSession();
  const [location, navigate] = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const unitName = useUnitName(user?.unitId ?? null);
  // On wide screens the button shows the name itself; on phones only the avatar, so it needs a label.
  const wide = useMediaQuery('(min-width: 48em)');
  if (!user) return null;
  const items = navItemsFor(user.role);
  const roleName = t(`roles.${user.role}`);
  const doSignOut = () => {
    void signOut().finally(() => navigate('/sign-in'));
  };
  const isActive = (path: string) =>
    path === '/app' ? location === '/app' : location === path || location.startsWith(`${path}/`);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('shell.closeMenu') : t('shell.openMenu')}
            />
            <Text component={Link} href="/" fw={700} size="lg" c="blue.9" style={{ whiteSpace: 'nowrap' }}>
              DTI Lào Cai
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <NotificationBell />
            <LanguageSwitch />
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <UnstyledButton
                  {...(wide ? {} : { 'aria-label': t('shell.account', { name: user.fullName }) })}
                >
                  <Group gap={8} wrap="nowrap">
                    <Avatar color="blue" radius="xl" size={32} aria-hidden>
                      {initialsOf(user.fullName)}
                    </Avatar>
                    <Box visibleFrom="sm" style={{ lineHeight: 1.2, maxWidth: 260 }}>
                      <Text size="sm" fw={600} truncate>
                        {user.fullName}
                      </Text>
                      <Text size="xs" c="dimmed" truncate>
                        {unitName ? `${roleName} · ${unitName}` : roleName}
                      </Text>
                    </Box>
                  </Group>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{user.fullName}</Menu.Label>
                <Menu.Item disabled>{roleName}</Menu.Item>
                {unitName ? <Menu.Item disabled>{unitName}</Menu.Item> : null}
                <Menu.Divider />
                <Menu.Item color="red" onClick={doSignOut}>
                  {t('shell.signOut')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('shell.navigation')}>
        <nav>
          {items.map((item) => (
            <NavLink
              key={item.path}
              component={Link}
              href={item.path}
              label={t(item.labelKey)}
              active={isActive(item.path)}
              onClick={close}
            />
          ))}
        </nav>
        <Button variant="subtle" color="red" mt="auto" onClick={doSignOut}>
          {t('shell.signOut')}
        </Button>
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
