// `/frameworks/compare`: pick two framework versions and see what changed (core's diffFrameworks).
import { useEffect, useMemo, useState } from 'react';
import { Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { diffFrameworks, type Framework } from '@dti/core';
import { getFramework, listFrameworks } from '../api/frameworks';
import { useAsync } from '../api/use-async';
import { FrameworkDiffView } from '../features/frameworks/framework-diff-view';
import { ErrorAlert } from '../features/session/error-alert';

/** The compare page. */
export default function FrameworkDiffPage() {
  const { t } = useTranslation();
  const list = useAsync((signal) => listFrameworks(signal), []);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);

  useEffect(() => {
    const ids = list.data?.map((f) => f.id).sort() ?? [];
    if (ids.length >= 2 && from === null && to === null) {
      setFrom(ids[ids.length - 2] ?? null);
      setTo(ids[ids.length - 1] ?? null);
    }
  }, [list.data, from, to]);

  const pair = useAsync(
    async (signal) =>
      from && to
        ? Promise.all([getFramework(from, signal), getFramework(to, signal)])
        : Promise.resolve(undefined),
    [from, to],
  );
  const diff = useMemo(() => {
    if (!pair.data) return undefined;
    const [a, b] = pair.data;
    return diffFrameworks(a.content as unknown as Framework, b.content as unknown as Framework);
  }, [pair.data]);
  const options = list.data?.map((f) => ({ value: f.id, label: f.id })) ?? [];

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('diff.title')}
      </Title>
      {list.error ? <ErrorAlert error={list.error} /> : null}
      <Group align="flex-end">
        <Select label={t('diff.from')} data={options} value={from} onChange={setFrom} allowDeselect={false} />
        <Select label={t('diff.to')} data={options} value={to} onChange={setTo} allowDeselect={false} />
      </Group>
      {pair.error ? <ErrorAlert error={pair.error} /> : null}
      {pair.loading && from && to ? <Loader size="sm" aria-label={t('common.loading')} /> : null}
      {diff && !pair.loading ? (
        <>
          <Text size="sm" c="dimmed">
            {t('diff.summary', { from: diff.from, to: diff.to })}
          </Text>
          <FrameworkDiffView diff={diff} />
        </>
      ) : null}
    </Stack>
  );
}
