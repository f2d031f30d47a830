import { describe, expect, it } from 'vitest';
import { embedCode, embedUrl, withOptions } from '../../../src/lib/embed/embed-code.ts';
import { embedDataUrl, readEmbedParams } from '../../../src/lib/embed/embed-params.ts';
import { publishedSnapshot } from '../../../src/lib/embed/snapshot.ts';

const APP = 'https://kim.example/dashboard/index.html#/karte?mass=vzae10k';

describe('embed parameters', () => {
  it('keeps only the chart’s own parameters in an embed URL, plus lang, titel and quelle', () => {
    const page = new URLSearchParams(
      'mass=vzae10k&ebene=kreis&auswahl=05970024&heute=2024-01-01&lang=en&quelle=daten/&termin=x',
    );
    expect(embedUrl(APP, 'karte', page, null)).toBe(
      'https://kim.example/dashboard/embed.html?grafik=karte&mass=vzae10k&ebene=kreis&lang=en&quelle=daten%2F',
    );
    // A fixed embed reads the snapshot, never another folder.
    expect(embedUrl(APP, 'karte', page, '2026-11-22')).toBe(
      'https://kim.example/dashboard/embed.html?grafik=karte&mass=vzae10k&ebene=kreis&lang=en&stand=2026-11-22',
    );
    expect(embedUrl(APP, 'zeitleiste', new URLSearchParams('von=2021-01-01&mass=x'), null)).toBe(
      'https://kim.example/dashboard/embed.html?grafik=zeitleiste&von=2021-01-01',
    );
  });

  it('adds the dialog’s language and own title, trimmed', () => {
    const p = withOptions(new URLSearchParams('koerperschaft=05970&lang=en'), {
      lang: 'de',
      title: '  Stellen im Kreis  ',
    });
    expect(p.toString()).toBe('koerperschaft=05970&titel=Stellen+im+Kreis');
    expect(withOptions(p, { lang: 'en', title: '' }).get('lang')).toBe('en');
  });

  it('reads every chart type, and each type’s own parameters only', () => {
    const map = readEmbedParams(new URLSearchParams('grafik=karte&mass=frei&von=2020-01-01'));
    expect(map.chart).toBe('karte');
    expect(map.chartParams.get('mass')).toBe('frei');
    expect(map.ignored).toEqual(['von']);
    // A map's clip is the focus or one Kreis; anything else is named and the whole map shown.
    for (const [clip, kept] of [
      ['fokus', true],
      ['05970', true],
      ['05970040', false],
      ['siegen', false],
    ] as const) {
      const p = readEmbedParams(new URLSearchParams(`grafik=karte&ausschnitt=${clip}`));
      expect(p.chartParams.get('ausschnitt')).toBe(kept ? clip : null);
      expect(p.ignored).toEqual(kept ? [] : [`ausschnitt=${clip}`]);
    }
    const bars = readEmbedParams(
      new URLSearchParams('grafik=verteilung&nach=traeger&stand=gestern'),
    );
    expect(bars.chart).toBe('verteilung');
    expect(bars.chartParams.get('nach')).toBe('traeger');
    expect(bars.stand).toBeNull();
    expect(bars.ignored).toEqual(['stand=gestern']);
    expect(
      embedDataUrl(readEmbedParams(new URLSearchParams('grafik=karte&stand=2026-11-22'))),
    ).toBe('./data/stand/2026-11-22/');
  });

  it('escapes the URL and title in the iframe code', () => {
    const code = embedCode('https://x/embed.html?a=1&b="2"', 'A <b> & "c"', 512.4);
    expect(code).toContain('src="https://x/embed.html?a=1&amp;b=&quot;2&quot;"');
    expect(code).toContain('title="A &lt;b> &amp; &quot;c&quot;"');
    expect(code).toContain('height="512"');
  });
});

describe('publishedSnapshot', () => {
  const fake =
    (files: Record<string, string>): typeof fetch =>
    async (url) =>
      String(url) in files
        ? new Response(files[String(url)], { status: 200 })
        : new Response('not found', { status: 404 });

  it('offers "fest" only when data/stand/<stand>/ exists', async () => {
    const manifest = JSON.stringify({ stand: '2026-11-22' });
    expect(
      await publishedSnapshot(
        'https://x/data/',
        fake({
          'https://x/data/manifest.json': manifest,
          'https://x/data/stand/2026-11-22/manifest.json': manifest,
        }),
      ),
    ).toEqual({ stand: '2026-11-22', pinned: true });
    expect(
      await publishedSnapshot(
        'https://x/data/',
        fake({ 'https://x/data/manifest.json': manifest }),
      ),
    ).toEqual({ stand: '2026-11-22', pinned: false });
  });

  it('a manifest without a valid Stand, or no manifest, means no snapshot', async () => {
    expect(
      await publishedSnapshot(
        'https://x/data/',
        fake({ 'https://x/data/manifest.json': JSON.stringify({ stand: '22.11.2026' }) }),
      ),
    ).toEqual({ stand: null, pinned: false });
    expect(await publishedSnapshot('https://x/data/', fake({}))).toEqual({
      stand: null,
      pinned: false,
    });
  });
});
