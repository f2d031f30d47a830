/** Wraps text at spaces so that each line of about `charWidth` px per character fits `width`. */
export function wrapText(text: string, width: number, charWidth: number, minChars = 8): string[] {
  const max = Math.max(minChars, Math.floor(width / charWidth));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The width in px of a text in a font (e.g. `700 20px DejaVu Sans`). */
export type Measure = (text: string) => number;

/**
 * Wraps text at spaces so that each line, as measured, fits `width`; a word
 * wider than the line is broken between characters. Nothing is ever cut:
 * the lines joined with spaces are the text (test: wrapMeasured).
 */
export function wrapMeasured(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (word: string) => {
    // A single word wider than the line: as many characters per line as fit.
    let rest = word;
    while (measure(rest) > width && rest.length > 1) {
      let n = rest.length - 1;
      while (n > 1 && measure(rest.slice(0, n)) > width) n--;
      lines.push(rest.slice(0, n));
      rest = rest.slice(n);
    }
    return rest;
  };
  for (const word of text.split(' ').filter((w) => w !== '')) {
    const next = line ? `${line} ${word}` : word;
    if (measure(next) <= width) line = next;
    else {
      if (line) lines.push(line);
      line = push(word);
    }
  }
  if (line) lines.push(line);
  return lines;
}
