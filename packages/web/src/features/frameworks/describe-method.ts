// A scoring method in plain words ("Tỷ lệ A / B × điểm tối đa"), for the framework tree.
import type { TFunction } from 'i18next';
import type { InputDef, Method } from '@dti/core';
import { formatNumber } from '../../i18n/format';

/** Describes how a sub-index is scored, in the interface language. */
export function describeMethod(method: Method, inputs: readonly InputDef[], t: TFunction): string {
  const label = (key: string) => inputs.find((i) => i.key === key)?.label ?? key;
  const pct = (fraction: number) => `${formatNumber(fraction * 100)}%`;
  switch (method.type) {
    case 'boolean':
      return t('method.boolean', { input: label(method.input) });
    case 'ratio': {
      const base = t('method.ratio', {
        numerator: label(method.numerator),
        denominator: label(method.denominator),
      });
      return method.target === undefined
        ? base
        : `${base}; ${t('method.target', { target: formatNumber(method.target * 100) })}`;
    }
    case 'percent':
      return method.target === undefined
        ? t('method.percent', { input: label(method.input) })
        : `${t('method.percent', { input: label(method.input) })}; ${t('method.target', { target: formatNumber(method.target) })}`;
    case 'steps':
      return t('method.steps', {
        input: label(method.input),
        steps: method.steps
          .map((s) => t('method.step', { atLeast: formatNumber(s.atLeast), points: formatNumber(s.points) }))
          .join('; '),
      });
    case 'choice':
      return t('method.choice', {
        options: method.options.map((o) => `${o.label}: ${pct(o.fraction)}`).join('; '),
      });
    case 'parts':
      return t('method.parts', {
        parts: method.parts.map((p) => `${label(p.input)}: ${pct(p.fraction)}`).join('; '),
      });
    case 'count':
      return t('method.count', { input: label(method.input), points: formatNumber(method.pointsEach) });
    case 'relative':
      return t('method.relative', { input: label(method.input) });
    case 'manual':
      return t('method.manual');
    case 'none':
      return t('method.none');
  }
}
