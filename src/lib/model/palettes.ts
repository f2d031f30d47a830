/**
 * Sequential ColorBrewer palettes (Cynthia Brewer, colorbrewer2.org), all
 * single-hue and therefore colour-blind safe, light = low, dark = high.
 * Indexed by class count 3–7.
 */
export const PALETTES = {
  blues: {
    3: ['#deebf7', '#9ecae1', '#3182bd'],
    4: ['#eff3ff', '#bdd7e7', '#6baed6', '#2171b5'],
    5: ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'],
    6: ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'],
    7: ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#084594'],
  },
  oranges: {
    3: ['#fee6ce', '#fdae6b', '#e6550d'],
    4: ['#feedde', '#fdbe85', '#fd8d3c', '#d94701'],
    5: ['#feedde', '#fdbe85', '#fd8d3c', '#e6550d', '#a63603'],
    6: ['#feedde', '#fdd0a2', '#fdae6b', '#fd8d3c', '#e6550d', '#a63603'],
    7: ['#feedde', '#fdd0a2', '#fdae6b', '#fd8d3c', '#f16913', '#d94801', '#8c2d04'],
  },
  purples: {
    3: ['#efedf5', '#bcbddc', '#756bb1'],
    4: ['#f2f0f7', '#cbc9e2', '#9e9ac8', '#6a51a3'],
    5: ['#f2f0f7', '#cbc9e2', '#9e9ac8', '#756bb1', '#54278f'],
    6: ['#f2f0f7', '#dadaeb', '#bcbddc', '#9e9ac8', '#756bb1', '#54278f'],
    7: ['#f2f0f7', '#dadaeb', '#bcbddc', '#9e9ac8', '#807dba', '#6a51a3', '#4a1486'],
  },
} as const;

export type PaletteName = keyof typeof PALETTES;

/** The colours for `k` classes (1–7); one or two classes use the darker end of the 3-class ramp. */
export function paletteColors(name: PaletteName, k: number): string[] {
  if (k <= 0) return [];
  if (k < 3) return PALETTES[name][3].slice(3 - k);
  return [...PALETTES[name][Math.min(k, 7) as 3 | 4 | 5 | 6 | 7]];
}
