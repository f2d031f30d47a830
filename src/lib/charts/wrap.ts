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
