// terrarium/host: what an embedder on Node needs to give a script parts of the host: directory
// mounts, and the host's clock, entropy and stdin. Kept out of the main entry so that browser
// bundles of Terrarium contain nothing that reaches for Node.

export { HostDirectory, type HostDirectoryOptions } from './host-mount.js';
export { hostClock, hostSleep, hostEntropy, hostStdin } from './host-world.js';
