/**
 * German texts of the bausteine chart: its embed registers them (`<script module>`),
 * so the other embeds never load them.
 */
export const deChartBaustein = {
  'embed.bausteine.title': 'Stellen im Kommunalen Integrationsmanagement nach Baustein',
  'embed.bausteine.titleBody': 'KIM-Stellen nach Baustein: {body}',
  'embed.bausteine.subtitle':
    'Vollzeitäquivalente (VZÄ), Szenario „{scenario}“, ohne entfallene Stellen',
  'embed.bausteine.describe':
    'Balkendiagramm mit {total} VZÄ insgesamt. Am meisten: {max} mit {maxValue} VZÄ. Am wenigsten: {min} mit {minValue} VZÄ.',
  'csv.baustein': 'Baustein',
} as const;
