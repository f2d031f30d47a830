/**
 * German texts of the timeline chart (also the entry kinds the Zeitleiste page uses):
 * its embed registers them (`<script module>`), the dashboard in main.ts,
 * so the other embeds never load them.
 */
export const deChartTimeline = {
  'embed.timeline.title': 'KIM: Sitzungen, Fristen und Förderzeiträume',
  'embed.timeline.subtitle': 'Zeitraum {from} bis {to}',
  'embed.timeline.describe':
    'Zeitleiste vom {from} bis {to} mit {n} Einträgen. Erster: {first}. Letzter: {last}.',
  'tl.today': 'heute',
  'tl.kind.sitzung': 'Sitzung',
  'tl.kind.beschluss': 'Beschluss',
  'tl.kind.antrag': 'Antrag',
  'tl.kind.frist': 'Frist',
  'tl.kind.foerderzeitraum': 'Förderzeitraum',
  'tl.kind.sonstiges': 'Sonstiges',
  'tl.tip.date': 'Datum',
  'tl.tip.until': 'bis',
  'tl.tip.outcome': 'Ergebnis',
  'tl.tip.document': 'Drucksache',
} as const;
