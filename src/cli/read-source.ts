// Reading the main file from the host file system, with python3's messages when that fails.

import { readFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { reprStr } from '../objects/str.js';

// strerror() texts for the errors opening a file can meet; Node gives only the code.
const ERRNO: Readonly<Record<string, readonly [number, string]>> = {
  ENOENT: [2, 'No such file or directory'],
  EACCES: [13, 'Permission denied'],
  EPERM: [1, 'Operation not permitted'],
  EISDIR: [21, 'Is a directory'],
  ENOTDIR: [20, 'Not a directory'],
  ENAMETOOLONG: [36, 'File name too long'],
  ELOOP: [40, 'Too many levels of symbolic links'],
  EMFILE: [24, 'Too many open files'],
  EIO: [5, 'Input/output error'],
};

/** SourceFile: a file's bytes and the name Python gives it (cwd joined in, as python3 does). */
export interface SourceFile {
  path: string;
  bytes: Uint8Array;
}

/** CannotOpen: a file that could not be read, with the one-line message python3 prints. */
export class CannotOpen {
  constructor(readonly message: string) {}
}

/**
 * mainPath is the name python3 gives its main file: relative paths are joined to the working
 * directory as written, without normalizing (`/tmp/./x.py`).
 */
export function mainPath(arg: string): string {
  return isAbsolute(arg) ? arg : `${process.cwd()}/${arg}`;
}

/** readSource reads the file named on the command line, or returns CannotOpen. */
export function readSource(arg: string): SourceFile | CannotOpen {
  const path = mainPath(arg);
  try {
    return { path, bytes: readFileSync(arg) };
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const known = typeof code === 'string' ? ERRNO[code] : undefined;
    const reason = known ? `[Errno ${known[0]}] ${known[1]}` : String(code ?? e);
    return new CannotOpen(`terrarium: can't open file ${reprStr(path)}: ${reason}`);
  }
}
