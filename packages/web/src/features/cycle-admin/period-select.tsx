// Choosing a period (year) on the council, administrator and results pages.
import { Select } from '@mantine/core';
import type { Period } from '@dti/contract';
import { useTranslation } from 'react-i18next';

/** The default year: the first period in one of `preferred` states, else the latest. */
export function defaultYear(
  periods: readonly Period[],
  preferred: readonly Period['state'][],
): number | null {
  for (const state of preferred) {
    const found = periods.find((p) => p.state === state);
    if (found) return found.year;
  }
  return [...periods].sort((a, b) => b.year - a.year)[0]?.year ?? null;
}

/** A select of the periods. */
export function PeriodSelect({
  periods,
  year,
  onChange,
}: {
  periods: readonly Period[];
  year: number | null;
  onChange: (year: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('cycle.period')}
      data={[...periods]
        .sort((a, b) => b.year - a.year)
        .map((p) => ({ value: String(p.year), label: `${p.year} — ${t(`cycle.state.${p.state}`)}` }))}
      value={year === null ? null : String(year)}
      onChange={(v) => v && onChange(Number(v))}
      allowDeselect={false}
      w={240}
    />
  );
}
