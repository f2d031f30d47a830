import { describe, expect, it } from 'vitest';
import { deckJson, moveSlide, readDeck, slideView } from '../../../src/lib/data/deck.ts';
import { newSlide } from '../../../src/lib/data/deck-kinds.ts';
import {
  legacyPresentIndex,
  presentedIndex,
  presentHref,
  stepFor,
} from '../../../src/views/present/present.ts';

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

  it('round-trips every field through JSON with German keys', () => {
    const slides = [
      newSlide('kennzahlen', '#/?koerperschaft=05970', { notes: 'Gesamtzahl nennen' }),
      newSlide('karte', '#/karte?mass=frei', {
        title: 'Wo freie Träger arbeiten',
        highlight: '05970',
        annotation: 'Antrag B90/Grüne vertagt',
      }),
      newSlide('text', '#/', { title: 'Tagesordnung', bullets: ['Stand', 'Antrag'] }),
    ];
    const text = deckJson(slides);
    const json = JSON.parse(text);
    expect(json.version).toBe(2);
    expect(json.folien[1]).toEqual({
      art: 'karte',
      titel: 'Wo freie Träger arbeiten',
      ansicht: '#/karte?mass=frei',
      notizen: '',
      hervorhebung: '05970',
      anmerkung: 'Antrag B90/Grüne vertagt',
    });
    expect(json.folien[2]).toEqual({
      art: 'text',
      titel: 'Tagesordnung',
      notizen: '',
      punkte: ['Stand', 'Antrag'],
    });
    expect(readDeck(file(text))).toEqual({ slides, problems: [] });
  });

  it('still loads a file of the first version (titel, ansicht, notizen): the kind from the page', () => {
    const old = JSON.stringify({
      folien: [
        { titel: 'Übersicht: VZÄ insgesamt', ansicht: '#/', notizen: 'x' },
        { titel: 'Karte', ansicht: '#/karte?mass=vzae10k', notizen: '' },
        { titel: 'Zeit', ansicht: '#/zeitleiste?von=2021-01-01', notizen: '' },
        { titel: 'Verteilung', ansicht: '#/verteilung', notizen: '' },
      ],
    });
    const r = readDeck(file(old));
    expect(r.problems).toEqual([]);
    expect(r.slides.map((s) => [s.kind, s.title])).toEqual([
      ['kennzahlen', 'Übersicht: VZÄ insgesamt'],
      ['karte', 'Karte'],
      ['zeitleiste', 'Zeit'],
      ['verteilung', 'Verteilung'],
    ]);
    expect(r.slides[0]).toMatchObject({ highlight: null, annotation: '', bullets: [] });
  });

  it('names a bad slide or field with a fix instead of dropping it silently; broken JSON is a Fehler', () => {
    const r = readDeck(
      file(
        JSON.stringify({
          folien: [
            { titel: 'A', ansicht: '#/daten' },
            { ansicht: '#/' },
            'Folie',
            { art: 'rechnung', ansicht: '#/karte' },
            { art: 'diagramm', ansicht: '#/verteilung' },
            { art: 'text', titel: 'Fazit', punkte: ['1', '2', '3', '4', '5', '6', 7] },
          ],
        }),
      ),
    );
    expect(r.slides.map((s) => [s.kind, s.title])).toEqual([
      ['kennzahlen', ''],
      ['karte', ''],
      ['verteilung', ''],
      ['text', 'Fazit'],
    ]);
    expect(r.slides[3]!.bullets).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(r.problems.map((p) => [p.severity, p.column])).toEqual([
      ['Warnung', 'ansicht'],
      ['Warnung', 'folien'],
      ['Warnung', 'art'],
      ['Warnung', 'art'],
      ['Warnung', 'punkte'],
      ['Warnung', 'punkte'],
    ]);
    expect(r.problems[0]!.hint).toContain('Zur Präsentation hinzufügen');
    expect(r.problems[2]!.message).toBe(
      'Folie 4: Die Art „rechnung“ passt nicht zur Ansicht /karte; die Folie wird als „karte“ gezeigt.',
    );
    expect(r.problems[3]!.message).toContain('Die Art „diagramm“ gibt es nicht');
    expect(r.problems[5]!.message).toContain('gezeigt werden die ersten 5');
    const broken = readDeck(file('{"folien": ['));
    expect(broken.slides).toEqual([]);
    expect(broken.problems[0]!.severity).toBe('Fehler');
    expect(broken.problems[0]!.message).toMatch(/kein gültiges JSON/);
    const noList = readDeck(file('{"slides": []}'));
    expect(noList.problems[0]!.message).toBe('praesentation.json enthält keine Liste „folien“.');
  });

  it('moves slides within bounds', () => {
    const s = ['a', 'b', 'c'].map((title) => newSlide('kennzahlen', '#/', { title }));
    expect(moveSlide(s, 2, -1).map((x) => x.title)).toEqual(['a', 'c', 'b']);
    expect(moveSlide(s, 0, -1).map((x) => x.title)).toEqual(['a', 'b', 'c']);
  });
});

describe('presenting', () => {
  it('links a slide of the deck with the session’s global parameters, the theme and its number', () => {
    expect(presentHref(1, new URLSearchParams('lang=en&heute=2024-06-01&x=1&thema=dunkel'))).toBe(
      '#/praesentation/vortrag?lang=en&heute=2024-06-01&thema=dunkel&folie=2',
    );
    expect(presentHref(0, new URLSearchParams(''), 'referent')).toBe(
      '#/praesentation/referent?folie=1',
    );
    expect(presentedIndex(new URLSearchParams('folie=2'), 3)).toBe(1);
    expect(presentedIndex(new URLSearchParams('folie=4'), 3)).toBe(2);
    expect(presentedIndex(new URLSearchParams(''), 3)).toBe(0);
    expect(legacyPresentIndex(new URLSearchParams('mass=frei&folie=3'))).toBe(2);
    expect(legacyPresentIndex(new URLSearchParams('mass=frei'))).toBeNull();
  });

  const key = (k: string, tagName = 'BODY') =>
    stepFor({
      key: k,
      altKey: false,
      ctrlKey: false,
      metaKey: false,
      target: { tagName } as never,
    });

  it('maps clicker and keyboard keys, without hijacking fields or buttons', () => {
    expect(['PageDown', 'ArrowRight', 'ArrowDown', ' ', 'Enter'].map((k) => key(k))).toEqual([
      'next',
      'next',
      'next',
      'next',
      'next',
    ]);
    expect(['PageUp', 'ArrowLeft', 'ArrowUp'].map((k) => key(k))).toEqual(['prev', 'prev', 'prev']);
    expect([key('b'), key('B'), key('.'), key('Escape'), key('Home'), key('End')]).toEqual([
      'blank',
      'blank',
      'blank',
      'leave',
      'first',
      'last',
    ]);
    expect(key('ArrowRight', 'INPUT')).toBeNull();
    expect(key('b', 'TEXTAREA')).toBeNull();
    expect(key('PageDown', 'INPUT')).toBe('next');
    expect(key('Enter', 'BUTTON')).toBeNull();
    expect(key('x')).toBeNull();
  });
});
