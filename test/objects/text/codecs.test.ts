// str.encode() and bytes.decode() against python3: codecs, error handlers, error messages.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import '../../../src/objects/str.js';
import { call, differences, report, type Case, type J } from './support/oracle.js';
import { propertySeed } from '../../parser/support/seed.js';

const b = (...xs: number[]): J => ({ bytes: xs });
const CODECS = ['utf-8', 'utf-8-sig', 'ascii', 'latin-1', 'cp1252', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be'];
const DECODE_ERRORS = ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass'];
const ENCODE_ERRORS = [...DECODE_ERRORS, 'xmlcharrefreplace', 'namereplace'];

const BYTES: J[] = [
  b(),
  b(0x61, 0x62),
  b(0xe2, 0x82),
  b(0x61, 0xe2, 0x82, 0x62),
  b(0xf0, 0x90, 0x28),
  b(0xed, 0xa0, 0x80),
  b(0xed, 0xa0),
  b(0xff, 0xfe, 0x61, 0x62, 0xe2, 0x82),
  b(0xff, 0xe2, 0x82, 0x78),
  b(0x80),
  b(0x61, 0x80, 0x81),
  b(0xc0, 0x80),
  b(0xe0, 0x80, 0x80),
  b(0xf4, 0x90, 0x80, 0x80),
  b(0xf5),
  b(0xef, 0xbb, 0xbf, 0x61),
  b(0xff, 0xfe, 0x61, 0x00),
  b(0x61, 0x00, 0x62),
  b(0x00, 0xd8, 0x61, 0x00),
  b(0x00, 0xd8),
  b(0x00, 0xdc, 0x61, 0x00),
  b(0x3d, 0xd8, 0x00, 0xde),
  b(0x61, 0x00, 0x00, 0x00, 0x00, 0x00, 0x11, 0x00),
  b(0x00, 0xd8, 0x00, 0x00),
  b(0xff, 0xfe, 0x00, 0x00, 0x61, 0x00, 0x00, 0x00),
  b(0x80, 0x81, 0x9d, 0xa0),
  b(0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80),
];
const STRS = ['', 'abc', 'aéé', 'aé€😀', '\udc80x\udcff', '\udc80\udcff', '\ud800', 'é\ud800', 'x\u20ad', 'ab\u0085\u2028', '\u0394\u00b5'];

describe('codecs agree with python3', () => {
  it('decoding', () => {
    const cases: Case[] = [];
    for (const x of BYTES) for (const c of CODECS) for (const e of DECODE_ERRORS) cases.push(call(x, 'decode', c, e));
    const d = differences(cases);
    expect(d, report(d)).toEqual([]);
  });
  it('encoding', () => {
    const cases: Case[] = [];
    for (const s of STRS) for (const c of CODECS) for (const e of ENCODE_ERRORS) cases.push(call(s, 'encode', c, e));
    const d = differences(cases);
    expect(d, report(d)).toEqual([]);
  });
  it('encoding names and bad arguments', () => {
    const cases: Case[] = [
      ...['UTF8', 'Latin_1', 'utf 8', 'UTF--8', 'u8', 'utf', 'US-ASCII', 'iso-8859-1', 'ISO8859-1', 'l1', 'windows-1252', 'UTF-16LE', 'utf_32_be', 'cp65001', 'rot13', 'base64', 'Hex', 'nope', ''].map((n) => call('é', 'encode', n)),
      call(b(0x61), 'decode', 'nope'),
      call(b(0x61), 'decode', 'zlib'),
      call(b(0x61), 'decode', 'utf-8', 'nope'),
      call(b(0xff), 'decode', 'utf-8', 'nope'),
      call(b(0xff), 'decode', 1),
      { self: b(0x61), method: 'decode', kw: { encoding: 'ascii', errors: 'strict' } },
      { self: 'a', method: 'encode', kw: { errors: 'strict' } },
      call('a', 'encode', 'utf-8', 1),
    ];
    const d = differences(cases);
    expect(d, report(d)).toEqual([]);
  });
  it('round trips and errors on random data', () => {
    const bytes = fc.array(fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xed, 0xa0)), { maxLength: 12 });
    const str = fc.array(fc.constantFrom('a', 'é', '€', '😀', '\udc80', '\udcff', '\ud800', 'ÿ', '\u0100'), { maxLength: 8 }).map((a) => a.join(''));
    const seed = propertySeed(0xc0dec);
    const cases = [
      ...fc.sample(fc.tuple(bytes, fc.constantFrom(...CODECS), fc.constantFrom(...DECODE_ERRORS)), { seed, numRuns: 1500 }).map(([x, c, e]) => call({ bytes: x }, 'decode', c, e)),
      ...fc.sample(fc.tuple(str, fc.constantFrom(...CODECS), fc.constantFrom(...ENCODE_ERRORS)), { seed, numRuns: 1500 }).map(([s, c, e]) => call(s, 'encode', c, e)),
    ];
    const d = differences(cases);
    expect(d, report(d)).toEqual([]);
  });
});
