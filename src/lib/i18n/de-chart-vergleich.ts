/**
 * German texts of the vergleich chart: its embed registers them (`<script module>`),
 * so the other embeds never load them.
 */
export const deChartVergleich = {
  'embed.vergleich.title': 'Stellen nach Träger im Vergleich: {body}',
  'embed.vergleich.subtitle': 'A „{a}“ ({fteA} VZÄ) und B „{b}“ ({fteB} VZÄ). {moved}',
  'embed.vergleich.describe':
    'Zwei Gruppen gestapelter Balken auf einer Skala, {n} Einsatzgebiete. A „{a}“: {fteA} VZÄ, davon {freeA} VZÄ bei freien Trägern. B „{b}“: {fteB} VZÄ, davon {freeB} VZÄ bei freien Trägern. {moved}',
  'embed.vergleich.none': 'Für diese Körperschaft gibt es kein zweites Szenario zum Vergleichen.',
  'csv.fteOf': 'VZÄ {name}',
} as const;
