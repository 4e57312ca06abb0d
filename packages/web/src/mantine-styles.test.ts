// mantine-styles.ts imports Mantine's styles per component. This test finds every component the
// application imports from '@mantine/core', follows Mantine's own modules from each to the CSS
// modules they use (Button → UnstyledButton, Loader…), and checks that each of those stylesheets is
// imported, in the order of Mantine's full styles.css. A component added without its styles fails here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const srcDir = dirname(fileURLToPath(import.meta.url));
// the package's own folder, from its main ESM entry (esm/index.mjs)
const mantineDir = dirname(dirname(createRequire(import.meta.url).resolve('@mantine/core')));
const esmDir = join(mantineDir, 'esm');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Names imported as values from '@mantine/core' anywhere in src (types left out). */
function usedComponents(): Set<string> {
  const used = new Set<string>();
  for (const file of sourceFiles(srcDir)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/import\s+\{([^}]*)\}\s+from\s+'@mantine\/core'/g)) {
      for (const part of (match[1] ?? '').split(',')) {
        const name = part.trim();
        if (/^[A-Z]\w*$/.test(name)) used.add(name);
      }
    }
  }
  return used;
}

/** The CSS modules (by name) Mantine's modules reach from the given components' entry files. */
function stylesNeeded(components: Iterable<string>): Set<string> {
  const needed = new Set<string>();
  const seen = new Set<string>();
  const stack = [...components]
    .map((name) => join(esmDir, 'components', name, `${name}.mjs`))
    .filter((file) => {
      try {
        return statSync(file).isFile();
      } catch {
        return false; // not a component (MantineProvider, createTheme…): no styles of its own
      }
    });
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.module.mjs')) needed.add(basename(file, '.module.mjs'));
    for (const match of readFileSync(file, 'utf8').matchAll(/from "(\.[^"]+\.mjs)"/g)) {
      stack.push(resolve(dirname(file), match[1] ?? ''));
    }
  }
  return needed;
}

const imported = [
  ...readFileSync(join(srcDir, 'mantine-styles.ts'), 'utf8').matchAll(
    /^import '@mantine\/core\/styles\/([\w-]+)\.css';$/gm,
  ),
].map((match) => match[1] ?? '');

describe('Mantine styles per component', () => {
  it('imports the global styles and the styles of every component the application uses', () => {
    const used = usedComponents();
    expect(used.has('Button')).toBe(true); // the scan finds the imports
    const needed = stylesNeeded(used);
    expect(needed.has('UnstyledButton')).toBe(true); // and follows Mantine's own modules
    const missing = [...needed].filter((name) => !imported.includes(name)).sort();
    expect(missing, `add to mantine-styles.ts: ${missing.join(', ')}`).toEqual([]);
    expect(imported.slice(0, 3)).toEqual(['baseline', 'default-css-variables', 'global']);
  });

  it('keeps the order of Mantine’s full stylesheet, so a component’s styles come after those it builds on', () => {
    const all = readFileSync(join(mantineDir, 'styles.css'), 'utf8');
    const positions = imported.map((name) => {
      const own = readFileSync(join(mantineDir, 'styles', `${name}.css`), 'utf8').trim();
      return all.indexOf(own.slice(0, 200));
    });
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('is the only way Mantine styles enter the application', () => {
    const whole = sourceFiles(srcDir).filter((file) =>
      /import\s+'@mantine\/core\/styles(?:\.layer)?\.css'/.test(readFileSync(file, 'utf8')),
    );
    expect(whole).toEqual([]);
  });
});
