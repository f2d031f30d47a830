/** The widest a tip gets (CSS px); narrower hosts make it narrower. */
export const TIP_WIDTH = 280;
/** Room a tip needs above its anchor before it goes below instead. */
const ROOM_ABOVE = 110;

/** Where a tip goes in a host `hostWidth` wide: centred on `x`, above `top` when there is room, else below `bottom`. */
export function tipPlace(
  x: number,
  top: number,
  bottom: number,
  hostWidth: number,
): { left: number; top: number; above: boolean; width: number } {
  const width = Math.min(TIP_WIDTH, hostWidth);
  const left = Math.max(0, Math.min(x - width / 2, hostWidth - width));
  const above = top > ROOM_ABOVE;
  return { left, top: above ? top - 8 : bottom + 8, above, width };
}
