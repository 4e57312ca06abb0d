// The objection window of a period: its deadline for everyone; for an administrator, opening it
// (default 5 working days, Vietnam time), moving its deadline, or closing it early.
import { useState } from 'react';
import { Alert, Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import type { ObjectionWindow } from '@dti/contract';
import { useTranslation } from 'react-i18next';
import { closeObjectionWindow, setObjectionWindow } from '../../api/objections';
import { formatDateTime, parseVietnamDateTime } from '../../i18n/format';
import { ErrorAlert } from '../session/error-alert';

/** The window's state, and the administrator's controls. */
export function ObjectionWindowPanel({
  year,
  window,
  state,
  isAdmin,
  onChanged,
}: {
  year: number;
  window: ObjectionWindow;
  state: string;
  isAdmin: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [until, setUntil] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [tried, setTried] = useState(false);
  const untilIso = until.trim() === '' ? undefined : parseVietnamDateTime(until);

  async function run(action: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    try {
      await action();
      setUntil('');
      setTried(false);
      onChanged();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card withBorder padding="md">
      <Stack gap="xs">
        <Text fw={600}>{t('objection.window.title')}</Text>
        {window.until === null ? (
          <Text size="sm">{t('objection.window.notOpened')}</Text>
        ) : (
          <Text size="sm" data-testid="objection-deadline">
            {window.open
              ? t('objection.window.openUntil', { time: formatDateTime(window.until) })
              : t('objection.window.closedAt', { time: formatDateTime(window.until) })}
          </Text>
        )}
        <Text size="sm">{t('objection.window.pending', { count: window.pending })}</Text>
        {isAdmin && state === 'ranked' ? (
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t('objection.window.defaultNote')}
            </Text>
            <Group align="flex-end" wrap="wrap">
              <TextInput
                label={t('objection.window.until')}
                placeholder="dd/mm/yyyy HH:mm"
                value={until}
                onChange={(e) => setUntil(e.currentTarget.value)}
                error={tried && untilIso === null ? t('objection.window.badDate') : undefined}
                w={220}
              />
              <Button
                loading={busy}
                onClick={() => {
                  setTried(true);
                  if (untilIso === null) return;
                  void run(() => setObjectionWindow(year, untilIso));
                }}
              >
                {window.until === null ? t('objection.window.open') : t('objection.window.move')}
              </Button>
              {window.open ? (
                <Button
                  variant="default"
                  loading={busy}
                  onClick={() => void run(() => closeObjectionWindow(year))}
                >
                  {t('objection.window.close')}
                </Button>
              ) : null}
            </Group>
          </Stack>
        ) : null}
        {isAdmin && state !== 'ranked' ? (
          <Alert variant="light" color="gray">
            {t('objection.window.onlyRanked')}
          </Alert>
        ) : null}
        {error ? <ErrorAlert error={error} /> : null}
      </Stack>
    </Card>
  );
}
