// The Mantine theme: system fonts that carry Vietnamese diacritics, blue as the primary colour.
import { Combobox, createTheme, Loader } from '@mantine/core';

/** The application's Mantine theme. */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'md',
  components: {
    // A closed Select keeps no dropdown in the page (Mantine's Combobox default keeps it mounted,
    // hidden, and positions it on mount: a forced style and layout pass for nothing). Set on
    // Combobox, not Select: a Select's own comboboxProps would replace a Select default.
    Combobox: Combobox.extend({ defaultProps: { keepMounted: false } }),
    // Every loader is a status (a live region that says its aria-label, "Đang tải…"): an
    // aria-label on a span without a role is not allowed (axe aria-prohibited-attr).
    Loader: Loader.extend({ defaultProps: { role: 'status' } }),
  },
});
