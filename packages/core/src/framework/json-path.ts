/** Renders a path of keys and indices as a JSON path: `$.sets[0].indices[2].maxPoints`. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  }
  return out;
}
