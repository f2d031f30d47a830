/**
 * The little XML a workbook needs, without a DOM (a Web Worker has no
 * DOMParser): attributes, text with entities and Excel's `_xHHHH_` escapes,
 * and escaping for writing.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text content of XML: entities decoded, and `_x000D_` (Excel's escape of a control character). */
export function xmlText(raw: string): string {
  const text =
    raw.indexOf('&') < 0
      ? raw
      : raw.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
          if (name[0] !== '#') return ENTITIES[name] ?? whole;
          const code =
            name[1] === 'x' || name[1] === 'X'
              ? parseInt(name.slice(2), 16)
              : Number(name.slice(1));
          return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
        });
  return text.indexOf('_x') < 0
    ? text
    : text.replace(/_x([0-9a-f]{4})_/gi, (_, hex: string) =>
        String.fromCharCode(parseInt(hex, 16)),
      );
}

/** The value of attribute `name` (any namespace prefix, either quote), decoded; undefined when absent. */
export function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(
    attrs,
  );
  if (!m) return undefined;
  return xmlText(m[1] ?? m[2] ?? '');
}

/** The open and close patterns of each element name, compiled once. */
const TAGS = new Map<string, [RegExp, RegExp]>();

/** Every element `<name …>…</name>` or `<name …/>` (any namespace prefix): its attributes and inner text. */
export function* elements(xml: string, name: string): Generator<{ attrs: string; inner: string }> {
  let pair = TAGS.get(name);
  if (!pair) {
    pair = [
      new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])([^>]*?)(/?)>`, 'g'),
      new RegExp(`</(?:[\\w.-]+:)?${name}\\s*>`, 'g'),
    ];
    TAGS.set(name, pair);
  }
  // Own copies (cheap): a caller may walk two lists of the same element at once.
  const open = new RegExp(pair[0]);
  const close = new RegExp(pair[1]);
  for (let m = open.exec(xml); m; m = open.exec(xml)) {
    if (m[2] === '/') {
      yield { attrs: m[1]!, inner: '' };
      continue;
    }
    close.lastIndex = open.lastIndex;
    const end = close.exec(xml);
    if (!end) return;
    yield { attrs: m[1]!, inner: xml.slice(open.lastIndex, end.index) };
    open.lastIndex = close.lastIndex;
  }
}

/**
 * The text of a string item (`<si>` or `<is>`): all its `<t>` runs joined,
 * phonetic guides (`<rPh>`, East Asian reading aids) left out.
 */
export function runText(inner: string): string {
  // Nearly every string is one plain run: `<t>Text</t>`.
  if (
    inner.startsWith('<t>') &&
    inner.endsWith('</t>') &&
    inner.indexOf('<', 3) === inner.length - 4
  )
    return xmlText(inner.slice(3, -4));
  const plain =
    inner.indexOf('<rPh') < 0
      ? inner
      : inner.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, '');
  let text = '';
  for (const t of elements(plain, 't')) text += xmlText(t.inner);
  return text;
}

/** Control characters other than tab, LF and CR (XML 1.0 cannot hold most of them) and non-characters. */
const INVALID = /(?![\t\n\r])\p{Cc}|[\ufffe\uffff]/gu;

/** Text for an XML element or attribute: `& < > "` escaped, impossible characters written as Excel does (`_x0001_`). */
export function escapeXml(text: string): string {
  return text
    .replace(/_x([0-9a-f]{4})_/gi, '_x005F_x$1_')
    .replace(INVALID, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
