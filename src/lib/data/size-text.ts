/** Bytes as staff read them: `2,6 GB`, `200 MB`, `12 KB`. */
export function sizeText(bytes: number): string {
  const units: [number, string][] = [
    [1024 ** 3, 'GB'],
    [1024 ** 2, 'MB'],
    [1024, 'KB'],
  ];
  for (const [size, unit] of units)
    if (bytes >= size)
      return `${(bytes / size).toLocaleString('de-DE', { maximumFractionDigits: 1 })} ${unit}`;
  return `${bytes} Bytes`;
}
