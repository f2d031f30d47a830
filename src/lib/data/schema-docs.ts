import type { ColumnType } from './schema.ts';

/** A column type in German words, for the in-app column reference (generated from the schema). */
export function typeText(t: ColumnType): string {
  switch (t.kind) {
    case 'text':
      return 'Text';
    case 'number': {
      const base = t.number === 'integer' ? 'ganze Zahl' : t.number === 'amount' ? 'Betrag in Euro' : 'Zahl (Dezimalkomma)';
      const range = [t.min !== undefined && (t.minExclusive ? `> ${t.min}` : `≥ ${t.min}`), t.max !== undefined && `≤ ${t.max}`].filter(Boolean).join(', ');
      return range ? `${base}, ${range}` : base;
    }
    case 'date':
      return t.partial ? 'Datum (auch MM.JJJJ oder JJJJ)' : 'Datum TT.MM.JJJJ';
    case 'ags':
      return ['AGS', t.levels.gemeinde && '8 Ziffern', t.levels.kreis && '5 Ziffern', t.levels.land && 'oder NRW'].filter(Boolean).join(' ');
    case 'ags-list':
      return 'AGS-Liste (mit , oder | getrennt)';
    case 'ags-list-or-region':
      return 'AGS-Liste oder Regionsname';
    case 'baustein':
      return 'Baustein 1, 2 oder 3';
    case 'baustein-list':
      return 'Bausteine, z. B. 1,2';
    case 'enum':
      return `eins von: ${t.values.join(', ')}`;
  }
}
