// Frames: one per running Python function, module or class body. Frames live on the VM's own
// frame chain (`back`), never on the JS stack: a Python call pushes a frame and the eval loop
// continues, so the loop can stop after any instruction and deep Python recursion costs no JS
// stack. Locals and the value stack share one array, `slots` (locals first), as CPython's
// localsplus does.

import { PyObject, type PyValue } from '../objects/object.js';
import { makeBuiltinType } from '../objects/type.js';
import type { PyCode } from '../objects/code.js';
import type { PyDict } from '../objects/dict.js';
import type { PyCell, PyFunction } from '../objects/function.js';
import { charge, SIZE } from './meter.js';
import { CO_OPTIMIZED } from '../compiler/opcodes.js';

/** frameType: `frame`. */
export const frameType = makeBuiltinType('frame');

/**
 * How a frame hands back control when it returns or yields (set when it is entered):
 * ENTRY — it was started by execute() from TypeScript: leave the eval loop;
 * CALL — a Python call: push the result on the caller's stack;
 * FOR_ITER / SEND — a generator resumed inline by the caller's FOR_ITER or SEND at `resumeTarget`.
 */
export const RESUME_ENTRY = 0;
export const RESUME_CALL = 1;
export const RESUME_FOR_ITER = 2;
export const RESUME_SEND = 3;
/** RESUME_INIT: an __init__ called by instantiation: on return, check None and push `initSelf`. */
export const RESUME_INIT = 4;

/** Frame: an activation record. */
export class Frame extends PyObject {
  /** slots: locals (0 .. nlocals-1), then the value stack. Unbound locals are undefined; NULL on the stack is undefined. */
  slots: (PyValue | undefined)[];
  sp: number;
  pc = 0;
  /** lasti: the instruction being executed when the frame was left (tracebacks, f_lineno). */
  lasti = 0;
  back: Frame | null = null;
  cells: PyCell[] | null = null;
  /** kwnames: set by KW_NAMES for the next CALL. */
  kwnames: readonly string[] | null = null;
  resumeMode = RESUME_CALL;
  resumeTarget = 0;
  /** initSelf: the instance an inlined __init__ initializes (RESUME_INIT). */
  initSelf: PyValue | undefined = undefined;
  /** generator: the generator/coroutine object that owns this frame, if any. */
  generator: PyObject | null = null;
  /** checkPc / checkSp / checkSpJump: checked mode's pending verification of the last instruction. */
  checkPc = -1;
  checkSp = 0;
  checkSpJump = 0;
  /**
   * escaped: something besides the running frame chain may hold this frame (a traceback,
   * sys._getframe()): it is never recycled (see recycleFrame).
   */
  escaped = false;
  /** nextFree: the next frame in its code's free list, while this one is in it. */
  nextFree: Frame | null = null;

  constructor(
    readonly code: PyCode,
    public globals: PyDict,
    public builtins: PyDict,
    /** locals: the locals mapping of module and class bodies (null in functions). */
    readonly locals: PyDict | null,
    public func: PyFunction | null,
  ) {
    super(frameType);
    const nlocals = code.varnames.length;
    this.slots = new Array(nlocals + code.stacksize);
    this.sp = nlocals;
    charge(SIZE.FRAME + SIZE.SLOT * (nlocals + code.stacksize));
  }
}

/** FRAME_POOL_MAX: recycled frames kept per code object. */
const FRAME_POOL_MAX = 8;

/** recycled, RENEW_EVERY: frames recycled so far; one in RENEW_EVERY + 1 gets a new slots array. */
let recycled = 0;
const RENEW_EVERY = 0xff;

/**
 * functionFrame: a frame for calling func, a recycled one of the same code when there is one. It
 * is charged as a new frame either way: the heap figures do not depend on recycling.
 */
export function functionFrame(func: PyFunction): Frame {
  const code = func.code;
  // A function given module or class code (through __code__ or types.FunctionType) runs it with
  // its globals as locals, as CPython does; such frames are not recycled (their locals differ).
  if ((code.flags & CO_OPTIMIZED) === 0) return new Frame(code, func.globals, func.builtins, func.globals, func);
  const f = code.freeFrame as Frame | null;
  if (f === null) return new Frame(code, func.globals, func.builtins, null, func);
  code.freeFrame = f.nextFree;
  code.freeFrames--;
  f.nextFree = null;
  f.globals = func.globals;
  f.builtins = func.builtins;
  f.func = func;
  charge(SIZE.FRAME + SIZE.SLOT * f.slots.length);
  return f;
}

/**
 * recycleFrame: f (a function's frame) has returned to its caller; unless something else may
 * still hold it, it is cleared and kept for the next call of the same code. A frame is only held
 * elsewhere once it escaped (tracebacks, sys._getframe mark it) or when it is a generator's.
 */
export function recycleFrame(f: Frame): void {
  const code = f.code;
  if (f.escaped || f.generator !== null || code.freeFrames >= FRAME_POOL_MAX) return;
  const slots = f.slots;
  // Now and then a new array instead of the cleared old one (ARCHITECTURE.md, "Young value
  // stacks"): the values a program makes are young, the frames it reuses soon old, and each
  // store of a young value into an old array takes V8's write barrier slow path.
  if ((++recycled & RENEW_EVERY) === 0) f.slots = new Array(slots.length);
  else for (let i = 0; i < slots.length; i++) slots[i] = undefined;
  f.sp = f.code.varnames.length;
  f.pc = 0;
  f.lasti = 0;
  f.back = null;
  f.cells = null;
  f.kwnames = null;
  f.resumeMode = RESUME_CALL;
  f.resumeTarget = 0;
  f.initSelf = undefined;
  f.func = null;
  f.checkPc = -1;
  f.nextFree = code.freeFrame as Frame | null;
  code.freeFrame = f;
  code.freeFrames++;
}

/**
 * markEscaped: f and every frame below it may now be held by Python code (a traceback's tb_frame,
 * sys._getframe(), then f_back). Frames below an escaped frame are escaped too, so the walk stops
 * at the first one; except at a generator's frame, whose caller changes with each resumption.
 */
export function markEscaped(f: Frame | null): void {
  for (; f !== null; f = f.back) {
    if (f.escaped && f.generator === null) return;
    f.escaped = true;
  }
}
