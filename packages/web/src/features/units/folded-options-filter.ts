// Search in Mantine Select/Combobox options ignoring diacritics (typing "bac ha" finds "Bắc Hà").
import type { ComboboxItem, OptionsFilter } from '@mantine/core';
import { foldVietnamese } from '@dti/core';

/** A Mantine options filter that folds Vietnamese diacritics (đ = d) on both sides. */
export const foldedOptionsFilter: OptionsFilter = ({ options, search, limit }) => {
  const query = foldVietnamese(search.trim());
  const found: ComboboxItem[] = [];
  for (const option of options) {
    if ('group' in option) continue;
    if (foldVietnamese(option.label).includes(query)) found.push(option);
    if (found.length >= limit) break;
  }
  return found;
};
