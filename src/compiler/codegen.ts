// The code generator's core: the Compiler (one per compile() call) and its code units (one per
// code object being built), instruction emission, name resolution (compiler_nameop), frame blocks
// for break/continue/return unwinding, and the statement and expression dispatch. The code for
// each kind of statement and expression lives in codegen-*.ts, mirroring CPython 3.11's
// Python/compile.c function for function.

import type * as A from '../parser/ast.js';
import { PyCode } from '../objects/code.js';
import type { PyValue } from '../objects/object.js';
import { None } from '../objects/singletons.js';
import {
  CO_ASYNC_GENERATOR,
  CO_COROUTINE,
  CO_GENERATOR,
  CO_NESTED,
  CO_NEWLOCALS,
  CO_OPTIMIZED,
  CO_VARARGS,
  CO_VARKEYWORDS,
  Op,
} from './opcodes.js';
import { assemble, Label, type Instr } from './assemble.js';
import { codeSummary, constantOf, constKey, sameCode, tupleOf } from './constants.js';
import type { ErrorSite, Loc } from './errors.js';
import { CELL, DEF_FREE_CLASS, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL, mangle, type Scope, type SymbolTable } from './symtable.js';
import * as S from './codegen-stmt.js';
import * as E from './codegen-expr.js';
import * as X from './codegen-exc.js';
import * as F from './codegen-func.js';
import * as C from './codegen-comp.js';
import { compileMatch } from './codegen-match.js';

/** ScopeType: the kind of code a unit compiles (CPython's COMPILER_SCOPE_*). */
export type ScopeType = 'module' | 'class' | 'function' | 'async_function' | 'lambda' | 'comprehension';

/** FBlockType: the frame blocks break, continue and return unwind (CPython's fblocktype). */
export type FBlockType =
  | 'while'
  | 'for'
  | 'try_except'
  | 'finally_try'
  | 'finally_end'
  | 'with'
  | 'async_with'
  | 'handler_cleanup'
  | 'pop_value'
  | 'exception_handler'
  | 'exception_group_handler'
  | 'async_comprehension_generator';

/** FBlock: a frame block; `datum` is the finally body, the with statement, or the `as` name. */
export interface FBlock {
  readonly type: FBlockType;
  readonly block: Label | null;
  readonly exit: Label | null;
  readonly datum: readonly A.Stmt[] | A.With | A.AsyncWith | string | null;
}

/** CO_MAXBLOCKS: how many frame blocks may nest (CPython's limit and message). */
const CO_MAXBLOCKS = 20;

/** ScopeNode: an AST node that opens a code unit. */
export type ScopeNode = A.Module | A.Interactive | A.Expression | A.FunctionDef | A.AsyncFunctionDef | A.ClassDef | A.Lambda | A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

function indexMap(names: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  names.forEach((n, i) => m.set(n, i));
  return m;
}

/** Unit: the code object under construction (CPython's compiler_unit). */
export class Unit {
  readonly consts: PyValue[] = [];
  readonly constIds = new Map<string, number>();
  /** codeConsts: code object constants by codeSummary(), to merge equal ones. */
  readonly codeConsts = new Map<string, number[]>();
  readonly names: string[] = [];
  readonly nameIds = new Map<string, number>();
  readonly varnames: string[];
  readonly varIds: Map<string, number>;
  readonly cellvars: string[];
  readonly cellIds: Map<string, number>;
  readonly freevars: string[];
  readonly freeIds: Map<string, number>;
  readonly instrs: Instr[] = [];
  readonly labels: Label[] = [];
  readonly fblocks: FBlock[] = [];
  /** lastLabelPos: where the last label was placed (labels are placed in increasing order). */
  lastLabelPos = -1;
  qualname: string;
  privateName: string | null = null;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  docstring: string | null = null;
  // The current source range, given to each emitted instruction.
  lineno: number;
  endLineno: number;
  col = 0;
  endCol = 0;

  constructor(
    readonly ste: Scope,
    readonly name: string,
    readonly scopeType: ScopeType,
    readonly firstlineno: number,
  ) {
    this.qualname = name;
    this.varnames = ste.varnames.slice();
    this.varIds = indexMap(this.varnames);
    this.cellvars = ste.needsClassClosure ? ['__class__'] : ste.namesWith(CELL);
    this.cellIds = indexMap(this.cellvars);
    this.freevars = ste.namesWith(FREE, DEF_FREE_CLASS);
    this.freeIds = indexMap(this.freevars);
    this.lineno = firstlineno;
    this.endLineno = firstlineno;
  }
}

/** Compiler: the state of one compilation (CPython's struct compiler). */
export class Compiler {
  u!: Unit;
  private readonly stack: Unit[] = [];
  /** interactive: 'single' mode; expression statements at the top level print their value. */
  interactive = false;
  nestlevel = 0;

  constructor(
    readonly st: SymbolTable,
    readonly site: ErrorSite,
    readonly futureAnnotations: boolean,
    /** futureLineno: the line of the last `from __future__` import at the top (0: none). */
    readonly futureLineno: number,
  ) {}

  get filename(): string {
    return this.site.filename;
  }

  // --- errors

  /** error: a SyntaxError at the current location (compiler_error). */
  error(msg: string): never {
    throw this.site.at(msg, { lineno: this.u.lineno, col_offset: this.u.col, end_lineno: this.u.endLineno, end_col_offset: this.u.endCol });
  }

  // --- locations

  setLoc(n: Loc): void {
    const u = this.u;
    u.lineno = n.lineno;
    u.endLineno = n.end_lineno;
    u.col = n.col_offset;
    u.endCol = n.end_col_offset;
  }

  /** unsetLoc: following instructions are artificial (no line). */
  unsetLoc(): void {
    const u = this.u;
    u.lineno = -1;
    u.endLineno = -1;
    u.col = -1;
    u.endCol = -1;
  }

  saveLoc(): Loc {
    const u = this.u;
    return { lineno: u.lineno, end_lineno: u.endLineno, col_offset: u.col, end_col_offset: u.endCol };
  }

  // --- emission

  emit(op: number, arg = 0): void {
    if (op === Op.BUILD_TUPLE && this.foldTuple(arg)) return;
    const u = this.u;
    u.instrs.push({ op, arg, target: null, lineno: u.lineno, endLineno: u.endLineno, col: u.col, endCol: u.endCol });
  }

  // `LOAD_CONST x1 .. LOAD_CONST xn; BUILD_TUPLE n` in one basic block is one constant (the 3.11
  // optimizer's fold_tuple_on_constants): defaults and annotation tuples.
  private foldTuple(n: number): boolean {
    const u = this.u;
    const start = u.instrs.length - n;
    if (start < 0 || u.lastLabelPos > start) return false;
    const items: PyValue[] = [];
    for (let i = start; i < u.instrs.length; i++) {
      const ins = u.instrs[i]!;
      if (ins.op !== Op.LOAD_CONST) return false;
      items.push(u.consts[ins.arg]!);
    }
    u.instrs.length = start;
    this.emit(Op.LOAD_CONST, this.addConst(tupleOf(items)));
    return true;
  }

  /** emitNoLine: an artificial instruction (ADDOP_NOLINE). */
  emitNoLine(op: number, arg = 0): void {
    this.u.instrs.push({ op, arg, target: null, lineno: -1, endLineno: -1, col: -1, endCol: -1 });
  }

  emitJump(op: number, target: Label): void {
    const u = this.u;
    u.instrs.push({ op, arg: 0, target, lineno: u.lineno, endLineno: u.endLineno, col: u.col, endCol: u.endCol });
  }

  emitJumpNoLine(op: number, target: Label): void {
    this.u.instrs.push({ op, arg: 0, target, lineno: -1, endLineno: -1, col: -1, endCol: -1 });
  }

  newLabel(): Label {
    const l = new Label();
    this.u.labels.push(l);
    return l;
  }

  /** useLabel: places a label before the next instruction (compiler_use_next_block). */
  useLabel(l: Label): void {
    l.pos = this.u.instrs.length;
    this.u.lastLabelPos = l.pos;
  }

  addConst(v: PyValue): number {
    const u = this.u;
    if (v instanceof PyCode) return this.addCodeConst(v);
    const key = constKey(v);
    let i = u.constIds.get(key);
    if (i === undefined) {
      i = u.consts.length;
      u.consts.push(v);
      u.constIds.set(key, i);
    }
    return i;
  }

  private addCodeConst(co: PyCode): number {
    const u = this.u;
    const key = codeSummary(co);
    const candidates = u.codeConsts.get(key);
    if (candidates !== undefined) {
      for (const i of candidates) if (sameCode(u.consts[i] as PyCode, co)) return i;
    }
    const i = u.consts.length;
    u.consts.push(co);
    if (candidates !== undefined) candidates.push(i);
    else u.codeConsts.set(key, [i]);
    return i;
  }

  emitConst(v: PyValue): void {
    this.emit(Op.LOAD_CONST, this.addConst(v));
  }

  addName(name: string): number {
    const u = this.u;
    let i = u.nameIds.get(name);
    if (i === undefined) {
      i = u.names.length;
      u.names.push(name);
      u.nameIds.set(name, i);
    }
    return i;
  }

  /** emitName: an instruction on co_names, the name mangled (ADDOP_NAME). */
  emitName(op: number, name: string): void {
    this.emit(op, this.addName(mangle(this.u.privateName, name)));
  }

  /** emitNameRaw: an instruction on co_names, not mangled (ADDOP_N). */
  emitNameRaw(op: number, name: string): void {
    this.emit(op, this.addName(name));
  }

  varIndex(name: string): number {
    const u = this.u;
    let i = u.varIds.get(name);
    if (i === undefined) {
      i = u.varnames.length;
      u.varnames.push(name);
      u.varIds.set(name, i);
    }
    return i;
  }

  /** isFastLocal: whether storing to the name is a STORE_FAST (no cell, no global, no mapping). */
  isFastLocal(name: string): boolean {
    const u = this.u;
    return name !== '__debug__' && u.ste.type === 'function' && u.ste.scopeOf(mangle(u.privateName, name)) === LOCAL;
  }

  /** derefIndex: a cell or free variable's index for *_DEREF (cells first, then free variables). */
  derefIndex(name: string, cell: boolean): number {
    const u = this.u;
    const i = cell ? u.cellIds.get(name) : u.freeIds.get(name);
    if (i === undefined) throw new Error(`compiler: no ${cell ? 'cell' : 'free'} variable ${name} in ${u.name}`);
    return cell ? i : u.cellvars.length + i;
  }

  // --- names (compiler_nameop)

  /** forbiddenName: `__debug__` may not be assigned or deleted (forbidden_name). */
  checkForbidden(name: string, ctx: A.ExprContext): void {
    if (name !== '__debug__') return;
    if (ctx === 'Store') this.error('cannot assign to __debug__');
    if (ctx === 'Del') this.error('cannot delete __debug__');
  }

  nameop(name: string, ctx: 'Load' | 'Store' | 'Del'): void {
    this.checkForbidden(name, ctx);
    const u = this.u;
    const mangled = mangle(u.privateName, name);
    const scope = u.ste.scopeOf(mangled);
    const isFunction = u.ste.type === 'function';
    switch (scope) {
      case FREE:
      case CELL: {
        const arg = this.derefIndex(mangled, scope === CELL);
        const op = ctx === 'Load' ? (u.ste.type === 'class' ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF) : ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF;
        this.emit(op, arg);
        return;
      }
      case LOCAL:
        if (isFunction) {
          this.emit(ctx === 'Load' ? Op.LOAD_FAST : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST, this.varIndex(mangled));
          return;
        }
        break;
      case GLOBAL_IMPLICIT:
        if (isFunction) {
          this.emitGlobal(mangled, ctx);
          return;
        }
        break;
      case GLOBAL_EXPLICIT:
        this.emitGlobal(mangled, ctx);
        return;
      default:
        break;
    }
    this.emit(ctx === 'Load' ? Op.LOAD_NAME : ctx === 'Store' ? Op.STORE_NAME : Op.DELETE_NAME, this.addName(mangled));
  }

  private emitGlobal(name: string, ctx: 'Load' | 'Store' | 'Del'): void {
    this.emit(ctx === 'Load' ? Op.LOAD_GLOBAL : ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, this.addName(name));
  }

  // --- frame blocks

  pushFBlock(type: FBlockType, block: Label | null, exit: Label | null, datum: FBlock['datum']): void {
    if (this.u.fblocks.length >= CO_MAXBLOCKS) this.error('too many statically nested blocks');
    this.u.fblocks.push({ type, block, exit, datum });
  }

  popFBlock(type: FBlockType): void {
    const f = this.u.fblocks.pop();
    if (f === undefined || f.type !== type) throw new Error(`compiler: frame block mismatch (${f?.type} for ${type})`);
  }

  // --- scopes

  /** enterScope: starts a new code unit for node (compiler_enter_scope). */
  enterScope(name: string, scopeType: ScopeType, node: ScopeNode, lineno: number): void {
    const ste = this.st.lookup(node);
    const u = new Unit(ste, name, scopeType, lineno);
    const parent = this.u as Unit | undefined;
    if (parent !== undefined) {
      u.privateName = parent.privateName;
      this.stack.push(parent);
    }
    this.u = u;
    this.nestlevel++;
    if (scopeType !== 'module') this.setQualname(parent);
  }

  exitScope(): void {
    this.nestlevel--;
    this.u = this.stack.pop()!;
  }

  // compiler_set_qualname()
  private setQualname(parent: Unit | undefined): void {
    const u = this.u;
    if (parent === undefined || parent.scopeType === 'module') {
      u.qualname = u.name;
      return;
    }
    let forceGlobal = false;
    if (u.scopeType === 'function' || u.scopeType === 'async_function' || u.scopeType === 'class') {
      const mangled = mangle(parent.privateName, u.name);
      if (parent.ste.scopeOf(mangled) === GLOBAL_EXPLICIT) forceGlobal = true;
    }
    if (forceGlobal) {
      u.qualname = u.name;
    } else if (parent.scopeType === 'function' || parent.scopeType === 'async_function' || parent.scopeType === 'lambda') {
      u.qualname = `${parent.qualname}.<locals>.${u.name}`;
    } else {
      u.qualname = `${parent.qualname}.${u.name}`;
    }
  }

  /** computeFlags: co_flags of the current unit (compute_code_flags). */
  private computeFlags(): number {
    const ste = this.u.ste;
    let flags = 0;
    if (ste.type === 'function') {
      flags |= CO_NEWLOCALS | CO_OPTIMIZED;
      if (ste.nested) flags |= CO_NESTED;
      if (ste.generator && !ste.coroutine) flags |= CO_GENERATOR;
      if (!ste.generator && ste.coroutine) flags |= CO_COROUTINE;
      if (ste.generator && ste.coroutine) flags |= CO_ASYNC_GENERATOR;
      if (ste.varargs) flags |= CO_VARARGS;
      if (ste.varkeywords) flags |= CO_VARKEYWORDS;
    }
    return flags;
  }

  /** endsWithReturn: whether the code so far cannot fall off its end. */
  private endsWithReturn(): boolean {
    const u = this.u;
    const last = u.instrs[u.instrs.length - 1];
    if (last === undefined || last.op !== Op.RETURN_VALUE) return false;
    return !u.labels.some((l) => l.pos === u.instrs.length);
  }

  /** assemble: the current unit as a code object; adds `return None` (or `return`) at its end. */
  assemble(addNone: boolean): PyCode {
    const u = this.u;
    if (!this.endsWithReturn()) {
      this.unsetLoc();
      if (addNone) this.emitConst(None);
      this.emit(Op.RETURN_VALUE);
    }
    return assemble(
      {
        name: u.name,
        qualname: u.qualname,
        filename: this.filename,
        firstlineno: u.firstlineno,
        argcount: u.posonlyargcount + u.argcount,
        posonlyargcount: u.posonlyargcount,
        kwonlyargcount: u.kwonlyargcount,
        flags: this.computeFlags(),
        varnames: u.varnames,
        cellvars: u.cellvars,
        freevars: u.freevars,
        names: u.names,
        consts: u.consts,
        docstring: u.docstring,
        instrs: u.instrs,
      },
      u.labels,
    );
  }

  // --- dispatch

  visitStmts(body: readonly A.Stmt[]): void {
    for (const s of body) this.visitStmt(s);
  }

  visitStmt(s: A.Stmt): void {
    this.setLoc(s);
    switch (s._type) {
      case 'FunctionDef':
        return F.compileFunction(this, s, false);
      case 'AsyncFunctionDef':
        return F.compileFunction(this, s, true);
      case 'ClassDef':
        return F.compileClass(this, s);
      case 'Return':
        return S.compileReturn(this, s);
      case 'Delete':
        for (const t of s.targets) this.visitExpr(t);
        return;
      case 'Assign':
        return S.compileAssign(this, s);
      case 'AugAssign':
        return S.compileAugAssign(this, s);
      case 'AnnAssign':
        return S.compileAnnAssign(this, s);
      case 'For':
        return S.compileFor(this, s);
      case 'While':
        return S.compileWhile(this, s);
      case 'If':
        return S.compileIf(this, s);
      case 'Match':
        return compileMatch(this, s);
      case 'Raise':
        return S.compileRaise(this, s);
      case 'Try':
        return s.finalbody.length > 0 ? X.compileTryFinally(this, s) : X.compileTryExcept(this, s);
      case 'TryStar':
        return s.finalbody.length > 0 ? X.compileTryStarFinally(this, s) : X.compileTryStarExcept(this, s);
      case 'Assert':
        return S.compileAssert(this, s);
      case 'Import':
        return S.compileImport(this, s);
      case 'ImportFrom':
        return S.compileFromImport(this, s);
      case 'Global':
      case 'Nonlocal':
        return;
      case 'Expr':
        return S.compileExprStmt(this, s.value);
      case 'Pass':
        this.emit(Op.NOP);
        return;
      case 'Break':
        return X.compileBreak(this);
      case 'Continue':
        return X.compileContinue(this);
      case 'With':
        return X.compileWith(this, s, 0);
      case 'AsyncWith':
        return X.compileAsyncWith(this, s, 0);
      case 'AsyncFor':
        return X.compileAsyncFor(this, s);
    }
  }

  /** visitExpr: code pushing e's value (or storing to / deleting e, by its context). */
  visitExpr(e: A.ExprNode): void {
    const u = this.u;
    const lineno = u.lineno;
    const endLineno = u.endLineno;
    const col = u.col;
    const endCol = u.endCol;
    this.setLoc(e);
    this.visitExpr1(e);
    u.lineno = lineno;
    u.endLineno = endLineno;
    u.col = col;
    u.endCol = endCol;
  }

  private visitExpr1(e: A.ExprNode): void {
    switch (e._type) {
      case 'Constant':
      case 'UnaryOp':
      case 'BinOp':
      case 'Tuple':
      case 'Subscript':
      case 'Name': {
        const k = constantOf(e);
        if (k !== undefined) {
          this.emitConst(k);
          return;
        }
        break;
      }
      default:
        break;
    }
    switch (e._type) {
      case 'NamedExpr':
        this.visitExpr(e.value);
        this.emit(Op.COPY, 1);
        this.visitExpr(e.target);
        return;
      case 'BoolOp':
        return E.compileBoolOp(this, e);
      case 'BinOp':
        return E.compileBinOp(this, e);
      case 'UnaryOp':
        return E.compileUnaryOp(this, e);
      case 'Lambda':
        return F.compileLambda(this, e);
      case 'IfExp':
        return E.compileIfExp(this, e);
      case 'Dict':
        return E.compileDict(this, e);
      case 'Set':
        return E.starunpackHelper(this, e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
      case 'GeneratorExp':
        return C.compileComprehension(this, e, 'genexp', '<genexpr>', e.generators, e.elt, null);
      case 'ListComp':
        return C.compileComprehension(this, e, 'list', '<listcomp>', e.generators, e.elt, null);
      case 'SetComp':
        return C.compileComprehension(this, e, 'set', '<setcomp>', e.generators, e.elt, null);
      case 'DictComp':
        return C.compileComprehension(this, e, 'dict', '<dictcomp>', e.generators, e.key, e.value);
      case 'Yield':
        return E.compileYield(this, e);
      case 'YieldFrom':
        return E.compileYieldFrom(this, e);
      case 'Await':
        return E.compileAwait(this, e);
      case 'Compare':
        return E.compileCompare(this, e);
      case 'Call':
        return E.compileCall(this, e);
      case 'Constant':
        throw new Error('compiler: unreachable');
      case 'JoinedStr':
        return E.compileJoinedStr(this, e);
      case 'FormattedValue':
        return E.compileFormattedValue(this, e);
      case 'Attribute':
        return E.compileAttribute(this, e);
      case 'Subscript':
        return E.compileSubscript(this, e);
      case 'Starred':
        return this.error(e.ctx === 'Store' ? 'starred assignment target must be in a list or tuple' : "can't use starred expression here");
      case 'Slice':
        return E.compileSlice(this, e);
      case 'Name':
        return this.nameop(e.id, e.ctx as 'Load' | 'Store' | 'Del');
      case 'List':
        return E.compileList(this, e);
      case 'Tuple':
        return E.compileTuple(this, e);
    }
  }

  // --- the top level (compiler_mod)

  compileModule(mod: A.Module | A.Interactive | A.Expression): PyCode {
    this.enterScope('<module>', 'module', mod, 1);
    let addNone = true;
    switch (mod._type) {
      case 'Module':
        this.u.docstring = S.docstringOf(mod.body);
        S.compileBody(this, mod.body);
        break;
      case 'Interactive':
        if (S.findAnnotations(mod.body)) this.emit(Op.SETUP_ANNOTATIONS);
        this.interactive = true;
        this.visitStmts(mod.body);
        break;
      case 'Expression':
        this.visitExpr(mod.body);
        addNone = false;
        break;
    }
    const co = this.assemble(addNone);
    this.exitScope();
    return co;
  }
}
