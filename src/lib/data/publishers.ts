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

type Entry = readonly [name: string, kind: PublisherKind];

/**
 * Host → publisher. A key with a path (`host/segment`) wins over the bare host:
 * the Funke webview serves WAZ, WP and NRZ under one host.
 */
const REGISTRY: Readonly<Record<string, Entry>> = {
  // Land NRW and state statistics
  'recht.nrw.de': ['Landesrecht NRW', 'amtlich'],
  'mkjfgfi.nrw': [
    'Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration NRW',
    'amtlich',
  ],
  'mkffi.nrw': ['Ministerium für Kinder, Familie, Flüchtlinge und Integration NRW', 'amtlich'],
  'bra.nrw.de': ['Bezirksregierung Arnsberg', 'amtlich'],
  'nordrhein-westfalen-foerdert.nrw': ['Förderportal des Landes NRW', 'amtlich'],
  'kim.nrw': ['KIM NRW (Landesprogramm)', 'amtlich'],
  'landtag.nrw.de': ['Landtag NRW', 'amtlich'],
  'statistik.nrw': ['IT.NRW (Statistisches Landesamt)', 'amtlich'],
  'it.nrw': ['IT.NRW (Statistisches Landesamt)', 'amtlich'],
  'destatis.de': ['Statistisches Bundesamt', 'amtlich'],
  'statistikportal.de': ['Statistische Ämter des Bundes und der Länder', 'amtlich'],
  'zensus2022.de': ['Zensus 2022 (Statistische Ämter)', 'amtlich'],
  'bass.schul-welt.de': ['BASS NRW (Ministerium für Schule und Bildung)', 'amtlich'],
  'bkg.bund.de': ['Bundesamt für Kartographie und Geodäsie', 'amtlich'],
  'demografie-portal.de': ['Demografieportal des Bundes und der Länder', 'amtlich'],
  'interkommunales.nrw': ['Interkommunales NRW (Land NRW)', 'amtlich'],
  'lkt-nrw.de': ['Landkreistag NRW', 'amtlich'],
  'land.nrw': ['Landesregierung NRW', 'amtlich'],
  'ki-koeln.de': ['Kommunales Integrationszentrum Köln', 'amtlich'],
  'muenster.de': ['Stadt Münster', 'amtlich'],
  'kreis-paderborn.de': ['Kreis Paderborn', 'amtlich'],
  'kreis-kleve.de': ['Kreis Kleve', 'amtlich'],
  'kreis-steinfurt.de': ['Kreis Steinfurt', 'amtlich'],
  'isselburg.de': ['Stadt Isselburg', 'amtlich'],
  // Council information systems of the bodies and their towns
  'ratsinfo.remscheid.de': ['Stadt Remscheid (Ratsinformation)', 'ris'],
  'politik.kreis-soest.de': ['Kreis Soest (Kreistagsinformation)', 'ris'],
  'ratsportal.kamen.de': ['Stadt Kamen (Ratsportal)', 'ris'],
  'ris.bergkamen.de': ['Stadt Bergkamen (Ratsinformation)', 'ris'],
  'buergerinfo.stadt-koeln.de': ['Stadt Köln (Ratsinformation)', 'ris'],
  'ratsinformation.stadt-koeln.de': ['Stadt Köln (Ratsinformation)', 'ris'],
  'gremieninfo.staedteregion-aachen.de': ['StädteRegion Aachen (Gremieninfo)', 'ris'],
  'ratsinfo.aachen.de': ['Stadt Aachen (Ratsinfo)', 'ris'],
  'rat.eschweiler.de': ['Stadt Eschweiler (Ratsinformation)', 'ris'],
  'session.rhein-kreis-neuss.de': ['Rhein-Kreis Neuss (Sitzungsdienst)', 'ris'],
  'session.kreis-mettmann.de': ['Kreis Mettmann (Sitzungsdienst)', 'ris'],
  'sitzungsdienst.kreis-heinsberg.de': ['Kreis Heinsberg (Sitzungsdienst)', 'ris'],
  'kreis-coesfeld.de/sessionnet': ['Kreis Coesfeld (Sitzungsdienst)', 'ris'],
  'secure.kreis-borken.de': ['Kreis Borken (Bürgerinfo)', 'ris'],
  'ris.leverkusen.de': ['Stadt Leverkusen (Ratsinformation)', 'ris'],
  'ris-havixbeck.de': ['Gemeinde Havixbeck (Ratsinformation)', 'ris'],
  'nottuln.de/sessionnet': ['Gemeinde Nottuln (Sitzungsdienst)', 'ris'],
  'rheine-buergerinfo.de': ['Stadt Rheine (Bürgerinfo)', 'ris'],
  'gi.hilden.de': ['Stadt Hilden (Ratsinformation)', 'ris'],
  'haan.de/bi': ['Stadt Haan (Ratsinformation)', 'ris'],
  'ris.essen.de': ['Stadt Essen (Ratsinformation)', 'ris'],
  'ris.krefeld.de': ['Stadt Krefeld (Ratsinformation)', 'ris'],
  'ratsinfo.hamm.de': ['Stadt Hamm (Ratsinformation)', 'ris'],
  'ratsinfo.oberhausen.de': ['Stadt Oberhausen (Ratsinformation)', 'ris'],
  'bochum.ratsinfomanagement.net': ['Stadt Bochum (Ratsinformation)', 'ris'],
  'kvrecklinghausen.gremien.info': ['Kreis Recklinghausen (Kreistagsinformation)', 'ris'],
  'kis.kreis-wesel.de': ['Kreis Wesel (Kreistagsinformation)', 'ris'],
  'kis.kreis-viersen.de': ['Kreis Viersen (Kreistagsinformation)', 'ris'],
  'bonn.sitzung-online.de': ['Stadt Bonn (Ratsinformation)', 'ris'],
  // Official websites of the bodies
  'kreis-coesfeld.de': ['Kreis Coesfeld', 'amtlich'],
  'minden-luebbecke.de': ['Kreis Minden-Lübbecke', 'amtlich'],
  'stadt-koeln.de': ['Stadt Köln', 'amtlich'],
  'gelsenkirchen.de': ['Stadt Gelsenkirchen', 'amtlich'],
  'bielefeld.de': ['Stadt Bielefeld', 'amtlich'],
  'hagen.de': ['Stadt Hagen', 'amtlich'],
  'duesseldorf.de': ['Landeshauptstadt Düsseldorf', 'amtlich'],
  'bonn.de': ['Stadt Bonn', 'amtlich'],
  'bochum.de': ['Stadt Bochum', 'amtlich'],
  'solingen.de': ['Stadt Solingen', 'amtlich'],
  'hochsauerlandkreis.de': ['Hochsauerlandkreis', 'amtlich'],
  'kreis-dueren.de': ['Kreis Düren', 'amtlich'],
  'kreis-herford.de': ['Kreis Herford', 'amtlich'],
  'kreis-unna.de': ['Kreis Unna', 'amtlich'],
  'rhein-sieg-kreis.de': ['Rhein-Sieg-Kreis', 'amtlich'],
  'nottuln.de': ['Gemeinde Nottuln', 'amtlich'],
  'presse-service.de': ['Presse-Service (Pressemitteilungen der Kommunen)', 'amtlich'],
  // Press
  'app-webview.sparknews.funkemedien.de/nrw-wp': ['Westfalenpost', 'presse'],
  'app-webview.sparknews.funkemedien.de/nrw-waz': ['WAZ', 'presse'],
  'app-webview.sparknews.funkemedien.de/nrw-nrz': ['NRZ', 'presse'],
  'wp.de': ['Westfalenpost', 'presse'],
  'waz.de': ['WAZ', 'presse'],
  'nrz.de': ['NRZ', 'presse'],
  'derwesten.de': ['DerWesten (Funke Medien)', 'presse'],
  'siegener-zeitung.de': ['Siegener Zeitung', 'presse'],
  'suedwestfalen-nachrichten.de': ['Südwestfalen Nachrichten', 'presse'],
  'aachener-zeitung.de': ['Aachener Zeitung', 'presse'],
  'aachener-nachrichten.de': ['Aachener Nachrichten', 'presse'],
  'rp-online.de': ['Rheinische Post', 'presse'],
  'wz.de': ['Westdeutsche Zeitung', 'presse'],
  'ksta.de': ['Kölner Stadt-Anzeiger', 'presse'],
  'rundschau-online.de': ['Kölnische Rundschau', 'presse'],
  'lokalkompass.de': ['Lokalkompass', 'presse'],
  'nw.de': ['Neue Westfälische', 'presse'],
  'come-on.de': ['Come-on.de (Märkischer Kreis)', 'presse'],
  'hiller-anzeiger.de': ['Hiller Anzeiger', 'presse'],
  'rga.de': ['Remscheider General-Anzeiger', 'presse'],
  'waterboelles.de': ['Waterbölles (Remscheid)', 'presse'],
  'radiohochstift.de': ['Radio Hochstift', 'presse'],
  'carl.media': ['Carl (Gütersloh)', 'presse'],
  'lebendiges-aachen.de': ['Lebendiges Aachen', 'presse'],
  'unserac.de': ['unserAC', 'presse'],
  'archiv.mv-online.de': ['Münsterland Volkszeitung', 'presse'],
  'mv-online.de': ['Münsterland Volkszeitung', 'presse'],
  'welt.de': ['Die Welt', 'presse'],
  'report-k.de': ['report-K (Köln)', 'presse'],
  'halloherne.de': ['Hallo Herne', 'presse'],
  'inherne.net': ['inherne.net', 'presse'],
  'westfalen-blatt.de': ['Westfalen-Blatt', 'presse'],
  'radioenneperuhr.de': ['Radio Ennepe Ruhr', 'presse'],
  'radiosauerland.de': ['Radio Sauerland', 'presse'],
  'radiobochum.de': ['Radio Bochum', 'presse'],
  'radiobielefeld.de': ['Radio Bielefeld', 'presse'],
  'radio912.de': ['Radio 91.2 (Dortmund)', 'presse'],
  'lippewelle.de': ['Radio Lippe Welle Hamm', 'presse'],
  'muensterlandzeitung.de': ['Münsterland Zeitung', 'presse'],
  'mk-journal.de': ['MK-Journal', 'presse'],
  'madeinbocholt.de': ['Made in Bocholt', 'presse'],
  'lokaldirekt.de': ['LokalDirekt', 'presse'],
  'lokalbuero.com': ['Lokalbüro Düsseldorf', 'presse'],
  'leopoldshoehernachrichten.de': ['Leopoldshöher Nachrichten', 'presse'],
  'hertener-allgemeine.de': ['Hertener Allgemeine', 'presse'],
  'heimatreport.de': ['Heimatreport', 'presse'],
  'blickpunkt-arnsberg-sundern-meschede.de': ['Blickpunkt Arnsberg-Sundern-Meschede', 'presse'],
  'ga.de': ['General-Anzeiger Bonn', 'presse'],
  'general-anzeiger-bonn.de': ['General-Anzeiger Bonn', 'presse'],
  'nrw-direkt.net': ['NRW Direkt (Online-Portal)', 'presse'],
  // Parties, Fraktionen, members of parliament
  'stefanlenzen.jimdo.com': ['FDP-Landtagsabgeordneter Stefan Lenzen', 'partei'],
  'guido-deus.de': ['CDU-Landtagsabgeordneter Guido Déus', 'partei'],
  'fdp-kreis-herford.de': ['FDP Kreis Herford', 'partei'],
  'fbi-pb.de': ['FBI Freie Wähler Paderborn', 'partei'],
  'afd-do-fraktion.de': ['AfD-Ratsfraktion Dortmund', 'partei'],
  'afd-fraktion.nrw': ['AfD-Landtagsfraktion NRW', 'partei'],
  'afd-mettmann.de': ['AfD Kreis Mettmann', 'partei'],
  'afd-fraktion-krefeld.de': ['AfD-Ratsfraktion Krefeld', 'partei'],
  'pro-nrw.net': ['Pro NRW (Partei)', 'partei'],
  'gruene-siegen.de': ['Grüne Ratsfraktion Siegen', 'partei'],
  'gruene-fraktion-rhein-sieg.de': ['Grüne Kreistagsfraktion Rhein-Sieg', 'partei'],
  'gruene-muenster.de': ['Grüne Münster', 'partei'],
  'die-linke-siegen-wittgenstein.de': ['Die Linke Siegen-Wittgenstein', 'partei'],
  'spd-siegen.de': ['SPD-Ratsfraktion Siegen', 'partei'],
  'rheinbach-spd.de': ['SPD Rheinbach', 'partei'],
  'frank-rock.de': ['CDU-Landtagsabgeordneter Frank Rock', 'partei'],
  'heinrich-frieling.de': ['CDU-Landtagsabgeordneter Heinrich Frieling', 'partei'],
  // Freie Träger and associations
  'ggua.de': ['GGUA Flüchtlingshilfe (Träger)', 'traeger'],
  'diakonie-duisburg.de': ['Diakonie Duisburg (Träger)', 'traeger'],
  'caritas-muelheim.de': ['Caritas Mülheim (Träger)', 'traeger'],
  // Copy and aggregator sites: never the source of an official fact
  'ufaauto24.com': ['ufaauto24.com (Kopie)', 'kopie'],
  'expydoc.com': ['expydoc.com (Kopie)', 'kopie'],
  'de.zxc.wiki': ['zxc.wiki (Kopie der Wikipedia)', 'kopie'],
  'citypopulation.de': ['citypopulation.de (Sammlung)', 'kopie'],
  'raw.githubusercontent.com': ['GitHub (Kopie)', 'kopie'],
  'github.com': ['GitHub (Kopie)', 'kopie'],
  'n-ag.de': ['n-ag.de (Sammlung)', 'kopie'],
  'kleineanfragen.org': ['kleineanfragen.org (Sammlung)', 'kopie'],
  'de.statista.com': ['Statista (Sammlung)', 'kopie'],
  'yumpu.com': ['yumpu.com (Kopie)', 'kopie'],
  'blogspot.com': ['Blogspot (Blog-Kopie)', 'kopie'],
  'leverkusen.com': ['leverkusen.com (Spiegel)', 'kopie'],
  'web.de': ['web.de (Nachrichtensammlung)', 'kopie'],
};

/** Hosts (registry keys) of copy and aggregator sites. */
export const COPY_HOSTS: readonly string[] = Object.entries(REGISTRY)
  .filter(([, [, kind]]) => kind === 'kopie')
  .map(([host]) => host);

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
    const hit = REGISTRY[key];
    if (hit) return { name: hit[0], kind: hit[1], host };
  }
  return { name: registrableDomain(host), kind: null, host };
}

/** `beleg` when a row does not state it: `amtlich` for a council information system, else unknown. */
export function defaultEvidence(source: string | undefined): 'amtlich' | null {
  return source && publisherOf(source)?.kind === 'ris' ? 'amtlich' : null;
}
