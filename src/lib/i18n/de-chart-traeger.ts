/**
 * German texts of the traeger chart: its embed registers them (`<script module>`),
 * so the other embeds never load them.
 */
export const deChartTraeger = {
  'embed.traeger.title': 'Anteil freier Träger an den KIM-Stellen',
  'embed.traeger.titleBody': 'Anteil freier Träger an den KIM-Stellen: {body}',
  'embed.traeger.subtitle':
    'VZÄ nach Trägertyp, Szenario „{scenario}“: {share} der VZÄ mit bekanntem Träger liegen bei freien Trägern',
  'embed.traeger.subtitleNone':
    'VZÄ nach Trägertyp, Szenario „{scenario}“: für keine Stelle ist der Träger veröffentlicht',
  'embed.traeger.describe':
    'Gestapeltes Balkendiagramm mit {n} Körperschaften und {total} VZÄ: {kommune} VZÄ bei der Kommune, {frei} VZÄ bei freien Trägern, {unbekannt} VZÄ ohne veröffentlichten Träger.',
  'embed.traeger.describeShares':
    'Höchster Anteil freier Träger: {max} mit {maxShare}. Niedrigster: {min} mit {minShare}.',
  'embed.traeger.describeSame':
    'Bei allen {n} Körperschaften mit bekanntem Träger liegt der Anteil freier Träger bei {share}.',
  'embed.traeger.rowShare': '{row}; Anteil freier Träger {share}',
  'csv.shareFree': 'Anteil freie Träger (%)',
} as const;
