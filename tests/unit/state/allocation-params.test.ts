import { describe, expect, it } from 'vitest';
describe('the allocation calculator in the URL (Issue 20, point 7)', () => {
  it('writes only what differs from the preset and reads it back; bad values fall back', async () => {
    const { CALC_PRESET, readAllocationState, readCalcState, writeAllocationState } =
      await import('../../../src/lib/state/allocation-params.ts');
    const base = readAllocationState(new URLSearchParams());
    expect(base.calc).toEqual(CALC_PRESET);
    expect(writeAllocationState(base, new URLSearchParams()).toString()).toBe('');
    const calc = {
      places: 'gemeinden' as const,
      baustein: 3 as const,
      total: 7.5,
      step: 0.5 as const,
      key: 'eigen' as const,
      method: 'sainte-lague' as const,
      weights: { '05970004': 2, '05970040': 0.5 },
    };
    const p = writeAllocationState({ ...base, calc }, new URLSearchParams('lang=en'));
    expect(p.toString()).toBe(
      'lang=en&rechner_orte=gemeinden&rechner_baustein=3&rechner_vzae=7.5&rechner_schritt=0.5&rechner_schluessel=eigen&rechner_verfahren=sainte-lague&rechner_gewichte=05970004%3A2%7C05970040%3A0.5',
    );
    expect(readCalcState(p)).toEqual(calc);
    expect(
      readCalcState(
        new URLSearchParams(
          'rechner_vzae=-3&rechner_schritt=0.3&rechner_verfahren=eval&rechner_baustein=9',
        ),
      ),
    ).toEqual(CALC_PRESET);
    expect(readCalcState(new URLSearchParams('rechner_vzae=7,5')).total).toBe(7.5);
  });
});
