import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../src/lib/data/delimiter.ts';

describe('detectDelimiter', () => {
  it.each([
    ['semicolon with decimal commas', 'id;vzae;gebiet\nA;0,5;05970004,05970028\nB;1,5;\n', ';'],
    ['comma', 'id,vzae,status\nA,0.5,besetzt\nB,1,geplant\n', ','],
    ['tab', 'id\tvzae\tstatus\nA\t0,5\tbesetzt\n', '\t'],
    ['quoted comma does not count', '"a,b";c;d\n"x,y";1;2\n', ';'],
    ['header only', 'id;koerperschaft;baustein', ';'],
    ['no delimiter at all defaults to ;', 'nur_eine_spalte\nwert\n', ';'],
    [
      'comma file whose text contains semicolons in quotes',
      'id,titel,datum\n1,"a; b",16.11.2022\n2,"c; d",17.11.2022\n',
      ',',
    ],
  ])('%s', (_name, text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });
});
