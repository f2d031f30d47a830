import { GermanError } from '../data/german-error.ts';

/** Saves a Blob under a file name via a temporary link. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The SVG as a standalone file (styles are attributes already, so it opens in Inkscape/Illustrator). */
export function svgBlob(svg: SVGSVGElement): Blob {
  const text = new XMLSerializer().serializeToString(svg);
  return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${text}`], { type: 'image/svg+xml' });
}

/** Renders the SVG into a PNG at `scale`× its size. */
export async function pngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const url = URL.createObjectURL(svgBlob(svg));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const ctx = canvas.getContext('2d')!;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((ok, fail) =>
      canvas.toBlob(
        (b) =>
          b
            ? ok(b)
            : fail(
                new GermanError(
                  'Das PNG konnte nicht erzeugt werden. Bitte SVG herunterladen oder einen anderen Browser versuchen.',
                ),
              ),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
