// Writes the OpenAPI document of the application, built in-process over an in-memory PGlite (no
// listening server): `tsx packages/server/src/openapi-dump.ts <file.json>` (stdout without a
// file). The public URL in `servers` comes from DTI_PUBLIC_URL like the running server's.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildOpenApiDocument } from './main';

const document = await buildOpenApiDocument(process.env.DTI_PUBLIC_URL || 'http://127.0.0.1:3000');
const text = `${JSON.stringify(document, null, 2)}\n`;
const file = process.argv[2];
if (file) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
} else process.stdout.write(text);
