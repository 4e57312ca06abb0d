import { describe, expect, it } from 'vitest';
import vi from '../../i18n/vi.json';
import { navItems } from './nav-items';

/** The Vietnamese text at a dotted key, or undefined. */
function textAt(key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => {
    if (typeof node !== 'object' || node === null) return undefined;
    return (node as Record<string, unknown>)[part];
  }, vi);
}

describe('navigation texts', () => {
  it('every navigation item has a label and the hint its home card shows', () => {
    const missing = navItems
      .flatMap((item) => [item.labelKey, `${item.labelKey}Hint`])
      .filter((key) => typeof textAt(key) !== 'string');
    expect(missing).toEqual([]);
  });
});
