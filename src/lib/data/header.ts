/**
 * Normalises a header or enum text the way DATA-FORMAT.md promises staff:
 * case-insensitive, `ä`=`ae`, `ö`=`oe`, `ü`=`ue`, `ß`=`ss`, and spaces, `-`, `_`
 * (and any other punctuation) equivalent. `Förderung EUR/Jahr` → `foerderung_eur_jahr`.
 */
export function normaliseName(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}
