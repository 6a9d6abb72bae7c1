// From the OS interface's failures to Python's: an OSFault (an errno) becomes the OSError
// subclass CPython raises for it, with strerror's text and the path arguments of the call, so that
// a missing file reads `FileNotFoundError: [Errno 2] No such file or directory: 'x'`.

import type { PyValue } from '../objects/object.js';
import { None } from '../objects/singletons.js';
import { newOSError } from '../objects/exception-methods.js';
import { OSFault, strerror } from '../os/errno.js';

/** osError: the Python exception for errno, naming the paths given. */
export function osError(errno: number, filename: PyValue = None, filename2: PyValue = None): never {
  throw newOSError(errno, strerror(errno), filename, filename2);
}

/** osCall: runs an OS call, turning an OSFault into the matching OSError. */
export function osCall<T>(call: () => T, filename: PyValue = None, filename2: PyValue = None): T {
  try {
    return call();
  } catch (e) {
    if (e instanceof OSFault) osError(e.errno, filename, filename2);
    throw e;
  }
}
