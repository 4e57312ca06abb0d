// A schematic tile map of Lào Cai's nine district-level units (no licensed boundary file exists):
// equal tiles placed roughly where each district lies, coloured by value, each one focusable.
import { Fragment, useId, useState, type KeyboardEvent } from 'react';
import { formatNumber } from '../../i18n/format';
import { levelColors, levelOfPercent, noDataColor, textColorOn } from './level-colors';

/** GSO codes of the nine district-level units of Lào Cai (2023). */
export type DistrictCode = '080' | '082' | '083' | '084' | '085' | '086' | '087' | '088' | '089';

/** One district's value on the map. `value` null = no data. */
export interface DistrictTile {
  code: string;
  value: number | null;
  label: string;
}

/** Tile positions in tile units (x may be fractional: rows are staggered like the real map). */
export const districtTileLayout: Record<DistrictCode, { x: number; y: number; name: string }> = {
  '082': { x: 0, y: 0, name: 'Bát Xát' },
  '080': { x: 1.05, y: 0, name: 'TP Lào Cai' },
  '083': { x: 2.1, y: 0, name: 'Mường Khương' },
  '084': { x: 3.15, y: 0, name: 'Si Ma Cai' },
  '088': { x: 0, y: 1, name: 'Sa Pa' },
  '086': { x: 1.575, y: 1, name: 'Bảo Thắng' },
  '085': { x: 3.15, y: 1, name: 'Bắc Hà' },
  '089': { x: 0.525, y: 2, name: 'Văn Bàn' },
  '087': { x: 2.625, y: 2, name: 'Bảo Yên' },
};

const tileW = 160;
const tileH = 120;
const gap = 8;

/** Splits a long label into two lines at the space nearest its middle. */
export function splitLabel(label: string, maxChars = 11): string[] {
  if (label.length <= maxChars || !label.includes(' ')) return [label];
  let best = -1;
  for (let i = 0; i < label.length; i += 1) {
    if (label[i] === ' ' && (best < 0 || Math.abs(i - label.length / 2) < Math.abs(best - label.length / 2)))
      best = i;
  }
  return [label.slice(0, best), label.slice(best + 1)];
}

function isDistrictCode(code: string): code is DistrictCode {
  return code in districtTileLayout;
}

/** Props of the district tile map. */
export interface DistrictTileMapProps {
  tiles: readonly DistrictTile[];
  /** Accessible title of the map. */
  title: string;
  /** Fill of a value; default: the value is a percentage, coloured by its level. */
  colorOf?: (value: number) => string;
  /** Text of a value on its tile; default: `73,16%`. */
  formatValue?: (value: number) => string;
  /** Text for a tile without a value. */
  noDataText?: string;
  onSelect?: (code: string) => void;
}

const defaultColor = (value: number): string => levelColors[levelOfPercent(value)];
const defaultFormat = (value: number): string => `${formatNumber(value)}%`;

/** The nine districts as labelled, coloured, keyboard-focusable tiles. */
export function DistrictTileMap({
  tiles,
  title,
  colorOf = defaultColor,
  formatValue = defaultFormat,
  noDataText = 'Chưa có dữ liệu',
  onSelect,
}: DistrictTileMapProps) {
  const titleId = useId();
  const [active, setActive] = useState<string | null>(null);
  const placed = tiles.filter((t) => isDistrictCode(t.code));
  const describe = (t: DistrictTile) => `${t.label}: ${t.value === null ? noDataText : formatValue(t.value)}`;
  const activeTile = placed.find((t) => t.code === active);
  const width = 3.15 * (tileW + gap) + tileW;
  const height = 3 * tileH + 2 * gap;

  const onKey = (event: KeyboardEvent, code: string) => {
    if (onSelect && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      onSelect(code);
    }
  };

  return (
    <figure style={{ margin: 0 }}>
      <svg
        viewBox={`-3 -3 ${width + 6} ${height + 6}`}
        role="group"
        aria-labelledby={titleId}
        style={{ width: '100%', height: 'auto', maxWidth: 720, display: 'block' }}
      >
        <title id={titleId}>{title}</title>
        {placed.map((tile) => {
          const pos = districtTileLayout[tile.code as DistrictCode];
          const fill = tile.value === null ? noDataColor : colorOf(tile.value);
          const ink = textColorOn(fill);
          const x = pos.x * (tileW + gap);
          const y = pos.y * (tileH + gap);
          const isActive = active === tile.code;
          const lines = splitLabel(tile.label);
          return (
            <g
              key={tile.code}
              data-code={tile.code}
              tabIndex={0}
              role={onSelect ? 'button' : 'img'}
              aria-label={describe(tile)}
              onFocus={() => setActive(tile.code)}
              onBlur={() => setActive((c) => (c === tile.code ? null : c))}
              onMouseEnter={() => setActive(tile.code)}
              onMouseLeave={() => setActive((c) => (c === tile.code ? null : c))}
              onClick={onSelect ? () => onSelect(tile.code) : undefined}
              onKeyDown={(e) => onKey(e, tile.code)}
              style={{ cursor: onSelect ? 'pointer' : 'default', outline: 'none' }}
            >
              <title>{describe(tile)}</title>
              <rect
                x={x}
                y={y}
                width={tileW}
                height={tileH}
                rx={10}
                fill={fill}
                stroke={isActive ? '#000000' : '#ffffff'}
                strokeWidth={isActive ? 4 : 2}
              />
              {/* one text element with spaces between its parts, so the visible text reads
                  "Mường Khương 40%" like the accessible name (axe: label-content-name-mismatch) */}
              <text textAnchor="middle" fill={ink}>
                {lines.map((line, i) => (
                  <Fragment key={line}>
                    {i > 0 ? ' ' : null}
                    <tspan
                      x={x + tileW / 2}
                      y={y + tileH / 2 + (lines.length === 1 ? -4 : i * 26 - 24)}
                      fontSize={24}
                      fontWeight={700}
                    >
                      {line}
                    </tspan>
                  </Fragment>
                ))}{' '}
                <tspan x={x + tileW / 2} y={y + tileH / 2 + (lines.length === 1 ? 30 : 38)} fontSize={22}>
                  {tile.value === null ? '—' : formatValue(tile.value)}
                </tspan>
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption aria-live="polite" style={{ minHeight: '1.5em', fontSize: 14, marginTop: 4 }}>
        {activeTile ? describe(activeTile) : ''}
      </figcaption>
    </figure>
  );
}
