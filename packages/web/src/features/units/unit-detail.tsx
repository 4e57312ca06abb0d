// One unit with its lineage (merged into, split from, renamed), names resolved from the tree.
import { Badge, List, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UnitNode } from '@dti/contract';
import { getUnit } from '../../api/units';
import { useAsync } from '../../api/use-async';
import { formatDate } from '../../i18n/format';
import { ErrorAlert } from '../session/error-alert';

/** The detail of a unit. */
export function UnitDetailView({ unitId, byId }: { unitId: number; byId: ReadonlyMap<number, UnitNode> }) {
  const { t } = useTranslation();
  const detail = useAsync((signal) => getUnit(unitId, signal), [unitId]);
  const nameOf = (id: number) => byId.get(id)?.name ?? `#${id}`;
  if (detail.error) return <ErrorAlert error={detail.error} />;
  if (!detail.data) return <Loader size="sm" aria-label={t('common.loading')} />;
  const u = detail.data;
  return (
    <Stack gap="xs">
      <Text fw={700}>{u.name}</Text>
      <Text size="sm">
        {t('units.form.code')}: {u.code} · {t(`unitKinds.${u.kind}`, { defaultValue: u.kind })}
        {u.adminType ? ` · ${t(`adminTypes.${u.adminType}`)}` : ''}
      </Text>
      <Text size="sm">
        {u.validUntil
          ? t('units.validRange', { from: formatDate(u.validFrom), until: formatDate(u.validUntil) })
          : t('units.validFrom', { from: formatDate(u.validFrom) })}
      </Text>
      {u.parentId ? <Text size="sm">{t('units.parent', { name: nameOf(u.parentId) })}</Text> : null}
      <Text fw={600} mt="sm">
        {t('units.lineage')}
      </Text>
      {u.lineage.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('units.noLineage')}
        </Text>
      ) : (
        <List size="sm" spacing={4}>
          {u.lineage.map((e) => (
            <List.Item key={e.id}>
              <Badge size="xs" variant="light" tt="none" mr={6}>
                {formatDate(e.effectiveDate)}
              </Badge>
              {t(`units.lineageKind.${e.kind}`, { from: nameOf(e.fromUnitId), to: nameOf(e.toUnitId) })}
              {e.note ? ` — ${e.note}` : ''}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
