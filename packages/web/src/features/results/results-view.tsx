// Results of a year: a set, a group, the ranking (ties as ties), a unit's scorecard, the heat map
// of units × main indices, and for districts the tile map coloured by level. Every table has a CSV.
import { useEffect, useState } from 'react';
import { Alert, Select, SegmentedControl, Stack, Tabs, Text, Title } from '@mantine/core';
import type { SetRankIntervals, SetResults } from '@dti/contract';
import type { Framework } from '@dti/core';
import { useTranslation } from 'react-i18next';
import { formatPoints } from '../../i18n/format';
import { loadFramework } from '../assessment/framework-model';
import { DistrictMap } from '../map/district-map';
import { levelColors, type LevelCode } from '../map/level-colors';
import { districtNames } from '../portal/district-names';
import { ProvenanceNotice } from '../provenance/provenance-notice';
import { HeatMap } from './heat-map';
import { RankingTable } from './ranking-table';
import { groupsOf } from './result-model';
import { Scorecard } from './scorecard';
import type { PlanSource } from './unit-plan';

/** Props of `ResultsView`. */
export interface ResultsViewProps {
  year: number;
  sets: readonly SetResults[];
  /** The year before, when it exists (for the change from last year). */
  previous?: { year: number; sets: readonly SetResults[] } | undefined;
  /** Rank intervals per set, shown next to the ranks once loaded. */
  intervals?: readonly SetRankIntervals[] | undefined;
  /** Where scorecards take the plan to the next level from. */
  planSource?: PlanSource | undefined;
  /** The set shown first (default: the first one). */
  initialSet?: string | undefined;
  /** The unit whose scorecard is open at first. */
  initialSelected?: string | null | undefined;
}

const districtName = new Map(districtNames.map((d) => [d.code, d.name]));

/** The results view. */
export default function ResultsView({
  year,
  sets,
  previous,
  intervals,
  planSource,
  initialSet,
  initialSelected,
}: ResultsViewProps) {
  const { t } = useTranslation();
  const [setId, setSetId] = useState<string | null>(
    sets.find((s) => s.set === initialSet)?.set ?? sets[0]?.set ?? null,
  );
  const [group, setGroup] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(initialSelected ?? null);
  const [frameworks, setFrameworks] = useState<Record<string, Framework>>({});
  const [mapBy, setMapBy] = useState<'level' | 'score'>('level');
  const results = sets.find((s) => s.set === setId) ?? sets[0];
  const before = previous?.sets.find((s) => s.set === results?.set);
  const setIntervals = intervals?.find((s) => s.setId === results?.set);
  useEffect(() => {
    for (const id of [results?.framework, before?.framework]) {
      if (id && !frameworks[id])
        void loadFramework(id)
          .then((f) => setFrameworks((m) => ({ ...m, [id]: f })))
          .catch(() => undefined);
    }
  }, [results?.framework, before?.framework, frameworks]);
  if (!results) return <Text c="dimmed">{t('portal.noResults')}</Text>;
  const framework = frameworks[results.framework];
  const set = framework?.sets.find((s) => s.id === results.set);
  const groups = groupsOf(results);
  const tiles =
    results.set === 'HUYEN'
      ? districtNames.map((d) => {
          const u = results.units.find((x) => x.code === d.code);
          return {
            code: d.code,
            label: d.shortName,
            value: u ? (mapBy === 'level' ? u.percent : u.total) : null,
          };
        })
      : [];
  return (
    <Stack>
      <ProvenanceNotice sets={sets} />
      <Select
        label={t('cycle.set')}
        data={sets.map((s) => ({
          value: s.set,
          label: framework?.sets.find((x) => x.id === s.set)?.name ?? s.set,
        }))}
        value={results.set}
        onChange={(v) => {
          setSetId(v);
          setGroup(null);
          setSelected(null);
        }}
        allowDeselect={false}
        maw={480}
      />
      {groups.length > 0 ? (
        <Select
          label={t('cycle.group')}
          data={[
            { value: '', label: t('cycle.allUnits') },
            ...groups.map((g) => ({ value: g, label: districtName.get(g) ?? g })),
          ]}
          value={group ?? ''}
          onChange={(v) => setGroup(v ? v : null)}
          allowDeselect={false}
          maw={320}
        />
      ) : null}
      {results.units.length === 0 ? (
        <Alert color="gray" variant="light" role="status" data-no-units={results.set}>
          {t('reorg.noUnits', { year })}
        </Alert>
      ) : (
        <Tabs defaultValue="ranking" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="ranking">{t('cycle.ranking')}</Tabs.Tab>
            <Tabs.Tab value="heat">{t('cycle.heatTitle')}</Tabs.Tab>
            {results.set === 'HUYEN' ? <Tabs.Tab value="map">{t('portal.mapTitle')}</Tabs.Tab> : null}
          </Tabs.List>
          <Tabs.Panel value="ranking" pt="sm">
            <Stack>
              {selected ? (
                <Scorecard
                  year={year}
                  unitCode={selected}
                  results={results}
                  framework={framework}
                  group={group}
                  interval={setIntervals?.units.find((u) => u.code === selected)}
                  planSource={planSource}
                />
              ) : (
                <Text size="sm" c="dimmed">
                  {t('cycle.pickUnit')}
                </Text>
              )}
              <RankingTable
                results={results}
                group={group}
                year={year}
                onSelect={setSelected}
                selected={selected}
                intervals={setIntervals}
              />
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="heat" pt="sm">
            <HeatMap results={results} set={set} group={group} year={year} />
          </Tabs.Panel>
          {results.set === 'HUYEN' ? (
            <Tabs.Panel value="map" pt="sm">
              <Stack gap="xs">
                <SegmentedControl
                  size="xs"
                  w="fit-content"
                  aria-label={t('cycle.colourBy')}
                  value={mapBy}
                  onChange={(v) => setMapBy(v === 'score' ? 'score' : 'level')}
                  data={[
                    { value: 'level', label: t('cycle.byLevel') },
                    { value: 'score', label: t('cycle.byScore') },
                  ]}
                />
                <Title order={3} size="h5">
                  {t('portal.mapTitle')}
                </Title>
                <DistrictMap
                  tiles={tiles}
                  title={t('portal.mapTitle')}
                  noDataText={t('portal.noData')}
                  onSelect={setSelected}
                  {...(mapBy === 'score'
                    ? {
                        colorOf: (v: number) => scoreColor(v / results.maxPoints),
                        formatValue: (v: number) => formatPoints(v),
                      }
                    : {})}
                />
              </Stack>
            </Tabs.Panel>
          ) : null}
        </Tabs>
      )}
    </Stack>
  );
}

const ramp: readonly LevelCode[] = ['KHOI_DONG', 'HINH_THANH', 'NANG_CAO', 'DAN_DAT'];

/** A colour for a share of the maximum (0–1), in four bands of the level colours. */
function scoreColor(share: number): string {
  const band = Math.min(3, Math.max(0, Math.floor(share * 4)));
  return levelColors[ramp[band] ?? 'KHOI_DONG'];
}
