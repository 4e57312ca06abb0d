// What changed between two frameworks, from core's diffFrameworks, set by set.
import { Badge, Card, Group, List, Spoiler, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FrameworkDiff } from '@dti/core';
import { formatNumber } from '../../i18n/format';

function Codes({ codes }: { codes: readonly string[] }) {
  return (
    <Text size="sm" style={{ wordBreak: 'break-word' }}>
      {codes.join(', ')}
    </Text>
  );
}

/** The diff, one card per index set. */
export function FrameworkDiffView({ diff }: { diff: FrameworkDiff }) {
  const { t } = useTranslation();
  if (diff.sets.length === 0) return <Text>{t('diff.nothing')}</Text>;
  return (
    <Stack>
      {diff.sets.map((set) => (
        <Card key={set.id} withBorder>
          <Group justify="space-between">
            <Title order={2} size="h4">
              {set.id}
            </Title>
            {set.status ? (
              <Badge color={set.status === 'added' ? 'teal.9' : '#b02525'} tt="none">
                {t(`diff.set.${set.status}`)}
              </Badge>
            ) : null}
          </Group>
          <Group gap="xs" mt="xs">
            <Badge color="teal.9" tt="none">
              {t('diff.addedCount', { count: set.added.length })}
            </Badge>
            <Badge color="#b02525" tt="none">
              {t('diff.removedCount', { count: set.removed.length })}
            </Badge>
            <Badge color="blue.9" tt="none">
              {t('diff.changedCount', { count: set.changed.length })}
            </Badge>
          </Group>
          {set.movedPoints.length > 0 ? (
            <>
              <Text fw={600} mt="sm" size="sm">
                {t('diff.movedPoints')}
              </Text>
              <List size="sm">
                {set.movedPoints.map((m) => (
                  <List.Item key={m.index}>
                    {t('diff.moved', { index: m.index, from: formatNumber(m.from), to: formatNumber(m.to) })}
                  </List.Item>
                ))}
              </List>
            </>
          ) : null}
          {set.added.length > 0 ? (
            <>
              <Text fw={600} mt="sm" size="sm">
                {t('diff.added')}
              </Text>
              <Codes codes={set.added} />
            </>
          ) : null}
          {set.removed.length > 0 ? (
            <>
              <Text fw={600} mt="sm" size="sm">
                {t('diff.removed')}
              </Text>
              <Codes codes={set.removed} />
            </>
          ) : null}
          {set.changed.length > 0 ? (
            <>
              <Text fw={600} mt="sm" size="sm">
                {t('diff.changed')}
              </Text>
              <Spoiler maxHeight={160} showLabel={t('diff.showAll')} hideLabel={t('diff.hide')}>
                <List size="sm">
                  {set.changed.map((c) => (
                    <List.Item key={c.code}>
                      <Text span fw={600} size="sm">
                        {c.code}
                      </Text>
                      {c.previousCodes
                        ? ` (${t('diff.previously', { codes: c.previousCodes.join(', ') })})`
                        : ''}
                      : {c.fields.map((f) => t(`diff.field.${f}`)).join(', ')}
                    </List.Item>
                  ))}
                </List>
              </Spoiler>
            </>
          ) : null}
        </Card>
      ))}
    </Stack>
  );
}
