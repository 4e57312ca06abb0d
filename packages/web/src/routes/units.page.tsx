// `/admin/units`: the unit registry as a tree, searchable without diacritics; administrators create,
// edit and import units.
import { useMemo, useState } from 'react';
import { Button, Drawer, Group, Loader, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { UnitNode } from '@dti/contract';
import { getUnitTree } from '../api/units';
import { useAsync } from '../api/use-async';
import { ErrorAlert } from '../features/session/error-alert';
import { useSession } from '../features/session/session-context';
import { UnitDetailView } from '../features/units/unit-detail';
import { UnitForm } from '../features/units/unit-form';
import { UnitImport } from '../features/units/unit-import';
import { countUnits, filterUnitTree, indexUnits, sortUnitTree } from '../features/units/unit-tree-model';
import { UnitTreeView } from '../features/units/unit-tree-view';
import { parseVietnameseDate } from '../i18n/format';

/** The units page. */
export default function UnitsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const isAdmin = user?.role === 'admin';
  const [dateText, setDateText] = useState('');
  const validOn = dateText.trim() ? parseVietnameseDate(dateText) : null;
  const dateError = dateText.trim() && !validOn ? t('common.dateInvalid') : undefined;
  const tree = useAsync((signal) => getUnitTree(validOn ?? undefined, signal), [validOn]);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<UnitNode | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const [opened, setOpened] = useState<UnitNode | null>(null);

  const sorted = useMemo(() => sortUnitTree(tree.data ?? []), [tree.data]);
  const byId = useMemo(() => indexUnits(sorted), [sorted]);
  const shown = useMemo(() => filterUnitTree(sorted, query), [sorted, query]);
  const all = useMemo(() => [...byId.values()], [byId]);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('units.title')}
        </Title>
        {isAdmin ? (
          <Group gap="xs">
            <Button variant="default" component={Link} href="/admin/units/reorganise">
              {t('reorg.title')}
            </Button>
            <Button variant="default" onClick={() => setImporting(true)}>
              {t('units.import.title')}
            </Button>
            <Button onClick={() => setEditing('new')}>{t('units.add')}</Button>
          </Group>
        ) : null}
      </Group>
      <Group align="flex-start" grow preventGrowOverflow={false}>
        <TextInput
          label={t('units.search')}
          placeholder={t('units.searchPlaceholder')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
        <TextInput
          label={t('units.validOn')}
          placeholder="dd/mm/yyyy"
          value={dateText}
          onChange={(e) => setDateText(e.currentTarget.value)}
          error={dateError}
        />
      </Group>
      {tree.error ? <ErrorAlert error={tree.error} /> : null}
      {tree.loading && !tree.data ? <Loader aria-label={t('common.loading')} /> : null}
      {tree.data ? (
        <Paper withBorder p="xs">
          <Text size="xs" c="dimmed" mb="xs">
            {query.trim()
              ? t('units.found', { count: countUnits(shown) })
              : t('units.total', { count: countUnits(sorted) })}
          </Text>
          <UnitTreeView
            nodes={shown}
            expandAll={query.trim() !== ''}
            onOpen={setOpened}
            {...(isAdmin ? { onEdit: (u: UnitNode) => setEditing(u) } : {})}
          />
        </Paper>
      ) : null}
      <Drawer
        opened={opened !== null}
        onClose={() => setOpened(null)}
        position="right"
        title={t('units.detail')}
      >
        {opened ? <UnitDetailView unitId={opened.id} byId={byId} /> : null}
      </Drawer>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('units.add') : t('units.edit')}
        size="lg"
      >
        {editing !== null ? (
          <UnitForm
            unit={editing === 'new' ? undefined : editing}
            units={all}
            onSaved={() => {
              setEditing(null);
              tree.reload();
            }}
          />
        ) : null}
      </Modal>
      <Modal opened={importing} onClose={() => setImporting(false)} title={t('units.import.title')} size="lg">
        <UnitImport onImported={() => tree.reload()} />
      </Modal>
    </Stack>
  );
}
