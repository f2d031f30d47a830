import { describe, expect, it } from 'vitest';
import { excelSerialToGerman, parseGermanDate } from '../../../src/lib/data/dates.ts';

describe('parseGermanDate', () => {
  it.each([
    ['16.11.2022', false, { iso: '2022-11-16', precision: 'day' }],
    ['16.11.22', false, { iso: '2022-11-16', precision: 'day' }],
    ['1.9.2021', false, { iso: '2021-09-01', precision: 'day' }],
    ['2022-11-16', false, { iso: '2022-11-16', precision: 'day' }],
    ['16.06.2021 16:00', false, { iso: '2021-06-16', precision: 'day', time: '16:00' }],
    ['16.06.2021 16:00 Uhr', false, { iso: '2021-06-16', precision: 'day', time: '16:00' }],
    ['09.2021', true, { iso: '2021-09', precision: 'month' }],
    ['2021-09', true, { iso: '2021-09', precision: 'month' }],
    ['2021', true, { iso: '2021', precision: 'year' }],
  ])('%s (partial=%s)', (raw, partial, value) => {
    expect(parseGermanDate(raw, partial)).toEqual({ ok: true, value });
  });

  it('turns an Excel serial number into a Fehler whose hint names the date', () => {
    const r = parseGermanDate('44881', false);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain('Excel-Datumszahl');
      expect(r.message).toContain('16.11.2022');
      expect(r.hint).toContain('Zellen formatieren');
    }
    expect(excelSerialToGerman(44881)).toBe('16.11.2022');
  });

  it.each([
    ['31.02.2022', false, 'kein gültiges Datum'],
    ['09.2021', false, 'nur Monat und Jahr'],
    ['2021', false, 'nur ein Jahr'],
    ['13.2021', true, 'Monat 13'],
    ['11/16/2022', false, 'amerikanischen'],
    ['morgen', false, 'kein Datum'],
    ['16.11.2022 25:00', false, 'keine gültige Uhrzeit'],
  ])('rejects %s (partial=%s)', (raw, partial, fragment) => {
    const r = parseGermanDate(raw, partial);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(fragment);
  });
});
