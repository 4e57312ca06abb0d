// The bell in the header: the count of unread notifications, polled gently (every two minutes
// while the tab is visible, and when the window gets focus back), and a popover listing the
// recent ones with their links. Opening it marks the shown unread ones read (one call each:
// the API has no "mark all read"); they keep a "new" badge until the popover is opened again.
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  ActionIcon,
  Anchor,
  Badge,
  Box,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
} from '@mantine/core';
import type { Notification } from '@dti/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ApiRequestError } from '../../api/client';
import { listNotifications, markNotificationRead } from '../../api/notifications';
import { formatDateTime } from '../../i18n/format';

/** How many notifications the popover shows. */
const SHOWN = 10;
/** Focus and visibility changes refresh at most this often. */
const MIN_GAP_MS = 15_000;

/** An in-app path for a notification's link (same-site paths only), or null. */
export function appPathOf(link: string | null): string | null {
  if (!link || !link.startsWith('/') || link.startsWith('//')) return null;
  return link;
}

/** Props of the bell (tests shorten the poll). */
export interface NotificationBellProps {
  pollMs?: number;
}

function BellIcon() {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
        d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9M10.3 21a1.94 1.94 0 0 0 3.4 0"
      />
    </svg>
  );
}

/** The notification bell and its popover. */
export function NotificationBell({ pollMs = 120_000 }: NotificationBellProps) {
  const { t } = useTranslation();
  const [items, setItems] = useState<Notification[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [opened, setOpened] = useState(false);
  const [fresh, setFresh] = useState<ReadonlySet<number>>(new Set());
  const lastFetch = useRef(0);
  const stopped = useRef(false);

  const refresh = useCallback(async (force = false) => {
    if (stopped.current) return;
    if (!force && Date.now() - lastFetch.current < MIN_GAP_MS) return;
    lastFetch.current = Date.now();
    try {
      setItems(await listNotifications());
      setFailed(false);
    } catch (error) {
      // signed out elsewhere: stop asking until the layout mounts again
      if (error instanceof ApiRequestError && error.status === 401) stopped.current = true;
      setFailed(true);
    }
  }, []);

  useEffect(() => {
    stopped.current = false;
    void refresh(true);
    const id = setInterval(() => {
      if (document.visibilityState !== 'hidden') void refresh(true);
    }, pollMs);
    const onFocus = () => void refresh();
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(id);
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [pollMs, refresh]);

  const list = items ?? [];
  const unread = list.filter((n) => !n.read).length;
  const shown = list.slice(0, SHOWN);

  const open = () => {
    const toMark = shown.filter((n) => !n.read).map((n) => n.id);
    setFresh(new Set(toMark));
    setOpened(true);
    if (toMark.length === 0) return;
    void Promise.allSettled(toMark.map((id) => markNotificationRead(id))).then((results) => {
      const done = new Set(toMark.filter((_, i) => results[i]?.status === 'fulfilled'));
      setItems((current) => current?.map((n) => (done.has(n.id) ? { ...n, read: true } : n)) ?? current);
    });
  };

  const label = unread > 0 ? t('notify.bellUnread', { count: unread }) : t('notify.bell');
  return (
    <Indicator
      label={unread > 99 ? '99+' : unread}
      size={18}
      color="#c92a2a"
      disabled={unread === 0}
      offset={6}
      data-testid="notification-count"
    >
      <Popover
        opened={opened}
        onChange={(o) => {
          if (!o) setOpened(false);
        }}
        position="bottom-end"
        width={340}
        shadow="md"
        withinPortal
        trapFocus
        returnFocus
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="dark"
            size="lg"
            aria-label={label}
            title={label}
            onClick={() => (opened ? setOpened(false) : open())}
          >
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p={0} aria-label={t('notify.title')} role="dialog">
          <Text fw={700} size="sm" px="sm" pt="sm" pb={6}>
            {t('notify.title')}
          </Text>
          {failed && items === null ? (
            <Text size="sm" px="sm" pb="sm" c="#b02525">
              {t('notify.loadError')}
            </Text>
          ) : null}
          {items !== null && list.length === 0 ? (
            <Text size="sm" px="sm" pb="sm" c="dimmed">
              {t('notify.empty')}
            </Text>
          ) : null}
          <ScrollArea.Autosize mah={380} type="auto">
            <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {shown.map((n) => {
                const path = appPathOf(n.link);
                const content = (
                  <>
                    <Group gap={6} wrap="nowrap" align="flex-start" justify="space-between">
                      <Text size="sm" fw={600} style={{ minWidth: 0 }}>
                        {n.title}
                      </Text>
                      {fresh.has(n.id) ? (
                        <Badge size="xs" color="#1864ab" variant="filled" style={{ flexShrink: 0 }}>
                          {t('notify.new')}
                        </Badge>
                      ) : null}
                    </Group>
                    {n.body ? (
                      <Text size="xs" lineClamp={3}>
                        {n.body}
                      </Text>
                    ) : null}
                    <Text size="xs" c="dimmed">
                      {formatDateTime(n.createdAt)}
                    </Text>
                  </>
                );
                return (
                  <li
                    key={n.id}
                    style={{
                      borderTop: '1px solid #e9ecef',
                      background: fresh.has(n.id) ? '#f1f6fd' : undefined,
                    }}
                  >
                    {path ? (
                      <Anchor
                        component={Link}
                        href={path}
                        underline="never"
                        c="inherit"
                        display="block"
                        px="sm"
                        py={8}
                        onClick={() => setOpened(false)}
                      >
                        {content}
                      </Anchor>
                    ) : (
                      <Box px="sm" py={8}>
                        {content}
                      </Box>
                    )}
                  </li>
                );
              })}
            </Stack>
          </ScrollArea.Autosize>
          {list.length > SHOWN ? (
            <Text size="xs" c="dimmed" px="sm" py={6} style={{ borderTop: '1px solid #e9ecef' }}>
              {t('notify.shown', { shown: SHOWN, total: list.length })}
            </Text>
          ) : null}
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
