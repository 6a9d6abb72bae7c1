// utf8Decode() and utf8Encode() against CPython's UTF-8 codec: random byte strings, biased to
// near-UTF-8, decoded strictly (the error's position, end and reason) and with errors='replace'.

import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { utf8Decode, utf8Encode } from '../src/parser/utf8.js';
import { pythonJson } from './support/python.js';

const ORACLE = `
import json, sys
out = []
for h in json.load(sys.stdin):
    b = bytes.fromhex(h)
    try:
        strict = {'text': b.decode('utf-8')}
    except UnicodeDecodeError as e:
        strict = {'start': e.start, 'end': e.end, 'reason': e.reason}
    out.append({'strict': strict, 'replace': b.decode('utf-8', 'replace')})
print(json.dumps(out))
`;

const SEED = Date.now() | 0;
const byte = fc.oneof(
  fc.integer({ min: 0, max: 0x7f }),
  fc.integer({ min: 0x80, max: 0xbf }),
  fc.integer({ min: 0xc0, max: 0xff }),
  fc.constantFrom(0xe0, 0xed, 0xf0, 0xf4, 0xa0, 0x9f, 0x90, 0x8f),
);
// Any code points, lone surrogates included (fast-check's own 'binary' unit takes seconds to set up).
const anyString = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 0x10ffff }), fc.integer({ min: 0, max: 0x7ff })), { maxLength: 8 })
  .map((cps) => String.fromCodePoint(...cps));
const valid = anyString.map((s) => [...Buffer.from(utf8Encode(s))]);
const SAMPLES = fc
  .sample(fc.array(fc.oneof(byte.map((b) => [b]), valid), { maxLength: 10 }), { numRuns: 4000, seed: SEED })
  .map((parts) => Uint8Array.from(parts.flat()));

let expected: { strict: { text: string } | { start: number; end: number; reason: string }; replace: string }[];
beforeAll(() => {
  expected = pythonJson(ORACLE, SAMPLES.map((b) => Buffer.from(b).toString('hex')));
});

describe('utf8', () => {
  it(`decodes as CPython does, strict and with errors='replace' (fast-check seed ${SEED})`, () => {
    const bad = SAMPLES.map((b, i) => {
      const r = utf8Decode(b, 0, b.length, false);
      const ours = typeof r === 'string' ? { text: r } : { start: r.index, end: r.end, reason: r.reason };
      return { hex: Buffer.from(b).toString('hex'), ours, replace: utf8Decode(b, 0, b.length, true), python: expected[i]! };
    })
      .filter((r) => JSON.stringify(r.ours) !== JSON.stringify(r.python.strict) || r.replace !== r.python.replace)
      .slice(0, 5);
    expect(bad).toEqual([]);
  });

  it('encodes as Buffer does, lone surrogates as U+FFFD', () => {
    fc.assert(
      fc.property(anyString, (s) => Buffer.from(utf8Encode(s)).equals(Buffer.from(s, 'utf8'))),
    );
    expect([...utf8Encode('a\ud800b')]).toEqual([0x61, 0xef, 0xbf, 0xbd, 0x62]);
  });
});
