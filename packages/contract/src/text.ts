// The one rule for text that crosses HTTP: PostgreSQL cannot store the NUL character (U+0000) in
// text, so no field, query value or path parameter may carry it. The server applies this to every
// request (params, query, body) before validation; forms may use `StorableText` directly.
import { z } from 'zod';

/** The character a text value may not contain (PostgreSQL text cannot hold U+0000). */
const NUL = String.fromCharCode(0);

/** True when `text` can be stored in a PostgreSQL text column. */
export function isStorableText(text: string): boolean {
  return !text.includes(NUL);
}

/** The message of the rule, in Vietnamese. */
export const unstorableTextMessage = 'Văn bản chứa ký tự không lưu được (NUL, U+0000).';

/** A string that the database can store. */
export const StorableText = z.string().refine(isStorableText, unstorableTextMessage);

/** One place in a request where text breaks the rule. */
export interface UnstorableTextProblem {
  path: string;
  code: 'UNSTORABLE_TEXT';
  message: string;
}

/**
 * Every string (and object key) inside `value` that the database cannot store, with its path
 * (`body/name`, `params/id`). Walks objects and arrays (parsed JSON, query strings, path parameters);
 * buffers (uploaded files) and dates are left alone.
 */
export function findUnstorableText(value: unknown, path: string): UnstorableTextProblem[] {
  const problems: UnstorableTextProblem[] = [];
  const visit = (node: unknown, at: string, depth: number): void => {
    if (typeof node === 'string') {
      if (!isStorableText(node))
        problems.push({ path: at, code: 'UNSTORABLE_TEXT', message: unstorableTextMessage });
      return;
    }
    if (depth > 64 || typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, `${at}/${index}`, depth + 1));
      return;
    }
    if (ArrayBuffer.isView(node) || node instanceof ArrayBuffer || node instanceof Date) return;
    for (const [key, item] of Object.entries(node)) {
      const where = `${at}/${isStorableText(key) ? key : JSON.stringify(key)}`;
      if (!isStorableText(key))
        problems.push({ path: where, code: 'UNSTORABLE_TEXT', message: unstorableTextMessage });
      visit(item, where, depth + 1);
    }
  };
  visit(value, path, 0);
  return problems;
}
