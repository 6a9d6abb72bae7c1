// Instruction patterns against CPython 3.11: for each case of patterns.txt, every code object's
// instructions, normalized on both sides, must be python3's. Normalizing CPython's removes what our
// instruction set leaves out (RESUME, PRECALL, CACHE, MAKE_CELL, COPY_FREE_VARS, RETURN_GENERATOR
// and the POP_TOP after it, NOP), splits LOAD_GLOBAL's NULL into PUSH_NULL, and names every jump
// JUMP / POP_JUMP_IF_*; jump targets become instruction indices; arguments are compared by what
// they mean (names, constant reprs, operators).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile.js';
import { constRepr } from '../../src/compiler/disassemble.js';
import { BINARY_OPS, COMPARE_OPS, INPLACE_OFFSET, OP_NAMES, OP_SPECS } from '../../src/compiler/opcodes.js';
import { PyCode } from '../../src/objects/code.js';
import { readChunks } from '../support/chunked-file.js';
import { pythonJson } from '../support/python.js';

const CASES = readChunks(readFileSync(join(import.meta.dirname, 'patterns.txt'), 'utf8'));

type Listing = { name: string; code: [string, string | number | null][] }[];

const ORACLE = String.raw`
import dis, json, sys, types
SKIP = {'CACHE', 'RESUME', 'PRECALL', 'NOP', 'EXTENDED_ARG', 'MAKE_CELL', 'COPY_FREE_VARS'}
JUMPS = {'JUMP_FORWARD': 'JUMP', 'JUMP_BACKWARD': 'JUMP', 'JUMP_BACKWARD_NO_INTERRUPT': 'JUMP'}
def opname(name):
    if name in JUMPS: return JUMPS[name]
    for p in ('POP_JUMP_FORWARD_', 'POP_JUMP_BACKWARD_'):
        if name.startswith(p): return 'POP_JUMP_' + name[len(p):]
    return name
def const(v):
    return '<code %s>' % v.co_name if isinstance(v, types.CodeType) else repr(v)
def listing(co):
    out, at, after_gen = [], {}, False
    for ins in dis.get_instructions(co):
        at[ins.offset] = len(out)
        if ins.opname == 'RETURN_GENERATOR':
            after_gen = True
            continue
        if after_gen and ins.opname == 'POP_TOP':
            after_gen = False
            continue
        if ins.opname in SKIP: continue
        if ins.opname == 'LOAD_GLOBAL' and ins.arg & 1: out.append(['PUSH_NULL', None])
        op = opname(ins.opname)
        if ins.opname == 'FORMAT_VALUE': arg = ins.arg
        elif ins.opname == 'KW_NAMES': arg = repr(co.co_consts[ins.arg])
        elif ins.opcode in dis.hasjrel or ins.opcode in dis.hasjabs: arg = ('jump', ins.argval)
        elif ins.arg is None: arg = None
        elif ins.opcode in dis.hasconst: arg = const(ins.argval)
        elif ins.opname in ('BINARY_OP', 'COMPARE_OP'): arg = ins.argrepr
        else: arg = ins.argval
        out.append([op, arg])
    for o in out:
        if isinstance(o[1], tuple):
            off = o[1][1]
            while off not in at and off < 1 << 20: off += 2
            o[1] = 'to %d' % at.get(off, len(out))
    res = [{'name': co.co_qualname, 'code': out}]
    for k in co.co_consts:
        if isinstance(k, types.CodeType): res += listing(k)
    return res
print(json.dumps([listing(compile(src, 'x.py', 'exec')) for src in json.load(sys.stdin)]))
`;

const THEIRS = pythonJson<Listing[]>(ORACLE, CASES.map((c) => c.source));

function listing(co: PyCode): Listing {
  const out: Listing[number]['code'] = [];
  for (let pc = 0; pc < co.code.length; pc++) {
    const op = co.code[pc]! & 0xff;
    const arg = co.code[pc]! >>> 8;
    let v: string | number | null;
    switch (OP_SPECS[op]!.operand) {
      case 'none':
        v = null;
        break;
      case 'const': {
        const k = co.consts[arg]!;
        v = k instanceof PyCode ? `<code ${k.name}>` : constRepr(k);
        break;
      }
      case 'local':
        v = co.varnames[arg]!;
        break;
      case 'name':
        v = co.names[arg]!;
        break;
      case 'deref':
        v = arg < co.cellvars.length ? co.cellvars[arg]! : co.freevars[arg - co.cellvars.length]!;
        break;
      case 'jump':
        v = `to ${arg}`;
        break;
      case 'binop':
        v = arg >= INPLACE_OFFSET ? BINARY_OPS[arg - INPLACE_OFFSET] + '=' : BINARY_OPS[arg]!;
        break;
      case 'cmp':
        v = COMPARE_OPS[arg]!;
        break;
      default:
        v = arg;
    }
    out.push([OP_NAMES[op]!, v]);
  }
  const res: Listing = [{ name: co.qualname, code: out }];
  for (const k of co.consts) if (k instanceof PyCode) res.push(...listing(k));
  return res;
}

describe("instruction patterns, as CPython 3.11's compiler emits them", () => {
  it.each(CASES.map((c, i) => [c.title, i] as const))('%s', (_title, i) => {
    expect(listing(compileSource(CASES[i]!.source, 'x.py', 'exec'))).toEqual(THEIRS[i]);
  });
});
