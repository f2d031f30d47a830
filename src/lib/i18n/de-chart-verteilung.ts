/**
 * German texts of the verteilung chart: its embed registers them (`<script module>`),
 * so the other embeds never load them.
 */
export const deChartVerteilung = {
  'embed.verteilung.title': 'KIM-Stellen nach Einsatzgebiet und Träger: {body}',
  'embed.verteilung.describe':
    'Gestapeltes Balkendiagramm mit {n} Einsatzgebieten und {total} VZÄ insgesamt. Am meisten: {max} mit {maxValue} VZÄ. Am wenigsten: {min} mit {minValue} VZÄ.',
} as const;
