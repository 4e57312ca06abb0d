// The portal's first view of a published year: the ranking of one set (code, name, total, percent,
// level, rank and its interval) from the lean public route. Index and sub-index detail, the other
// year, the heat map and the charts load only when the visitor opens the detail.
import { startTransition, useEffect, useState } from 'react';
import { Alert, Button, Group, Loader, Select, Stack } from '@mantine/core';
import { ProvenanceNotice } from '../provenance/provenance-notice';
import type { PublicRanking, SetRankIntervals } from '@dti/contract';
import { useTranslation } from 'react-i18next';
import { getPublicRankIntervals } from '../../api/analysis';
import { getPublicRanking } from '../../api/results';
import { RankingTable } from '../results/ranking-table';
import { groupsOf } from '../results/result-model';
import { useErrorMessage } from '../session/error-alert';
import { districtNames } from './district-names';

const districtName = new Map(districtNames.map((d) => [d.code, d.name]));

/** Props of `PortalRanking`. */
export interface PortalRankingProps {
  year: number;
  /** Opens the detailed results of the set, on a unit's scorecard when one was clicked. */
  onOpenDetail: (setId: string, unitCode: string | null) => void;
}

/** The lean ranking of one set of a published year. */
export function PortalRanking({ year, onOpenDetail }: PortalRankingProps) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [setId, setSetId] = useState<string | null>(null);
  const [group, setGroup] = useState<string | null>(null);
  const [ranking, setRanking] = useState<PublicRanking | null>(null);
  const [intervals, setIntervals] = useState<SetRankIntervals | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    getPublicRanking(year, setId ?? undefined, controller.signal)
      // a transition: React renders the table in slices instead of one long task
      .then((next) => startTransition(() => setRanking(next)))
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setError(e);
      });
    return () => controller.abort();
  }, [year, setId]);

  // Rank intervals come after the table and never block it (the first request computes them).
  const shownSet = ranking?.year === year ? ranking.set : null;
  useEffect(() => {
    if (shownSet === null) return;
    const controller = new AbortController();
    setIntervals(null);
    getPublicRankIntervals(year, shownSet, controller.signal)
      .then((list) => startTransition(() => setIntervals(list.find((s) => s.setId === shownSet) ?? null)))
      .catch(() => undefined);
    return () => controller.abort();
  }, [year, shownSet]);

  if (error) {
    return (
      <Alert color="red" title={describe(error).message}>
        {t('errors.code', { code: describe(error).code })}
      </Alert>
    );
  }
  if (!ranking || ranking.year !== year || (setId !== null && ranking.set !== setId)) {
    return <Loader size="sm" aria-label={t('common.loading')} />;
  }
  const groups = groupsOf(ranking);
  return (
    <Stack>
      <ProvenanceNotice sets={[{ provenance: ranking.provenance }]} />
      <Group align="flex-end" gap="sm">
        <Select
          label={t('cycle.set')}
          data={ranking.sets.map((s) => ({ value: s.id, label: s.name }))}
          value={ranking.set}
          onChange={(v) => {
            if (v) {
              setGroup(null);
              setSetId(v);
            }
          }}
          allowDeselect={false}
          maw={480}
          style={{ flexGrow: 1 }}
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
      </Group>
      <Button
        variant="light"
        w="fit-content"
        h="auto"
        py={6}
        styles={{ root: { maxWidth: '100%' }, label: { whiteSpace: 'normal', textAlign: 'left' } }}
        onClick={() => onOpenDetail(ranking.set, null)}
        data-testid="open-detail"
      >
        {t('offline.portal.openDetail')}
      </Button>
      <RankingTable
        results={ranking}
        group={group}
        year={year}
        onSelect={(code) => onOpenDetail(ranking.set, code)}
        selected={null}
        intervals={intervals ?? undefined}
      />
    </Stack>
  );
}
