/** A commune as the search box knows it. */
export interface SearchableCommune {
  code: string;
  name: string;
}

/** Lower case, accents removed, hyphens and apostrophes as spaces: « Saint-Lô » -> « saint lo ». */
export function normaliseName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[-'’]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Finds communes by INSEE code prefix or by name (accent- and case-insensitive), best first:
 * exact code, then names starting with the query, then names containing it.
 *
 * @example searchCommunes(communes, 'st lo') // matches « Saint-Lô » only if written « saint lo »
 */
export function searchCommunes<T extends SearchableCommune>(
  communes: Iterable<T>,
  query: string,
  limit = 8,
): T[] {
  const q = normaliseName(query);
  if (!q) return [];
  const scored: { commune: T; score: number }[] = [];
  for (const commune of communes) {
    const name = normaliseName(commune.name);
    let score = -1;
    if (commune.code === query.trim()) score = 0;
    else if (/^[0-9][0-9ab]/i.test(q) && commune.code.toLowerCase().startsWith(q)) score = 1;
    else if (name.startsWith(q)) score = 2;
    else if (name.includes(q)) score = 3;
    if (score >= 0) scored.push({ commune, score });
  }
  scored.sort((a, b) => a.score - b.score || a.commune.name.localeCompare(b.commune.name, 'fr'));
  return scored.slice(0, limit).map((s) => s.commune);
}
