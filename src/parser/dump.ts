// ast.dump(): the one-line text form of a syntax tree, character for character as CPython 3.11's
// Lib/ast.py dump() with annotate_fields=True and indent=None.

import { LOCATED, NODE_FIELDS } from './ast.js';
import type { AnyNode, ConstantValue } from './ast.js';
import { ELLIPSIS, PyComplex } from './constant.js';
import { reprStr } from '../objects/str.js';
import { reprBytes } from '../objects/bytes.js';
import { reprFloat } from '../objects/float.js';
import { reprComplex } from '../objects/complex.js';
import { reprInt } from '../objects/int.js';

/** DumpOptions: the ast.dump() keyword arguments we support. */
export interface DumpOptions {
  /** includeAttributes is include_attributes: also print lineno, col_offset, end_lineno, end_col_offset. */
  includeAttributes?: boolean;
}

const ATTRIBUTES = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'] as const;

/** reprConstant is Python's repr() of a constant value as the parser produces it. */
export function reprConstant(v: ConstantValue): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (v === ELLIPSIS) return 'Ellipsis';
  if (typeof v === 'bigint') return reprInt(v);
  if (typeof v === 'number') return reprFloat(v);
  if (typeof v === 'string') return reprStr(v);
  if (v instanceof Uint8Array) return reprBytes(v);
  if (v instanceof PyComplex) return reprComplex(v);
  throw new TypeError(`not a constant value: ${String(v)}`);
}

// The fields that hold a constant: there a JS number is a Python float.
const CONSTANT_FIELDS: ReadonlySet<string> = new Set(['Constant.value', 'MatchSingleton.value']);

// Other plain fields hold identifiers, strings, and ints as JS numbers (lineno, is_async, level).
function reprValue(v: unknown): string {
  return typeof v === 'number' ? String(v) : reprConstant(v as ConstantValue);
}

function dumpNode(node: AnyNode, attributes: boolean): string {
  const type = node._type;
  const fields = NODE_FIELDS[type];
  if (fields === undefined) throw new TypeError(`not an AST node type: ${type}`);
  const record = node as unknown as Record<string, unknown>;
  const args: string[] = [];
  for (const [name, kind] of fields) {
    const value = record[name];
    // An optional field that is None is left out, as dump() does for fields whose class default is None.
    if (kind.endsWith('?') && (value === null || value === undefined)) continue;
    const text = CONSTANT_FIELDS.has(`${type}.${name}`)
      ? reprConstant(value as ConstantValue)
      : dumpField(value, kind, attributes);
    args.push(`${name}=${text}`);
  }
  if (attributes && LOCATED.has(type)) {
    for (const name of ATTRIBUTES) {
      const value = record[name];
      if (value !== null && value !== undefined) args.push(`${name}=${reprValue(value)}`);
    }
  }
  return `${type}(${args.join(', ')})`;
}

function dumpField(value: unknown, kind: string, attributes: boolean): string {
  switch (kind) {
    case 'node':
    case 'node?':
      return dumpNode(value as AnyNode, attributes);
    case 'enum':
      return `${value as string}()`;
    case 'value':
    case 'value?':
      return reprValue(value);
    case 'node*':
      // Dict.keys and arguments.kw_defaults hold None items, which print as None.
      return dumpList(value, (v) => (v === null ? 'None' : dumpNode(v as AnyNode, attributes)));
    case 'enum*':
      return dumpList(value, (v) => `${v as string}()`);
    case 'value*':
      return dumpList(value, reprValue);
    default:
      throw new TypeError(`unknown field kind: ${kind}`);
  }
}

function dumpList(value: unknown, item: (v: unknown) => string): string {
  return `[${(value as unknown[]).map(item).join(', ')}]`;
}

/**
 * dump is CPython 3.11's ast.dump(node), or ast.dump(node, include_attributes=True) with
 * `includeAttributes`.
 */
export function dump(node: AnyNode, options: DumpOptions = {}): string {
  return dumpNode(node, options.includeAttributes ?? false);
}
