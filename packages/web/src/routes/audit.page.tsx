// `/admin/audit`: the audit log, newest first, filtered by entity, id and actor, paged.
import { useState } from 'react';
import {
  Button,
  Code,
  Group,
  Loader,
  Select,
  Spoiler,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '@dti/contract';
import { listAudit, type AuditFilter } from '../api/audit';
import { useAsync } from '../api/use-async';
import { listUsers } from '../api/users';
import { ErrorAlert } from '../features/session/error-alert';
import { formatDateTime } from '../i18n/format';

const pageSize = 100;

function Change({ entry }: { entry: AuditEntry }) {
  const text = JSON.stringify({ before: entry.before ?? null, after: entry.after ?? null }, null, 1);
  return (
    <Spoiler maxHeight={40} showLabel="…" hideLabel="▴">
      <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', fontSize: 11 }}>
        {text}
      </Code>
    </Spoiler>
  );
}

/** The audit page. */
export default function AuditPage() {
  const { t } = useTranslation();
  const [entity, setEntity] = useState('');
  const [entityId, setEntityId] = useState('');
  const [actorId, setActorId] = useState<string | null>(null);
  const [applied, setApplied] = useState<AuditFilter>({});
  const [older, setOlder] = useState<AuditEntry[]>([]);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const users = useAsync((signal) => listUsers(signal), []);
  const page = useAsync((signal) => listAudit({ ...applied, limit: pageSize }, signal), [applied]);
  const entries = [...(page.data ?? []), ...older];
  const last = entries[entries.length - 1];
  const mayHaveMore =
    (page.data?.length ?? 0) === pageSize && (older.length === 0 || older.length % pageSize === 0);

  const apply = () => {
    setOlder([]);
    setApplied({
      ...(entity.trim() ? { entity: entity.trim() } : {}),
      ...(entityId.trim() ? { entityId: entityId.trim() } : {}),
      ...(actorId ? { actorId: Number(actorId) } : {}),
    });
  };
  const loadMore = async () => {
    if (!last) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const more = await listAudit({ ...applied, limit: pageSize, beforeId: last.id });
      setOlder((o) => [...o, ...more]);
    } catch (caught) {
      setMoreError(caught);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('audit.title')}
      </Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        <Group align="flex-end">
          <TextInput
            label={t('audit.entity')}
            placeholder={t('audit.entityPlaceholder')}
            value={entity}
            onChange={(e) => setEntity(e.currentTarget.value)}
          />
          <TextInput
            label={t('audit.entityId')}
            value={entityId}
            onChange={(e) => setEntityId(e.currentTarget.value)}
          />
          <Select
            label={t('audit.actor')}
            data={
              users.data?.map((u) => ({ value: String(u.id), label: `${u.fullName} (${u.username})` })) ?? []
            }
            value={actorId}
            onChange={setActorId}
            clearable
            searchable
          />
          <Button type="submit">{t('audit.apply')}</Button>
        </Group>
      </form>
      {page.error ? <ErrorAlert error={page.error} /> : null}
      {page.loading ? <Loader size="sm" aria-label={t('common.loading')} /> : null}
      {page.data && entries.length === 0 ? <Text c="dimmed">{t('audit.none')}</Text> : null}
      {entries.length > 0 ? (
        <Table.ScrollContainer minWidth={820}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('audit.at')}</Table.Th>
                <Table.Th>{t('audit.actor')}</Table.Th>
                <Table.Th>{t('audit.action')}</Table.Th>
                <Table.Th>{t('audit.entity')}</Table.Th>
                <Table.Th>{t('audit.change')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</Table.Td>
                  <Table.Td>{e.actorUsername}</Table.Td>
                  <Table.Td>{t(`audit.actions.${e.action}`, { defaultValue: e.action })}</Table.Td>
                  <Table.Td>
                    {e.entity} {e.entityId}
                  </Table.Td>
                  <Table.Td maw={360}>
                    <Change entry={e} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {moreError ? <ErrorAlert error={moreError} /> : null}
      {mayHaveMore ? (
        <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
          {t('audit.more')}
        </Button>
      ) : null}
    </Stack>
  );
}
