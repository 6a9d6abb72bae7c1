// The instruction set, defined once. Every instruction's number, name, operand kind, stack picture,
// fuel cost and doc live in OPCODES below; the compiler's emitter, the assembler's stack-depth
// computation, the disassembler and the VM's checked mode all derive from this table, and the
// mapped type makes a missing or extra entry a compile error.
//
// Names and semantics follow CPython 3.11 (Python/ceval.c, Doc/library/dis.rst) where they match.
// Differences, on purpose: jumps carry absolute targets (one JUMP instead of JUMP_FORWARD/BACKWARD);
// there are no CACHE entries, PRECALL, RESUME, EXTENDED_ARG or RETURN_GENERATOR; LOAD_GLOBAL never
// pushes NULL (the compiler emits PUSH_NULL itself); cells and free variables are set up when a
// frame starts (no MAKE_CELL / COPY_FREE_VARS).
//
// Encoding: one Int32 word per instruction, `op | arg << 8`; arg is 0 .. 2^23-1.
// The numbers come from the Opcode enum (declaration order).

/** OperandKind: what an instruction's argument indexes or means, for the disassembler. */
export type OperandKind =
  | 'none' // argument unused (0)
  | 'const' // index into co_consts
  | 'local' // index into co_varnames
  | 'name' // index into co_names
  | 'deref' // index into cellvars ++ freevars
  | 'jump' // absolute instruction index
  | 'count' // a number of items
  | 'binop' // BINARY_OP operator, see BINARY_OPS
  | 'cmp' // COMPARE_OP operator, see COMPARE_OPS
  | 'flags'; // a bit set, documented per instruction

/**
 * OpSpec: one instruction. `stack` is the stack picture `'popped -- pushed'` (top of stack last);
 * an item written `name[n]` stands for n items, where n is a key of STACK_COUNTS; `name?[n]` is the
 * same with n being 0 or 1. `jump` is the picture when the instruction jumps, if it differs.
 */
export interface OpSpec {
  readonly operand: OperandKind;
  readonly stack: string;
  readonly jump?: string;
  readonly fuel: number;
  readonly doc: string;
  /**
   * fuses: for a superinstruction, the two instructions it stands for. The compiler never emits
   * one: quicken() puts it in place of the first of such a pair in the copy of the code the VM runs
   * (PyCode.quick), the second staying as it was. It does the first's work (its operand and stack
   * pictures are the first's), then, when the instruction limit and the checked mode allow, counts
   * and does the second's and steps over it; otherwise the second runs as itself.
   */
  readonly fuses?: readonly [OpName, OpName];
}

/** STACK_COUNTS: the item-count expressions stack pictures may use, as functions of the argument. */
export const STACK_COUNTS: Readonly<Record<string, (arg: number) => number>> = {
  arg: (a) => a,
  'arg*2': (a) => a * 2,
  'arg-1': (a) => a - 1,
  'arg&1': (a) => a & 1,
  'arg>>1&1': (a) => (a >> 1) & 1,
  'arg>>2&1': (a) => (a >> 2) & 1,
  'arg>>3&1': (a) => (a >> 3) & 1,
  'arg&0xff': (a) => a & 0xff,
  'arg>>8': (a) => a >> 8,
  'arg-2': (a) => a - 2,
};

const spec = (
  operand: OperandKind,
  stack: string,
  doc: string,
  extra: { jump?: string; fuel?: number; fuses?: readonly [OpName, OpName] } = {},
): OpSpec => ({
  operand,
  stack,
  doc,
  fuel: extra.fuel ?? 1,
  ...(extra.jump !== undefined ? { jump: extra.jump } : {}),
  ...(extra.fuses !== undefined ? { fuses: extra.fuses } : {}),
});

/**
 * Opcode: the instruction numbers. A TS enum so that esbuild inlines them as literals in the eval
 * loop's switch (a jump table); OPCODES below must have exactly one entry per member.
 */
export enum Opcode {
  NOP,
  POP_TOP,
  PUSH_NULL,
  COPY,
  SWAP,
  LOAD_CONST,
  LOAD_FAST,
  STORE_FAST,
  DELETE_FAST,
  LOAD_NAME,
  STORE_NAME,
  DELETE_NAME,
  LOAD_GLOBAL,
  STORE_GLOBAL,
  DELETE_GLOBAL,
  LOAD_DEREF,
  STORE_DEREF,
  DELETE_DEREF,
  LOAD_CLOSURE,
  LOAD_CLASSDEREF,
  LOAD_BUILD_CLASS,
  LOAD_ASSERTION_ERROR,
  SETUP_ANNOTATIONS,
  LOAD_ATTR,
  STORE_ATTR,
  DELETE_ATTR,
  LOAD_METHOD,
  BINARY_SUBSCR,
  STORE_SUBSCR,
  DELETE_SUBSCR,
  UNARY_POSITIVE,
  UNARY_NEGATIVE,
  UNARY_NOT,
  UNARY_INVERT,
  BINARY_OP,
  COMPARE_OP,
  IS_OP,
  CONTAINS_OP,
  BUILD_TUPLE,
  BUILD_LIST,
  BUILD_SET,
  BUILD_MAP,
  BUILD_CONST_KEY_MAP,
  BUILD_STRING,
  BUILD_SLICE,
  LIST_APPEND,
  SET_ADD,
  MAP_ADD,
  LIST_EXTEND,
  SET_UPDATE,
  DICT_UPDATE,
  DICT_MERGE,
  LIST_TO_TUPLE,
  UNPACK_SEQUENCE,
  UNPACK_EX,
  FORMAT_VALUE,
  JUMP,
  POP_JUMP_IF_FALSE,
  POP_JUMP_IF_TRUE,
  POP_JUMP_IF_NONE,
  POP_JUMP_IF_NOT_NONE,
  JUMP_IF_FALSE_OR_POP,
  JUMP_IF_TRUE_OR_POP,
  GET_ITER,
  FOR_ITER,
  RETURN_VALUE,
  PUSH_EXC_INFO,
  POP_EXCEPT,
  RERAISE,
  CHECK_EXC_MATCH,
  CHECK_EG_MATCH,
  PREP_RERAISE_STAR,
  RAISE_VARARGS,
  BEFORE_WITH,
  BEFORE_ASYNC_WITH,
  WITH_EXCEPT_START,
  MAKE_FUNCTION,
  KW_NAMES,
  CALL,
  CALL_FUNCTION_EX,
  RETURN_GENERATOR,
  YIELD_VALUE,
  SEND,
  GET_YIELD_FROM_ITER,
  GET_AWAITABLE,
  GET_AITER,
  GET_ANEXT,
  END_ASYNC_FOR,
  ASYNC_GEN_WRAP,
  IMPORT_NAME,
  IMPORT_FROM,
  IMPORT_STAR,
  PRINT_EXPR,
  GET_LEN,
  MATCH_MAPPING,
  MATCH_SEQUENCE,
  MATCH_KEYS,
  MATCH_CLASS,
  // Superinstructions (see OpSpec.fuses), after every instruction the compiler emits.
  LOAD_FAST__LOAD_FAST,
  LOAD_FAST__LOAD_CONST,
  LOAD_FAST__BINARY_OP,
  LOAD_CONST__BINARY_OP,
  STORE_FAST__LOAD_FAST,
  STORE_FAST__STORE_FAST,
  BINARY_OP__STORE_FAST,
  COMPARE_OP__POP_JUMP_IF_FALSE,
  COMPARE_OP__POP_JUMP_IF_TRUE,
  POP_JUMP_IF_FALSE__LOAD_FAST,
  FOR_ITER__STORE_FAST,
  PUSH_NULL__LOAD_GLOBAL,
  COPY__COPY,
  SWAP__SWAP,
  LOAD_FAST__BINARY_SUBSCR,
}

/** OpName: the name of an instruction. */
export type OpName = keyof typeof Opcode;

/** OPCODES: the instruction table, one entry per Opcode member. */
export const OPCODES: { readonly [K in OpName]: OpSpec } = {
  // --- stack
  NOP: spec('none', '--', 'Does nothing (a jump target or a line marker).'),
  POP_TOP: spec('none', 'value --', 'Discards the top of the stack.'),
  PUSH_NULL: spec('none', '-- null', 'Pushes NULL, the "no self" marker CALL expects below a plain callable.'),
  COPY: spec('count', 'bottom items[arg-1] -- bottom items[arg-1] top', 'Pushes a copy of the arg-th item from the top (1 = TOS).'),
  SWAP: spec('count', 'bottom items[arg-2] top -- top items[arg-2] bottom', 'Swaps TOS with the arg-th item from the top.'),

  // --- constants and variables
  LOAD_CONST: spec('const', '-- value', 'Pushes co_consts[arg].'),
  LOAD_FAST: spec('local', '-- value', 'Pushes local arg; UnboundLocalError if it has no value.'),
  STORE_FAST: spec('local', 'value --', 'Stores TOS into local arg.'),
  DELETE_FAST: spec('local', '--', 'Deletes local arg; UnboundLocalError if it has no value.'),
  LOAD_NAME: spec('name', '-- value', 'Pushes the name from the locals mapping, then globals, then builtins; NameError if none has it.'),
  STORE_NAME: spec('name', 'value --', 'Stores TOS under the name in the locals mapping.'),
  DELETE_NAME: spec('name', '--', 'Deletes the name from the locals mapping; NameError if absent.'),
  LOAD_GLOBAL: spec('name', '-- value', 'Pushes the name from globals, then builtins; NameError if neither has it.'),
  STORE_GLOBAL: spec('name', 'value --', 'Stores TOS under the name in globals.'),
  DELETE_GLOBAL: spec('name', '--', 'Deletes the name from globals; NameError if absent.'),
  LOAD_DEREF: spec('deref', '-- value', "Pushes the contents of cell arg; NameError/UnboundLocalError if it is empty."),
  STORE_DEREF: spec('deref', 'value --', 'Stores TOS into cell arg.'),
  DELETE_DEREF: spec('deref', '--', 'Empties cell arg.'),
  LOAD_CLOSURE: spec('deref', '-- cell', 'Pushes cell arg itself (to build a closure tuple).'),
  LOAD_CLASSDEREF: spec('deref', '-- value', "In a class body: the name from the locals mapping if present, else cell arg's contents."),
  LOAD_BUILD_CLASS: spec('none', '-- build_class', 'Pushes builtins.__build_class__.'),
  LOAD_ASSERTION_ERROR: spec('none', '-- exc_type', 'Pushes AssertionError.'),
  SETUP_ANNOTATIONS: spec('none', '--', 'Creates __annotations__ in the locals mapping if it is absent.'),

  // --- attributes and subscripts
  LOAD_ATTR: spec('name', 'owner -- value', 'Replaces TOS with getattr(TOS, name).'),
  STORE_ATTR: spec('name', 'value owner --', 'Performs owner.name = value.'),
  DELETE_ATTR: spec('name', 'owner --', 'Performs del owner.name.'),
  LOAD_METHOD: spec(
    'name',
    'owner -- method self_or_value',
    'If owner\'s type has a plain function (method descriptor) for name and the instance does not shadow it, pushes that function and owner; otherwise pushes NULL and getattr(owner, name). Pairs with CALL.',
  ),
  BINARY_SUBSCR: spec('none', 'container key -- value', 'Pushes container[key].'),
  STORE_SUBSCR: spec('none', 'value container key --', 'Performs container[key] = value.'),
  DELETE_SUBSCR: spec('none', 'container key --', 'Performs del container[key].'),

  // --- operators
  UNARY_POSITIVE: spec('none', 'value -- res', 'Pushes +value.'),
  UNARY_NEGATIVE: spec('none', 'value -- res', 'Pushes -value.'),
  UNARY_NOT: spec('none', 'value -- res', 'Pushes not value.'),
  UNARY_INVERT: spec('none', 'value -- res', 'Pushes ~value.'),
  BINARY_OP: spec('binop', 'lhs rhs -- res', 'Pushes lhs <op> rhs for the operator BINARY_OPS[arg] (13 and up are the in-place forms).'),
  COMPARE_OP: spec('cmp', 'lhs rhs -- res', 'Pushes the rich comparison COMPARE_OPS[arg] of lhs and rhs.'),
  IS_OP: spec('flags', 'lhs rhs -- res', 'Pushes lhs is rhs (arg 1: is not).'),
  CONTAINS_OP: spec('flags', 'item container -- res', 'Pushes item in container (arg 1: not in).'),

  // --- building
  BUILD_TUPLE: spec('count', 'items[arg] -- tuple', 'Pushes a tuple of the arg items.'),
  BUILD_LIST: spec('count', 'items[arg] -- list', 'Pushes a list of the arg items.'),
  BUILD_SET: spec('count', 'items[arg] -- set', 'Pushes a set of the arg items.'),
  BUILD_MAP: spec('count', 'kv[arg*2] -- dict', 'Pushes a dict of arg key/value pairs (key below value).'),
  BUILD_CONST_KEY_MAP: spec('count', 'values[arg] keys -- dict', 'Pushes a dict from the arg values and the keys tuple on top.'),
  BUILD_STRING: spec('count', 'pieces[arg] -- str', 'Pushes the concatenation of the arg strings.'),
  BUILD_SLICE: spec('count', 'parts[arg] -- slice', 'Pushes slice(start, stop[, step]); arg is 2 or 3.'),
  LIST_APPEND: spec('count', 'list items[arg-1] value -- list items[arg-1]', 'Appends TOS to the list arg items down (after popping TOS).'),
  SET_ADD: spec('count', 'set items[arg-1] value -- set items[arg-1]', 'Adds TOS to the set arg items down (after popping TOS).'),
  MAP_ADD: spec('count', 'dict items[arg-1] key value -- dict items[arg-1]', 'Sets dict[key] = value for the dict arg items down (after popping both).'),
  LIST_EXTEND: spec('count', 'list items[arg-1] iterable -- list items[arg-1]', 'Extends the list arg items down with TOS.'),
  SET_UPDATE: spec('count', 'set items[arg-1] iterable -- set items[arg-1]', 'Updates the set arg items down with TOS.'),
  DICT_UPDATE: spec('count', 'dict items[arg-1] mapping -- dict items[arg-1]', "Updates the dict arg items down with TOS ('{**m}')."),
  DICT_MERGE: spec('count', 'dict items[arg-1] mapping -- dict items[arg-1]', 'Like DICT_UPDATE for f(**m): TypeError on a repeated keyword or a non-mapping.'),
  LIST_TO_TUPLE: spec('none', 'list -- tuple', 'Replaces the list on TOS by a tuple of its items.'),
  UNPACK_SEQUENCE: spec('count', 'seq -- items[arg]', 'Unpacks TOS into exactly arg items, the first on top.'),
  UNPACK_EX: spec(
    'count',
    'seq -- items[arg&0xff] rest items[arg>>8]',
    'Unpacks TOS with a starred target: arg & 0xff items before the star, arg >> 8 after; the first item ends on top.',
  ),
  FORMAT_VALUE: spec(
    'flags',
    'value spec?[arg>>2&1] -- str',
    'Formats value for an f-string: arg & 3 is the conversion (0 none, 1 !s, 2 !r, 3 !a); arg & 4 says a format spec is on top.',
  ),

  // --- control flow
  JUMP: spec(
    'jump',
    '--',
    'Continues at instruction arg. Landing on FOR_ITER__STORE_FAST over a range or list iterator that has an item, it also does those two instructions, counted, when they fit the limit (not in checked mode), as a superinstruction does.',
  ),
  POP_JUMP_IF_FALSE: spec('jump', 'cond --', 'Pops TOS; jumps if it is false.'),
  POP_JUMP_IF_TRUE: spec('jump', 'cond --', 'Pops TOS; jumps if it is true.'),
  POP_JUMP_IF_NONE: spec('jump', 'value --', 'Pops TOS; jumps if it is None.'),
  POP_JUMP_IF_NOT_NONE: spec('jump', 'value --', 'Pops TOS; jumps if it is not None.'),
  JUMP_IF_FALSE_OR_POP: spec('jump', 'cond --', 'If TOS is false, jumps and keeps it; otherwise pops it.', { jump: 'cond -- cond' }),
  JUMP_IF_TRUE_OR_POP: spec('jump', 'cond --', 'If TOS is true, jumps and keeps it; otherwise pops it.', { jump: 'cond -- cond' }),
  GET_ITER: spec('none', 'iterable -- iter', 'Replaces TOS with iter(TOS).'),
  FOR_ITER: spec('jump', 'iter -- iter next', 'Pushes next(iter); when the iterator is exhausted pops it and jumps.', { jump: 'iter --' }),
  RETURN_VALUE: spec('none', 'value --', "Returns TOS to the caller."),

  // --- exceptions (exception table: handlers are found by instruction range, never set up at run time)
  PUSH_EXC_INFO: spec('none', 'exc -- prev_exc exc', 'Saves the exception being handled below exc and makes exc the one being handled.'),
  POP_EXCEPT: spec('none', 'prev_exc --', 'Restores the exception being handled from TOS.'),
  RERAISE: spec('flags', 'items[arg] exc -- items[arg]', 'Re-raises exc; if arg is set, the traceback line is taken from the lasti arg items down.'),
  CHECK_EXC_MATCH: spec('none', 'exc type -- exc res', 'Pushes whether exc is an instance of type (a class or a tuple of classes).'),
  CHECK_EG_MATCH: spec('none', 'eg type -- rest match', 'except*: splits the exception group eg by type.'),
  PREP_RERAISE_STAR: spec('none', 'orig excs -- exc', 'except*: combines the raised and unhandled parts into the exception to re-raise (or None).'),
  RAISE_VARARGS: spec('count', 'args[arg] --', 'arg 0: re-raise the exception being handled; 1: raise TOS; 2: raise TOS1 from TOS.'),
  BEFORE_WITH: spec('none', 'mgr -- exit res', 'Pushes mgr.__exit__ (bound) and the result of mgr.__enter__().'),
  BEFORE_ASYNC_WITH: spec('none', 'mgr -- exit awaitable', 'Pushes mgr.__aexit__ (bound) and the awaitable from mgr.__aenter__().'),
  WITH_EXCEPT_START: spec(
    'none',
    'exit lasti prev_exc exc -- exit lasti prev_exc exc res',
    'Calls exit(type(exc), exc, exc.__traceback__) and pushes the result.',
  ),

  // --- functions, calls, classes
  MAKE_FUNCTION: spec(
    'flags',
    'defaults?[arg&1] kwdefaults?[arg>>1&1] annotations?[arg>>2&1] closure?[arg>>3&1] code -- func',
    'Makes a function from the code object on top: arg bit 1 a defaults tuple, 2 a kw-only defaults dict, 4 an annotations tuple (name, value, ...), 8 a closure tuple of cells.',
  ),
  KW_NAMES: spec('const', '--', 'Records co_consts[arg] (a tuple of keyword names, the last arguments) for the next CALL.'),
  CALL: spec(
    'count',
    'method self_or_callable args[arg] -- res',
    'Calls with arg arguments (the last ones named by a preceding KW_NAMES). If method is NULL, calls self_or_callable(*args); otherwise method(self_or_callable, *args).',
  ),
  CALL_FUNCTION_EX: spec(
    'flags',
    'null callable args kwargs?[arg&1] -- res',
    'Calls callable(*args, **kwargs); args is a tuple, or for f(*x) x itself (any iterable, made a tuple here, as CPython); kwargs (arg bit 1) a dict.',
  ),
  RETURN_GENERATOR: spec('none', '--', 'Not emitted: a generator, coroutine or async generator code object makes its object when called.'),
  YIELD_VALUE: spec('none', 'value -- sent', 'Suspends the frame yielding value; resumes with the sent value pushed.'),
  SEND: spec(
    'jump',
    'receiver value -- receiver yielded',
    'Sends value into receiver (send(), or next() for None); if it yields, the yielded value replaces value; if it returns, the return value replaces both and the instruction jumps.',
    { jump: 'receiver value -- result' },
  ),
  GET_YIELD_FROM_ITER: spec('none', 'iterable -- iter', 'Replaces TOS with iter(TOS), leaving generators and (in coroutines) coroutines as they are.'),
  GET_AWAITABLE: spec('flags', 'obj -- awaitable', 'Replaces TOS with its awaitable iterator (obj.__await__()); arg says where (0 await, 1 __aenter__, 2 __aexit__) for error messages.'),
  GET_AITER: spec('none', 'obj -- aiter', 'Replaces TOS with obj.__aiter__().'),
  GET_ANEXT: spec('none', 'aiter -- aiter awaitable', 'Pushes the awaitable of aiter.__anext__().'),
  END_ASYNC_FOR: spec('none', 'aiter exc --', 'Ends an async for: StopAsyncIteration pops both, any other exception is re-raised.'),
  ASYNC_GEN_WRAP: spec('none', 'value -- wrapped', 'Wraps a value yielded by an async generator.'),

  // --- modules
  IMPORT_NAME: spec('name', 'level fromlist -- module', '__import__(name, globals, locals, fromlist, level).'),
  IMPORT_FROM: spec('name', 'module -- module value', 'Pushes module.name, or the submodule, or ImportError.'),
  IMPORT_STAR: spec('none', 'module --', "Binds the module's public names in the locals mapping."),
  PRINT_EXPR: spec('none', 'value --', 'Interactive mode: prints repr(TOS) through sys.displayhook and sets builtins._.'),

  // --- structural pattern matching (match statements)
  GET_LEN: spec('none', 'obj -- obj len', 'Pushes len(obj), keeping obj.'),
  MATCH_MAPPING: spec('none', 'subject -- subject res', 'Pushes whether subject is a mapping for match (dict, mappingproxy, a collections.abc.Mapping).'),
  MATCH_SEQUENCE: spec(
    'none',
    'subject -- subject res',
    'Pushes whether subject is a sequence for match (list, tuple, range, memoryview, a collections.abc.Sequence; never str, bytes or bytearray).',
  ),
  MATCH_KEYS: spec('none', 'subject keys -- subject keys values', "Pushes the tuple of subject.get(key) for the keys tuple, or None if a key is missing."),
  MATCH_CLASS: spec(
    'count',
    'subject cls names -- attrs',
    'Pushes the tuple of the arg positional (__match_args__) and the keyword attributes of subject if it is an instance of cls, else None.',
  ),

  // --- superinstructions: never emitted by the compiler, see OpSpec.fuses and quicken()
  LOAD_FAST__LOAD_FAST: spec('local', '-- value', 'LOAD_FAST, then the next LOAD_FAST.', { fuses: ['LOAD_FAST', 'LOAD_FAST'] }),
  LOAD_FAST__LOAD_CONST: spec('local', '-- value', 'LOAD_FAST, then the next LOAD_CONST.', { fuses: ['LOAD_FAST', 'LOAD_CONST'] }),
  LOAD_FAST__BINARY_OP: spec('local', '-- value', 'LOAD_FAST, then the next BINARY_OP when its operands take the fast path (ints, floats, strs).', {
    fuses: ['LOAD_FAST', 'BINARY_OP'],
  }),
  LOAD_CONST__BINARY_OP: spec('const', '-- value', 'LOAD_CONST, then the next BINARY_OP when its operands take the fast path (ints, floats, strs).', {
    fuses: ['LOAD_CONST', 'BINARY_OP'],
  }),
  STORE_FAST__LOAD_FAST: spec('local', 'value --', 'STORE_FAST, then the next LOAD_FAST.', { fuses: ['STORE_FAST', 'LOAD_FAST'] }),
  STORE_FAST__STORE_FAST: spec('local', 'value --', 'STORE_FAST, then the next STORE_FAST.', { fuses: ['STORE_FAST', 'STORE_FAST'] }),
  BINARY_OP__STORE_FAST: spec('binop', 'lhs rhs -- res', 'BINARY_OP, then the next STORE_FAST.', { fuses: ['BINARY_OP', 'STORE_FAST'] }),
  COMPARE_OP__POP_JUMP_IF_FALSE: spec('cmp', 'lhs rhs -- res', 'COMPARE_OP, then the next POP_JUMP_IF_FALSE when the result is a bool.', {
    fuses: ['COMPARE_OP', 'POP_JUMP_IF_FALSE'],
  }),
  COMPARE_OP__POP_JUMP_IF_TRUE: spec('cmp', 'lhs rhs -- res', 'COMPARE_OP, then the next POP_JUMP_IF_TRUE when the result is a bool.', {
    fuses: ['COMPARE_OP', 'POP_JUMP_IF_TRUE'],
  }),
  POP_JUMP_IF_FALSE__LOAD_FAST: spec('jump', 'cond --', 'POP_JUMP_IF_FALSE, then, when it did not jump, the next LOAD_FAST.', {
    fuses: ['POP_JUMP_IF_FALSE', 'LOAD_FAST'],
  }),
  FOR_ITER__STORE_FAST: spec('jump', 'iter -- iter next', 'FOR_ITER, then, for a range or list iterator that has an item, the next STORE_FAST.', {
    jump: 'iter --',
    fuses: ['FOR_ITER', 'STORE_FAST'],
  }),
  PUSH_NULL__LOAD_GLOBAL: spec('none', '-- null', "PUSH_NULL, then the next LOAD_GLOBAL when its cache holds.", { fuses: ['PUSH_NULL', 'LOAD_GLOBAL'] }),
  COPY__COPY: spec('count', 'bottom items[arg-1] -- bottom items[arg-1] top', 'COPY, then the next COPY (augmented assignment to a subscript).', {
    fuses: ['COPY', 'COPY'],
  }),
  SWAP__SWAP: spec('count', 'bottom items[arg-2] top -- top items[arg-2] bottom', 'SWAP, then the next SWAP (augmented assignment to a subscript).', {
    fuses: ['SWAP', 'SWAP'],
  }),
  LOAD_FAST__BINARY_SUBSCR: spec('local', '-- value', 'LOAD_FAST, then the next BINARY_SUBSCR when it indexes a list or tuple with an int in range.', {
    fuses: ['LOAD_FAST', 'BINARY_SUBSCR'],
  }),
};

/** OP_NAMES: opcode number -> name. */
export const OP_NAMES: readonly OpName[] = (Object.keys(OPCODES) as OpName[]).sort((a, b) => Opcode[a] - Opcode[b]);

/** Op: name -> opcode number, e.g. Op.LOAD_FAST (the Opcode enum). */
export const Op = Opcode;

/** OP_SPECS: opcode number -> its spec. */
export const OP_SPECS: readonly OpSpec[] = OP_NAMES.map((n) => OPCODES[n]);

/** BINARY_OPS: BINARY_OP argument -> operator text, in CPython 3.11's NB_* order; +13 is in-place. */
export const BINARY_OPS = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^'] as const;
/** INPLACE_OFFSET: BINARY_OP argument of `x op= y` is that of `x op y` plus this. */
export const INPLACE_OFFSET = 13;
/** COMPARE_OPS: COMPARE_OP argument -> operator text, CPython's Py_LT .. Py_GE order. */
export const COMPARE_OPS = ['<', '<=', '==', '!=', '>', '>='] as const;

/** Code flags, with CPython's values. */
export const CO_OPTIMIZED = 0x1;
export const CO_NEWLOCALS = 0x2;
export const CO_VARARGS = 0x4;
export const CO_VARKEYWORDS = 0x8;
export const CO_NESTED = 0x10;
export const CO_GENERATOR = 0x20;
export const CO_NOFREE = 0x40;
export const CO_COROUTINE = 0x80;
export const CO_ITERABLE_COROUTINE = 0x100;
export const CO_ASYNC_GENERATOR = 0x200;

/** encode: one instruction word. */
export function encode(op: number, arg: number): number {
  return op | (arg << 8);
}

interface Picture {
  readonly pops: (arg: number) => number;
  readonly pushes: (arg: number) => number;
}

function countOf(item: string): (arg: number) => number {
  const m = /^[a-z_]+\??(?:\[(.+)\])?$/.exec(item);
  if (!m) throw new Error(`bad stack item ${item}`);
  if (m[1] === undefined) return () => 1;
  const f = STACK_COUNTS[m[1]];
  if (!f) throw new Error(`unknown stack count ${m[1]}`);
  return f;
}

function side(text: string): (arg: number) => number {
  const fs = text.split(' ').filter((s) => s !== '').map(countOf);
  return (arg) => {
    let n = 0;
    for (const f of fs) n += f(arg);
    return n;
  };
}

/** parsePicture: a stack picture's pop and push counts as functions of the argument. */
export function parsePicture(picture: string): Picture {
  const parts = picture.split('--');
  if (parts.length !== 2) throw new Error(`bad stack picture ${picture}`);
  return { pops: side(parts[0]!), pushes: side(parts[1]!) };
}

const PICTURES = OP_SPECS.map((s) => ({ normal: parsePicture(s.stack), jump: s.jump ? parsePicture(s.jump) : undefined }));

/** stackEffect: how instruction op with argument arg changes the stack depth, when it jumps or not. */
export function stackEffect(op: number, arg: number, jump: boolean): number {
  const p = PICTURES[op]!;
  const pic = jump && p.jump ? p.jump : p.normal;
  return pic.pushes(arg) - pic.pops(arg);
}

/** stackPops: how many items instruction op pops (its inputs), for the checked mode. */
export function stackPops(op: number, arg: number, jump: boolean): number {
  const p = PICTURES[op]!;
  return (jump && p.jump ? p.jump : p.normal).pops(arg);
}

/** FUSED: first opcode << 8 | second opcode -> the superinstruction standing for the pair. */
const FUSED = new Map<number, number>();
OP_NAMES.forEach((name, op) => {
  const pair = OPCODES[name].fuses;
  if (pair !== undefined) FUSED.set((Opcode[pair[0]] << 8) | Opcode[pair[1]], op);
});

/**
 * quicken: the code the VM runs (PyCode.quick): a copy of `code` where the first instruction of
 * each pair a superinstruction stands for is replaced by it, argument kept. The second stays, so
 * a jump to it, or a run that may not fuse (checked mode, the instruction limit), still finds it.
 */
export function quicken(code: Int32Array): Int32Array {
  const out = new Int32Array(code);
  for (let i = 0; i + 1 < code.length; i++) {
    const w = code[i]!;
    const fused = FUSED.get(((w & 0xff) << 8) | (code[i + 1]! & 0xff));
    if (fused !== undefined) out[i] = (w & ~0xff) | fused;
  }
  return out;
}

/** isJump: whether the instruction's argument is a jump target. */
export function isJump(op: number): boolean {
  return OP_SPECS[op]!.operand === 'jump';
}

/** isConditionalJump: jumps that may also fall through. */
export function fallsThrough(op: number): boolean {
  return op !== Op.JUMP && op !== Op.RETURN_VALUE && op !== Op.RERAISE && op !== Op.RAISE_VARARGS;
}
