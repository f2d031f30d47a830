import { parseAgs } from '../data/ags.ts';
import type { CalendarEntry, Outcome } from '../data/types.ts';
import { berlinWallClock } from '../model/days.ts';

/** A JSON object of the OParl API (loosely typed: servers differ in optional fields). */
type Obj = Record<string, unknown>;

/** Fetches one OParl URL as JSON; browsers need the server's CORS header (the spec requires it). */
export type FetchJson = (url: string) => Promise<unknown>;

/** What an import did: the new entries and every meeting or item left out, with the reason. */
export interface OparlResult {
  entries: CalendarEntry[];
  meetings: number;
  pages: number;
  skipped: { what: string; reason: string }[];
}

export interface OparlOptions {
  /** AGS of the body when the OParl Body has none (or to override it). */
  body?: string;
  /** Only agenda items whose name or Drucksache contains this word (empty: all). */
  keyword?: string;
  /** Entries already in the dataset: the same session and TOP is not added twice. */
  existing?: readonly CalendarEntry[];
  fetchJson?: FetchJson;
  maxPages?: number;
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
  const add = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(add);
    if (!isObj(v)) return;
    if (typeof v.id === 'string' && v.type) index.set(v.id, v);
    for (const value of Object.values(v)) if (typeof value === 'object') add(value);
  };
  documents.forEach(add);
  const resolve = async (ref: unknown): Promise<Obj | null> => {
    if (isObj(ref)) return ref;
    if (typeof ref !== 'string') return null;
    const known = index.get(ref);
    if (known) return known;
    if (!options.fetchJson) return null;
    try {
      const doc = await options.fetchJson(ref);
      add(doc);
      return isObj(doc) ? (index.get(ref) ?? doc) : null;
    } catch (e) {
      skipped.push({ what: ref, reason: `nicht ladbar: ${(e as Error).message}` });
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
      const m = await resolve(item);
      if (m && typeOf(m) === 'Meeting' && !meetings.includes(m)) meetings.push(m);
    }
    const next = isObj(page.links) ? str(page.links.next) : undefined;
    if (next && !seenPages.has(next)) {
      seenPages.add(next);
      const nextPage = await resolve(next);
      if (nextPage && Array.isArray(nextPage.data)) pages.push(nextPage);
      else if (!nextPage)
        skipped.push({ what: next, reason: 'Folgeseite (links.next) nicht verfügbar' });
    }
  }
  if (pageCount >= maxPages)
    skipped.push({ what: 'Seiten', reason: `nach ${maxPages} Seiten abgebrochen` });
  for (const o of index.values())
    if (typeOf(o) === 'Meeting' && !meetings.includes(o)) meetings.push(o);

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
      skipped.push({ what: name, reason: 'abgesagt' });
      continue;
    }
    const when = typeof m.start === 'string' ? berlinDateTime(m.start) : null;
    if (!when) {
      skipped.push({ what: name, reason: 'ohne gültigen Beginn (start)' });
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
      skipped.push({
        what: name,
        reason: 'Körperschaft ohne gültigen AGS – bitte AGS im Import angeben',
      });
      continue;
    }
    const committee = str(org?.name) ?? str(org?.shortName) ?? name;
    const items = Array.isArray(m.agendaItem) ? m.agendaItem : [];
    let matched = 0;
    for (const ref of items) {
      const item = await resolve(ref);
      if (!item) {
        skipped.push({ what: `${name}: ${String(ref)}`, reason: 'TOP nicht verfügbar' });
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
        skipped.push({ what: `${name}, TOP ${top ?? '?'}`, reason: 'schon im Datensatz' });
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
        skipped.push({ what: name, reason: `kein Tagesordnungspunkt mit „${options.keyword}“` });
        continue;
      }
      const key = `${when.date}|${ags.value}||${name}`;
      if (existing.has(key)) {
        skipped.push({ what: name, reason: 'schon im Datensatz' });
        continue;
      }
      existing.add(key);
      entries.push(session(when, ags.value, committee, name, str(m.web) ?? str(m.id) ?? 'OParl'));
    }
  }
  return { entries, meetings: meetings.length, pages: pageCount, skipped };
}
