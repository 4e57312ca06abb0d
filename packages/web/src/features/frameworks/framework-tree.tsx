// A framework as a tree: index sets → main indices → sub-indices with points, method, tags and
// the "new in this decision" badge; a search box that ignores diacritics.
import { useMemo, useState } from 'react';
import { Accordion, Badge, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { foldVietnamese, type Framework, type SubIndex } from '@dti/core';
import { formatNumber } from '../../i18n/format';
import { describeMethod } from './describe-method';

/** "3019/QĐ-UBND" → "3019"; falls back to the framework id. */
export function shortDecisionOf(framework: Pick<Framework, 'id' | 'decision'>): string {
  return framework.decision?.number.split('/')[0] ?? framework.id;
}

function SubIndexRow({ sub, framework }: { sub: SubIndex; framework: Framework }) {
  const { t } = useTranslation();
  const isNew = sub.introducedIn === framework.id;
  return (
    <Stack gap={4} py="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Text size="sm">
          <Text span fw={700}>
            {sub.code}
          </Text>{' '}
          {sub.name}
        </Text>
        <Text size="sm" fw={700} style={{ whiteSpace: 'nowrap' }}>
          {t('frameworks.points', { points: formatNumber(sub.maxPoints) })}
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        {describeMethod(sub.method, sub.inputs, t)}
      </Text>
      {isNew || (sub.tags?.length ?? 0) > 0 ? (
        <Group gap={4}>
          {isNew ? (
            <Badge color="grape.8" size="sm" tt="none">
              {t('frameworks.newIn', { decision: shortDecisionOf(framework) })}
            </Badge>
          ) : null}
          {sub.tags?.map((tag) => (
            <Badge key={tag} variant="outline" color="gray.8" size="sm" tt="none">
              {tag}
            </Badge>
          ))}
        </Group>
      ) : null}
    </Stack>
  );
}

function matches(sub: SubIndex, folded: string): boolean {
  if (!folded) return true;
  return foldVietnamese(`${sub.code} ${sub.name} ${(sub.tags ?? []).join(' ')}`).includes(folded);
}

/** The framework tree with a diacritic-insensitive filter. */
export function FrameworkTree({ framework }: { framework: Framework }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [openSets, setOpenSets] = useState<string[]>([]);
  const [openIndices, setOpenIndices] = useState<string[]>([]);
  const folded = foldVietnamese(query.trim());
  const sets = useMemo(
    () =>
      framework.sets.map((set) => ({
        set,
        indices: set.indices
          .map((index) => ({ index, subs: index.subIndices.filter((s) => matches(s, folded)) }))
          .filter((i) => i.subs.length > 0 || !folded),
      })),
    [framework, folded],
  );
  const count = sets.reduce((n, s) => n + s.indices.reduce((m, i) => m + i.subs.length, 0), 0);

  return (
    <Stack>
      <TextInput
        label={t('frameworks.search')}
        placeholder={t('frameworks.searchPlaceholder')}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        description={folded ? t('frameworks.found', { count }) : undefined}
      />
      <Accordion
        multiple
        variant="separated"
        value={folded ? sets.map((s) => s.set.id) : openSets}
        onChange={setOpenSets}
      >
        {sets.map(({ set, indices }) => (
          <Accordion.Item key={set.id} value={set.id}>
            <Accordion.Control>
              <Text fw={600}>{set.name}</Text>
              <Text size="xs" c="dimmed">
                {t('frameworks.setLine', {
                  id: set.id,
                  points: formatNumber(set.maxPoints),
                  indices: set.indices.length,
                  subs: set.indices.reduce((n, i) => n + i.subIndices.length, 0),
                })}
              </Text>
            </Accordion.Control>
            <Accordion.Panel>
              <Accordion
                multiple
                chevronPosition="left"
                value={folded ? indices.map((i) => `${set.id}/${i.index.code}`) : openIndices}
                onChange={setOpenIndices}
              >
                {indices.map(({ index, subs }) => (
                  <Accordion.Item key={index.code} value={`${set.id}/${index.code}`}>
                    <Accordion.Control>
                      <Group justify="space-between" wrap="nowrap">
                        <Text size="sm" fw={600}>
                          {index.code}. {index.name}
                        </Text>
                        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                          {t('frameworks.points', { points: formatNumber(index.maxPoints) })}
                        </Text>
                      </Group>
                      {index.pillars && index.pillars.length > 0 ? (
                        <Text size="xs" c="dimmed">
                          {t('frameworks.pillars', { pillars: index.pillars.join(', ') })}
                        </Text>
                      ) : null}
                    </Accordion.Control>
                    <Accordion.Panel>
                      {subs.map((sub) => (
                        <SubIndexRow key={sub.code} sub={sub} framework={framework} />
                      ))}
                    </Accordion.Panel>
                  </Accordion.Item>
                ))}
              </Accordion>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Stack>
  );
}
