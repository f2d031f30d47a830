/**
 * German texts of the Verlauf line chart: its embed registers them
 * (`<script module>`), the dashboard in main.ts, so the other embeds never load them.
 */
export const deChartVerlauf = {
  'verlauf.heading': 'Verlauf',
  'verlauf.measure': 'Verlauf zeigt',
  'verlauf.measure.ausreisepflichtige': 'Ausreisepflichtige',
  'verlauf.measure.vzae': 'VZÄ nach Baustein',
  'verlauf.area': 'Gebiet',
  'verlauf.title.ausreisepflichtige': 'Ausreisepflichtige im Verlauf: {area}',
  'verlauf.title.vzae': 'KIM-Stellen im Verlauf nach Baustein: {area}',
  'verlauf.subtitle.ausreisepflichtige':
    'Personen je Stichtag laut Quelle; durchgezogen zwischen aufeinanderfolgenden Jahren, gepunktet über Jahre ohne Angaben',
  'verlauf.subtitle.vzae':
    'Vollzeitäquivalente (VZÄ) laut Beginn und Ende der Stellen, Szenario „Ist“, ohne entfallene Stellen',
  'verlauf.withoutStart': '{n} Stellen ohne veröffentlichten Beginn sind nicht enthalten',
  'verlauf.references': 'Der Bezug der Zahl wechselt ({n} Angaben): siehe Bezug je Stichtag',
  'verlauf.series.anzahl': 'Ausreisepflichtige',
  'verlauf.series.geduldet': 'davon geduldet',
  'verlauf.gap': 'keine Angaben',
  'verlauf.aside': '{series} (weitere Angabe zum selben Stichtag, nicht in der Linie)',
  'verlauf.empty.ausreisepflichtige': 'Für {area} gibt es keine Angaben zu Ausreisepflichtigen.',
  'verlauf.empty.vzae': 'Für {area} gibt es keine Stellen mit veröffentlichtem Beginn.',
  'verlauf.describe': 'Liniendiagramm.',
  'verlauf.describeSeries':
    '{series}: von {from} bis {to} von {first} auf {last} {trend} ({n} Stichtage).',
  'verlauf.describeOne': '{series}: {value} am {date} (nur ein Stichtag).',
  'verlauf.trend.up': 'gestiegen',
  'verlauf.trend.down': 'gesunken',
  'verlauf.trend.same': 'unverändert',
  'verlauf.point': '{series}, {date}: {value}',
  'verlauf.changes': 'Beginn: {begun}. Ende: {ended}.',
  'verlauf.today': 'heute',
  'verlauf.land': 'Zahl für das ganze Land NRW',
  'csv.series': 'Reihe',
  'csv.stichtag': 'Stichtag',
  'csv.changeDate': 'Datum der Änderung',
  'verlauf.changeDate': 'Änderung am',
  'csv.value': 'Wert',
  'csv.bezug': 'Bezug',
  'csv.beleg': 'Beleg',
  'csv.quelle': 'Quelle',
  'csv.row': 'Zeile',
} as const;
