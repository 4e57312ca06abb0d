// What a page of the web application will ask for as soon as its main script runs, named in the
// page's HTML so the browser asks while that script is still downloading (issue 13: on 3G each
// request chain costs round trips of ≈ 150 ms, and the main script takes ≈ 1 s to arrive):
//
// - the lazily loaded chunks of the address (the signed-in layout, the officer's form), found in the
//   build's manifest (`dist/.vite/manifest.json`) with every chunk they import, at low priority so
//   they never hold back the main script and the style sheet;
// - with a session cookie, the session's own address and, on the form, its combined first read,
//   spelled exactly as the web app asks for them (`@dti/contract` web-addresses.ts) so the browser
//   hands the page the preloaded answers instead of asking twice.
//
// The web app's `preloadFor` (app.tsx) starts the same loads itself; these only start them earlier.
import {
  assessmentFormPath,
  currentSessionAddress,
  officerFormAddress,
  signedInAreaPattern,
} from '@dti/contract';

/** One chunk of Vite's build manifest (the fields used here). */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}
/** Vite's build manifest: chunks by source path (or `_name` for shared chunks). */
export type BuildManifest = Record<string, ManifestChunk>;

/** The source modules of the lazily loaded parts that some addresses need at once. */
export const lazyModules = {
  signedInLayout: 'src/features/shell/app-layout.tsx',
  assessmentPage: 'src/routes/assessment.page.tsx',
} as const;

/** The address of a page request and whether the browser holds the readable session cookie. */
export interface PageRequest {
  path: string;
  search: string;
  hasSessionCookie: boolean;
}

/** `key`'s chunk and every chunk it imports, as files (`assets/…`), depth first. */
function chunkClosure(manifest: BuildManifest, key: string, into: Set<string>, seen: Set<string>): void {
  if (seen.has(key)) return;
  seen.add(key);
  const chunk = manifest[key];
  if (!chunk) return;
  into.add(chunk.file);
  for (const imported of chunk.imports ?? []) chunkClosure(manifest, imported, into, seen);
}

/** The files the entry (the main script) loads itself: never preloaded again. */
function entryFiles(manifest: BuildManifest): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  for (const [key, chunk] of Object.entries(manifest)) {
    if (chunk.isEntry) chunkClosure(manifest, key, files, seen);
  }
  return files;
}

/** The chunk files `modules` need that the entry has not loaded, in order, once each. */
export function lazyChunkFiles(manifest: BuildManifest, modules: readonly string[]): string[] {
  const loaded = entryFiles(manifest);
  const files = new Set<string>();
  const seen = new Set<string>();
  for (const module of modules) {
    if (!manifest[module]) throw new Error(`${module} is not in the build manifest`);
    chunkClosure(manifest, module, files, seen);
  }
  return [...files].filter((file) => !loaded.has(file));
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Builds the `<link>` elements of each page request, to put at the end of the page's `<head>`. The
 * chunk lists are worked out once, here; a module missing from `manifest` (a build that does not
 * match this server) is reported to `warn` and gets no preloads. Without a manifest, no chunks.
 */
export function createPreloads(
  manifest: BuildManifest | undefined,
  warn: (message: string) => void = () => undefined,
): (request: PageRequest) => string {
  const filesOf = (modules: readonly string[]): string[] => {
    if (!manifest) return [];
    try {
      return lazyChunkFiles(manifest, modules);
    } catch (error) {
      warn((error as Error).message);
      return [];
    }
  };
  const moduleLinks = (files: string[]) =>
    files
      .map(
        (file) =>
          `<link rel="modulepreload" crossorigin fetchpriority="low" href="/${escapeAttribute(file)}">`,
      )
      .join('');
  const layoutLinks = moduleLinks(filesOf([lazyModules.signedInLayout]));
  const formLinks = moduleLinks(filesOf([lazyModules.signedInLayout, lazyModules.assessmentPage]));

  return (request) => {
    const onForm = request.path === assessmentFormPath;
    let links = '';
    if (request.hasSessionCookie) {
      links += `<link rel="preload" as="fetch" crossorigin href="${currentSessionAddress}">`;
      if (onForm) {
        const href = escapeAttribute(officerFormAddress(request.search));
        links += `<link rel="preload" as="fetch" crossorigin href="${href}">`;
      }
    }
    if (onForm) links += formLinks;
    else if (signedInAreaPattern.test(request.path)) links += layoutLinks;
    return links;
  };
}
