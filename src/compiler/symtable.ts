// Symbol tables, as CPython 3.11's Python/symtable.c builds them: one Scope per module, class,
// function, lambda and comprehension, holding each name's flags; then the analysis that decides
// every name's scope (local, global explicit/implicit, free, cell), the implicit __class__ cell,
// and the SyntaxErrors about declarations. The code generator asks a Scope how to load a name.

import type * as A from '../parser/ast.js';
import type { ErrorSite, Loc } from './errors.js';

// Symbol flags (symtable.h).
export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE = 32;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/** Scope kinds of a name after analysis (symtable.h LOCAL .. CELL; 0: unknown to the table). */
export const LOCAL = 1;
export const GLOBAL_EXPLICIT = 2;
export const GLOBAL_IMPLICIT = 3;
export const FREE = 4;
export const CELL = 5;
const SCOPE_OFFSET = 11;
const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

/** BlockType: what kind of code block a Scope is ('annotation': future-annotations, thrown away). */
export type BlockType = 'function' | 'class' | 'module' | 'annotation';
/** ComprehensionKind: the kind of comprehension a function scope implements, if any. */
export type ComprehensionKind = 'list' | 'set' | 'dict' | 'genexp';

/** mangle: private name mangling, as CPython's _Py_Mangle (`__x` in class C -> `_C__x`). */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__')) return name;
  if (name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  if (stripped === '') return name;
  return '_' + stripped + name;
}

/** Scope: a symbol table entry (CPython's PySTEntryObject). */
export class Scope {
  /** symbols: name -> flags, in first-seen order; after analysis the scope is in the high bits. */
  readonly symbols = new Map<string, number>();
  /** varnames: the parameters, in order (posonly, args, kwonly, *args, **kwargs). */
  readonly varnames: string[] = [];
  readonly children: Scope[] = [];
  /** directives: global/nonlocal statements (and walrus targets), first one per name wins. */
  readonly directives: [string, Loc][] = [];
  nested = false;
  generator = false;
  coroutine = false;
  comprehension: ComprehensionKind | null = null;
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  needsClassClosure = false;
  childFree = false;
  free = false;
  compIterTarget = false;
  compIterExpr = 0;

  constructor(
    readonly name: string,
    readonly type: BlockType,
    readonly loc: Loc,
  ) {}

  /** flags: the flags of a (mangled) name, 0 if absent. */
  flags(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  /** scopeOf: LOCAL .. CELL for a (mangled) name, 0 if the table does not know it. */
  scopeOf(name: string): number {
    return ((this.symbols.get(name) ?? 0) >> SCOPE_OFFSET) & SCOPE_MASK;
  }

  /** namesWith: the names whose scope is `scope` or whose flags have `flag`, sorted (dictbytype). */
  namesWith(scope: number, flag = 0): string[] {
    const out: string[] = [];
    for (const [name, v] of this.symbols) {
      if (((v >> SCOPE_OFFSET) & SCOPE_MASK) === scope || (v & flag) !== 0) out.push(name);
    }
    return out.sort(compareCodePoints);
  }
}

/** compareCodePoints: str ordering (code points, as Python's sort of str keys). */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done) return y.done ? 0 : -1;
    if (y.done) return 1;
    const cx = x.value.codePointAt(0)!;
    const cy = y.value.codePointAt(0)!;
    if (cx !== cy) return cx < cy ? -1 : 1;
  }
}

const GLOBAL_PARAM = (n: string) => `name '${n}' is parameter and global`;
const NONLOCAL_PARAM = (n: string) => `name '${n}' is parameter and nonlocal`;
const GLOBAL_AFTER_ASSIGN = (n: string) => `name '${n}' is assigned to before global declaration`;
const NONLOCAL_AFTER_ASSIGN = (n: string) => `name '${n}' is assigned to before nonlocal declaration`;
const GLOBAL_AFTER_USE = (n: string) => `name '${n}' is used prior to global declaration`;
const NONLOCAL_AFTER_USE = (n: string) => `name '${n}' is used prior to nonlocal declaration`;
const GLOBAL_ANNOT = (n: string) => `annotated name '${n}' can't be global`;
const NONLOCAL_ANNOT = (n: string) => `annotated name '${n}' can't be nonlocal`;
const IMPORT_STAR_WARNING = 'import * only allowed at module level';
const NAMED_EXPR_COMP_IN_CLASS = 'assignment expression within a comprehension cannot be used in a class body';
const NAMED_EXPR_COMP_CONFLICT = (n: string) => `assignment expression cannot rebind comprehension iteration variable '${n}'`;
const NAMED_EXPR_COMP_INNER_LOOP_CONFLICT = (n: string) => `comprehension inner loop cannot rebind assignment expression target '${n}'`;
const NAMED_EXPR_COMP_ITER_EXPR = 'assignment expression cannot be used in a comprehension iterable expression';
const ANNOTATION_NOT_ALLOWED = (what: string) => `'${what}' can not be used within an annotation`;

type ScopeNode = A.Module | A.Interactive | A.Expression | A.FunctionDef | A.AsyncFunctionDef | A.ClassDef | A.Lambda | A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

const NO_LOC: Loc = { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 };

/** SymbolTable: the scopes of one module, found by the AST node that opens them. */
export class SymbolTable {
  readonly top: Scope;
  private readonly byNode = new Map<object, Scope>();
  private cur: Scope;
  private readonly stack: Scope[] = [];
  private privateName: string | null = null;
  private global: Map<string, number>;

  constructor(
    mod: A.Module | A.Interactive | A.Expression,
    private readonly site: ErrorSite,
    private readonly futureAnnotations: boolean,
  ) {
    this.top = this.enterBlock('top', 'module', mod, NO_LOC);
    this.cur = this.top;
    this.global = this.top.symbols;
    if (mod._type === 'Expression') this.visitExpr(mod.body);
    else for (const s of mod.body) this.visitStmt(s);
    this.exitBlock();
    this.analyze();
  }

  /** lookup: the scope opened by a module, def, class, lambda or comprehension node. */
  lookup(node: ScopeNode): Scope {
    const s = this.byNode.get(node);
    if (s === undefined) throw new Error(`compiler: no symbol table for ${node._type}`);
    return s;
  }

  private err(msg: string, loc: Loc): never {
    throw this.site.at(msg, loc);
  }

  // --- building (symtable_visit_*)

  private enterBlock(name: string, type: BlockType, node: object, loc: Loc): Scope {
    const prev = this.stack.length > 0 ? this.cur : null;
    const ste = new Scope(name, type, loc);
    if (prev !== null && (prev.nested || prev.type === 'function')) ste.nested = true;
    // bpo-37757: no walrus anywhere inside the outermost iterator of a comprehension.
    if (prev !== null) ste.compIterExpr = prev.compIterExpr;
    this.stack.push(ste);
    this.cur = ste;
    if (type === 'annotation') return ste;
    this.byNode.set(node, ste);
    if (prev !== null) prev.children.push(ste);
    return ste;
  }

  private exitBlock(): void {
    this.stack.pop();
    if (this.stack.length > 0) this.cur = this.stack[this.stack.length - 1]!;
  }

  private addDef(name: string, flag: number, loc: Loc): void {
    this.addDefTo(this.cur, name, flag, loc);
  }

  // symtable_add_def_helper()
  private addDefTo(ste: Scope, name: string, flag: number, loc: Loc): void {
    const mangled = mangle(this.privateName, name);
    let val = ste.symbols.get(mangled);
    if (val !== undefined) {
      if (flag & DEF_PARAM && val & DEF_PARAM) this.err(`duplicate argument '${name}' in function definition`, loc);
      val |= flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      // An iteration variable of a comprehension: it may not also be a walrus target.
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) this.err(NAMED_EXPR_COMP_INNER_LOOP_CONFLICT(name), loc);
      val |= DEF_COMP_ITER;
    }
    ste.symbols.set(mangled, val);
    if (flag & DEF_PARAM) {
      ste.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      this.global.set(mangled, flag | (this.global.get(mangled) ?? 0));
    }
  }

  private recordDirective(name: string, loc: Loc): void {
    this.cur.directives.push([mangle(this.privateName, name), loc]);
  }

  private visitStmts(body: readonly A.Stmt[]): void {
    for (const s of body) this.visitStmt(s);
  }

  private visitExprs(es: readonly (A.ExprNode | null)[]): void {
    for (const e of es) if (e !== null) this.visitExpr(e);
  }

  private visitStmt(s: A.Stmt): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.args.defaults);
        this.visitExprs(s.args.kw_defaults);
        this.visitAnnotations(s, s.args, s.returns);
        this.visitExprs(s.decorator_list);
        this.enterBlock(s.name, 'function', s, s);
        if (s._type === 'AsyncFunctionDef') this.cur.coroutine = true;
        this.visitArguments(s.args);
        this.visitStmts(s.body);
        this.exitBlock();
        break;
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.bases);
        for (const k of s.keywords) this.visitExpr(k.value);
        this.visitExprs(s.decorator_list);
        this.enterBlock(s.name, 'class', s, s);
        const saved = this.privateName;
        this.privateName = s.name;
        this.visitStmts(s.body);
        this.privateName = saved;
        this.exitBlock();
        break;
      }
      case 'Return':
        if (s.value !== null) {
          this.visitExpr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case 'Delete':
        this.visitExprs(s.targets);
        break;
      case 'Assign':
        this.visitExprs(s.targets);
        this.visitExpr(s.value);
        break;
      case 'AnnAssign':
        if (s.target._type === 'Name') {
          const target = s.target;
          const cur = this.cur.flags(mangle(this.privateName, target.id));
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur.symbols !== this.global && s.simple) {
            this.err(cur & DEF_GLOBAL ? GLOBAL_ANNOT(target.id) : NONLOCAL_ANNOT(target.id), s);
          }
          if (s.simple) this.addDef(target.id, DEF_ANNOT | DEF_LOCAL, target);
          else if (s.value !== null) this.addDef(target.id, DEF_LOCAL, target);
        } else {
          this.visitExpr(s.target);
        }
        this.visitAnnotation(s.annotation);
        if (s.value !== null) this.visitExpr(s.value);
        break;
      case 'AugAssign':
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case 'For':
      case 'AsyncFor':
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'While':
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'If':
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'Match':
        this.visitExpr(s.subject);
        for (const c of s.cases) {
          this.visitPattern(c.pattern);
          if (c.guard !== null) this.visitExpr(c.guard);
          this.visitStmts(c.body);
        }
        break;
      case 'Raise':
        if (s.exc !== null) {
          this.visitExpr(s.exc);
          if (s.cause !== null) this.visitExpr(s.cause);
        }
        break;
      case 'Try':
      case 'TryStar':
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type !== null) this.visitExpr(h.type);
          if (h.name !== null) this.addDef(h.name, DEF_LOCAL, h);
          this.visitStmts(h.body);
        }
        this.visitStmts(s.finalbody);
        break;
      case 'Assert':
        this.visitExpr(s.test);
        if (s.msg !== null) this.visitExpr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) this.visitAlias(a);
        break;
      case 'Global':
      case 'Nonlocal': {
        const isGlobal = s._type === 'Global';
        for (const name of s.names) {
          const cur = this.cur.flags(mangle(this.privateName, name));
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = isGlobal ? GLOBAL_PARAM(name) : NONLOCAL_PARAM(name);
            else if (cur & USE) msg = isGlobal ? GLOBAL_AFTER_USE(name) : NONLOCAL_AFTER_USE(name);
            else if (cur & DEF_ANNOT) msg = isGlobal ? GLOBAL_ANNOT(name) : NONLOCAL_ANNOT(name);
            else msg = isGlobal ? GLOBAL_AFTER_ASSIGN(name) : NONLOCAL_AFTER_ASSIGN(name);
            this.err(msg, s);
          }
          this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
          this.recordDirective(name, s);
        }
        break;
      }
      case 'Expr':
        this.visitExpr(s.value);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
      case 'With':
      case 'AsyncWith':
        for (const item of s.items) {
          this.visitExpr(item.context_expr);
          if (item.optional_vars !== null) this.visitExpr(item.optional_vars);
        }
        this.visitStmts(s.body);
        break;
    }
  }

  private visitPattern(p: A.Pattern): void {
    switch (p._type) {
      case 'MatchValue':
        this.visitExpr(p.value);
        break;
      case 'MatchSingleton':
        break;
      case 'MatchSequence':
        for (const q of p.patterns) this.visitPattern(q);
        break;
      case 'MatchStar':
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchMapping':
        this.visitExprs(p.keys);
        for (const q of p.patterns) this.visitPattern(q);
        if (p.rest !== null) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case 'MatchClass':
        this.visitExpr(p.cls);
        for (const q of p.patterns) this.visitPattern(q);
        for (const q of p.kwd_patterns) this.visitPattern(q);
        break;
      case 'MatchAs':
        if (p.pattern !== null) this.visitPattern(p.pattern);
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchOr':
        for (const q of p.patterns) this.visitPattern(q);
        break;
    }
  }

  private visitAlias(a: A.Alias): void {
    // `import a.b.c` binds `a`; `import a.b as c` binds `c`.
    const name = a.asname ?? a.name;
    const dot = name.indexOf('.');
    const storeName = dot >= 0 ? name.slice(0, dot) : name;
    if (name !== '*') {
      this.addDef(storeName, DEF_IMPORT, a);
    } else if (this.cur.type !== 'module') {
      this.err(IMPORT_STAR_WARNING, a);
    }
  }

  private visitArguments(a: A.Arguments): void {
    for (const arg of a.posonlyargs) this.addDef(arg.arg, DEF_PARAM, arg);
    for (const arg of a.args) this.addDef(arg.arg, DEF_PARAM, arg);
    for (const arg of a.kwonlyargs) this.addDef(arg.arg, DEF_PARAM, arg);
    if (a.vararg !== null) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.varargs = true;
    }
    if (a.kwarg !== null) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.varkeywords = true;
    }
  }

  private visitAnnotation(e: A.ExprNode): void {
    if (this.futureAnnotations) {
      this.enterBlock('_annotation', 'annotation', e, e);
      this.visitExpr(e);
      this.exitBlock();
    } else {
      this.visitExpr(e);
    }
  }

  private visitAnnotations(s: A.FunctionDef | A.AsyncFunctionDef, a: A.Arguments, returns: A.ExprNode | null): void {
    if (this.futureAnnotations) this.enterBlock('_annotation', 'annotation', s, s);
    for (const arg of a.posonlyargs) if (arg.annotation !== null) this.visitExpr(arg.annotation);
    for (const arg of a.args) if (arg.annotation !== null) this.visitExpr(arg.annotation);
    if (a.vararg !== null && a.vararg.annotation !== null) this.visitExpr(a.vararg.annotation);
    if (a.kwarg !== null && a.kwarg.annotation !== null) this.visitExpr(a.kwarg.annotation);
    for (const arg of a.kwonlyargs) if (arg.annotation !== null) this.visitExpr(arg.annotation);
    if (this.futureAnnotations) this.exitBlock();
    if (returns !== null) this.visitAnnotation(returns);
  }

  private raiseIfAnnotationBlock(what: string, e: A.ExprNode): void {
    if (this.cur.type === 'annotation') this.err(ANNOTATION_NOT_ALLOWED(what), e);
  }

  private raiseIfComprehensionBlock(e: A.ExprNode): never {
    const kind = this.cur.comprehension;
    this.err(
      kind === 'list'
        ? "'yield' inside list comprehension"
        : kind === 'set'
          ? "'yield' inside set comprehension"
          : kind === 'dict'
            ? "'yield' inside dict comprehension"
            : "'yield' inside generator expression",
      e,
    );
  }

  private visitExpr(e: A.ExprNode): void {
    switch (e._type) {
      case 'NamedExpr':
        this.raiseIfAnnotationBlock('named expression', e);
        this.handleNamedExpr(e);
        break;
      case 'BoolOp':
        this.visitExprs(e.values);
        break;
      case 'BinOp':
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case 'UnaryOp':
        this.visitExpr(e.operand);
        break;
      case 'Lambda':
        this.visitExprs(e.args.defaults);
        this.visitExprs(e.args.kw_defaults);
        this.enterBlock('lambda', 'function', e, e);
        this.visitArguments(e.args);
        this.visitExpr(e.body);
        this.exitBlock();
        break;
      case 'IfExp':
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case 'Dict':
        this.visitExprs(e.keys);
        this.visitExprs(e.values);
        break;
      case 'Set':
        this.visitExprs(e.elts);
        break;
      case 'GeneratorExp':
        this.handleComprehension(e, 'genexpr', e.generators, e.elt, null);
        break;
      case 'ListComp':
        this.handleComprehension(e, 'listcomp', e.generators, e.elt, null);
        break;
      case 'SetComp':
        this.handleComprehension(e, 'setcomp', e.generators, e.elt, null);
        break;
      case 'DictComp':
        this.handleComprehension(e, 'dictcomp', e.generators, e.key, e.value);
        break;
      case 'Yield':
      case 'YieldFrom':
        this.raiseIfAnnotationBlock('yield expression', e);
        if (e.value !== null) this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension !== null) this.raiseIfComprehensionBlock(e);
        break;
      case 'Await':
        this.raiseIfAnnotationBlock('await expression', e);
        this.visitExpr(e.value);
        this.cur.coroutine = true;
        break;
      case 'Compare':
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        break;
      case 'Call':
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case 'FormattedValue':
        this.visitExpr(e.value);
        if (e.format_spec !== null) this.visitExpr(e.format_spec);
        break;
      case 'JoinedStr':
        this.visitExprs(e.values);
        break;
      case 'Constant':
        break;
      case 'Attribute':
        this.visitExpr(e.value);
        break;
      case 'Subscript':
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case 'Starred':
        this.visitExpr(e.value);
        break;
      case 'Slice':
        if (e.lower !== null) this.visitExpr(e.lower);
        if (e.upper !== null) this.visitExpr(e.upper);
        if (e.step !== null) this.visitExpr(e.step);
        break;
      case 'Name':
        this.addDef(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL, e);
        // super() needs the __class__ cell.
        if (e.ctx === 'Load' && this.cur.type === 'function' && e.id === 'super') this.addDef('__class__', USE, e);
        break;
      case 'List':
      case 'Tuple':
        this.visitExprs(e.elts);
        break;
    }
  }

  private handleNamedExpr(e: A.NamedExpr): void {
    if (this.cur.compIterExpr > 0) this.err(NAMED_EXPR_COMP_ITER_EXPR, e);
    if (this.cur.comprehension !== null) this.extendNamedExprScope(e.target as A.Name);
    this.visitExpr(e.value);
    this.visitExpr(e.target);
  }

  // symtable_extend_namedexpr_scope(): a walrus in a comprehension binds in the nearest function
  // (or module) scope around it.
  private extendNamedExprScope(e: A.Name): void {
    const name = e.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i]!;
      if (ste.comprehension !== null) {
        if (ste.flags(name) & DEF_COMP_ITER) this.err(NAMED_EXPR_COMP_CONFLICT(name), e);
        continue;
      }
      if (ste.type === 'function') {
        if (ste.flags(name) & DEF_GLOBAL) this.addDef(name, DEF_GLOBAL, e);
        else this.addDef(name, DEF_NONLOCAL, e);
        this.recordDirective(name, e);
        this.addDefTo(ste, name, DEF_LOCAL, e);
        return;
      }
      if (ste.type === 'module') {
        this.addDef(name, DEF_GLOBAL, e);
        this.recordDirective(name, e);
        this.addDefTo(ste, name, DEF_GLOBAL, e);
        return;
      }
      if (ste.type === 'class') this.err(NAMED_EXPR_COMP_IN_CLASS, e);
    }
    throw new Error('compiler: walrus target scope not found');
  }

  private handleComprehension(
    e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp,
    name: string,
    generators: readonly A.Comprehension[],
    elt: A.ExprNode,
    value: A.ExprNode | null,
  ): void {
    const isGenerator = e._type === 'GeneratorExp';
    const outermost = generators[0]!;
    // The outermost iterator is evaluated in the enclosing scope.
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    this.enterBlock(`<${name}>`, 'function', e, e);
    this.cur.comprehension = e._type === 'ListComp' ? 'list' : e._type === 'SetComp' ? 'set' : e._type === 'DictComp' ? 'dict' : 'genexp';
    if (outermost.is_async) this.cur.coroutine = true;
    // The outermost iterator arrives as the implicit argument `.0`.
    this.addDef('.0', DEF_PARAM, e);
    this.cur.compIterTarget = true;
    this.visitExpr(outermost.target);
    this.cur.compIterTarget = false;
    this.visitExprs(outermost.ifs);
    for (let i = 1; i < generators.length; i++) {
      const g = generators[i]!;
      this.cur.compIterTarget = true;
      this.visitExpr(g.target);
      this.cur.compIterTarget = false;
      this.cur.compIterExpr++;
      this.visitExpr(g.iter);
      this.cur.compIterExpr--;
      this.visitExprs(g.ifs);
      if (g.is_async) this.cur.coroutine = true;
    }
    if (value !== null) this.visitExpr(value);
    this.visitExpr(elt);
    if (isGenerator) this.cur.generator = true;
    const isAsync = this.cur.coroutine && !isGenerator;
    this.exitBlock();
    if (isAsync) this.cur.coroutine = true;
  }

  // --- analysis (analyze_block and friends)

  private analyze(): void {
    this.analyzeBlock(this.top, null, new Set(), new Set());
  }

  private errorAtDirective(ste: Scope, name: string, msg: string): never {
    for (const [n, loc] of ste.directives) if (n === name) this.err(msg, loc);
    throw new Error('compiler: internal directive bookkeeping broken');
  }

  private analyzeName(
    ste: Scope,
    scopes: Map<string, number>,
    name: string,
    flags: number,
    bound: Set<string> | null,
    local: Set<string>,
    free: Set<string>,
    global: Set<string>,
  ): void {
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL) this.errorAtDirective(ste, name, `name '${name}' is nonlocal and global`);
      scopes.set(name, GLOBAL_EXPLICIT);
      global.add(name);
      if (bound !== null) bound.delete(name);
      return;
    }
    if (flags & DEF_NONLOCAL) {
      if (bound === null) this.errorAtDirective(ste, name, 'nonlocal declaration not allowed at module level');
      if (!bound.has(name)) this.errorAtDirective(ste, name, `no binding for nonlocal '${name}' found`);
      scopes.set(name, FREE);
      ste.free = true;
      free.add(name);
      return;
    }
    if (flags & DEF_BOUND) {
      scopes.set(name, LOCAL);
      local.add(name);
      global.delete(name);
      return;
    }
    // A binding in an enclosing function makes the name free here.
    if (bound !== null && bound.has(name)) {
      scopes.set(name, FREE);
      ste.free = true;
      free.add(name);
      return;
    }
    if (global.has(name)) {
      scopes.set(name, GLOBAL_IMPLICIT);
      return;
    }
    if (ste.nested) ste.free = true;
    scopes.set(name, GLOBAL_IMPLICIT);
  }

  private analyzeBlock(ste: Scope, bound: Set<string> | null, free: Set<string>, global: Set<string>): void {
    const local = new Set<string>();
    const scopes = new Map<string, number>();
    const newglobal = new Set<string>();
    const newfree = new Set<string>();
    const newbound = new Set<string>();

    // A class namespace is invisible to nested functions: they see what the class's parent sees.
    if (ste.type === 'class') {
      for (const n of global) newglobal.add(n);
      if (bound !== null) for (const n of bound) newbound.add(n);
    }
    for (const [name, flags] of ste.symbols) this.analyzeName(ste, scopes, name, flags, bound, local, free, global);

    if (ste.type !== 'class') {
      if (ste.type === 'function') for (const n of local) newbound.add(n);
      if (bound !== null) for (const n of bound) newbound.add(n);
      for (const n of global) newglobal.add(n);
    } else {
      newbound.add('__class__');
    }

    const allfree = new Set<string>();
    for (const child of ste.children) {
      // analyze_child_block(): each child works on copies.
      const childFree = new Set(newfree);
      this.analyzeBlock(child, new Set(newbound), childFree, new Set(newglobal));
      for (const n of childFree) allfree.add(n);
      if (child.free || child.childFree) ste.childFree = true;
    }
    for (const n of allfree) newfree.add(n);

    if (ste.type === 'function') {
      // analyze_cells(): locals that children use become cells.
      for (const [name, sc] of scopes) {
        if (sc !== LOCAL || !newfree.has(name)) continue;
        scopes.set(name, CELL);
        newfree.delete(name);
      }
    } else if (ste.type === 'class') {
      if (newfree.delete('__class__')) ste.needsClassClosure = true;
    }

    // update_symbols()
    for (const [name, flags] of ste.symbols) ste.symbols.set(name, flags | ((scopes.get(name) ?? 0) << SCOPE_OFFSET));
    for (const name of newfree) {
      const v = ste.symbols.get(name);
      if (v !== undefined) {
        // A method's free variable with the same name as a class-level binding.
        if (ste.type === 'class' && v & (DEF_BOUND | DEF_GLOBAL)) ste.symbols.set(name, v | DEF_FREE_CLASS);
        continue;
      }
      if (bound !== null && !bound.has(name)) continue; // a global
      ste.symbols.set(name, FREE << SCOPE_OFFSET);
    }
    for (const n of newfree) free.add(n);
  }
}
