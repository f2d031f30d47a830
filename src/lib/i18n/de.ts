import type { ToolKey } from './de-tools.ts';
import type { MapKey } from './de-map.ts';

/**
 * German texts the embeds use (the default language). The dashboard adds its own
 * (`de-tools.ts`). Keys are shared with `en.ts`; domain words stay German in both.
 */
export const de = {
  'overview.stand': 'Stand',
  'embed.source': 'Quelle',
  'embed.noSource': 'keine Angabe',
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
  'embed.bausteine.title': 'Stellen im Kommunalen Integrationsmanagement nach Baustein',
  'embed.bausteine.titleBody': 'KIM-Stellen nach Baustein: {body}',
  'embed.bausteine.subtitle':
    'Vollzeitäquivalente (VZÄ), Szenario „{scenario}“, ohne entfallene Stellen',
  'embed.bausteine.describe':
    'Balkendiagramm mit {total} VZÄ insgesamt. Am meisten: {max} mit {maxValue} VZÄ. Am wenigsten: {min} mit {minValue} VZÄ.',
  'embed.karte.title': 'Kommunales Integrationsmanagement: {measure}',
  'embed.verteilung.title': 'KIM-Stellen nach Einsatzgebiet und Träger: {body}',
  'embed.verteilung.describe':
    'Gestapeltes Balkendiagramm mit {n} Einsatzgebieten und {total} VZÄ insgesamt. Am meisten: {max} mit {maxValue} VZÄ. Am wenigsten: {min} mit {minValue} VZÄ.',
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
  'embed.vergleich.title': 'Stellen nach Träger im Vergleich: {body}',
  'embed.vergleich.subtitle': 'A „{a}“ ({fteA} VZÄ) und B „{b}“ ({fteB} VZÄ). {moved}',
  'embed.vergleich.describe':
    'Zwei Gruppen gestapelter Balken auf einer Skala, {n} Einsatzgebiete. A „{a}“: {fteA} VZÄ, davon {freeA} VZÄ bei freien Trägern. B „{b}“: {fteB} VZÄ, davon {freeB} VZÄ bei freien Trägern. {moved}',
  'embed.vergleich.none': 'Für diese Körperschaft gibt es kein zweites Szenario zum Vergleichen.',
  'csv.body': 'Körperschaft',
  'csv.area': 'Einsatzgebiet',
  'csv.carrierType': 'Trägertyp',
  'csv.carrier': 'Träger',
  'csv.fte': 'VZÄ',
  'csv.fteOf': 'VZÄ {name}',
  'csv.shareFree': 'Anteil freie Träger (%)',
  'csv.baustein': 'Baustein',
  'embed.timeline.title': 'KIM: Sitzungen, Fristen und Förderzeiträume',
  'embed.timeline.subtitle': 'Zeitraum {from} bis {to}',
  'embed.timeline.describe':
    'Zeitleiste vom {from} bis {to} mit {n} Einträgen. Erster: {first}. Letzter: {last}.',
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
  'tl.today': 'heute',
  'chart.noDrawing': 'Für diese Auswahl gibt es keine Grafik, nur Daten (CSV).',
  'chart.timeout': 'Die Grafik wurde nicht rechtzeitig gezeichnet. Bitte noch einmal versuchen.',
  'chart.noPng':
    'Das PNG konnte nicht erzeugt werden. Bitte SVG wählen oder einen anderen Browser versuchen.',
  'tl.kind.sitzung': 'Sitzung',
  'tl.kind.beschluss': 'Beschluss',
  'tl.kind.antrag': 'Antrag',
  'tl.kind.frist': 'Frist',
  'tl.kind.foerderzeitraum': 'Förderzeitraum',
  'tl.kind.sonstiges': 'Sonstiges',
  'al.stack.typ': 'Trägertyp',
  'al.stack.traeger': 'Träger (Name)',
  'al.wholeBody': 'ganze Körperschaft',
  'al.rowLabel': '{label}: {total} VZÄ ({parts})',
  'al.moved': '{n} VZÄ wechseln von der Kommune zu freien Trägern.',
  'al.movedBack': '{n} VZÄ wechseln von freien Trägern zur Kommune.',
  'al.movedNone': 'Kein Trägerwechsel bei gleichbleibenden Stellen.',
  'coverage.line': 'Daten für {n} von {total} KIM-Körperschaften',
  'embed.evidence': 'Beleg',
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
export type TextKey = keyof typeof de | ToolKey | MapKey;
