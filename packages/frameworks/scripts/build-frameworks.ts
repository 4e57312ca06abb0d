/**
 * Writes the built-in frameworks (data/LC-2644-2022.json, data/LC-3019-2023.json) from the catalogue.
 * Run: npx tsx packages/frameworks/scripts/build-frameworks.ts. The output is deterministic.
 */
import { writeFileSync } from 'node:fs';
import { renderFrameworks } from './render-frameworks';

for (const [id, text] of Object.entries(renderFrameworks())) {
  const url = new URL(`../data/${id}.json`, import.meta.url);
  writeFileSync(url, text);
  console.log(`wrote ${url.pathname}`);
}
