import { describe, expect, it } from 'vitest';
import { noteDay, noteValue, readNotes } from '../../../src/lib/embed/notes.ts';
import {
  NOTE_GAP,
  notedRows,
  noteNumberX,
  rowNoteMarks,
  sidedNotes,
} from '../../../src/lib/charts/note-place.ts';

describe('chart notes (notiz=)', () => {
  it('reads German and ISO days, refuses days that do not exist', () => {
    expect(noteDay('16.11.2022')).toBe('2022-11-16');
    expect(noteDay('1.2.2023')).toBe('2023-02-01');
    expect(noteDay('2022-11-16')).toBe('2022-11-16');
    expect(noteDay('31.02.2023')).toBeNull();
    expect(noteDay('2022')).toBeNull();
    expect(noteDay('morgen')).toBeNull();
  });

  it('keeps the first three valid notes, numbered, and names every other one with its problem', () => {
    const { notes, ignored } = readNotes(
      [
        '2022-11-16~Antrag B90/Grüne vertagt',
        '~Kein Ziel',
        '2021-05-01~',
        '2023-01-01~KIM 2023 beginnt',
        '2024-07-31~663 Ausreisepflichtige',
        '2025-01-16~Antragsfrist',
      ],
      true,
    );
    expect(notes).toEqual([
      { n: 1, target: '2022-11-16', iso: '2022-11-16', text: 'Antrag B90/Grüne vertagt' },
      { n: 2, target: '2023-01-01', iso: '2023-01-01', text: 'KIM 2023 beginnt' },
      { n: 3, target: '2024-07-31', iso: '2024-07-31', text: '663 Ausreisepflichtige' },
    ]);
    expect(ignored.map((i) => i.problem)).toEqual(['target', 'text', 'many']);
    // A time chart takes dates only.
    expect(readNotes(['gestern~x'], true).ignored).toEqual([
      { value: 'gestern~x', problem: 'target' },
    ]);
    // A bar's name is a target too (no date); on a bar chart a date is read as a name.
    expect(readNotes(['Baustein 2~Größter Baustein']).notes[0]).toEqual({
      n: 1,
      target: 'Baustein 2',
      iso: null,
      text: 'Größter Baustein',
    });
    expect(readNotes(['16.11.2022~x']).notes[0]?.iso).toBeNull();
  });

  it('shortens long text and strips control characters; the text stays plain text', () => {
    const [note] = readNotes([`2022-11-16~<b>${'x'.repeat(80)}\n</b>`]).notes;
    expect(note!.text).toHaveLength(60);
    expect(note!.text.startsWith('<b>')).toBe(true);
    expect(note!.text.endsWith('…')).toBe(true);
    expect(note!.text).not.toMatch(/\n/);
  });

  it('writes what the dashboard form holds, only when complete', () => {
    expect(noteValue('16.11.2022', ' Antrag vertagt ')).toBe('2022-11-16~Antrag vertagt');
    expect(noteValue('Burbach', 'Nur 1 VZÄ')).toBe('Burbach~Nur 1 VZÄ');
    expect(noteValue('16.11.2022', '')).toBeNull();
    expect(noteValue('', 'Text')).toBeNull();
  });
});

describe('note numbers', () => {
  it('stay at their line unless they would overlap, and never leave the chart', () => {
    expect(noteNumberX([100, 300], 600)).toEqual([100, 300]);
    // 2 px apart: the second moves right by the gap.
    expect(noteNumberX([490, 492], 600)).toEqual([490, 490 + NOTE_GAP]);
    // Given out of order, still by x.
    expect(noteNumberX([492, 490], 600)).toEqual([490 + NOTE_GAP, 490]);
    // At the right edge the row moves back left.
    expect(noteNumberX([595, 596], 600)).toEqual([600 - NOTE_GAP, 600]);
  });
});

describe('notes at a bar', () => {
  it('go to the first row named by the target (its beginning, any case), or by its key', () => {
    const rows = [
      { key: '1', label: 'Baustein 1: Strategisches Management', x: 100, y: 10 },
      { key: '2', label: 'Baustein 2: Case Management', x: 300, y: 40 },
    ];
    expect(
      rowNoteMarks(
        [
          { n: 1, target: 'baustein 2' },
          { n: 2, target: '1' },
          { n: 3, target: 'Burbach' },
        ],
        rows,
      ),
    ).toEqual([
      { n: 1, x: 300, y: 40 },
      { n: 2, x: 100, y: 10 },
    ]);
    // Two notes on one bar stand side by side, moved back from the right edge.
    expect(
      rowNoteMarks(
        [
          { n: 1, target: '2' },
          { n: 2, target: 'Baustein 2' },
        ],
        rows,
        310,
      ),
    ).toEqual([
      { n: 1, x: 310 - NOTE_GAP, y: 40 },
      { n: 2, x: 310, y: 40 },
    ]);
  });
});

describe('notes at an area', () => {
  it('find it by a word of its name when no name begins with the target', () => {
    const rows = [
      { key: '05970', label: 'Kreis Siegen-Wittgenstein' },
      { key: '05334', label: 'Städteregion Aachen' },
    ];
    const found = (target: string) => notedRows([{ n: 1, target }], rows).map(({ row }) => row.key);
    expect(found('Siegen')).toEqual(['05970']);
    expect(found('wittgenstein')).toEqual(['05970']);
    expect(found('Aachen')).toEqual(['05334']);
    expect(found('egen')).toEqual([]);
    // A name that begins with the target wins over a word inside another.
    expect(
      notedRows([{ n: 1, target: 'Siegen' }], [...rows, { key: '05970040', label: 'Siegen' }]).map(
        ({ row }) => row.key,
      ),
    ).toEqual(['05970040']);
  });
});

describe('notes on a comparison', () => {
  it('go at both sides for a bare name, at one side with „A:“ or „B:“', () => {
    const sided = sidedNotes([
      { n: 1, target: 'Burbach' },
      { n: 2, target: 'b: Netphen' },
    ]);
    expect(sided.map((s) => s.target)).toEqual(['A: Burbach', 'B: Burbach', 'b: Netphen']);
    const rows = ['a', 'b'].flatMap((side) =>
      ['Burbach', 'Netphen'].map((name) => ({
        key: `${side}:${name}`,
        label: `${side.toUpperCase()}: ${name}`,
      })),
    );
    expect(notedRows(sided, rows).map(({ n, row }) => [n, row.key])).toEqual([
      [1, 'a:Burbach'],
      [1, 'b:Burbach'],
      [2, 'b:Netphen'],
    ]);
  });
});
