import type { ToolKey } from './de-tools.ts';
import type { MapKey } from './de-map.ts';
import type { ChartKey } from './de-chart-keys.ts';

/**
 * German texts the embeds use (the default language). The dashboard adds its own
 * (`de-tools.ts`). Keys are shared with `en.ts`; domain words stay German in both.
 */
export const de = {
  'overview.stand': 'Stand',
  'embed.source': 'Quelle',
  'embed.noSource': 'keine Angabe',
  'embed.notes': 'Notizen',
  'embed.noteOutside': 'außerhalb des gezeigten Zeitraums',
  'embed.noteMissing': 'nicht im Diagramm',
  'embed.moreSources': 'und {n} weitere',
  'embed.download': 'Daten herunterladen',
  'embed.table': 'Daten der Grafik',
  'embed.posts': 'Stellen(anteile)',
  'embed.empty': 'Für diese Auswahl gibt es keine Angaben.',
  'embed.loading': 'Grafik wird geladen …',
  'embed.errorRetry': 'Bitte die Seite neu laden; bleibt es so, ist der Server nicht erreichbar.',
  'embed.error': 'Die Daten der Grafik konnten nicht geladen werden: {message}',
  'embed.unknownChart': 'Unbekannte Grafik. Der Parameter grafik= muss einer davon sein: {list}.',
  'embed.ignored': 'Vorschau: Diese Parameter werden nicht verwendet: {list}',
  'embed.karte.title': 'Kommunales Integrationsmanagement: {measure}',
  'csv.body': 'Körperschaft',
  'csv.area': 'Einsatzgebiet',
  'csv.carrierType': 'Trägertyp',
  'csv.carrier': 'Träger',
  'csv.fte': 'VZÄ',
  'fig.baustein': 'Baustein {b}',
  'fig.baustein.1': 'Strategisches Management',
  'fig.baustein.2': 'Case Management',
  'fig.baustein.3': 'Ausländer- und Einbürgerungsbehörde',
  'fig.carrier.kommune': 'Kommune',
  'fig.carrier.frei': 'freie Träger',
  'fig.carrier.unbekannt': 'Träger nicht veröffentlicht',
  'fig.status.besetzt': 'besetzt',
  'fig.status.ausgeschrieben': 'ausgeschrieben',
  'fig.status.vakant': 'vakant',
  'fig.status.geplant': 'geplant',
  'fig.status.unbekannt': 'Status nicht veröffentlicht',
  'fig.status.entfallen': 'entfallen',
  'footer.geo': '© GeoBasis-DE / BKG 2016, Daten verändert',
  'map.noData': 'keine Angaben',
  'chart.noDrawing': 'Für diese Auswahl gibt es keine Grafik, nur Daten (CSV).',
  'chart.timeout': 'Die Grafik wurde nicht rechtzeitig gezeichnet. Bitte noch einmal versuchen.',
  'chart.noPng':
    'Das PNG konnte nicht erzeugt werden. Bitte SVG wählen oder einen anderen Browser versuchen.',
  'al.stack.typ': 'Trägertyp',
  'al.stack.traeger': 'Träger (Name)',
  'al.wholeBody': 'ganze Körperschaft',
  'al.rowLabel': '{label}: {total} VZÄ ({parts})',
  'al.moved': '{n} VZÄ wechseln von der Kommune zu freien Trägern.',
  'al.movedBack': '{n} VZÄ wechseln von freien Trägern zur Kommune.',
  'al.movedNone': 'Kein Trägerwechsel bei gleichbleibenden Stellen.',
  'coverage.line': 'Daten für {n} von {total} KIM-Körperschaften',
  'embed.evidence': 'Beleg',
  'tip.stichtag': 'Stichtag',
  'tip.evidenceNone': 'nicht angegeben',
  'tip.evidence': 'Beleg',
  'tip.bezug': 'Bezug',
  'tip.population': 'Einwohner',
  'tip.close': 'Details schließen',
  'evidence.amtlich': 'amtlich',
  'evidence.presse': 'presse',
  'evidence.zitiert': 'zitiert',
  'evidence.none': 'Beleg unbekannt',
  'stand.one': 'Stand der Angaben {date}',
  'stand.span': 'Stand der Angaben {from}–{to}',
  'stand.inYear': 'Stand der Angaben: im Jahr {year}',
  'embed.refused':
    'Diese Grafik zeigt keine Daten von {host}: Eingebettete Grafiken lesen nur die veröffentlichten Daten dieses Dashboards. Bitte den Parameter „quelle“ entfernen.',
  'unit.fte': 'VZÄ',
} as const;

/** A UI text key: shared by dashboard and embeds, or dashboard-only (`de-tools.ts`). */
export type TextKey = keyof typeof de | ToolKey | MapKey | ChartKey;
