// The leader's overview (issue 14 §1): the latest published year per set — levels as stacked bars
// and their change on comparable units, the district map, the units that moved most, the units tied
// at level boundaries — and where the open period stands. Each figure links to the table behind it.
import { useState } from 'react';
import { Anchor, Card, Group, NativeSelect, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { LeaderHome, LeaderSetOverview } from '@dti/contract';
import { formatDateTime, formatNumber, formatPoints } from '../../i18n/format';
import { LevelBadge } from '../level-badge';
import { DistrictMap } from '../map/district-map';
import { districtNames } from '../portal/district-names';
import { LevelStack } from './level-stack';

/** The set with the most units (the communes' in Lào Cai): where each commune's level is read without a map. */
function largestSet(sets: LeaderHome['sets']): string {
  return [...sets].sort((a, b) => b.units - a.units)[0]?.setId ?? '';
}

/** The tiles' labels: the short names the results' map uses ("Mường Khương", "TP Lào Cai"). */
const shortNames = new Map(districtNames.map((d) => [d.code, d.shortName]));

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

/** Where the ranking table of a year is. */
export const resultsHref = (year: number, set?: string) =>
  `/app/results?year=${year}${set ? `&set=${encodeURIComponent(set)}` : ''}`;

/** The overview, from `GET /api/home/leader`. */
export function LeaderOverview({ home }: { home: LeaderHome }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string | null>(null);
  const { year } = home;
  const detail = home.sets.find((s) => s.setId === chosen) ?? home.sets[0];
  const mapSet = home.sets.find((s) => s.map.length > 0);
  return (
    <Stack gap="lg">
      {year === null ? (
        <Text>{t('home.leader.nothingPublished')}</Text>
      ) : (
        <section aria-labelledby="home-levels">
          <Title order={2} size="h3" id="home-levels">
            {t('home.leader.levelsTitle', { year })}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {home.previousYear === null
              ? t('home.leader.noPreviousYear')
              : t('home.leader.comparedWith', { year: home.previousYear })}
          </Text>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {home.sets.map((set) => (
              <SetCard key={set.setId} set={set} year={year} previousYear={home.previousYear} />
            ))}
          </SimpleGrid>
        </section>
      )}
      {year !== null && mapSet ? (
        <section aria-labelledby="home-map">
          <Title order={2} size="h3" id="home-map">
            {t('home.leader.mapTitle', { set: mapSet.setName, year })}
          </Title>
          <DistrictMap
            tiles={mapSet.map.map((m) => ({
              code: m.code,
              value: m.percent,
              label: shortNames.get(m.code) ?? m.name,
            }))}
            title={t('home.leader.mapTitle', { set: mapSet.setName, year })}
            formatValue={(v) => `${formatPoints(v)}%`}
          />
          <Anchor component={Link} href={resultsHref(year, mapSet.setId)} size="sm">
            {t('home.leader.openTable')}
          </Anchor>
        </section>
      ) : year !== null && home.sets.length > 0 ? (
        <section aria-labelledby="home-map">
          <Title order={2} size="h3" id="home-map">
            {t('home.leader.noMapTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('home.leader.noMap', { year })}
          </Text>
          <Anchor component={Link} href={resultsHref(year, largestSet(home.sets))} size="sm">
            {t('home.leader.openTable')}
          </Anchor>
        </section>
      ) : null}
      {year !== null && detail ? (
        <section aria-labelledby="home-movers">
          <Group justify="space-between" align="flex-end">
            <Title order={2} size="h3" id="home-movers">
              {t('home.leader.moversTitle')}
            </Title>
            <NativeSelect
              label={t('home.leader.setLabel')}
              value={detail.setId}
              onChange={(e) => setChosen(e.currentTarget.value)}
              data={home.sets.map((s) => ({ value: s.setId, label: s.setName }))}
              maw={360}
            />
          </Group>
          <SimpleGrid cols={{ base: 1, md: 2 }} mt="sm">
            <Movers title={t('home.leader.up')} movers={detail.up} testId="movers-up" />
            <Movers title={t('home.leader.down')} movers={detail.down} testId="movers-down" />
          </SimpleGrid>
          {detail.derivedUnits > 0 ? (
            <Text size="xs" c="dimmed" mt={4} data-testid="movers-derived">
              {t('leaderHome.moversOwnOnly', { count: detail.derivedUnits })}
            </Text>
          ) : null}
          <Title order={3} size="h4" mt="md">
            {t('home.leader.tiesTitle', { count: detail.boundaryTies.length })}
          </Title>
          <Text size="sm" c="dimmed">
            {t('home.leader.tiesHint')}
          </Text>
          <Ties set={detail} />
          <Anchor component={Link} href={resultsHref(year, detail.setId)} size="sm">
            {t('home.leader.openTable')}
          </Anchor>
        </section>
      ) : null}
      <OpenPeriod open={home.open} />
    </Stack>
  );
}

function SetCard({
  set,
  year,
  previousYear,
}: {
  set: LeaderSetOverview;
  year: number;
  previousYear: number | null;
}) {
  const { t } = useTranslation();
  const compared = set.levels.some((l) => l.previousCount !== null);
  return (
    <Card withBorder padding="md" data-testid={`levels-${set.setId}`}>
      <Anchor component={Link} href={resultsHref(year, set.setId)} fw={600}>
        {set.setName}
      </Anchor>
      <Text size="sm" mb={6}>
        {t('home.leader.unitsRanked', { count: set.units })}
      </Text>
      <LevelStack set={set} />
      {compared && previousYear !== null ? (
        <Table mt="xs" fz="sm" withRowBorders={false} verticalSpacing={2}>
          <caption style={{ textAlign: 'left', fontSize: 'var(--mantine-font-size-xs)' }}>
            {t('home.leader.changeCaption', { year: previousYear, count: set.comparableUnits })}
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('home.leader.level')}</Table.Th>
              <Table.Th ta="right">{previousYear}</Table.Th>
              <Table.Th ta="right">{year}</Table.Th>
              <Table.Th ta="right">{t('home.leader.change')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {set.levels.map((l) => (
              <Table.Tr key={l.code} data-level={l.code}>
                <Table.Td>{l.name}</Table.Td>
                <Table.Td ta="right">{l.previousCount}</Table.Td>
                <Table.Td ta="right">{l.comparableCount}</Table.Td>
                <Table.Td ta="right">{signed((l.comparableCount ?? 0) - (l.previousCount ?? 0))}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      {compared && previousYear !== null && set.derivedUnits > 0 ? (
        <Text size="xs" c="dimmed" mt={4} data-testid={`derived-${set.setId}`}>
          {t('leaderHome.derivedNote', { count: set.derivedUnits })}
        </Text>
      ) : null}
      {compared && previousYear !== null ? null : (
        <Text size="xs" c="dimmed" mt="xs">
          {t('home.leader.noComparable')}
        </Text>
      )}
    </Card>
  );
}

function Movers({
  title,
  movers,
  testId,
}: {
  title: string;
  movers: LeaderSetOverview['up'];
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" data-testid={testId}>
      <Title order={3} size="h5" mb={4}>
        {title}
      </Title>
      {movers.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('home.leader.noMovers')}
        </Text>
      ) : (
        <Table.ScrollContainer type="native" tabIndex={0} minWidth={280}>
          <Table fz="sm" verticalSpacing={2}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('home.leader.unit')}</Table.Th>
                <Table.Th ta="right">{t('home.leader.rank')}</Table.Th>
                <Table.Th ta="right">{t('home.leader.change')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {movers.map((m) => (
                <Table.Tr key={m.code} data-code={m.code}>
                  <Table.Td>{m.name}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {m.previousRank} → {m.rank}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {signed(m.change)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}

function Ties({ set }: { set: LeaderSetOverview }) {
  const { t } = useTranslation();
  if (set.boundaryTies.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('home.leader.noTies')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer type="native" tabIndex={0} minWidth={320}>
      <Table fz="sm" verticalSpacing={2} data-testid="boundary-ties">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('home.leader.unit')}</Table.Th>
            <Table.Th ta="right">{t('home.leader.rank')}</Table.Th>
            <Table.Th ta="right">{t('home.leader.interval')}</Table.Th>
            <Table.Th>{t('home.leader.level')}</Table.Th>
            <Table.Th>{t('home.leader.couldBe')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {set.boundaryTies.map((u) => (
            <Table.Tr key={u.code} data-code={u.code}>
              <Table.Td>{u.name}</Table.Td>
              <Table.Td ta="right">{u.rank}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {u.lowRank}–{u.highRank}
              </Table.Td>
              <Table.Td>
                <LevelBadge level={u.level} size="sm" />
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {u.otherLevels.map((l) => (
                    <LevelBadge key={l} level={l} size="sm" />
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function OpenPeriod({ open }: { open: LeaderHome['open'] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="home-open">
      <Title order={2} size="h3" id="home-open">
        {open ? t('home.leader.openTitle', { year: open.year }) : t('home.leader.openNone')}
      </Title>
      {open ? (
        <>
          <Text size="sm" c="dimmed">
            {t(`cycle.state.${open.state}`)}
          </Text>
          <Table.ScrollContainer type="native" tabIndex={0} minWidth={560}>
            <Table fz="sm" data-testid="open-period">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('home.leader.set')}</Table.Th>
                  <Table.Th>{t('home.leader.deadline')}</Table.Th>
                  <Table.Th ta="right">{t('home.leader.units')}</Table.Th>
                  <Table.Th ta="right">{t('home.leader.started')}</Table.Th>
                  <Table.Th ta="right">{t('home.leader.submitted')}</Table.Th>
                  <Table.Th ta="right">{t('home.leader.late')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {open.sets.map((s) => (
                  <Table.Tr key={s.setId} data-set={s.setId}>
                    <Table.Td>{s.setName}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {s.deadline ? formatDateTime(s.deadline) : '—'}
                    </Table.Td>
                    <Table.Td ta="right">{s.units}</Table.Td>
                    <Table.Td ta="right">{formatNumber(s.started)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(s.submitted)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(s.submittedLate + s.overdue)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text size="xs" c="dimmed">
            {t('home.leader.lateHint')}
          </Text>
        </>
      ) : (
        <Text size="sm">{t('home.leader.openNoneHint')}</Text>
      )}
    </section>
  );
}
