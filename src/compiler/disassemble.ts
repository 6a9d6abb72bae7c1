// The disassembler: a code object as text, in the layout of CPython 3.11's `python3 -m dis`
// (Lib/dis.py): line-number column, jump-target marks, instruction index, name, argument and what
// the argument means; then the exception table; then the nested code objects. Offsets are
// instruction indices (CPython's are byte offsets); exception-table ranges are inclusive, as dis
// prints them.

import { PyBytes, reprBytes } from '../objects/bytes.js';
import { PyCode } from '../objects/code.js';
import { PyComplexValue, reprComplex } from '../objects/complex.js';
import { PyFloat, reprFloat } from '../objects/float.js';
import type { PyValue } from '../objects/object.js';
import { Ellipsis, None } from '../objects/singletons.js';
import { reprStr } from '../objects/str.js';
import { PyTuple } from '../objects/tuple.js';
import { PySet } from '../objects/set.js';
import { EXC_ENTRY_SIZE } from '../objects/code.js';
import { BINARY_OPS, COMPARE_OPS, INPLACE_OFFSET, OP_NAMES, OP_SPECS } from './opcodes.js';

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;
const MAKE_FUNCTION_FLAGS = ['defaults', 'kwdefaults', 'annotations', 'closure'];
const FORMAT_CONVERSIONS = ['', 'str', 'repr', 'ascii'];

/** codeRepr: `<code object NAME, file "F", line N>` (CPython also shows an address). */
export function codeRepr(code: PyCode): string {
  return `<code object ${code.name}, file "${code.filename}", line ${code.firstlineno}>`;
}

/** constRepr: repr() of a constant of co_consts. */
export function constRepr(v: PyValue): string {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return v.toString();
    case 'boolean':
      return v ? 'True' : 'False';
    case 'string':
      return reprStr(v);
    default:
      break;
  }
  if (v === None) return 'None';
  if (v === Ellipsis) return 'Ellipsis';
  if (v instanceof PyFloat) return reprFloat(v.v);
  if (v instanceof PyComplexValue) return reprComplex(v);
  if (v instanceof PyBytes) return reprBytes(v.data);
  if (v instanceof PyTuple) return '(' + v.items.map(constRepr).join(', ') + (v.items.length === 1 ? ',' : '') + ')';
  if (v instanceof PyCode) return codeRepr(v);
  if (v instanceof PySet) return v.size === 0 ? 'frozenset()' : 'frozenset({' + v.values().map(constRepr).join(', ') + '})';
  return `<${v.cls.name} object>`;
}

function argRepr(code: PyCode, op: number, arg: number): string {
  const spec = OP_SPECS[op]!;
  const name = OP_NAMES[op]!;
  switch (spec.operand) {
    case 'const':
      return constRepr(code.consts[arg]!);
    case 'local':
      return code.varnames[arg] ?? `?${arg}`;
    case 'name':
      return code.names[arg] ?? `?${arg}`;
    case 'deref':
      return (arg < code.cellvars.length ? code.cellvars[arg] : code.freevars[arg - code.cellvars.length]) ?? `?${arg}`;
    case 'jump':
      return `to ${arg}`;
    case 'binop':
      return arg >= INPLACE_OFFSET ? BINARY_OPS[arg - INPLACE_OFFSET] + '=' : BINARY_OPS[arg] ?? '?';
    case 'cmp':
      return COMPARE_OPS[arg] ?? '?';
    case 'flags':
      if (name === 'MAKE_FUNCTION') return MAKE_FUNCTION_FLAGS.filter((_, i) => arg & (1 << i)).join(', ');
      if (name === 'FORMAT_VALUE') return FORMAT_CONVERSIONS[arg & 3]! + (arg & 4 ? (arg & 3 ? ', ' : '') + 'with format' : '');
      return '';
    default:
      return '';
  }
}

function disassembleOne(code: PyCode, out: string[]): void {
  const n = code.code.length;
  const targets = new Set<number>();
  for (let pc = 0; pc < n; pc++) {
    const word = code.code[pc]!;
    if (OP_SPECS[word & 0xff]!.operand === 'jump') targets.add(word >>> 8);
  }
  for (let i = 0; i < code.exceptionTable.length; i += EXC_ENTRY_SIZE) targets.add(code.exceptionTable[i + 2]!);
  let maxLine = 0;
  for (let pc = 0; pc < n; pc++) maxLine = Math.max(maxLine, code.positions[pc * 4]!);
  const linenoWidth = maxLine >= 1000 ? String(maxLine).length : 3;
  const offsetWidth = n * 2 > 10000 ? String(n).length : 4;
  let lastLine = -1;
  for (let pc = 0; pc < n; pc++) {
    const word = code.code[pc]!;
    const op = word & 0xff;
    const arg = word >>> 8;
    const line = code.positions[pc * 4]!;
    const startsLine = line >= 0 && line !== lastLine;
    if (startsLine) lastLine = line;
    if (startsLine && pc > 0) out.push('');
    const fields: string[] = [];
    fields.push(startsLine ? String(line).padStart(linenoWidth) : ' '.repeat(linenoWidth));
    fields.push('   ');
    fields.push(targets.has(pc) ? '>>' : '  ');
    fields.push(String(pc).padStart(offsetWidth));
    fields.push(OP_NAMES[op]!.padEnd(OPNAME_WIDTH));
    if (OP_SPECS[op]!.operand !== 'none') {
      fields.push(String(arg).padStart(OPARG_WIDTH));
      const r = argRepr(code, op, arg);
      if (r !== '') fields.push(`(${r})`);
    }
    out.push(fields.join(' ').trimEnd());
  }
  const table = code.exceptionTable;
  if (table.length > 0) {
    out.push('ExceptionTable:');
    for (let i = 0; i < table.length; i += EXC_ENTRY_SIZE) {
      const lasti = table[i + 4] ? ' lasti' : '';
      out.push(`  ${table[i]} to ${table[i + 1]! - 1} -> ${table[i + 2]} [${table[i + 3]}]${lasti}`);
    }
  }
}

function disassembleRecursive(code: PyCode, out: string[]): void {
  disassembleOne(code, out);
  for (const k of code.consts) {
    if (!(k instanceof PyCode)) continue;
    out.push('');
    out.push(`Disassembly of ${codeRepr(k)}:`);
    disassembleRecursive(k, out);
  }
}

/** disassemble: the listing of code and of every code object nested in it, as `python3 -m dis`. */
export function disassemble(code: PyCode): string {
  const out: string[] = [];
  disassembleRecursive(code, out);
  return out.join('\n') + '\n';
}
