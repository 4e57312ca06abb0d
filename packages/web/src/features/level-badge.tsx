// A level as a coloured badge (Dẫn dắt green, Nâng cao blue, Hình thành orange, Khởi động red).
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { levelColors, textColorOn, type LevelCode } from './map/level-colors';

const isLevel = (code: string): code is LevelCode => code in levelColors;

/** The level badge; unknown codes are shown grey with their code. */
export function LevelBadge({ level, size = 'md' }: { level: string; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  const color = isLevel(level) ? levelColors[level] : '#495057';
  return (
    <Badge
      size={size}
      radius="sm"
      tt="none"
      color={color}
      c={textColorOn(color)}
      style={{ whiteSpace: 'nowrap' }}
    >
      {isLevel(level) ? t(`cycle.levelName.${level}`) : level}
    </Badge>
  );
}
