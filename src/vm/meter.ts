// The metering choke points. Every executed instruction is counted by the eval loop; every
// allocation of a Python object and every growth of a container calls charge() with its size in
// bytes by the size model in ARCHITECTURE.md ("Heap accounting"). The active Meter belongs to the
// interpreter that is running; an interpreter installs its own on entry (only one runs at a time).

/** Meter: an interpreter's counters. `allocated` is the total of all charges (monotonic). */
export class Meter {
  allocated = 0;
  /** instructions: executed instructions, written back by the eval loop when it leaves a frame. */
  instructions = 0;
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
