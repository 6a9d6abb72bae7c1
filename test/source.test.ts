// decodeSource() against python3 running real files: each case is a file that ends by printing the
// string literal x as JSON; where python3 runs it, our decoding must give the same x, and where it
// fails, our error must print exactly what python3 printed.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeSource } from '../src/parser/source.js';
import { PySyntaxError } from '../src/parser/errors.js';
import { formatSyntaxError } from '../src/parser/format-error.js';
import { PYTHON, run, type RunResult } from './support/python.js';

// raw: a string whose char codes are the bytes; utf8: text encoded as UTF-8.
const raw = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));
const utf8 = (s: string): number[] => [...Buffer.from(s, 'utf8')];
const BOM = [0xef, 0xbb, 0xbf];
const TAIL = raw('\nimport json\nprint(json.dumps(x))\n');

// program: header lines, then x = """payload""" and the line printing it.
function program(header: number[], payload: number[], eol = '\n'): number[] {
  return [...header, ...raw(`x = """`), ...payload, ...raw(`"""`), ...raw(eol === '\n' ? '' : eol), ...TAIL];
}
const cookie = (name: string): number[] => raw(`# -*- coding: ${name} -*-\n`);

const CASES: [string, number[]][] = [
  ['plain ASCII', program([], raw('abc'))],
  ['UTF-8 text', program([], utf8('é€😀\u2028'))],
  ['BOM', program(BOM, utf8('é'))],
  ['BOM and utf-8 cookie', program([...BOM, ...cookie('utf-8')], utf8('é'))],
  ['BOM and latin-1 cookie', program([...BOM, ...cookie('latin-1')], raw('\xe9'))],
  ['BOM and utf8 cookie', program([...BOM, ...cookie('utf8')], utf8('é'))],
  ['BOM and UTF_8 cookie', program([...BOM, ...cookie('UTF_8')], utf8('é'))],
  ['BOM then cookie on line 2', program([...BOM, ...raw('\n'), ...cookie('latin-1')], raw('\xe9'))],
  ['latin-1', program(cookie('latin-1'), raw('\xe9\xff\x80'))],
  ['vim cp1252 on line 2', program(raw('#!/usr/bin/python\n# vim: set fileencoding=cp1252 :\n'), raw('\x80\x9f\xe9'))],
  ['cp1252 undefined byte', program(cookie('cp1252'), raw('\x81'))],
  ['windows-1252', program(cookie('windows-1252'), raw('\x80'))],
  ['ascii', program(cookie('ascii'), raw('abc'))],
  ['ascii with a high byte', program(cookie('ascii'), raw('\xe9'))],
  ['us-ascii', program(cookie('us-ascii'), raw('abc'))],
  ['646', program(cookie('646'), raw('abc'))],
  ['unknown encoding', program(cookie('foo'), raw('abc'))],
  ['utf-16', program(cookie('utf-16'), raw('abc'))],
  ['cp-1252 is not a name', program(cookie('cp-1252'), raw('abc'))],
  ['encoding name cut at a space', program(raw('# coding: ISO 8859-1\n'), raw('abc'))],
  ['l1', program(cookie('l1'), raw('\xe9'))],
  ['ISO_8859_1', program(cookie('ISO_8859_1'), raw('\xe9'))],
  ['iso8859-1', program(cookie('iso8859-1'), raw('\xe9'))],
  ['latin-1-foo', program(cookie('latin-1-foo'), raw('\xe9'))],
  ['cp819', program(cookie('cp819'), raw('\xe9'))],
  ['utf-8-sig', program(cookie('utf-8-sig'), utf8('é'))],
  ['utf8-sig', program(cookie('utf8-sig'), utf8('é'))],
  ['UTF-8', program(cookie('UTF-8'), utf8('é'))],
  ['u8', program(cookie('u8'), utf8('é'))],
  ['utf8 with a bad byte', program(cookie('utf8'), raw('\xff'))],
  ['no declaration, bad byte in a string', program(raw('y = 1\n'), raw('\xff'))],
  ['no declaration, bad byte in a comment', program(raw('# \xe9t\xe9\n'), raw('a'))],
  ['no declaration, truncated sequence', program([], raw('\xc3('))],
  ['no declaration, surrogate', program([], raw('\xed\xa0\x80'))],
  ['no declaration, overlong', program([], raw('\xc0\x80'))],
  ['no declaration, beyond U+10FFFF', program([], raw('\xf5\x80\x80\x80'))],
  ['cookie on line 3 is ignored', program(raw('\n\n# coding: latin-1\n'), raw('\xe9'))],
  ['cookie after code is ignored', program(raw('y = 1  # coding: latin-1\n'), raw('\xe9'))],
  ['cookie after a backslash line is ignored', program(raw('\\\n# coding: latin-1\n'), raw('\xe9'))],
  ['shebang then coding=', program(raw('#!python\n#coding=latin1\n'), raw('\xe9'))],
  ['tab and form feed before the cookie', program(raw('\t\f# coding: latin-1\n'), raw('\xe9'))],
  ['encoding: spelling', program(raw('# encoding:\tlatin-1\n'), raw('\xe9'))],
  ['first "coding" without a name', program(raw('# coding: # coding=latin-1\n'), raw('\xe9'))],
  ['coding: then a blank name', program(raw('#coding:x\n# coding: latin-1\n'), raw('\xe9'))],
  ['CRLF lines', program(raw('# coding: latin-1\r\n'), raw('\xe9'), '\r\n')],
  ['CR lines', program(raw('#coding:l1\r'), raw('\xe9'))],
  ['bad line 1 before a line-2 cookie', program(raw('# \xe9\n# coding: latin-1\n'), raw('\xe9'))],
  ['bad byte on the cookie line', program(raw('# coding: latin-1 \xff\n'), raw('\xe9'))],
  ['utf-8 cookie, bad byte in a comment', program([...cookie('utf-8'), ...raw('# \xff\n')], raw('a'))],
  ['utf-8 cookie, bad byte in a string', program(cookie('utf-8'), raw('\xe9'))],
  ['utf-8 cookie, bad byte after text', program(cookie('utf-8'), [...utf8('é '), 0xff])],
  ['utf-8 cookie, truncated sequence', program(cookie('utf-8'), raw('\xe2\x82'))],
  ['utf-8 cookie, bad continuation', program(cookie('utf-8'), raw('\xe2\x28'))],
  ['utf-8 cookie, bad byte in code', [...cookie('utf-8'), ...raw('y = 1 \xff\n'), ...program([], raw('a'))]],
  ['utf-8 cookie, bad byte in a name', [...cookie('utf-8'), ...raw('y = a\xff\n'), ...program([], raw('a'))]],
  ['BOM, bad byte in a string on line 1', [...BOM, ...raw('y = "\xff"\n'), ...program([], raw('a'))]],
  ['utf-8 cookie, string with escapes', [...cookie('utf-8'), ...raw('y = "ab\\n\xe9\xff"\n'), ...program([], raw('a'))]],
  ['utf-8 cookie, raw string with escapes', [...cookie('utf-8'), ...raw("y = r'ab\\n\xe9\xff'\n"), ...program([], raw('a'))]],
  ['utf-8 cookie, astral text first', [...cookie('utf-8'), ...utf8('y = "😀😀"; z = "'), 0xff, ...raw('" # c\n'), ...program([], raw('a'))]],
  ['utf-8 cookie, string then comment', [...cookie('utf-8'), ...raw('y = ("\xff"   # c\n)\n'), ...program([], raw('a'))]],
  ['utf-8 cookie, bad byte starts a name', [...cookie('utf-8'), ...raw('y = \xffab + 1\n'), ...program([], raw('a'))]],
  ['utf-8 cookie, f-string', [...cookie('utf-8'), ...raw('y = f"\xff"\n'), ...program([], raw('a'))]],
  ['BOM, bad byte in a comment', program([...BOM, ...raw('# \xff\n')], raw('a'))],
  ['empty cookie-only file', raw('# coding=latin-1')],
  ['empty file', []],
];

let dir: string;
let results: RunResult[];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'terrarium-source-'));
  const paths = CASES.map(([, bytes], i) => {
    const path = join(dir, `case${i}.py`);
    writeFileSync(path, Uint8Array.from(bytes));
    return path;
  });
  results = await Promise.all(paths.map((p) => run(PYTHON, [p])));
});

describe('decodeSource', () => {
  it.each(CASES.map(([name], i) => [i, name] as const))('agrees with python3 on #%i: %s', (i) => {
    const bytes = Uint8Array.from(CASES[i]![1]);
    const path = join(dir, `case${i}.py`);
    const py = results[i]!;
    let ours: string | PySyntaxError;
    try {
      ours = decodeSource(bytes, path);
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      ours = e;
    }
    if (py.status === 0) {
      expect(ours).toBeTypeOf('string');
      const text = ours as string;
      const start = text.lastIndexOf('x = """');
      const payload = start < 0 ? null : text.slice(start + 7, text.indexOf('"""', start + 7));
      expect(payload).toBe(py.stdout === '' ? null : JSON.parse(py.stdout));
    } else {
      expect(ours).toBeInstanceOf(PySyntaxError);
      expect(formatSyntaxError(ours as PySyntaxError)).toBe(py.stderr);
    }
  });

  it('leaves undecodable bytes in a bytes literal to the parser', () => {
    const text = decodeSource(Uint8Array.from([...cookie('utf-8'), ...raw('b"\xff"\n')]), 'x.py');
    expect(text).toBe('# -*- coding: utf-8 -*-\nb"\ufffd"\n');
  });
});
