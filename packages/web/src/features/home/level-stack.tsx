// One set's units at each level as a stacked bar (light: no chart library), with the counts
// written out beside it for screen readers and small screens.
import { Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LeaderSetOverview } from '@dti/contract';
import { levelColors, textColorOn, type LevelCode } from '../map/level-colors';

const colorOf = (code: string) => levelColors[code as LevelCode] ?? '#868e96';

/** The stacked bar of a set's levels. */
export function LevelStack({ set }: { set: LeaderSetOverview }) {
  const { t } = useTranslation();
  const described = set.levels.map((l) => `${l.name}: ${l.count}`).join(', ');
  return (
    <div>
      <div role="img" aria-label={t('home.leader.levelsOf', { set: set.setName, levels: described })}>
        <Progress.Root size={28}>
          {set.levels
            .filter((l) => l.count > 0)
            .map((l) => (
              <Progress.Section
                key={l.code}
                value={(100 * l.count) / set.units}
                color={colorOf(l.code)}
                aria-hidden
              >
                <Progress.Label c={textColorOn(colorOf(l.code))} fz="sm">
                  {l.count}
                </Progress.Label>
              </Progress.Section>
            ))}
        </Progress.Root>
      </div>
      <Group gap="md" mt={4} aria-hidden>
        {set.levels.map((l) => (
          <Text key={l.code} size="xs">
            <span
              style={{
                display: 'inline-block',
                width: 10,
                height: 10,
                background: colorOf(l.code),
                marginRight: 4,
              }}
            />
            {l.name} {l.count}
          </Text>
        ))}
      </Group>
    </div>
  );
}
