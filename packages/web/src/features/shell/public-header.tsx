// The header of public pages (portal, sign-in): product name, language, sign-in or workspace link.
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useSession } from '../session/session-context';
import { LanguageSwitch } from './language-switch';
import { homePathFor } from './nav-items';
import { ProductBar } from './product-bar';

/** Header of the public portal and the sign-in page. */
export function PublicHeader({ showSignIn = true }: { showSignIn?: boolean }) {
  const { t } = useTranslation();
  const { user } = useSession();
  return (
    <ProductBar>
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
    </ProductBar>
  );
}
