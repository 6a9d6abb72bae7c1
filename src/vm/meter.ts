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
  active.allocated += n;
  active.allocations++;
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
