// A rank with its 90 % interval beside it ("3 (2–5)"), a tooltip that explains it in words, and a
// mark for units statistically tied with others.
import { Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { formatInterval, type ShownInterval } from './rank-intervals';

/** Props of `RankCell`. */
export interface RankCellProps {
  rank: number;
  interval: ShownInterval | undefined;
  /** Simulation settings, for the tooltip. */
  runs: number;
  adjustmentBand: number;
  weightBand: number;
  /** Names of the units by code, for the tied-with list. */
  nameOf: (code: string) => string;
}

/** The rank, its interval and the tie mark. */
export function RankCell({ rank, interval, runs, adjustmentBand, weightBand, nameOf }: RankCellProps) {
  const { t } = useTranslation();
  if (!interval) return <>{rank}</>;
  const percent = (band: number) => formatNumber(Math.round(band * 1000) / 10);
  const explain =
    interval.low === interval.high
      ? t('analysis.intervalFixed', { rank: interval.low, runs })
      : t('analysis.intervalTooltip', {
          low: interval.low,
          high: interval.high,
          median: interval.median,
          runs,
          adjustment: percent(adjustmentBand),
          weight: percent(weightBand),
        });
  const tied = interval.tiedWith.length > 0;
  const names = interval.tiedWith.slice(0, 5).map(nameOf).join(', ');
  const more =
    interval.tiedWith.length > 5 ? t('analysis.andMore', { count: interval.tiedWith.length - 5 }) : '';
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {rank}{' '}
      <Tooltip label={explain} multiline w={300} withArrow events={{ hover: true, focus: true, touch: true }}>
        <Text span size="xs" c="dimmed" tabIndex={0} data-interval={formatInterval(interval)}>
          ({formatInterval(interval)})
        </Text>
      </Tooltip>
      {tied ? (
        <Tooltip
          label={t('analysis.tiedTooltip', { units: `${names}${more}` })}
          multiline
          w={300}
          withArrow
          events={{ hover: true, focus: true, touch: true }}
        >
          <Text span size="sm" fw={700} c="orange.9" ml={4} tabIndex={0} aria-label={t('analysis.tiedLabel')}>
            ≈
          </Text>
        </Tooltip>
      ) : null}
    </span>
  );
}
