// Renders a component inside the providers the application uses (Mantine theme, session).
import type { ReactElement } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { SessionProvider, type SessionState } from '../features/session/session-context';
import { theme } from '../theme';

/** Renders `ui` with Mantine and a session (anonymous unless given). */
export function renderWithProviders(
  ui: ReactElement,
  session: SessionState = { status: 'anonymous' },
): RenderResult {
  return render(
    <MantineProvider theme={theme}>
      <SessionProvider initial={session}>{ui}</SessionProvider>
    </MantineProvider>,
  );
}
