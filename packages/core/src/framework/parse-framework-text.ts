/** Turning the text of a framework file (JSON or YAML) into a raw object, before validation. */
import { parse as parseYaml } from 'yaml';
import type { Problem } from '../errors/problem';

/** Outcome of parsing: the raw object, or the parse problem. */
export type ParsedText = { ok: true; raw: unknown } | { ok: false; problems: Problem[] };

/**
 * Parses framework text. JSON when `format` is `json` or the text starts with `{`; YAML otherwise
 * (YAML with the same structure is accepted by the format).
 */
export function parseFrameworkText(text: string, format?: 'json' | 'yaml'): ParsedText {
  const useJson = format ? format === 'json' : text.trimStart().startsWith('{');
  try {
    return { ok: true, raw: useJson ? (JSON.parse(text) as unknown) : (parseYaml(text) as unknown) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [
        {
          path: '$',
          code: 'FW_PARSE',
          message: `Không đọc được tệp ${useJson ? 'JSON' : 'YAML'}: ${detail}`,
        },
      ],
    };
  }
}
