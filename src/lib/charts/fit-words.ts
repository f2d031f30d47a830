// Timeline labels (chart and slide); its own module so that only timeline chunks load it.

/** Whole words of `text` within `max` characters, with … when cut; '' when not even the first word fits. */
export function fitWords(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const w of text.split(' ')) {
    if ((out ? out.length + 1 : 0) + w.length > max - 1) break;
    out = out ? `${out} ${w}` : w;
  }
  return out ? `${out}…` : '';
}
