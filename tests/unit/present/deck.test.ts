import { describe, expect, it } from 'vitest';
import { deckJson, moveSlide, readDeck, slideView } from '../../../src/lib/data/deck.ts';
import { presentedIndex, presentHref, stepFor } from '../../../src/views/present/present.ts';

const file = (text: string) => ({
  name: 'praesentation.json',
  bytes: new TextEncoder().encode(text),
});

describe('deck (praesentation.json)', () => {
  it('keeps a view’s page and own parameters, drops presenting and session parameters', () => {
    expect(slideView('#/karte?mass=vzae10k&folie=2&lang=en&heute=2024-01-01')).toBe(
      '#/karte?mass=vzae10k',
    );
    expect(slideView('')).toBe('#/');
    expect(slideView('#/daten')).toBeNull();
    expect(slideView('#/praesentation?folie=1')).toBeNull();
  });

  it('round-trips through JSON with German keys', () => {
    const slides = [
      { title: 'Übersicht', view: '#/', notes: 'Gesamtzahl nennen' },
      { title: 'Karte', view: '#/karte?mass=frei', notes: '' },
    ];
    const text = deckJson(slides);
    expect(JSON.parse(text).folien[0]).toEqual({
      titel: 'Übersicht',
      ansicht: '#/',
      notizen: 'Gesamtzahl nennen',
    });
    expect(readDeck(file(text))).toEqual({ slides, problems: [] });
  });

  it('names a bad slide with a fix instead of dropping it silently; broken JSON is a Fehler', () => {
    const r = readDeck(
      file(JSON.stringify({ folien: [{ titel: 'A', ansicht: '#/daten' }, { ansicht: '#/' }] })),
    );
    expect(r.slides).toEqual([{ title: 'Folie 2', view: '#/', notes: '' }]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({
      severity: 'Warnung',
      column: 'ansicht',
      value: '#/daten',
    });
    expect(r.problems[0]!.hint).toContain('Zur Präsentation hinzufügen');
    const broken = readDeck(file('{"folien": ['));
    expect(broken.slides).toEqual([]);
    expect(broken.problems[0]!.severity).toBe('Fehler');
  });

  it('moves slides within bounds', () => {
    const s = ['a', 'b', 'c'].map((title) => ({ title, view: '#/', notes: '' }));
    expect(moveSlide(s, 2, -1).map((x) => x.title)).toEqual(['a', 'c', 'b']);
    expect(moveSlide(s, 0, -1).map((x) => x.title)).toEqual(['a', 'b', 'c']);
  });
});

describe('presenting', () => {
  it('links a slide with the session’s global parameters and its number', () => {
    expect(
      presentHref('#/karte?mass=frei', 1, new URLSearchParams('lang=en&heute=2024-06-01&x=1')),
    ).toBe('#/karte?mass=frei&lang=en&heute=2024-06-01&folie=2');
    expect(presentedIndex(new URLSearchParams('folie=2'), 3)).toBe(1);
    expect(presentedIndex(new URLSearchParams('folie=4'), 3)).toBeNull();
    expect(presentedIndex(new URLSearchParams(''), 3)).toBeNull();
  });

  const key = (k: string, tagName = 'BODY', highlighting = false) =>
    stepFor(
      { key: k, altKey: false, ctrlKey: false, metaKey: false, target: { tagName } as never },
      { highlighting },
    );

  it('maps clicker and keyboard keys, without hijacking fields, buttons or the map', () => {
    expect(['PageDown', 'ArrowRight', ' ', 'Enter'].map((k) => key(k))).toEqual([
      'next',
      'next',
      'next',
      'next',
    ]);
    expect(['PageUp', 'ArrowLeft'].map((k) => key(k))).toEqual(['prev', 'prev']);
    expect([key('b'), key('B'), key('n'), key('h'), key('Escape')]).toEqual([
      'blank',
      'blank',
      'notes',
      'highlight',
      'leave',
    ]);
    expect(key('ArrowRight', 'INPUT')).toBeNull();
    expect(key('b', 'TEXTAREA')).toBeNull();
    expect(key('PageDown', 'INPUT')).toBe('next');
    expect(key('Enter', 'BUTTON')).toBeNull();
    expect(key('ArrowLeft', 'CANVAS')).toBeNull();
    expect(key('ArrowRight', 'BODY', true)).toBe('pointNext');
    expect(key('Enter', 'BODY', true)).toBe('activate');
    expect(key('PageDown', 'BODY', true)).toBe('next');
  });
});
