// printf-style formatting (str % args, bytes % args) against python3.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import '../../../src/objects/str.js';
import { call, differences, report, f, type Case, type J } from './support/oracle.js';
import { propertySeed } from '../../parser/support/seed.js';
import { listType } from '../../../src/objects/list.js';
import { dictType } from '../../../src/objects/dict.js';

const t = (...items: J[]): J => ({ tuple: items });
const b = (s: string): J => ({ bytes: Array.from(s, (c) => c.charCodeAt(0)) });

const STR_CASES: Case[] = [
  call('%5%', '__mod__', t()),
  call('%5%', '__mod__', 1),
  call('%', '__mod__', t()),
  call('%(a', '__mod__', { dict: [] }),
  call('%(a)', '__mod__', { dict: [['a', 1]] }),
  call('%5', '__mod__', 1),
  call('%.', '__mod__', 1),
  call('%-', '__mod__', 1),
  call('%0', '__mod__', 1),
  call('%*d', '__mod__', t(5)),
  call('%*d', '__mod__', t('a', 1)),
  call('%.*f', '__mod__', t(2, f(1.2345))),
  call('%.*f', '__mod__', t(-2, f(1.2345))),
  call('%-*d|', '__mod__', t(-5, 1)),
  call('%*d|', '__mod__', t(-5, 1)),
  call('abc', '__mod__', { dict: [] }),
  call('abc', '__mod__', 'x'),
  call('abc', '__mod__', 5),
  call('%s %s', '__mod__', t(1)),
  call('%s', '__mod__', t(1, 2)),
  call('%(a)s %s', '__mod__', { dict: [['a', 1]] }),
  call('%(a)s', '__mod__', 1),
  call('%(a)s', '__mod__', { dict: [['b', 1]] }),
  call('%d', '__mod__', 'a'),
  call('%x', '__mod__', f(1.5)),
  call('%d', '__mod__', f(1.7)),
  call('%d', '__mod__', f(-1.7)),
  call('%d', '__mod__', f(Infinity)),
  call('%d', '__mod__', f(NaN)),
  call('%i', '__mod__', f(1e20)),
  call('%f', '__mod__', 'a'),
  call('%c', '__mod__', 'ab'),
  call('%c', '__mod__', f(1.5)),
  call('%c', '__mod__', -1),
  call('%c', '__mod__', 0x110000),
  call('%c', '__mod__', { int: '1180591620717411303424' }),
  call('%c', '__mod__', '😀'),
  call('%c', '__mod__', 0x1f600),
  call('%y', '__mod__', 1),
  call('%é', '__mod__', 1),
  call('%\x01', '__mod__', 1),
  call('%😀', '__mod__', 1),
  call('ab😀%q', '__mod__', 1),
  call('%05d|%-05d|%+d|% d|%#x|%#X|%#o|%#5x|%#05x|%-#8x|%.3d|%.3x|%#.3x|%5.3d|%-+6d', '__mod__', t(42, 42, 42, 42, 255, 255, 8, 255, 255, 255, 7, 7, 7, 7, 7)),
  call('%05s|%.2s|%5.1s|%-5s|%r|%a|%5r', '__mod__', t('ab', 'abc', 'xyz', 'q', 'é', 'é', 'x')),
  call('%e|%E|%f|%F|%g|%G|%10.3f|%-10.2e|%+.1f|% .1f|%010.2f|%#.0f|%#g', '__mod__', t(f(1.5), f(1.5), f(1.5), f(1.5), f(1.5), f(1.5), f(3.14159), f(31415.9), f(2), f(2), f(-3.14159), f(2), f(2))),
  call('%s', '__mod__', null),
  call('%i %u', '__mod__', t(3, 4)),
  call('%d', '__mod__', true),
  call('%s', '__mod__', true),
  call('%5c|%-3c|', '__mod__', t('x', 65)),
  call('%ld %hd %Lf', '__mod__', t(1, 2, f(3))),
  call('%(a)d %(b)s', '__mod__', { dict: [['a', 1], ['b', 2]] }),
  call('%((a))s', '__mod__', { dict: [['(a)', 5]] }),
  call('%.0s|', '__mod__', 'abc'),
  call('%x', '__mod__', -255),
  call('%#x', '__mod__', -255),
  call('%08.3f', '__mod__', f(-1.5)),
  call('%+08d', '__mod__', 5),
  call('% 05d', '__mod__', 5),
  call('%-08.2f|', '__mod__', f(3.14159)),
  call('%#-08x|', '__mod__', 255),
  call('%#08o', '__mod__', 8),
  call('%+#010X', '__mod__', 255),
  call('%f', '__mod__', f(1e300)),
  call('%.100f', '__mod__', f(0.1)),
  call('%g', '__mod__', f(1e-5)),
  call('%.3s', '__mod__', '😀😀😀😀'),
  call('%5s|', '__mod__', '😀'),
  call('%d', '__mod__', { int: '123456789012345678901234567890' }),
  call('%x', '__mod__', { int: '-123456789012345678901234567890' }),
  call('%.40d', '__mod__', 5),
  call('%s', '__mod__', t(t(1, 2))),
  call('%%%s%%', '__mod__', 'x'),
  call('%s', '__mod__', { bytes: [97] }),
  call('%r', '__mod__', { bytes: [97] }),
  call('%-5%', '__mod__', t(1)),
  call('%e', '__mod__', 12),
  call('%d', '__mod__', { complex: [1, 0] }),
  call('%x', '__mod__', true),
  call('%5.1f%%', '__mod__', f(99.5)),
];

// Cases that need list and dict methods (their repr, list's __getitem__ making it a mapping).
const CONTAINER_CASES: Case[] = [
  call('%s', '__mod__', [1, 2]),
  call('abc', '__mod__', []),
  call('%s %(a)s', '__mod__', { dict: [['a', 1]] }),
];

const BYTES_CASES: Case[] = [
  call(b('abc'), '__mod__', 5),
  call(b('%s'), '__mod__', 'a'),
  call(b('%s %r %a %c %c'), '__mod__', t(b('x'), 'y', 'z', 65, b('B'))),
  call(b('%b|%5b|%-5b|%.1b'), '__mod__', t(b('x'), b('y'), b('z'), b('ab'))),
  call(b('%c'), '__mod__', 256),
  call(b('%c'), '__mod__', b('ab')),
  call(b('%c'), '__mod__', 'a'),
  call(b('%d %x %5.2f'), '__mod__', t(1, 255, f(1.5))),
  call(b('%(a)s'), '__mod__', { dict: [[b('a'), b('q')]] }),
  call(b('%(a)s'), '__mod__', { dict: [['a', b('q')]] }),
  call(b('%s'), '__mod__', { bytearray: [1, 2] }),
  call(b('%s'), '__mod__', 1),
  call(b('%d'), '__mod__', b('1')),
  call(b('%y'), '__mod__', 1),
  call(b('%s %s'), '__mod__', t(b('a'))),
  call(b('\xff%s\xfe'), '__mod__', b('\x80')),
  call({ bytearray: [37, 100] }, '__mod__', 5),
  call(b('%a'), '__mod__', 'é'),
];

describe('printf-style formatting agrees with python3', () => {
  it('for str', () => {
    const d = differences(STR_CASES);
    expect(d, report(d)).toEqual([]);
  });
  it.runIf(listType.attrs.has('__repr__') && dictType.attrs.has('__repr__'))('with list and dict arguments', () => {
    const d = differences(CONTAINER_CASES);
    expect(d, report(d)).toEqual([]);
  });
  it('for bytes', () => {
    const d = differences(BYTES_CASES);
    expect(d, report(d)).toEqual([]);
  });
  it('for random conversions', () => {
    const flags = fc.array(fc.constantFrom('-', '+', ' ', '#', '0'), { maxLength: 3 }).map((a) => a.join(''));
    const width = fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 20 }).map(String));
    const prec = fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 15 }).map((p) => '.' + p));
    const conv = fc.constantFrom('d', 'i', 'o', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G', 's', 'r', 'a', 'c');
    const value = fc.oneof(
      fc.integer({ min: -100000, max: 100000 }) as fc.Arbitrary<J>,
      fc.double().map((x) => f(x)),
      fc.integer({ min: -1000, max: 1000 }).map((n) => f(n / 16)),
      fc.constantFrom<J>('abc', 'é😀', '', 'x', 65, 0x1f600),
    );
    const cases = fc
      .sample(fc.tuple(flags, width, prec, conv, value), { seed: propertySeed(0x9c7), numRuns: 4000 })
      .map(([fl, w, p, c, v]) => call(`<%${fl}${w}${p}${c}>`, '__mod__', t(v)));
    const d = differences(cases);
    expect(d, report(d)).toEqual([]);
  });
});
