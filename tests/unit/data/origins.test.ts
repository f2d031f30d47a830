import { describe, expect, it } from 'vitest';
import { checkSource, parseAllowedOrigins, trusted } from '../../../src/lib/data/origins.ts';

const page = 'https://kim.example.org/dashboard/index.html#/';
const allowed = ['https://daten.nrw.example'];

describe('checkSource', () => {
  it.each([
    ['./data/', 'own', 'kim.example.org'],
    ['fixtures/x/', 'own', 'kim.example.org'],
    ['https://kim.example.org/andere-daten/', 'own', 'kim.example.org'],
    ['https://daten.nrw.example/kim/', 'allowed', 'daten.nrw.example'],
    ['https://evil.example.com/daten/', 'foreign', 'evil.example.com'],
    ['http://kim.example.org/data/', 'refused', 'kim.example.org'],
    ['http://evil.example.com/daten/', 'refused', 'evil.example.com'],
    ['//evil.example.com/x/', 'foreign', 'evil.example.com'],
    ['https://daten.nrw.example:8443/', 'foreign', 'daten.nrw.example:8443'],
    ['data:text/plain,stellen', 'refused', 'data:'],
    ['DATA:text/plain,x', 'refused', 'data:'],
    ['blob:https://kim.example.org/1', 'refused', 'blob:'],
    ['javascript:alert(1)', 'refused', 'javascript:'],
    ['file:///etc/passwd', 'refused', 'file:'],
  ])('%s is %s (%s)', (address, kind, host) => {
    expect(checkSource(address, page, allowed)).toMatchObject({ kind, host });
  });

  it('trusts only own and allowed origins', () => {
    expect(['own', 'allowed', 'foreign', 'refused'].map((k) => trusted(k as never))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('parseAllowedOrigins', () => {
  it('keeps http(s) origins only, without paths, once each', () => {
    expect(
      parseAllowedOrigins(
        ' https://a.example/x, http://b.example:8080;https://a.example  ftp://c.example nonsense',
      ),
    ).toEqual(['https://a.example', 'http://b.example:8080']);
    expect(parseAllowedOrigins(undefined)).toEqual([]);
  });
});
