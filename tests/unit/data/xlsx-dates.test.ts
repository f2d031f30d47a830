import { describe, expect, it } from 'vitest';
import {
  columnIndexOf,
  columnLetters,
  sheetFileName,
  sheetOf,
} from '../../../src/lib/data/sheet-file.ts';
import {
  dateFormatById,
  dateFormatOf,
  isoToSerial,
  serialToText,
} from '../../../src/lib/data/xlsx-dates.ts';

describe('dateFormatOf', () => {
  it.each([
    ['dd\\.mm\\.yyyy', { precision: 'day', time: false }],
    ['DD.MM.YYYY', { precision: 'day', time: false }],
    ['TT.MM.JJJJ', { precision: 'day', time: false }],
    ['dd/mm/yyyy\\ hh:mm', { precision: 'day', time: true }],
    ['mm\\.yyyy', { precision: 'month', time: false }],
    ['MMM YY', { precision: 'month', time: false }],
    ['[$-407]MMMM\\ YYYY;@', { precision: 'month', time: false }],
    ['yyyy', { precision: 'year', time: false }],
    ['General', null],
    ['Standard', null],
    ['#,##0', null],
    ['0.00E+00', null],
    ['#,##0\\ "€";[Red]-#,##0\\ "€"', null],
    ['h:mm AM/PM', null],
    ['[h]:mm:ss', null],
    ['@', null],
  ])('%s', (code, format) => expect(dateFormatOf(code)).toEqual(format));

  it('knows the built-in date formats by id, and a workbook’s own format wins', () => {
    expect(dateFormatById(14, new Map())).toEqual({ precision: 'day', time: false });
    expect(dateFormatById(17, new Map())).toEqual({ precision: 'month', time: false });
    expect(dateFormatById(22, new Map())).toEqual({ precision: 'day', time: true });
    expect(dateFormatById(20, new Map())).toBeNull(); // h:mm
    expect(dateFormatById(0, new Map())).toBeNull();
    expect(dateFormatById(2, new Map())).toBeNull(); // 0.00
    expect(dateFormatById(164, new Map([[164, 'dd.mm.yyyy']]))).toEqual({
      precision: 'day',
      time: false,
    });
  });
});

describe('serialToText and isoToSerial', () => {
  const day = { precision: 'day', time: false } as const;
  it.each([
    [44881, day, false, '2022-11-16'],
    [44881.729166666664, { precision: 'day', time: true } as const, false, '2022-11-16 17:30'],
    [44881.729166666664, day, false, '2022-11-16'],
    [44440, { precision: 'month', time: false } as const, false, '2021-09'],
    [44197, { precision: 'year', time: false } as const, false, '2021'],
    [43419, day, true, '2022-11-16'],
    [-800000, day, false, null],
  ])('%d → %s', (serial, format, date1904, text) =>
    expect(serialToText(serial, format, date1904)).toBe(text),
  );

  it('round-trips ISO dates and times', () => {
    for (const [iso, time] of [
      ['2022-11-16', undefined],
      ['2021-06-16', '16:00'],
      ['1999-12-31', '23:59'],
    ] as const)
      expect(
        serialToText(isoToSerial(iso, time), { precision: 'day', time: time !== undefined }),
      ).toBe(time ? `${iso} ${time}` : iso);
    expect(isoToSerial('2021-09')).toBe(44440);
  });
});

describe('sheet-file', () => {
  it.each([
    [0, 'A'],
    [5, 'F'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %d is %s and back', (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
    expect(columnIndexOf(letters)).toBe(index);
  });

  it('names a sheet as „mappe.xlsx › Blatt stellen“ and reads it back; a sheet named like a file stays a sheet', () => {
    expect(sheetFileName('ordner/mappe.xlsx', 'stellen')).toBe('mappe.xlsx › Blatt stellen');
    expect(sheetOf('mappe.xlsx › Blatt Stellen 2024')).toEqual({
      book: 'mappe.xlsx',
      sheet: 'Stellen 2024',
    });
    expect(sheetFileName('m.xlsx', 'gebiete.geojson')).toBe(
      'm.xlsx › Blatt gebiete.geojson (Blatt)',
    );
    expect(sheetOf('stellen.csv')).toBeNull();
    expect(columnIndexOf('1')).toBe(-1);
  });
});
