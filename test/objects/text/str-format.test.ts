// str.format() and str.format_map() against python3.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import '../../../src/objects/str.js';
import { call, differences, report, f, type Case } from './support/oracle.js';
import { propertySeed } from '../../parser/support/seed.js';

const kw = (self: string, args: Case['args'], kwargs: Case['kw']): Case => ({ self, method: 'format', args, kw: kwargs });

const CASES: Case[] = [
  call('{a!r', 'format'),
  kw('{a!r', [], { a: 1 }),
  kw('{a', [], { a: 1 }),
  kw('{a[b]', [], { a: { dict: [['b', 1]] } }),
  call('{', 'format'),
  call('}', 'format'),
  call('a}}b{{c', 'format'),
  call('{}{1}', 'format', 1, 2),
  call('{1}{}', 'format', 1, 2),
  call('{0[}', 'format', [1]),
  call('{0[a]x}', 'format', { dict: [['a', 1]] }),
  call('{0.}', 'format', 1),
  call('{0[]}', 'format', 1),
  call('{0!}', 'format', 1),
  call('{0!x}', 'format', 1),
  call('{0!rr}', 'format', 1),
  call('{:{}}', 'format', 'a', 5),
  call('{:{:{}}}', 'format', 'a', 5, 2),
  call('{0:{1}}', 'format', 'a', 5),
  call('{2}', 'format', 1),
  call('{x}', 'format'),
  call('{0[1]}', 'format', [5, 6]),
  call('{0[-1]}', 'format', { dict: [['-1', 7]] }),
  kw('{a[0]}', [], { a: 'xyz' }),
  call('{}', 'format_map', { dict: [] }),
  call('{a}', 'format_map', { dict: [['a', 3]] }),
  call('{a}', 'format_map', { dict: [] }),
  kw('{0:{x}}', [1], { x: '>4' }),
  call('{!r:>5}', 'format', 'a'),
  call('{0:}}', 'format', 1),
  call('{:x{}}', 'format', 1, 2),
  call('{a{b}', 'format'),
  call('{0:{1:{2:{3}}}}', 'format', 1, 2, 3, 4),
  call('{0[a]b}', 'format', { dict: [['a', 1]] }),
  call('{:d}', 'format', 'a'),
  call('{!a}', 'format', 'é'),
  call('{[}', 'format'),
  call('{0:[}', 'format', 1),
  call('{} {} {}', 'format', 1, f(2.5), 'x'),
  call('{0} {0} {1}', 'format', 'a', 'b'),
  call('{:>10.3f}|{:<8}|{:^9}|{:+d}', 'format', f(3.14159), 'ab', 'mid', 5),
  call('{0:{1}.{2}f}', 'format', f(2.718281828), 10, 3),
  call('{:,}', 'format', 1234567),
  call('{:_b}', 'format', 255),
  call('{:%}', 'format', f(0.25)),
  call('{!s}', 'format', f(1.5)),
  call('{!r}', 'format', 'it\'s'),
  call('{0.real}', 'format', f(2.5)),
  call('{0.imag}', 'format', { complex: [1, 2] }),
  call('{0.nope}', 'format', 1),
  call('😀{}😀', 'format', '😀'),
  call('{😀}', 'format'),
  kw('{😀}', [], { '😀': 1 }),
  call('{٣}', 'format', 0, 1, 2, 3),
  call('{0!r:}', 'format', 'x'),
  call('{0!', 'format', 1),
  call('{0!r', 'format', 1),
  call('{0:', 'format', 1),
  call('{0:{', 'format', 1),
  call('{0:{}', 'format', 1),
  call('{99999999999999999999}', 'format', 1),
  call('{:{}}', 'format', 1),
  call('{0:{a}}', 'format', 1),
  call('', 'format'),
  call('no fields', 'format', 1, 2),
  call('{0}', 'format_map', { dict: [[0, 1]] }),
  call('{a.b}', 'format_map', { dict: [['a', 1]] }),
];

describe('str.format agrees with python3', () => {
  it('on fields, conversions, nesting and errors', () => {
    const d = differences(CASES);
    expect(d, report(d)).toEqual([]);
  });
  it('on random format strings', () => {
    const piece = fc.constantFrom('{', '}', '{}', '{0}', '{1}', '{x}', '{:>4}', '{!r}', '{0[0]}', '{x.real}', 'a', '😀', ':', '!', '[', ']', '{{', '}}', '{:{}}', '{0:{1}}');
    const fmt = fc.array(piece, { maxLength: 6 }).map((a) => a.join(''));
    const cases = fc.sample(fmt, { seed: propertySeed(0xf07), numRuns: 2000 }).map((s) => kw(s, ['ab', 3], { x: 7 }));
    const d = differences(cases);
    expect(d, report(d)).toEqual([]);
  });
});
