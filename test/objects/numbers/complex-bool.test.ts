// complex (src/objects/complex.ts) and bool (src/objects/bool.ts) against python3.

import { describe, expect, it } from 'vitest';
import { compareLines, report } from '../containers/support.js';

const COMPLEX = [
  '1j', '1 + 2j', '(1+2j) * (3-4j)', '(1+2j) / (3-4j)', '(1+2j) / 0', '(1+2j) / 0.0', '1 / (1+0j)', '(1e308+1e308j) * 2', '-(1+2j)', '+(1+2j)',
  'abs(3+4j)', 'abs(complex(1e308, 1e308))', "abs(complex(float('inf'), float('nan')))", "abs(complex(float('nan'), 1))", '(1+2j).conjugate()',
  '(1+2j).real', '(1+2j).imag', '1j ** 2', '(1+1j) ** 0.5', '1j ** -1', '0j ** -1', '0j ** 1j', '0j ** 0', '(2+0j) ** 100', '(1e200j) ** 2',
  'complex(1e308, 1e308) ** 2', 'pow(1j, 2, 3)', '2 ** 1j', '(-8) ** (1/3)', '1j < 2j', '(1+2j) == (1+2j)', '(1+0j) == 1', '(1+0j) == 1.0',
  '(1+1j) == 1', '1j != 1j', '(2**53+1+0j) == 2**53+1', 'hash(1+2j)', 'hash(complex(0.5, -0.5))', 'hash(complex(-1, 0))', 'hash(1j)',
  'bool(0j)', 'bool(1j)', "complex('1+2j')", "complex(' (1+2j) ')", "complex('1 + 2j')", "complex('x')", "complex('j')", "complex('-j')",
  "complex('1e5j')", "complex('inf-infj')", "complex('-nan+nanj')", "complex('1_000+2_0j')", "complex('1__0j')", "complex('(1+2j')",
  "complex('1+2j)')", "complex('  3.5  ')", "complex('1+')", "complex('+1.5e-3-2J')", "complex('١+٢j')", "complex('1', 2)", "complex(1, '2')",
  'complex(1, 2)', 'complex(1j, 1j)', 'complex(1+2j, 3+4j)', 'complex(real=1, imag=2)', 'complex(foo=1)', 'complex(1, 2, 3)', 'complex([])',
  'complex(1, [])', 'complex()', 'complex(True)', 'complex(10**400)', "complex(float('nan'))", '(1+2j).__complex__()', '(1+2j).__getnewargs__()',
  '(1+2j) + 10**400', 'repr(complex(-0.0, -0.0))', 'repr(complex(0.0, -0.0))', '1 - 1j', '(1j).__add__("a")', '(1j).__rtruediv__(2)',
  '(1j).__rpow__(2)', '(1+2j).__pow__(2, None)', 'complex.__add__(1, 1j)', '(1+2j) * 10**400',
];

const COMPLEX_SUB = `
class C(complex):
    def __complex__(self): return 5j
class N:
    def __complex__(self): return 3j
class Bad:
    def __complex__(self): return 3
c = C(1, 2)
`;
const COMPLEX_SUB_LINES = ['c', 'type(c)', 'type(c + 1)', 'complex(c)', 'complex(N())', 'complex(Bad())', 'type(+c)', 'c.__dict__', 'C("2j")'];

const BOOL = [
  'True', 'False', 'str(True)', 'repr(False)', 'True + True', 'True * 3', 'True & False', 'True & 1', 'True | 2', 'False ^ True', 'True ^ 3',
  '~True', '-True', 'True << 2', 'True / True', 'True // 2', 'int(True)', 'abs(True)', 'hash(True)', 'hash(False)', 'bool()', 'bool(0)',
  'bool([])', 'bool([0])', "bool('')", 'bool(0.0)', 'bool(x=1)', 'bool(1, 2)', 'True == 1', 'True is bool(5)', 'True.real', 'True.numerator',
  'True.__and__(1)', 'True.__rxor__(True)', 'bool.__new__(bool, 5)', 'bool.__new__(int)', 'isinstance(True, int)', 'True.bit_length()',
  '(True).as_integer_ratio()', 'True.__round__()', '{True: 1, 1: 2, 1.0: 3}', 'True.to_bytes(1, "big")', 'bool.__repr__(1)', 'True > False',
  'sorted([True, False, 2, -1])', 'max(True, 0.5)', 'True.conjugate()', 'type(True + 0)', 'format(True, "d")',
];

describe('complex against python3', () => {
  it('arithmetic, parsing, hashing', () => {
    const ms = compareLines('', COMPLEX);
    expect(ms, report(ms)).toEqual([]);
  });
  it('subclasses and __complex__', () => {
    const ms = compareLines(COMPLEX_SUB, COMPLEX_SUB_LINES);
    expect(ms, report(ms)).toEqual([]);
  });
});

describe('bool against python3', () => {
  it('values and operators', () => {
    const ms = compareLines('', BOOL);
    expect(ms, report(ms)).toEqual([]);
  });
  it('cannot be subclassed', () => {
    const ms = compareLines('', ["type('B', (bool,), {})"]);
    expect(ms, report(ms)).toEqual([]);
  });
});
