import type { Gazetteer } from '../data/gazetteer.ts';
import type { Problem } from '../data/problem.ts';

/**
 * Known AGS one slip away from `code`: two neighbouring digits swapped
 * (05907 → 05970), else one digit mistyped; at most three, swaps first.
 */
export function nearAgs(code: string, gazetteer: Gazetteer): string[] {
  const swaps: string[] = [];
  for (let i = 0; i + 1 < code.length; i++) {
    if (code[i] === code[i + 1]) continue;
    const c = `${code.slice(0, i)}${code[i + 1]}${code[i]}${code.slice(i + 2)}`;
    if (gazetteer.has(c)) swaps.push(c);
  }
  if (swaps.length) return swaps.slice(0, 3);
  const typos: string[] = [];
  for (let i = 0; i < code.length; i++)
    for (const d of '0123456789') {
      if (d === code[i]) continue;
      const c = `${code.slice(0, i)}${d}${code.slice(i + 1)}`;
      if (gazetteer.has(c)) typos.push(c);
    }
  return typos.length <= 3 ? typos : [];
}

/** The message lib/data/cell.ts writes for an AGS the geodata do not know. */
const UNKNOWN =
  /^Den Gemeindeschlüssel (\d{5}|\d{8}) gibt es in den Gebietsdaten \(BKG VG250\) nicht\.$/;

/**
 * The report of an upload names the AGS that was probably meant („… – meinten
 * Sie 05970, Kreis Siegen-Wittgenstein?“). Done here, on the bounded list the
 * preview shows, not in the cell parser every embed ships.
 */
export function withAgsSuggestions(problems: readonly Problem[], gazetteer: Gazetteer): Problem[] {
  return problems.map((p) => {
    const code = UNKNOWN.exec(p.message)?.[1];
    const near = code ? nearAgs(code, gazetteer) : [];
    if (!near.length) return p;
    const guess =
      near.length === 1
        ? `${near[0]}, ${gazetteer.label(near[0]!)}`
        : near.map((c) => `${c} (${gazetteer.label(c)})`).join(' oder ');
    return { ...p, message: `${p.message.slice(0, -1)} – meinten Sie ${guess}?` };
  });
}
