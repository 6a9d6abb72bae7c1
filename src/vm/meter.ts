// The metering choke points. Every executed instruction is counted by the eval loop; every
// allocation of a Python object and every growth of a container calls charge() with its size in
// bytes by the size model in ARCHITECTURE.md ("Heap accounting"). The active Meter belongs to the
// interpreter that is running; an interpreter installs its own on entry (only one runs at a time).

/** Meter: an interpreter's counters. `allocated` is the total of all charges (monotonic). */
export class Meter {
  allocated = 0;
  /** instructions: executed instructions (the eval loop counts each one here, before running it). */
  instructions = 0;
  /**
   * stopAt: when `instructions` passes it, the eval loop asks the VM whether to go on (the
   * instruction limit, or a time to look at the clock); set by the VM.
   */
  stopAt = 2 ** 28;
  /** output: bytes written to stdout and stderr. */
  output = 0;
  /** allocations: objects and growths charged. */
  allocations = 0;
  /** osCalls: calls of the OS interface. */
  osCalls = 0;
  /**
   * heapCheckAt: when `allocated` passes it, the live heap is measured (the heap limit); Infinity
   * without a heap limit.
   */
  heapCheckAt = Infinity;
  /** onHeap: the VM's heap check, given the bytes about to be allocated. */
  onHeap: (request: number) => void = () => {};
  /** tempRoots: arrays builtins are filling (not yet reachable from any Python object). */
  readonly tempRoots: unknown[] = [];
  /** onStop: what the eval loop and work() call when `instructions` passes `stopAt` (the VM's check). */
  onStop: () => void = () => {};
  /** nextId: the next object number for id() (src/objects/id.ts); per interpreter, so ids are deterministic. */
  nextId = 0;
  /** maxStrDigits: sys.set_int_max_str_digits()'s limit for this interpreter (0: none). */
  maxStrDigits = 4300;
}

let active = new Meter();

/** activeMeter: the meter of the interpreter that is running. */
export function activeMeter(): Meter {
  return active;
}

/** setActiveMeter: installs m (on interpreter entry); returns the previous one to restore. */
export function setActiveMeter(m: Meter): Meter {
  const prev = active;
  active = m;
  return prev;
}

/** charge: accounts an allocation or growth of n bytes on the running interpreter's heap. */
export function charge(n: number): void {
  const m = active;
  m.allocated += n;
  m.allocations++;
  if (m.allocated > m.heapCheckAt) m.onHeap(n);
}

/**
 * reserve: called before allocating n bytes that a builtin is about to make (a repetition, a
 * padded format, a big int power): refuses the allocation with the heap limit if it cannot fit,
 * before the host allocates anything.
 */
export function reserve(n: number): void {
  const m = active;
  if (m.allocated + n > m.heapCheckAt) m.onHeap(n);
}

/**
 * work: charges the work a builtin is about to do (sorting, joining, copying, searching,
 * converting) as instructions, `units` of them, so that one instruction cannot hide unbounded
 * work from the instruction limit or the timeout. Called before the work is done.
 */
export function work(units: number): void {
  const m = active;
  m.instructions += units;
  if (m.instructions > m.stopAt) m.onStop();
}

// The work scale (ARCHITECTURE.md, "Instruction counting"): how many units of work() a builtin
// charges for what it is about to do. A unit is meant to cost about what an instruction costs.
// Work below each helper's threshold is free (the instruction that asked for it pays), so small
// values cost one compare and the counts of small programs are those of the eval loop alone.

/** ITEMS_PER_UNIT: elements handled one by one (items copied, scanned or iterated, characters of a per-character loop) per unit. */
export const ITEMS_PER_UNIT = 16;
/** BYTES_PER_UNIT: bytes or UTF-16 units processed in bulk (copied, searched, converted natively) per unit. */
export const BYTES_PER_UNIT = 64;
/** LIMBS_PER_UNIT: products of two 64-bit limbs (big-int arithmetic and decimal conversion) per unit. */
export const LIMBS_PER_UNIT = 64;
/** WORK_MIN_ITEMS, WORK_MIN_BYTES, WORK_MIN_LIMBS: the smallest sizes charged at all (4 units or more). */
export const WORK_MIN_ITEMS = 64;
export const WORK_MIN_BYTES = 256;
export const WORK_MIN_LIMBS = 256;
/**
 * WORK_BLOCK: a native loop whose length is not known before it runs (a scan that may stop early,
 * an iteration) charges each block of this many items as it reaches it, the first block free:
 * `if ((i & 63) === 0 && i > 0) workItems(WORK_BLOCK)` before handling item i.
 */
export const WORK_BLOCK = 64;

/**
 * PARSE_UNITS_PER_CHAR: what parsing and compiling one character of source costs, in units
 * (measured: 3-7 us per character of ordinary code, about 100-200 instructions' time; deeply
 * nested or very long single statements cost a few times more).
 */
export const PARSE_UNITS_PER_CHAR = 64;

/**
 * workParse: the parse and compile of `chars` characters that the exec, eval and compile builtins
 * or an import are about to do, charged before it starts (the parser cannot stop midway), whether
 * or not the code cache then spares the work, so that counts do not depend on what ran before.
 */
export function workParse(chars: number): void {
  work(chars * PARSE_UNITS_PER_CHAR);
}

/** workItems: n elements handled one by one: 1 unit per ITEMS_PER_UNIT. */
export function workItems(n: number): void {
  if (n >= WORK_MIN_ITEMS) work(Math.floor(n / ITEMS_PER_UNIT));
}

/** workBytes: n bytes (or UTF-16 units) processed in bulk: 1 unit per BYTES_PER_UNIT. */
export function workBytes(n: number): void {
  if (n >= WORK_MIN_BYTES) work(Math.floor(n / BYTES_PER_UNIT));
}

/** workEntries: n entries hashed into (or looked up in) a dict or set, or converted one by one (repr): 1 unit each. */
export function workEntries(n: number): void {
  if (n >= WORK_MIN_ITEMS) work(n);
}

/** workSort: sorting n items: n * ceil(log2 n) comparisons, 1 unit each (the comparisons a merge sort may need). */
export function workSort(n: number): void {
  if (n >= WORK_MIN_ITEMS) work(n * Math.ceil(Math.log2(n)));
}

/** workLimbs: `products` products of 64-bit limbs (big-int multiplication, division, decimal conversion): 1 unit per LIMBS_PER_UNIT. */
export function workLimbs(products: number): void {
  if (products >= WORK_MIN_LIMBS) work(Math.floor(products / LIMBS_PER_UNIT));
}

/** Size model constants (bytes), see ARCHITECTURE.md "Heap accounting". */
export const SIZE = {
  OBJECT: 16, // header of any boxed object
  FLOAT: 24,
  SLOT: 8, // one reference in a list, tuple or frame
  DICT: 64,
  DICT_ENTRY: 32,
  SET_ENTRY: 16,
  STR: 40, // str header; plus one byte per code unit
  BYTES: 32, // bytes header; plus one byte per byte
  BIGINT: 24, // plus 4 bytes per 30 bits
  FUNCTION: 96,
  FRAME: 80, // plus SLOT per local, cell and stack slot
  INSTANCE: 48, // plus its __dict__
} as const;
