/** An ISO date (any precision) as Germans write it, with an optional time. */
export const germanDate = (iso?: string, time?: string) => {
  if (!iso) return null;
  const [y, m, d] = iso.split('-');
  return (d ? `${d}.${m}.${y}` : m ? `${m}.${y}` : y!) + (time ? ` ${time}` : '');
};
