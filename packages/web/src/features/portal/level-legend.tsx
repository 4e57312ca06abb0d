// The four levels with their colours and thresholds.
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { levelColors, textColorOn, type LevelCode } from '../map/level-colors';

const order: readonly LevelCode[] = ['DAN_DAT', 'NANG_CAO', 'HINH_THANH', 'KHOI_DONG'];

/** Legend of the levels. */
export function LevelLegend() {
  const { t } = useTranslation();
  return (
    <Group gap="xs" role="list" aria-label={t('portal.levelsTitle')}>
      {order.map((code) => (
        <Badge
          key={code}
          role="listitem"
          size="lg"
          radius="sm"
          color={levelColors[code]}
          c={textColorOn(levelColors[code])}
          tt="none"
        >
          {t(`levels.${code}`)}
        </Badge>
      ))}
    </Group>
  );
}
