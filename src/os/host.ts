// The Node part of the library, re-exported by terrarium/node (src/node.ts, which adds the CLI) and
// still importable as terrarium/host, its older name: what an embedder on Node needs to give a
// script parts of the host: directory mounts, the host's clock, entropy and stdin, and isolated runs
// (runIsolated: the interpreter in a worker thread). Kept out of the main entry so that browser
// bundles of Terrarium contain nothing that reaches for Node.

export { HostDirectory, type HostDirectoryOptions } from './host-mount.js';
export { hostClock, hostSleep, hostEntropy, hostStdin } from './host-world.js';
export {
  runIsolated,
  IsolateError,
  DEFAULT_WATCHDOG_GRACE_MS,
  type AsyncOS,
  type IsolatedRunOptions,
  type IsolatedRunResult,
  type IsolateFailure,
  type IsolateTestHook,
} from './host-isolate.js';
export { isolateResourceLimits, type IsolateResourceLimits } from './isolate-protocol.js';
