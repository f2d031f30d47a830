/**
 * German texts of maps (measures, levels, Stichtage, coverage notes): the
 * Karte page and the map embed register them; the other embeds never load them.
 */
export const deMap = {
  'map.locator': 'Lage in NRW: {names}',
  'map.clip': 'Ausschnitt {names}',
  'map.clipMissing': 'Ausschnitt {value} nicht in den Gebietsdaten, ganz NRW gezeigt',
  'map.measure.vzae': 'VZÄ',
  'map.measure.vzae10k': 'VZÄ je 10.000 Einwohner',
  'map.measure.frei': 'Anteil freie Träger',
  'map.measure.status': 'VZÄ nach Status',
  'map.measure.ausreise': 'Ausreisepflichtige',
  'map.measure.ausreise1k': 'Ausreisepflichtige je 1.000 Einwohner',
  'map.level.koerperschaft': 'Körperschaften',
  'map.level.einsatzgebiet': 'Einsatzgebiete',
  'map.level.kreis': 'Kreise',
  'map.level.gemeinde': 'Gemeinden',
  'map.describe':
    '{measure} nach {level}, {span}: {n} Gebiete mit Wert, höchster Wert {max} ({maxLabel}), niedrigster {min} ({minLabel}); {none} Gemeinden ohne Angaben.',
  'map.describeOne':
    '{measure} nach {level}, {span}: 1 Gebiet mit Wert, {max} ({maxLabel}); {none} Gemeinden ohne Angaben.',
  'map.describeEmpty': '{measure} nach {level}: keine Werte.',
  'stichtag.one': 'Stichtag {date}',
  'stichtag.span': 'Stichtage {from}–{to}',
  'map.mixed':
    'Neuester Stand je Gebiet, Stichtage gemischt ({from} bis {to}, {gap}): Zahlen verschiedener Stichtage sind nur eingeschränkt vergleichbar. Unter „Stichtag“ lässt sich ein einzelner wählen.',
  'map.mixedShort': 'Stichtage gemischt: neuester Stand je Gebiet',
  'map.mixedTag': 'Stichtage gemischt',
  'map.gapNone': 'im selben Jahr',
  'map.gapYear': '1 Jahr auseinander',
  'map.gapYears': '{n} Jahre auseinander',
  'map.quoted': 'Nur zitiert, nicht amtlich bestätigt: {list}',
  'map.populationNear':
    'Einwohner je Gebiet zum Stichtag, der der Zahl am nächsten liegt: {span}; Basis {basis}',
  'map.populationNewest': 'Einwohner: neueste Zahl je Gebiet, {span}; Basis {basis}',
  'map.basisNone': 'nicht angegeben',
  'stichtag.inYear': 'Stichtage im Jahr {year}',
} as const;

/** Keys of the map texts. */
export type MapKey = keyof typeof deMap;
