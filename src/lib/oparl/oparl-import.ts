import { parseAgs } from '../data/ags.ts';
import type { CalendarEntry, Outcome } from '../data/types.ts';
import { berlinWallClock } from '../util/days.ts';
import { germanMessage } from '../data/german-error.ts';

/** A JSON object of the OParl API (loosely typed: servers differ in optional fields). */
type Obj = Record<string, unknown>;

/** Fetches one OParl URL as JSON; browsers need the server's CORS header (the spec requires it). */
export type FetchJson = (url: string) => Promise<unknown>;

/** What an import did: the new entries and every meeting or item left out, with the reason. */
export interface OparlResult {
  entries: CalendarEntry[];
  /**
   * Entries imported before whose result, date or cancellation the server
   * now gives differently: the page replaces `before` with `after`.
   */
  updated: { before: CalendarEntry; after: CalendarEntry }[];
  /**
   * A System address lists its bodies: the import then adds nothing and the
   * page asks which one (`body` of the choice is its OParl address).
   */
  bodies: { id: string; name: string; ags: string | null }[];
  meetings: number;
  pages: number;
  /** Server requests made. */
  requests: number;
  /** The first MAX_SKIPPED items left out, with the reason … */
  skipped: { what: string; reason: string }[];
  /** … and how many were left out in all. */
  skippedCount: number;
}

/** How far an import has come, for a progress line. */
export interface OparlProgress {
  requests: number;
  meetings: number;
}

/** Defaults that keep a server which pages or references without end from running for hours. */
export const OPARL_LIMITS = { requests: 2000, objects: 100_000, pages: 500, skipped: 200 } as const;

export interface OparlOptions {
  /** AGS of the body when the OParl Body has none (or to override it). */
  body?: string;
  /** Only agenda items whose name or Drucksache contains this word (empty: all). */
  keyword?: string;
  /** Entries already in the dataset: the same session and TOP is not added twice. */
  existing?: readonly CalendarEntry[];
  fetchJson?: FetchJson;
  maxPages?: number;
  /** At most this many server requests (OPARL_LIMITS.requests). */
  maxRequests?: number;
  /** At most this many OParl objects read (OPARL_LIMITS.objects). */
  maxObjects?: number;
  onProgress?: (p: OparlProgress) => void;
  /** Cancels the import ("Abbrechen"): it rejects with an AbortError and adds nothing. */
  signal?: AbortSignal;
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const typeOf = (o: Obj) => (typeof o.type === 'string' ? o.type.replace(/^.*\//, '') : '');
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/**
 * Maps an OParl result text ("Vertagt", "einstimmig beschlossen" …) to our
 * Ergebnis. Negations are read first: "nicht beschlossen", "Nicht
 * zugestimmt", "kein Beschluss" are `abgelehnt`, never `beschlossen`.
 */
export function mapResult(text: string | undefined): Outcome | undefined {
  if (!text) return undefined;
  const t = text.toLowerCase();
  if (/vertag|zurückgestellt|abgesetzt/.test(t)) return 'vertagt';
  if (/(^|[^a-zäöüß])(nicht|kein|keine|keinen)([^a-zäöüß]|$)|abgelehnt|ablehnung/.test(t))
    return 'abgelehnt';
  if (/kenntnis/.test(t)) return 'zur Kenntnis genommen';
  if (/beschlossen|angenommen|zugestimmt|empfohlen|zustimmung/.test(t)) return 'beschlossen';
  return undefined;
}

/**
 * The AGS of a Body from its `rgs` (12-digit Regionalschlüssel): the first
 * five digits and the last three (`rgs[0:5] + rgs[9:12]`); a Kreis (all
 * zeros after the first five) is its five digits.
 */
export function agsFromRgs(rgs: string | undefined): string | undefined {
  if (!rgs || !/^\d{12}$/.test(rgs)) return undefined;
  return /^0+$/.test(rgs.slice(5)) ? rgs.slice(0, 5) : rgs.slice(0, 5) + rgs.slice(9, 12);
}

/** Date and time of an OParl date-time as shown in Germany (Europe/Berlin). */
export function berlinDateTime(iso: string): { date: string; time?: string } | null {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return { date: iso };
  return berlinWallClock(d);
}

/**
 * Reads OParl 1.0/1.1 objects (a Body, Meeting list pages with `links.next`,
 * Meetings with embedded or referenced AgendaItems, Consultations, Papers,
 * Organizations) from given documents and, where a fetcher is given, from
 * the server, and turns sessions into `termine` entries: Gremium from the
 * Organization, TOP from `number`, Drucksache from `Paper.reference`,
 * Ergebnis from `result` (negations first). As OParl 1.1 says: a System
 * lists its bodies to choose from (`bodies`), an Organization brings its own
 * meetings, `rgs` gives the AGS, `deleted` objects are skipped, embedded
 * objects never replace fetched ones, a failed look-up is made and reported
 * once. A re-import updates entries it imported before (same OParl address
 * and TOP) in `updated`: result, date, cancellation. Nothing throws on bad
 * input: what cannot be used is listed in `skipped` with the reason.
 */
export async function importOparl(
  documents: readonly unknown[],
  options: OparlOptions = {},
): Promise<OparlResult> {
  const index = new Map<string, Obj>();
  const skipped: OparlResult['skipped'] = [];
  let skippedCount = 0;
  const skip = (what: string, reason: string) => {
    skippedCount++;
    if (skipped.length < OPARL_LIMITS.skipped) skipped.push({ what: what.slice(0, 200), reason });
  };
  const maxRequests = options.maxRequests ?? OPARL_LIMITS.requests;
  const maxObjects = options.maxObjects ?? OPARL_LIMITS.objects;
  let requests = 0;
  let objects = 0;
  let capped: string | null = null;
  const cap = (reason: string) => {
    if (capped) return;
    capped = reason;
    skip('Import', reason);
  };
  /**
   * Indexes every OParl object in a document; a stack, not recursion
   * (documents may nest deeply). The document itself (fetched or given) is
   * the object as the server sends it and replaces what was known; objects
   * embedded in it only fill gaps: an embedded Consultation carries no
   * `paper` (OParl 1.1) and must not replace the fetched one. It gets its
   * parent Paper.
   */
  const add = (doc: unknown): void => {
    // `root`: the document itself, or an object a list page lists in `data`.
    const stack: { v: unknown; parent: Obj | null; root: boolean }[] = [
      { v: doc, parent: null, root: true },
    ];
    while (stack.length) {
      const { v, parent, root } = stack.pop()!;
      if (Array.isArray(v)) {
        for (const item of v)
          if (typeof item === 'object' && item !== null) stack.push({ v: item, parent, root });
        continue;
      }
      if (!isObj(v)) continue;
      if (++objects > maxObjects) {
        cap(`nach ${maxObjects.toLocaleString('de-DE')} OParl-Objekten beendet (Obergrenze)`);
        return;
      }
      let o = v;
      if (
        parent &&
        typeOf(o) === 'Consultation' &&
        typeOf(parent) === 'Paper' &&
        o.paper === undefined &&
        typeof parent.id === 'string'
      )
        o = { ...o, paper: parent.id };
      if (typeof o.id === 'string' && o.type && (root || !index.has(o.id))) index.set(o.id, o);
      const self = typeof o.type === 'string' ? o : parent;
      const page = root && !o.type;
      for (const [key, value] of Object.entries(v))
        if (typeof value === 'object' && value !== null)
          stack.push({ v: value, parent: self, root: page && key === 'data' });
    }
  };
  const meetingsSeen = new Set<Obj>();
  const progress = () => options.onProgress?.({ requests, meetings: meetingsSeen.size });
  const checkCancel = () => {
    if (options.signal?.aborted) throw new DOMException('Import abgebrochen', 'AbortError');
  };
  /** Addresses that could not be loaded: asked for once. */
  const failed = new Set<string>();
  documents.forEach(add);
  const resolve = async (ref: unknown): Promise<Obj | null> => {
    checkCancel();
    if (isObj(ref)) return ref;
    if (typeof ref !== 'string') return null;
    const known = index.get(ref);
    if (known) return known;
    if (!options.fetchJson || capped || failed.has(ref)) return null;
    if (requests >= maxRequests) {
      cap(`nach ${maxRequests.toLocaleString('de-DE')} Abrufen beendet (Obergrenze)`);
      return null;
    }
    requests++;
    if (requests % 10 === 0) progress();
    try {
      const doc = await options.fetchJson(ref);
      add(doc);
      return isObj(doc) ? (index.get(ref) ?? doc) : null;
    } catch (e) {
      checkCancel();
      failed.add(ref); // reported once, not at every reference to it
      skip(
        ref,
        `nicht ladbar: ${germanMessage(e, 'der Server antwortet nicht oder sendet kein JSON')}`,
      );
      return null;
    }
  };

  // Start: a System lists its bodies (the page asks which one); a Body and an Organization
  // list their meetings in pages (followed via links.next); else loose Meeting objects.
  const roots = documents.filter(isObj);
  const systems = roots.filter((o) => typeOf(o) === 'System');
  if (
    systems.length &&
    !roots.some((o) => ['Body', 'Organization', 'Meeting'].includes(typeOf(o)))
  ) {
    const choice: OparlResult['bodies'] = [];
    for (const system of systems) {
      const list = await resolve(system.body);
      const items = list && Array.isArray(list.data) ? (list.data as unknown[]) : [];
      for (const item of items) {
        const b = await resolve(item);
        if (!b || typeOf(b) !== 'Body' || typeof b.id !== 'string') continue;
        if (b.deleted === true) {
          skip(str(b.name) ?? b.id, 'gelöscht (deleted)');
          continue;
        }
        const ags = str(b.ags) ?? agsFromRgs(str(b.rgs)) ?? null;
        choice.push({ id: b.id, name: str(b.name) ?? str(b.shortName) ?? b.id, ags });
      }
      if (!items.length)
        skip(str(system.name) ?? String(system.id), 'System ohne Körperschaften (body)');
    }
    progress();
    return {
      entries: [],
      updated: [],
      bodies: choice,
      meetings: 0,
      pages: 0,
      requests,
      skipped,
      skippedCount,
    };
  }
  const pages: Obj[] = documents.filter((d): d is Obj => isObj(d) && Array.isArray(d.data));
  const bodies = [...index.values()].filter((o) => typeOf(o) === 'Body');
  const listsOf = [
    ...bodies,
    // An Organization given as the address: its own meetings (OParl 1.1 `meeting`).
    ...roots.filter((o) => typeOf(o) === 'Organization'),
  ];
  for (const owner of listsOf) {
    const list = await resolve(owner.meeting);
    if (list && Array.isArray(list.data) && !pages.includes(list)) pages.push(list);
  }
  const meetings: Obj[] = [];
  const seenPages = new Set<string>();
  let pageCount = 0;
  const maxPages = options.maxPages ?? 500;
  for (let i = 0; i < pages.length && pageCount < maxPages; i++) {
    const page = pages[i]!;
    pageCount++;
    for (const item of page.data as unknown[]) {
      if (capped) break;
      const m = await resolve(item);
      if (m && typeOf(m) === 'Meeting' && !meetingsSeen.has(m)) {
        meetingsSeen.add(m);
        meetings.push(m);
      }
    }
    progress();
    const next = isObj(page.links) ? str(page.links.next) : undefined;
    if (next && !seenPages.has(next)) {
      seenPages.add(next);
      const nextPage = await resolve(next);
      if (nextPage && Array.isArray(nextPage.data)) pages.push(nextPage);
      else if (!nextPage && !capped && !failed.has(next))
        skip(next, 'Folgeseite (links.next) nicht verfügbar');
    }
  }
  if (pageCount >= maxPages) cap(`nach ${maxPages} Seiten beendet (Obergrenze)`);
  for (const o of index.values())
    if (typeOf(o) === 'Meeting' && !meetingsSeen.has(o)) {
      meetingsSeen.add(o);
      meetings.push(o);
    }

  const keyword = options.keyword?.trim().toLowerCase() ?? '';
  const keyOf = (e: Pick<CalendarEntry, 'date' | 'body' | 'agendaItem' | 'title'>) =>
    `${e.date.iso}|${e.body}|${e.agendaItem ?? ''}|${e.title}`;
  const existing = new Set((options.existing ?? []).map(keyOf));
  /** Entries imported before, by their OParl address and TOP: a re-import updates them. */
  const imported = new Map<string, CalendarEntry>();
  for (const e of options.existing ?? [])
    if (e.source) imported.set(`${e.source}|${e.agendaItem ?? ''}`, e);
  const entries: CalendarEntry[] = [];
  const updated: OparlResult['updated'] = [];
  let line = 1;
  const dateOf = (when: { date: string; time?: string }): CalendarEntry['date'] =>
    when.time
      ? { iso: when.date, precision: 'day', time: when.time }
      : { iso: when.date, precision: 'day' };
  /** One imported session entry; rows are numbered in import order. */
  const session = (
    when: { date: string; time?: string },
    body: string,
    committee: string,
    title: string,
    source: string,
    more: Partial<CalendarEntry> = {},
  ): CalendarEntry => ({
    file: 'OParl-Import',
    line: line++,
    extra: new Map(),
    date: dateOf(when),
    kind: 'sitzung',
    body,
    committee,
    title,
    source,
    ...more,
  });
  const CANCELLED = 'Sitzung abgesagt (laut OParl)';
  /**
   * A TOP the dataset has from an earlier import: its result, date and
   * cancellation as the server gives them now. True when it was known.
   */
  const update = (
    source: string,
    top: string | undefined,
    when: { date: string; time?: string },
    outcome: Outcome | undefined,
    cancelled: boolean,
    label: string,
  ): boolean => {
    const before = imported.get(`${source}|${top ?? ''}`);
    if (!before) return false;
    const after: CalendarEntry = { ...before, date: dateOf(when) };
    if (cancelled) {
      delete after.outcome;
      after.note = CANCELLED;
    } else {
      if (outcome) after.outcome = outcome;
      if (before.note === CANCELLED) delete after.note;
    }
    const same =
      after.date.iso === before.date.iso &&
      after.date.time === before.date.time &&
      after.outcome === before.outcome &&
      after.note === before.note;
    if (same) skip(label, 'schon im Datensatz');
    else updated.push({ before, after });
    return true;
  };
  for (const m of meetings) {
    const name = str(m.name) ?? str(m.id) ?? 'Sitzung';
    if (m.deleted === true) {
      skip(name, 'gelöscht (deleted)');
      continue;
    }
    const cancelled = m.cancelled === true;
    const when = typeof m.start === 'string' ? berlinDateTime(m.start) : null;
    if (!when) {
      skip(name, 'ohne gültigen Beginn (start)');
      continue;
    }
    const orgs = Array.isArray(m.organization)
      ? m.organization
      : m.organization
        ? [m.organization]
        : [];
    const org = orgs.length ? await resolve(orgs[0]) : null;
    const bodyObj = await resolve(m.body ?? org?.body ?? bodies[0]?.id);
    const bodyAgs =
      options.body ??
      str(bodyObj?.ags) ??
      agsFromRgs(str(bodyObj?.rgs)) ??
      str(bodies[0]?.ags) ??
      agsFromRgs(str(bodies[0]?.rgs));
    const ags = bodyAgs ? parseAgs(bodyAgs, { gemeinde: true, kreis: true, land: false }) : null;
    if (!ags || !ags.ok) {
      skip(name, 'Körperschaft ohne gültigen AGS – bitte AGS im Import angeben');
      continue;
    }
    const committee = str(org?.name) ?? str(org?.shortName) ?? name;
    const items = Array.isArray(m.agendaItem) ? m.agendaItem : [];
    let matched = 0;
    let known = 0;
    for (const ref of items) {
      const item = await resolve(ref);
      if (!item) {
        skip(`${name}: ${String(ref)}`, 'TOP nicht verfügbar');
        continue;
      }
      if (item.deleted === true) {
        skip(`${name}, TOP ${str(item.number) ?? '?'}`, 'gelöscht (deleted)');
        continue;
      }
      const consultation = await resolve(item.consultation);
      const paperObj = consultation ? await resolve(consultation.paper) : null;
      const paper = paperObj?.deleted === true ? null : paperObj;
      const title = str(item.name) ?? str(paper?.name) ?? 'Tagesordnungspunkt';
      const document = str(paper?.reference);
      if (
        keyword &&
        !`${title} ${document ?? ''} ${str(paper?.name) ?? ''}`.toLowerCase().includes(keyword)
      )
        continue;
      matched++;
      const top = str(item.number);
      const result = str(item.result);
      const outcome = mapResult(result);
      const source = str(item.web) ?? str(m.web) ?? str(item.id) ?? str(m.id) ?? 'OParl';
      if (update(source, top, when, outcome, cancelled, `${name}, TOP ${top ?? '?'}`)) {
        known++;
        continue;
      }
      if (cancelled) continue; // a cancelled session is not added, only marked where known
      const key = `${when.date}|${ags.value}|${top ?? ''}|${title}`;
      if (existing.has(key)) {
        skip(`${name}, TOP ${top ?? '?'}`, 'schon im Datensatz');
        continue;
      }
      existing.add(key);
      entries.push(
        session(when, ags.value, committee, title, source, {
          ...(top ? { agendaItem: top } : {}),
          ...(document ? { document } : {}),
          ...(outcome ? { outcome } : {}),
          ...(result && !outcome ? { note: `Ergebnis laut OParl: ${result}` } : {}),
        }),
      );
    }
    if (matched === 0 && !keyword) {
      // A session without TOPs was imported as one entry: it is updated the same way.
      const source = str(m.web) ?? str(m.id) ?? 'OParl';
      if (update(source, undefined, when, undefined, cancelled, name)) continue;
    }
    if (cancelled) {
      // A cancelled session is not added; entries of it imported before are marked above.
      if (known === 0) skip(name, 'abgesagt');
      continue;
    }
    if (matched === 0) {
      if (keyword) {
        skip(name, `kein Tagesordnungspunkt mit „${options.keyword}“`);
        continue;
      }
      const key = `${when.date}|${ags.value}||${name}`;
      if (existing.has(key)) {
        skip(name, 'schon im Datensatz');
        continue;
      }
      existing.add(key);
      entries.push(session(when, ags.value, committee, name, str(m.web) ?? str(m.id) ?? 'OParl'));
    }
  }
  progress();
  return {
    entries,
    updated,
    bodies: [],
    meetings: meetings.length,
    pages: pageCount,
    requests,
    skipped,
    skippedCount,
  };
}
