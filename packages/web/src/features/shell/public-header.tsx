// The header of public pages (portal, sign-in): product name, language, sign-in or workspace link.
import { Anchor, Button, Container, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useSession } from '../session/session-context';
import { LanguageSwitch } from './language-switch';
import { homePathFor } from './nav-items';

/** Header of the public portal and the sign-in page. */
export function PublicHeader({ showSignIn = true }: { showSignIn?: boolean }) {
  const { t } = useTranslation();
  const { user } = useSession();
  return (
    <header style={{ borderBottom: '1px solid var(--mantine-color-gray-3)', background: '#fff' }}>
      <Container size="lg" py="sm">
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Anchor component={Link} href="/" underline="never">
            <Text fw={700} size="lg" c="blue.9" style={{ whiteSpace: 'nowrap' }}>
              DTI Lào Cai
            </Text>
          </Anchor>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            {user ? (
              <Button component={Link} href={homePathFor(user.role)} size="xs">
                {t('portal.workspace')}
              </Button>
            ) : showSignIn ? (
              <Button component={Link} href="/sign-in" size="xs">
                {t('portal.signIn')}
              </Button>
            ) : null}
          </Group>
        </Group>
      </Container>
    </header>
  );
}
