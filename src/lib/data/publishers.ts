/**
 * Who published a source: a small registry from host (and, for shared hosts,
 * the first path segment) to a publisher's name, so that sources are credited
 * as "Westfalenpost" or "Kreis Coesfeld (Sitzungsdienst)" instead of a bare
 * host name. An unknown host falls back to its registrable domain.
 */

/**
 * What kind of publisher a host is:
 * `ris` a council information system (Ratsinformationssystem) of a body,
 * `amtlich` another official site (body, Land, statistics office),
 * `presse` a newspaper, broadcaster or news site,
 * `partei` a party, Fraktion or member of parliament,
 * `traeger` a freier Träger or association reporting on its own work,
 * `kopie` a copy or aggregator site: never the source of an official fact.
 */
export type PublisherKind = 'ris' | 'amtlich' | 'presse' | 'partei' | 'traeger' | 'kopie';

/** A publisher as credited under a figure. */
export interface Publisher {
  name: string;
  /** `null` when the host is not in the registry (then `name` is its registrable domain). */
  kind: PublisherKind | null;
  host: string;
}

/**
 * Host → publisher, by kind. A key with a path (`host/segment`) wins over the
 * bare host: the Funke webview serves WAZ, WP and NRZ under one host.
 */
const REGISTRY: Readonly<
  Record<Exclude<PublisherKind, 'kopie'>, Readonly<Record<string, string>>>
> = {
  // Land NRW, state statistics and official websites of the bodies
  amtlich: {
    'recht.nrw.de': 'Landesrecht NRW',
    'mkffi.nrw': 'Ministerium für Kinder, Familie, Flüchtlinge und Integration NRW',
    'bra.nrw.de': 'Bezirksregierung Arnsberg',
    'nordrhein-westfalen-foerdert.nrw': 'Förderportal des Landes NRW',
    'kim.nrw': 'KIM NRW (Landesprogramm)',
    'landtag.nrw.de': 'Landtag NRW',
    'statistik.nrw': 'IT.NRW (Statistisches Landesamt)',
    'it.nrw': 'IT.NRW (Statistisches Landesamt)',
    'destatis.de': 'Statistisches Bundesamt',
    'statistikportal.de': 'Statistische Ämter des Bundes und der Länder',
    'zensus2022.de': 'Zensus 2022 (Statistische Ämter)',
    'bass.schul-welt.de': 'BASS NRW (Ministerium für Schule und Bildung)',
    'bkg.bund.de': 'Bundesamt für Kartographie und Geodäsie',
    'demografie-portal.de': 'Demografieportal des Bundes und der Länder',
    'interkommunales.nrw': 'Interkommunales NRW (Land NRW)',
    'lkt-nrw.de': 'Landkreistag NRW',
    'land.nrw': 'Landesregierung NRW',
    'ki-koeln.de': 'Kommunales Integrationszentrum Köln',
    'muenster.de': 'Stadt Münster',
    'kreis-paderborn.de': 'Kreis Paderborn',
    'kreis-kleve.de': 'Kreis Kleve',
    'kreis-steinfurt.de': 'Kreis Steinfurt',
    'isselburg.de': 'Stadt Isselburg',
    'kreis-coesfeld.de': 'Kreis Coesfeld',
    'minden-luebbecke.de': 'Kreis Minden-Lübbecke',
    'stadt-koeln.de': 'Stadt Köln',
    'gelsenkirchen.de': 'Stadt Gelsenkirchen',
    'bielefeld.de': 'Stadt Bielefeld',
    'hagen.de': 'Stadt Hagen',
    'duesseldorf.de': 'Landeshauptstadt Düsseldorf',
    'bonn.de': 'Stadt Bonn',
    'bochum.de': 'Stadt Bochum',
    'solingen.de': 'Stadt Solingen',
    'hochsauerlandkreis.de': 'Hochsauerlandkreis',
    'kreis-dueren.de': 'Kreis Düren',
    'kreis-herford.de': 'Kreis Herford',
    'kreis-unna.de': 'Kreis Unna',
    'rhein-sieg-kreis.de': 'Rhein-Sieg-Kreis',
    'nottuln.de': 'Gemeinde Nottuln',
    'presse-service.de': 'Presse-Service (Pressemitteilungen der Kommunen)',
  },
  // Council information systems of the bodies and their towns
  ris: {
    'ratsinfo.remscheid.de': 'Stadt Remscheid (Ratsinformation)',
    'politik.kreis-soest.de': 'Kreis Soest (Kreistagsinformation)',
    'ratsportal.kamen.de': 'Stadt Kamen (Ratsportal)',
    'ris.bergkamen.de': 'Stadt Bergkamen (Ratsinformation)',
    'buergerinfo.stadt-koeln.de': 'Stadt Köln (Ratsinformation)',
    'ratsinformation.stadt-koeln.de': 'Stadt Köln (Ratsinformation)',
    'gremieninfo.staedteregion-aachen.de': 'StädteRegion Aachen (Gremieninfo)',
    'ratsinfo.aachen.de': 'Stadt Aachen (Ratsinfo)',
    'rat.eschweiler.de': 'Stadt Eschweiler (Ratsinformation)',
    'session.rhein-kreis-neuss.de': 'Rhein-Kreis Neuss (Sitzungsdienst)',
    'session.kreis-mettmann.de': 'Kreis Mettmann (Sitzungsdienst)',
    'sitzungsdienst.kreis-heinsberg.de': 'Kreis Heinsberg (Sitzungsdienst)',
    'kreis-coesfeld.de/sessionnet': 'Kreis Coesfeld (Sitzungsdienst)',
    'secure.kreis-borken.de': 'Kreis Borken (Bürgerinfo)',
    'ris.leverkusen.de': 'Stadt Leverkusen (Ratsinformation)',
    'ris-havixbeck.de': 'Gemeinde Havixbeck (Ratsinformation)',
    'nottuln.de/sessionnet': 'Gemeinde Nottuln (Sitzungsdienst)',
    'rheine-buergerinfo.de': 'Stadt Rheine (Bürgerinfo)',
    'gi.hilden.de': 'Stadt Hilden (Ratsinformation)',
    'haan.de/bi': 'Stadt Haan (Ratsinformation)',
    'ris.essen.de': 'Stadt Essen (Ratsinformation)',
    'ris.krefeld.de': 'Stadt Krefeld (Ratsinformation)',
    'ratsinfo.hamm.de': 'Stadt Hamm (Ratsinformation)',
    'ratsinfo.oberhausen.de': 'Stadt Oberhausen (Ratsinformation)',
    'bochum.ratsinfomanagement.net': 'Stadt Bochum (Ratsinformation)',
    'kvrecklinghausen.gremien.info': 'Kreis Recklinghausen (Kreistagsinformation)',
    'kis.kreis-wesel.de': 'Kreis Wesel (Kreistagsinformation)',
    'kis.kreis-viersen.de': 'Kreis Viersen (Kreistagsinformation)',
    'bonn.sitzung-online.de': 'Stadt Bonn (Ratsinformation)',
  },
  // Press
  presse: {
    'app-webview.sparknews.funkemedien.de/nrw-wp': 'Westfalenpost',
    'app-webview.sparknews.funkemedien.de/nrw-waz': 'WAZ',
    'app-webview.sparknews.funkemedien.de/nrw-nrz': 'NRZ',
    'wp.de': 'Westfalenpost',
    'waz.de': 'WAZ',
    'nrz.de': 'NRZ',
    'derwesten.de': 'DerWesten (Funke Medien)',
    'siegener-zeitung.de': 'Siegener Zeitung',
    'suedwestfalen-nachrichten.de': 'Südwestfalen Nachrichten',
    'aachener-zeitung.de': 'Aachener Zeitung',
    'aachener-nachrichten.de': 'Aachener Nachrichten',
    'rp-online.de': 'Rheinische Post',
    'wz.de': 'Westdeutsche Zeitung',
    'ksta.de': 'Kölner Stadt-Anzeiger',
    'rundschau-online.de': 'Kölnische Rundschau',
    'lokalkompass.de': 'Lokalkompass',
    'nw.de': 'Neue Westfälische',
    'come-on.de': 'Come-on.de (Märkischer Kreis)',
    'hiller-anzeiger.de': 'Hiller Anzeiger',
    'rga.de': 'Remscheider General-Anzeiger',
    'waterboelles.de': 'Waterbölles (Remscheid)',
    'radiohochstift.de': 'Radio Hochstift',
    'carl.media': 'Carl (Gütersloh)',
    'lebendiges-aachen.de': 'Lebendiges Aachen',
    'unserac.de': 'unserAC',
    'archiv.mv-online.de': 'Münsterland Volkszeitung',
    'mv-online.de': 'Münsterland Volkszeitung',
    'welt.de': 'Die Welt',
    'report-k.de': 'report-K (Köln)',
    'halloherne.de': 'Hallo Herne',
    'inherne.net': 'inherne.net',
    'westfalen-blatt.de': 'Westfalen-Blatt',
    'radioenneperuhr.de': 'Radio Ennepe Ruhr',
    'radiosauerland.de': 'Radio Sauerland',
    'radiobochum.de': 'Radio Bochum',
    'radiobielefeld.de': 'Radio Bielefeld',
    'radio912.de': 'Radio 91.2 (Dortmund)',
    'lippewelle.de': 'Radio Lippe Welle Hamm',
    'muensterlandzeitung.de': 'Münsterland Zeitung',
    'mk-journal.de': 'MK-Journal',
    'madeinbocholt.de': 'Made in Bocholt',
    'lokaldirekt.de': 'LokalDirekt',
    'lokalbuero.com': 'Lokalbüro Düsseldorf',
    'leopoldshoehernachrichten.de': 'Leopoldshöher Nachrichten',
    'hertener-allgemeine.de': 'Hertener Allgemeine',
    'heimatreport.de': 'Heimatreport',
    'blickpunkt-arnsberg-sundern-meschede.de': 'Blickpunkt Arnsberg-Sundern-Meschede',
    'ga.de': 'General-Anzeiger Bonn',
    'nrw-direkt.net': 'NRW Direkt (Online-Portal)',
  },
  // Parties, Fraktionen, members of parliament
  partei: {
    'stefanlenzen.jimdo.com': 'FDP-Landtagsabgeordneter Stefan Lenzen',
    'guido-deus.de': 'CDU-Landtagsabgeordneter Guido Déus',
    'fdp-kreis-herford.de': 'FDP Kreis Herford',
    'fbi-pb.de': 'FBI Freie Wähler Paderborn',
    'afd-do-fraktion.de': 'AfD-Ratsfraktion Dortmund',
    'afd-fraktion.nrw': 'AfD-Landtagsfraktion NRW',
    'afd-mettmann.de': 'AfD Kreis Mettmann',
    'afd-fraktion-krefeld.de': 'AfD-Ratsfraktion Krefeld',
    'pro-nrw.net': 'Pro NRW (Partei)',
    'gruene-siegen.de': 'Grüne Ratsfraktion Siegen',
    'gruene-fraktion-rhein-sieg.de': 'Grüne Kreistagsfraktion Rhein-Sieg',
    'gruene-muenster.de': 'Grüne Münster',
    'die-linke-siegen-wittgenstein.de': 'Die Linke Siegen-Wittgenstein',
    'spd-siegen.de': 'SPD-Ratsfraktion Siegen',
    'rheinbach-spd.de': 'SPD Rheinbach',
    'frank-rock.de': 'CDU-Landtagsabgeordneter Frank Rock',
    'heinrich-frieling.de': 'CDU-Landtagsabgeordneter Heinrich Frieling',
  },
  // Freie Träger and associations reporting on their own work
  traeger: {
    'ggua.de': 'GGUA Flüchtlingshilfe (Träger)',
    'diakonie-duisburg.de': 'Diakonie Duisburg (Träger)',
    'caritas-muelheim.de': 'Caritas Mülheim (Träger)',
  },
};

/** Hosts of copy and aggregator sites: never the source of an official fact (named „… (Kopie)“). */
export const COPY_HOSTS: readonly string[] = [
  'ufaauto24.com',
  'expydoc.com',
  'de.zxc.wiki',
  'citypopulation.de',
  'raw.githubusercontent.com',
  'github.com',
  'n-ag.de',
  'kleineanfragen.org',
  'de.statista.com',
  'yumpu.com',
  'blogspot.com',
  'leverkusen.com',
  'web.de',
];

/** Every host of the registry with its publisher (built once). */
const BY_HOST = new Map<string, PublisherKind>();
const NAMES = new Map<string, string>();
for (const kind of Object.keys(REGISTRY) as (keyof typeof REGISTRY)[])
  for (const [host, name] of Object.entries(REGISTRY[kind])) {
    BY_HOST.set(host, kind);
    NAMES.set(host, name);
  }
for (const host of COPY_HOSTS) {
  BY_HOST.set(host, 'kopie');
  NAMES.set(host, `${host} (Kopie)`);
}

/** Second-level suffixes under which the registrable domain has three labels. */
const MULTI_PART_SUFFIXES = new Set([
  'co.uk',
  'org.uk',
  'ac.uk',
  'gov.uk',
  'com.au',
  'net.au',
  'org.au',
  'co.at',
  'or.at',
  'gv.at',
  'ac.at',
  'com.br',
  'co.jp',
  'co.nz',
  'com.tr',
  'com.pl',
  'co.za',
]);

/** The host of a URL, lower case, without `www.`, a port or a trailing dot; null when it is no http(s) URL. */
export function hostOf(url: string): string | null {
  const m = /^https?:\/\/([^/?#:]+)/i.exec(url.trim());
  if (!m) return null;
  return m[1]!
    .toLowerCase()
    .replace(/\.+$/, '')
    .replace(/^www\d?\./, '');
}

/** The registrable domain of a host (`app-webview.sparknews.funkemedien.de` → `funkemedien.de`). */
export function registrableDomain(host: string): string {
  const labels = host.split('.').filter(Boolean);
  if (labels.length <= 2) return labels.join('.');
  const lastTwo = labels.slice(-2).join('.');
  return MULTI_PART_SUFFIXES.has(lastTwo) ? labels.slice(-3).join('.') : lastTwo;
}

/**
 * The publisher of a source URL: the registry entry of host + first path
 * segment, of the host, or of a parent domain; else the registrable domain
 * as the name. Null when the source is no URL.
 */
export function publisherOf(url: string): Publisher | null {
  const host = hostOf(url);
  if (!host) return null;
  const path = /^https?:\/\/[^/?#]+\/([^/?#]+)/i.exec(url.trim())?.[1]?.toLowerCase();
  const candidates: string[] = [];
  if (path) candidates.push(`${host}/${path}`);
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const h = labels.slice(i).join('.');
    if (path) candidates.push(`${h}/${path}`);
    candidates.push(h);
  }
  for (const key of candidates) {
    const kind = BY_HOST.get(key);
    if (kind) return { name: NAMES.get(key)!, kind, host };
  }
  return { name: registrableDomain(host), kind: null, host };
}

/** `beleg` when a row does not state it: `amtlich` for a council information system, else unknown. */
export function defaultEvidence(source: string | undefined): 'amtlich' | null {
  return source && publisherOf(source)?.kind === 'ris' ? 'amtlich' : null;
}
