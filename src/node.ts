// terrarium/node: the parts of Terrarium that need Node.js, kept out of the main entry (src/index.ts)
// so that the core bundles for browsers with no node: module: host directory mounts, the host's
// clock, entropy and stdin, isolated runs (runIsolated: the interpreter in a worker thread), and
// the command line (runCli, what bin/terrarium runs). Everything else, the Interpreter and the
// OS implementations included, comes from 'terrarium'; objects of both entries work together
// (a HostDirectory mounts into the core's MemoryOS).
//
// This file only re-exports: the code that touches the host lives in src/os/host*.ts and
// src/cli/, the only places test/host-boundary.test.ts allows it. `terrarium/host` (src/os/host.ts)
// is the older name of everything here but runCli, kept as an alias.

export * from './os/host.js';
export { main as runCli } from './cli/main.js';
