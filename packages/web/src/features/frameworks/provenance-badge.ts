// Badge colours of a framework's provenance, readable (contrast 4.5:1) in both cases.

/** Colour props of the provenance badge: official teal with white text, reconstructed yellow with dark text. */
export function provenanceBadge(provenance: string): { color: string; c: string } {
  return provenance === 'official' ? { color: 'teal.9', c: 'white' } : { color: 'yellow.3', c: 'dark.9' };
}
