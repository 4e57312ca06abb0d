// What is where, said plainly: how many items are saved on the server, which edits wait on this
// device (kept in IndexedDB, sent when the connection returns), which conflict with a colleague's
// edit; and a notice while the browser is offline.
import { useEffect, useState } from 'react';
import { Alert, Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ItemSaveState } from './use-autosave';

/** True while the browser says it has a connection. */
function useOnline(): boolean {
  const [online, setOnline] = useState(() => typeof navigator === 'undefined' || navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return online;
}

/** Items by where their values are: on the server, waiting on this device, in conflict. */
export function countSaves(states: Record<string, ItemSaveState>): {
  onServer: number;
  waiting: string[];
  conflicts: string[];
} {
  let onServer = 0;
  const waiting: string[] = [];
  const conflicts: string[] = [];
  for (const [code, s] of Object.entries(states)) {
    if (s.status === 'conflict') conflicts.push(code);
    else if (s.status === 'pending' || s.status === 'saving' || s.status === 'queued' || s.status === 'error')
      waiting.push(code);
    else if (s.version > 0) onServer += 1;
  }
  const order = (a: string, b: string) => a.localeCompare(b, 'vi', { numeric: true });
  return { onServer, waiting: waiting.sort(order), conflicts: conflicts.sort(order) };
}

const itemLinks = (codes: string[]) =>
  codes.map((code, i) => (
    <span key={code}>
      {i > 0 ? ', ' : ''}
      <Anchor href={`#item-${code}`}>{code}</Anchor>
    </span>
  ));

/** The save summary of the form. */
export function SaveSummary({ states }: { states: Record<string, ItemSaveState> }) {
  const { t } = useTranslation();
  const online = useOnline();
  const { onServer, waiting, conflicts } = countSaves(states);
  return (
    <Stack gap="xs">
      {!online ? (
        <Alert
          color="orange"
          variant="light"
          title={t('offline.form.offlineTitle')}
          data-testid="offline-notice"
        >
          {t('offline.form.offlineText')}
        </Alert>
      ) : null}
      <Paper withBorder p="sm" radius="md" data-testid="save-summary">
        <Group gap="lg" align="flex-start">
          <Text size="sm" data-testid="saved-on-server">
            {t('offline.form.onServer', { count: onServer })}
          </Text>
          <Text size="sm" data-testid="waiting-on-device" {...(waiting.length > 0 ? { fw: 600 } : {})}>
            {t('offline.form.onDevice', { count: waiting.length })}
            {waiting.length > 0 ? <>: {itemLinks(waiting)}</> : null}
          </Text>
          <Text
            size="sm"
            data-testid="conflicts"
            {...(conflicts.length > 0 ? { c: '#a84300', fw: 600 } : {})}
          >
            {t('offline.form.conflicts', { count: conflicts.length })}
            {conflicts.length > 0 ? <>: {itemLinks(conflicts)}</> : null}
          </Text>
        </Group>
      </Paper>
    </Stack>
  );
}
