// The sign-in form: Vietnamese labels and errors (wrong password, locked out with the time), with codes.
import { useState, type FormEvent } from 'react';
import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '@dti/contract';
import { ApiRequestError } from '../../api/client';
import { formatTime } from '../../i18n/format';
import { useErrorMessage } from './error-alert';
import { useSession } from './session-context';

/** The sign-in form; `onSignedIn` receives the account after success. */
export function SignInForm({
  onSignedIn,
  now = () => new Date(),
}: {
  onSignedIn: (user: SessionUser) => void;
  now?: () => Date;
}) {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const describe = useErrorMessage();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState<{ username?: boolean; password?: boolean }>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const gaps = { username: username.trim() === '', password: password === '' };
    setMissing(gaps);
    if (gaps.username || gaps.password) return;
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await signIn({ username: username.trim(), password }));
    } catch (caught) {
      setError(caught);
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  const locked = error instanceof ApiRequestError && error.code === 'LOGIN_LOCKED';
  const shown = error ? describe(error) : null;
  const retry =
    locked && error.retryAfterSeconds !== undefined
      ? {
          minutes: Math.max(1, Math.ceil(error.retryAfterSeconds / 60)),
          time: formatTime(new Date(now().getTime() + error.retryAfterSeconds * 1000)),
        }
      : undefined;
  const title = locked
    ? t('signIn.lockedTitle')
    : error instanceof ApiRequestError && error.code === 'LOGIN_FAILED'
      ? t('signIn.failedTitle')
      : t('signIn.errorTitle');

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('signIn.title')}>
      <Stack gap="md">
        {shown ? (
          <Alert color={locked ? 'orange' : 'red'} variant="light" title={title} role="alert">
            <Text size="sm">{shown.message}</Text>
            {retry ? (
              <Text size="sm" mt={4} fw={600} data-testid="retry-in">
                {t('signIn.retryIn', retry)}
              </Text>
            ) : null}
            <Text size="xs" c="dimmed" mt={4}>
              {t('errors.code', { code: shown.code })}
            </Text>
          </Alert>
        ) : null}
        <TextInput
          label={t('signIn.username')}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={username}
          onChange={(e) => setUsername(e.currentTarget.value)}
          error={missing.username ? t('signIn.usernameRequired') : undefined}
          required
        />
        <PasswordInput
          label={t('signIn.password')}
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={missing.password ? t('signIn.passwordRequired') : undefined}
          required
        />
        <Button type="submit" loading={busy} fullWidth>
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
