// What Mantine needs from a browser that jsdom lacks (matchMedia, ResizeObserver), the i18n setup
// in Vietnamese, and cleanup between tests. Import it first in every *.test.tsx.
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { setupI18n } from '../i18n/i18n';

if (typeof window !== 'undefined') {
  const matchMedia = (query: string): MediaQueryList =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
  if (typeof window.matchMedia !== 'function')
    Object.defineProperty(window, 'matchMedia', { value: matchMedia, writable: true });
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
  if (typeof window.HTMLElement.prototype.scrollIntoView !== 'function') {
    Object.defineProperty(window.HTMLElement.prototype, 'scrollIntoView', { value: () => undefined });
  }
}

setupI18n();

afterEach(() => {
  cleanup();
});
