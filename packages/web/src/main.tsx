// Entry point: Mantine theme, i18n, session, routes.
import './mantine-styles';
import './app.css';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider, type CSSVariablesResolver } from '@mantine/core';
import { App, preloadFor } from './app';
import { registerServiceWorker } from './features/offline/offline-copies';
import { SessionProvider } from './features/session/session-context';
import { fetchCurrentSession } from './api/session';
import { rememberLanguageCookie, setupI18n, startI18n, storedLanguage } from './i18n/i18n';
import { theme } from './theme';

setupI18n();
// the choice of a device that chose before the cookie existed
rememberLanguageCookie(storedLanguage());

// Mantine's dimmed grey and light-variant text miss WCAG AA contrast (4.5:1) on white: use a darker grey.
const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // light variants (alerts, badges) write in a darker shade so text keeps 4.5:1 on their tint
    '--mantine-color-orange-light-color': '#a84300',
    '--mantine-color-green-light-color': '#1e6b30',
    '--mantine-color-red-light-color': '#b02525',
    '--mantine-color-yellow-light-color': '#7a5200',
    '--mantine-color-blue-light-color': '#1864ab',
    '--mantine-color-anchor': '#1864ab',
  },
  dark: {},
});

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

registerServiceWorker();
// Who is signed in, asked now rather than after React's first render (the form's requests wait on it);
// a failure reads as anonymous, as in SessionProvider.
const pendingSession = fetchCurrentSession().catch(() => null);
preloadFor(window.location, pendingSession);

// The first render as a transition: React renders it in slices and yields to the browser between
// them, instead of one long task that blocks the main thread.
const reactRoot = createRoot(root);
const render = (): void =>
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
          <SessionProvider pending={pendingSession}>
            <App />
          </SessionProvider>
        </MantineProvider>
      </StrictMode>,
    );
  });
// Vietnamese is in the bundle: render at once; English waits for its chunk (no Vietnamese flash).
if (storedLanguage() === 'vi') render();
else void startI18n().then(render, render);
