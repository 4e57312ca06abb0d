// The Mantine theme: system fonts that carry Vietnamese diacritics, blue as the primary colour.
import { createTheme } from '@mantine/core';

/** The application's Mantine theme. */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'md',
});
