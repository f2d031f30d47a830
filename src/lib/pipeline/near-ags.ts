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

/**
 * The report of an upload names the AGS that was probably meant („… – meinten
 * Sie 05970, Kreis Siegen-Wittgenstein?“). Done here, on the bounded list the
 * preview shows, not in the cell parser every embed ships.
 */
export function withAgsSuggestions(problems: readonly Problem[], gazetteer: Gazetteer): Problem[] {
  return problems.map((p) => {
    const code = p.text?.key === 'ags.unknown' ? String(p.text.params?.['code'] ?? '') : '';
    const near = code ? nearAgs(code, gazetteer) : [];
    if (!near.length) return p;
    const guess =
      near.length === 1
        ? `${near[0]}, ${gazetteer.label(near[0]!)}`
        : near.map((c) => `${c} (${gazetteer.label(c)})`).join(' oder ');
    const at = p.message.indexOf(' gibt es in den Gebietsdaten (BKG VG250) nicht.');
    const message =
      at >= 0
        ? `${p.message.slice(0, at)} gibt es in den Gebietsdaten (BKG VG250) nicht – meinten Sie ${guess}?${p.message.slice(at + ' gibt es in den Gebietsdaten (BKG VG250) nicht.'.length)}`
        : `${p.message} Meinten Sie ${guess}?`;
    return {
      ...p,
      message,
      text: { ...p.text!, params: { ...p.text!.params, guess: guess.replace(' oder ', ' or ') } },
    };
  });
}
