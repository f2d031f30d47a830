import { describe, expect, it } from 'vitest';
import {
  dateSpan,
  distanceInDays,
  isMixed,
  midDay,
  nearestTo,
  newestOf,
  spanYears,
  withinPeriod,
} from '../../../src/lib/model/stichtag.ts';

const at = (iso: string) => ({ asOf: { iso } });

describe('Stichtage', () => {
  it('spans Stichtage of any precision, earliest to latest', () => {
    const input = ['2024-07-31', '2015', undefined, '2024-08', '2015'];
    const copy = [...input];
    expect(dateSpan(input)).toEqual({ from: '2015', to: '2024-08', count: 3 });
    expect(input).toEqual(copy);
    expect(dateSpan([])).toBeNull();
    expect(isMixed(dateSpan(['2024-07-31']))).toBe(false);
    expect(spanYears(dateSpan(['2019-12-31', '2024'])!)).toBe(5);
  });

  it('compares partial dates by the middle of their period', () => {
    expect(midDay('2021')).toBe('2021-07-01');
    expect(midDay('2021-09')).toBe('2021-09-15');
    expect(distanceInDays('2021', '2021-07-01')).toBe(0);
    expect(newestOf([at('2024'), at('2024-08'), at('2024-07-31')])!.asOf.iso).toBe('2024-08');
  });

  it('finds the figure nearest a Stichtag; on a tie the newer one', () => {
    const pop = [at('2013-12-31'), at('2019-12-31'), at('2024-12-31')];
    expect(nearestTo(pop, '2015')!.asOf.iso).toBe('2013-12-31');
    expect(nearestTo(pop, '2022-06')!.asOf.iso).toBe('2019-12-31');
    expect(nearestTo(pop, '2022-09')!.asOf.iso).toBe('2024-12-31');
    expect(nearestTo([at('2020-01-01'), at('2020-01-03')], '2020-01-02')!.asOf.iso).toBe(
      '2020-01-03',
    );
    expect(nearestTo([], '2020')).toBeNull();
  });

  it('chooses a period by prefix', () => {
    expect(withinPeriod('2024-07-31', '2024')).toBe(true);
    expect(withinPeriod('2024-08', '2024-08')).toBe(true);
    expect(withinPeriod('2023-12-31', '2024')).toBe(false);
  });
});
