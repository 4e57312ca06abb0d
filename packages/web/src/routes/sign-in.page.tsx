// Sign-in page (eagerly loaded, no ECharts, small).
import { Container, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Redirect, useLocation } from 'wouter';
import { PublicHeader } from '../features/shell/public-header';
import { homePathFor } from '../features/shell/nav-items';
import { SignInForm } from '../features/session/sign-in-form';
import { useSession } from '../features/session/session-context';

/** `/sign-in`. */
export default function SignInPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [, navigate] = useLocation();
  if (user) return <Redirect to={homePathFor(user.role)} />;
  return (
    <>
      <PublicHeader showSignIn={false} />
      <main>
        <Container size={420} py="xl">
          <Title order={1} size="h2" ta="center">
            {t('signIn.title')}
          </Title>
          <Text c="dimmed" size="sm" ta="center" mt={5}>
            {t('signIn.subtitle')}
          </Text>
          <Paper withBorder shadow="sm" p="lg" mt="lg" radius="md">
            <SignInForm onSignedIn={(u) => navigate(homePathFor(u.role))} />
          </Paper>
        </Container>
      </main>
    </>
  );
}
