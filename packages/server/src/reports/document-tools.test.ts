// Under CI every tool the document tests read their output with must be there: a missing one fails
// here by name (and the tests that need it run and fail too, instead of skipping).
import { describe, expect, it } from 'vitest';
import {
  hasCommand,
  hasLibreOfficeWriter,
  hasPdftotext,
  hasSoffice,
  isCi,
  skipWithout,
} from './document-tools.fixture';

describe('document tools', () => {
  it.runIf(isCi)('are all installed under CI (poppler-utils, libreoffice-calc, libreoffice-writer)', () => {
    expect({ pdftotext: hasPdftotext, soffice: hasSoffice, lowriter: hasLibreOfficeWriter }).toEqual({
      pdftotext: true,
      soffice: true,
      lowriter: true,
    });
  });

  it('finds commands on the PATH, not at fixed places', () => {
    expect(hasCommand('sh')).toBe(true);
    expect(hasCommand('no-such-command-dti-4242')).toBe(false);
  });

  it('never skips under CI', () => {
    expect(skipWithout(true)).toBe(false);
    expect(skipWithout(false)).toBe(!isCi);
  });
});
