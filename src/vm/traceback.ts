// Printing an uncaught exception as CPython 3.11 does (Lib/traceback.py): the chain of causes and
// contexts, "Traceback (most recent call last):", one entry per frame with its source line and
// caret markers (with the ~~^~~ anchors of binary operators and subscripts), repeated frames
// collapsed, and the `Type: message` line; exception groups nested in CPython's boxed layout.

import type { PyValue } from '../objects/object.js';
import { typeOf } from '../objects/type.js';
import { None } from '../objects/singletons.js';
import { PyException, PyTraceback, SyntaxError as SyntaxErrorType, EXCEPTION_TYPES } from '../objects/exception.js';
import { exceptionField } from '../objects/exception-methods.js';
import { PyTuple } from '../objects/tuple.js';

const BaseExceptionGroup = EXCEPTION_TYPES.get('BaseExceptionGroup')!;
import { str, getAttrOpt } from '../objects/protocol.js';
import { parse } from '../parser/parse.js';
import type { Frame } from './frame.js';
import type { VM } from './vm.js';

const RECURSIVE_CUTOFF = 3;

/** formatException: the full report of an uncaught exception, ending in a newline. */
export function formatException(vm: VM, exc: PyException): string {
  const ctx: PrintContext = { seen: new Set(), depth: 0, needClose: false, out: '' };
  formatChain(vm, exc, ctx);
  return ctx.out;
}

/** The width and depth beyond which exception groups are elided (traceback.py's defaults). */
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** PrintContext: traceback.py's _ExceptionPrintContext: the nesting of exception groups being printed. */
interface PrintContext {
  seen: Set<PyException>;
  depth: number;
  needClose: boolean;
  out: string;
}

function indent(ctx: PrintContext): string {
  return ' '.repeat(2 * ctx.depth);
}

/** emit: text with every line prefixed by the group nesting's indent and margin ('|', or '+' on a group's first line). */
function emit(ctx: PrintContext, text: string, margin = '|'): void {
  let prefix = indent(ctx);
  if (ctx.depth > 0) prefix += margin + ' ';
  if (prefix === '') {
    ctx.out += text;
    return;
  }
  for (const line of text.split(/(?<=\n)/)) if (line !== '') ctx.out += prefix + line;
}

function groupMembers(exc: PyException): PyException[] | null {
  if (!exc.cls.isSubtypeOf(BaseExceptionGroup)) return null;
  const excs = exceptionField(exc, 'exceptions');
  return excs instanceof PyTuple ? (excs.items.filter((x) => x instanceof PyException) as PyException[]) : null;
}

/** formatChain: exc with its causes and contexts first, as TracebackException.format(). */
function formatChain(vm: VM, exc: PyException, ctx: PrintContext): void {
  const chain: [string | null, PyException][] = [];
  for (let e: PyException | null = exc; e !== null; ) {
    ctx.seen.add(e);
    const cause: PyValue | null = e.cause;
    const context: PyValue | null = e.context;
    let next: PyException | null = null;
    let msg: string | null = null;
    if (cause instanceof PyException && !ctx.seen.has(cause)) {
      next = cause;
      msg = '\nThe above exception was the direct cause of the following exception:\n\n';
    } else if (context instanceof PyException && !e.suppressContext && !ctx.seen.has(context)) {
      next = context;
      msg = '\nDuring handling of the above exception, another exception occurred:\n\n';
    }
    chain.push([msg, e]);
    e = next;
  }
  for (let k = chain.length - 1; k >= 0; k--) {
    const [msg, e] = chain[k]!;
    if (msg !== null) emit(ctx, msg);
    const members = groupMembers(e);
    if (members === null) {
      if (e.traceback !== null) emit(ctx, 'Traceback (most recent call last):\n' + formatTraceback(vm, e.traceback));
      emit(ctx, formatExceptionOnly(vm, e));
    } else if (ctx.depth > MAX_GROUP_DEPTH) {
      emit(ctx, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    } else formatGroup(vm, e, members, ctx);
  }
}

function formatGroup(vm: VM, e: PyException, members: PyException[], ctx: PrintContext): void {
  const topLevel = ctx.depth === 0;
  if (topLevel) ctx.depth++;
  if (e.traceback !== null) {
    emit(ctx, 'Exception Group Traceback (most recent call last):\n', topLevel ? '+' : '|');
    emit(ctx, formatTraceback(vm, e.traceback));
  }
  emit(ctx, formatExceptionOnly(vm, e));
  const n = members.length <= MAX_GROUP_WIDTH ? members.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    ctx.out += indent(ctx) + (i === 0 ? '+-' : '  ') + `+---------------- ${truncated ? '...' : i + 1} ----------------\n`;
    ctx.depth++;
    if (!truncated) formatChain(vm, members[i]!, ctx);
    else {
      const remaining = members.length - MAX_GROUP_WIDTH;
      emit(ctx, `and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`);
    }
    if (last && ctx.needClose) {
      ctx.out += indent(ctx) + '+------------------------------------\n';
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (topLevel) ctx.depth = 0;
}

interface Entry {
  filename: string;
  lineno: number;
  name: string;
  text: string;
}

/** formatTraceback: the frame entries of a traceback chain, oldest first. */
export function formatTraceback(vm: VM, tb: PyTraceback | null): string {
  let out = '';
  let last: { filename: string; lineno: number; name: string } | null = null;
  let count = 0;
  const flushRepeat = (): void => {
    if (count > RECURSIVE_CUTOFF) {
      const more = count - RECURSIVE_CUTOFF;
      out += `  [Previous line repeated ${more} more time${more > 1 ? 's' : ''}]\n`;
    }
  };
  for (let t = tb; t !== null; t = t.next) {
    const e = entryOf(vm, t);
    if (last === null || last.filename !== e.filename || last.lineno !== e.lineno || last.name !== e.name) {
      flushRepeat();
      last = e;
      count = 0;
    }
    count++;
    if (count > RECURSIVE_CUTOFF) continue;
    out += e.text;
  }
  flushRepeat();
  return out;
}

function entryOf(vm: VM, t: PyTraceback): Entry {
  const frame = t.frame as Frame;
  const code = frame.code;
  const filename = code.filename;
  const lineno = t.lineno;
  let text = `  File "${filename}", line ${lineno}, in ${code.name}\n`;
  const source = vm.sources.get(filename);
  if (source !== undefined && lineno > 0) {
    const line = source.split(/\r\n|\r|\n/)[lineno - 1];
    if (line !== undefined && line.trim() !== '') {
      const stripped = line.trim();
      text += `    ${stripped}\n`;
      const p = code.positions;
      const i = t.lasti * 4;
      const endLine = p[i + 1]!;
      const col = p[i + 2]!;
      const endCol = p[i + 3]!;
      if (col >= 0 && endCol >= 0 && p[i] === lineno) {
        text += carets(line, stripped, col, endCol, endLine === lineno);
      }
    }
  }
  return { filename, lineno, name: code.name, text };
}

/** charOffset: a UTF-8 byte column of `line` as a code point index. */
function charOffset(line: string, byteCol: number): number {
  let bytes = 0;
  let chars = 0;
  for (const ch of line) {
    if (bytes >= byteCol) break;
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    chars++;
  }
  return chars;
}

function carets(line: string, stripped: string, col: number, endCol: number, oneLine: boolean): string {
  const chars = [...line];
  const leading = chars.length - [...line.trimStart()].length;
  const start = charOffset(line, col);
  let end = charOffset(line, endCol);
  let anchors: { left: number; right: number } | null = null;
  if (oneLine) anchors = caretAnchors(chars.slice(start, end).join(''));
  else end = leading + [...stripped].length;
  const strippedLen = [...stripped].length;
  if (!(end - start < strippedLen || (anchors !== null && anchors.right - anchors.left > 0))) return '';
  let out = '    ' + ' '.repeat(start - leading);
  if (anchors !== null) {
    out += '~'.repeat(anchors.left) + '^'.repeat(anchors.right - anchors.left) + '~'.repeat(end - start - anchors.right);
  } else out += '^'.repeat(end - start);
  return out + '\n';
}

/**
 * ANCHORS: caretAnchors' answers by segment. Parsing a segment costs far more than the instructions
 * that raised the exception, and a long chain of exceptions repeats the same few lines thousands
 * of times: without it, a program of 150,000 instructions took the host 13 s to report.
 */
const ANCHORS = new Map<string, { left: number; right: number } | null>();
const ANCHORS_MAX = 4096;

/** caretAnchors: CPython's _extract_caret_anchors_from_line_segment (binary operators, subscripts). */
function caretAnchors(segment: string): { left: number; right: number } | null {
  const known = ANCHORS.get(segment);
  if (known !== undefined) return known;
  const found = findCaretAnchors(segment);
  if (ANCHORS.size >= ANCHORS_MAX) ANCHORS.clear();
  ANCHORS.set(segment, found);
  return found;
}

function findCaretAnchors(segment: string): { left: number; right: number } | null {
  let tree;
  try {
    tree = parse(segment);
  } catch {
    return null;
  }
  if (tree.body.length !== 1) return null;
  const st = tree.body[0]!;
  if (st._type !== 'Expr') return null;
  const e = st.value;
  const norm = (off: number): number => charOffset(segment, off);
  if (e._type === 'BinOp') {
    const opStart = norm(e.left.end_col_offset!);
    const opEnd = norm(e.right.col_offset);
    const opStr = [...segment].slice(opStart, opEnd).join('');
    const opOffset = opStr.length - opStr.trimStart().length;
    const left = e.left.end_col_offset! + opOffset;
    let right = left + 1;
    if (opOffset + 1 < opStr.length && !/\s/.test(opStr[opOffset + 1]!)) right += 1;
    return { left: norm(left), right: norm(right) };
  }
  if (e._type === 'Subscript') {
    return { left: norm(e.value.end_col_offset!), right: norm(e.slice.end_col_offset! + 1) };
  }
  return null;
}

/** exceptionTypeName: `Name`, or `module.Name` outside __main__ and builtins. */
function exceptionTypeName(exc: PyValue): string {
  const t = typeOf(exc);
  const mod = t.heapType ? (t.attrs.get('__module__') ?? t.module) : t.module;
  const q = t.qualname;
  if (typeof mod === 'string' && mod !== '__main__' && mod !== 'builtins') return `${mod}.${q}`;
  return q;
}

/** formatExceptionOnly: `Type: message` (and a SyntaxError's location lines). */
export function formatExceptionOnly(_vm: VM, exc: PyException): string {
  const name = exceptionTypeName(exc);
  let out = '';
  let msgText: string;
  if (exc.cls.isSubtypeOf(SyntaxErrorType)) {
    const filename = getAttrOpt(exc, 'filename');
    const lineno = getAttrOpt(exc, 'lineno');
    const text = getAttrOpt(exc, 'text');
    const offset = getAttrOpt(exc, 'offset');
    const endOffset = getAttrOpt(exc, 'end_offset');
    const endLineno = getAttrOpt(exc, 'end_lineno');
    const msg = getAttrOpt(exc, 'msg');
    if (typeof lineno === 'number') {
      out += `  File "${typeof filename === 'string' ? filename : '<string>'}", line ${lineno}\n`;
      if (typeof text === 'string') {
        const rtext = text.replace(/[\r\n]+$/, '');
        const ltext = rtext.replace(/^[ \t\f]+/, '');
        const spaces = rtext.length - ltext.length;
        out += `    ${ltext}\n`;
        if (typeof offset === 'number' && offset >= 1) {
          let end = typeof endOffset === 'number' && endOffset > 0 && endLineno === lineno ? endOffset : offset + 1;
          if (end <= offset) end = offset + 1;
          const start = Math.max(0, offset - 1 - spaces);
          const stop = Math.max(start + 1, end - 1 - spaces);
          out += '    ' + ' '.repeat(start) + '^'.repeat(stop - start) + '\n';
        }
      }
    }
    msgText = typeof msg === 'string' ? msg : safeStr(exc);
  } else msgText = safeStr(exc);
  out += msgText === '' ? `${name}\n` : `${name}: ${msgText}\n`;
  const notes = exc.dict?.getStr('__notes__');
  if (notes !== undefined && notes !== None) {
    for (const n of (notes as { items?: PyValue[] }).items ?? []) out += `${typeof n === 'string' ? n : safeStr(n)}\n`;
  }
  return out;
}

function safeStr(v: PyValue): string {
  try {
    return str(v);
  } catch {
    return `<exception str() failed>`;
  }
}
