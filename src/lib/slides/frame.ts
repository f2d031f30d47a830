/**
 * The type scale and layout of a slide for its frame (the projector's
 * viewport, or a smaller box in the presenter view and the handout).
 * Sizes grow with the frame; chart labels never go below `minLabel`.
 */
export interface SlideFrame {
  width: number;
  height: number;
  /** 16:9 and 16:10 frames put legends beside the chart; 4:3 below it. */
  wide: boolean;
  /** Scale against the 1024×768 reference. */
  unit: number;
  pad: number;
  font: {
    headline: number;
    subtitle: number;
    /** Chart labels, legend and table text. */
    label: number;
    footer: number;
    /** The big numbers of a Kennzahlen slide. */
    big: number;
    /** Text slide lines. */
    bullet: number;
  };
}

/** Average advance of a DejaVu Sans character in em (regular, bold): labels are estimated, never measured. */
export const CHAR_EM = 0.62;
export const BOLD_EM = 0.69;

export function slideFrame(width: number, height: number, minLabel = 20): SlideFrame {
  const unit = Math.min(width / 1024, height / 768);
  const size = (px: number, min = 0) => Math.max(min, Math.round(px * unit));
  return {
    width,
    height,
    wide: width / height >= 1.5,
    unit,
    pad: size(28, 8),
    font: {
      headline: size(40, minLabel + 6),
      subtitle: size(24, minLabel),
      label: size(22, minLabel),
      footer: size(20, minLabel),
      big: size(76, minLabel * 2),
      bullet: size(34, minLabel + 4),
    },
  };
}

/** Estimated width of `text` at `font` px. */
export const textWidth = (text: string, font: number, bold = false) =>
  text.length * font * (bold ? BOLD_EM : CHAR_EM);

/** Rows that items of these widths take when they flow side by side and wrap at `width`. */
export function flowRows(widths: readonly number[], width: number): number {
  let rows = widths.length ? 1 : 0;
  let x = 0;
  for (const w of widths) {
    if (x > 0 && x + w > width) {
      rows++;
      x = 0;
    }
    x += w;
  }
  return rows;
}
