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

/** Maps an OParl result text ("Vertagt", "einstimmig beschlossen" …) to our Ergebnis. */
export function mapResult(text: string | undefined): Outcome | undefined {
  if (!text) return undefined;
  const t = text.toLowerCase();
  if (/vertag|zurückgestellt|abgesetzt/.test(t)) return 'vertagt';
  if (/abgelehnt/.test(t)) return 'abgelehnt';
  if (/kenntnis/.test(t)) return 'zur Kenntnis genommen';
  if (/beschlossen|angenommen|zugestimmt|empfohlen/.test(t)) return 'beschlossen';
  return undefined;
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
 * Ergebnis from `result`. Nothing throws on bad input: what cannot be used
 * is listed in `skipped` with the reason.
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
  /** Indexes every OParl object in a document; a stack, not recursion (documents may nest deeply). */
  const add = (doc: unknown): void => {
    const stack: unknown[] = [doc];
    while (stack.length) {
      const v = stack.pop();
      if (Array.isArray(v)) {
        for (const item of v) if (typeof item === 'object' && item !== null) stack.push(item);
        continue;
      }
      if (!isObj(v)) continue;
      if (++objects > maxObjects) {
        cap(`nach ${maxObjects.toLocaleString('de-DE')} OParl-Objekten beendet (Obergrenze)`);
        return;
      }
      if (typeof v.id === 'string' && v.type) index.set(v.id, v);
      for (const value of Object.values(v))
        if (typeof value === 'object' && value !== null) stack.push(value);
    }
  };
  const meetingsSeen = new Set<Obj>();
  const progress = () => options.onProgress?.({ requests, meetings: meetingsSeen.size });
  const checkCancel = () => {
    if (options.signal?.aborted) throw new DOMException('Import abgebrochen', 'AbortError');
  };
  documents.forEach(add);
  const resolve = async (ref: unknown): Promise<Obj | null> => {
    checkCancel();
    if (isObj(ref)) return ref;
    if (typeof ref !== 'string') return null;
    const known = index.get(ref);
    if (known) return known;
    if (!options.fetchJson || capped) return null;
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
      skip(
        ref,
        `nicht ladbar: ${germanMessage(e, 'der Server antwortet nicht oder sendet kein JSON')}`,
      );
      return null;
    }
  };

  // Start: meetings listed in pages (followed via links.next), else loose Meeting objects.
  const pages: Obj[] = documents.filter((d): d is Obj => isObj(d) && Array.isArray(d.data));
  const bodies = [...index.values()].filter((o) => typeOf(o) === 'Body');
  for (const body of bodies) {
    const list = await resolve(body.meeting);
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
      else if (!nextPage && !capped) skip(next, 'Folgeseite (links.next) nicht verfügbar');
    }
  }
  if (pageCount >= maxPages) cap(`nach ${maxPages} Seiten beendet (Obergrenze)`);
  for (const o of index.values())
    if (typeOf(o) === 'Meeting' && !meetingsSeen.has(o)) {
      meetingsSeen.add(o);
      meetings.push(o);
    }

  const keyword = options.keyword?.trim().toLowerCase() ?? '';
  const existing = new Set(
    (options.existing ?? []).map((e) => `${e.date.iso}|${e.body}|${e.agendaItem ?? ''}|${e.title}`),
  );
  const entries: CalendarEntry[] = [];
  let line = 1;
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
    date: when.time
      ? { iso: when.date, precision: 'day', time: when.time }
      : { iso: when.date, precision: 'day' },
    kind: 'sitzung',
    body,
    committee,
    title,
    source,
    ...more,
  });
  for (const m of meetings) {
    const name = str(m.name) ?? str(m.id) ?? 'Sitzung';
    if (m.cancelled === true) {
      skip(name, 'abgesagt');
      continue;
    }
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
    const bodyAgs = options.body ?? str(bodyObj?.ags) ?? str(bodies[0]?.ags);
    const ags = bodyAgs ? parseAgs(bodyAgs, { gemeinde: true, kreis: true, land: false }) : null;
    if (!ags || !ags.ok) {
      skip(name, 'Körperschaft ohne gültigen AGS – bitte AGS im Import angeben');
      continue;
    }
    const committee = str(org?.name) ?? str(org?.shortName) ?? name;
    const items = Array.isArray(m.agendaItem) ? m.agendaItem : [];
    let matched = 0;
    for (const ref of items) {
      const item = await resolve(ref);
      if (!item) {
        skip(`${name}: ${String(ref)}`, 'TOP nicht verfügbar');
        continue;
      }
      const consultation = await resolve(item.consultation);
      const paper = consultation ? await resolve(consultation.paper) : null;
      const title = str(item.name) ?? str(paper?.name) ?? 'Tagesordnungspunkt';
      const document = str(paper?.reference);
      if (
        keyword &&
        !`${title} ${document ?? ''} ${str(paper?.name) ?? ''}`.toLowerCase().includes(keyword)
      )
        continue;
      matched++;
      const top = str(item.number);
      const key = `${when.date}|${ags.value}|${top ?? ''}|${title}`;
      if (existing.has(key)) {
        skip(`${name}, TOP ${top ?? '?'}`, 'schon im Datensatz');
        continue;
      }
      existing.add(key);
      const result = str(item.result);
      const outcome = mapResult(result);
      entries.push(
        session(
          when,
          ags.value,
          committee,
          title,
          str(item.web) ?? str(m.web) ?? str(item.id) ?? str(m.id) ?? 'OParl',
          {
            ...(top ? { agendaItem: top } : {}),
            ...(document ? { document } : {}),
            ...(outcome ? { outcome } : {}),
            ...(result && !outcome ? { note: `Ergebnis laut OParl: ${result}` } : {}),
          },
        ),
      );
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
    meetings: meetings.length,
    pages: pageCount,
    requests,
    skipped,
    skippedCount,
  };
}
