// MeteredOS: the VM's view of the embedder's OS: every call is counted (the run's statistics),
// and writes to stdout and stderr are held to the output limit: the part that fits is written,
// then the run stops.

import type { ClockId, OS, Stat } from '../os/interface.js';
import type { VM } from './vm.js';
import { LimitError } from './limit-error.js';

export class MeteredOS implements OS {
  constructor(
    private readonly os: OS,
    private readonly vm: VM,
  ) {}

  private count(): void {
    this.vm.meter.osCalls++;
  }

  open(path: string, flags: number, mode: number): number {
    this.count();
    return this.os.open(path, flags, mode);
  }
  read(fd: number, count: number): Uint8Array {
    this.count();
    const r = this.os.read(fd, count);
    // Reading may wait (a terminal, a pipe): the clock may have run out meanwhile.
    if (fd === 0) this.vm.checkTime();
    return r;
  }
  write(fd: number, data: Uint8Array): number {
    this.count();
    if (fd !== 1 && fd !== 2) return this.os.write(fd, data);
    const m = this.vm.meter;
    const max = this.vm.limits.output;
    const base = this.vm.outputBase;
    if (max !== undefined && m.output - base + data.length > max) {
      // Output produced before the stop is delivered, up to the limit.
      const reached = m.output - base + data.length;
      const room = max - (m.output - base);
      if (room > 0) {
        this.os.write(fd, data.subarray(0, room));
        m.output = base + max;
      }
      this.vm.stop(new LimitError('output', reached, max));
    }
    m.output += data.length;
    return this.os.write(fd, data);
  }
  lseek(fd: number, offset: number, whence: number): number {
    this.count();
    return this.os.lseek(fd, offset, whence);
  }
  close(fd: number): void {
    this.count();
    this.os.close(fd);
  }
  fstat(fd: number): Stat {
    this.count();
    return this.os.fstat(fd);
  }
  ftruncate(fd: number, length: number): void {
    this.count();
    this.os.ftruncate(fd, length);
  }
  isatty(fd: number): boolean {
    this.count();
    return this.os.isatty(fd);
  }
  stat(path: string, followSymlinks: boolean): Stat {
    this.count();
    return this.os.stat(path, followSymlinks);
  }
  listdir(path: string): string[] {
    this.count();
    return this.os.listdir(path);
  }
  mkdir(path: string, mode: number): void {
    this.count();
    this.os.mkdir(path, mode);
  }
  rmdir(path: string): void {
    this.count();
    this.os.rmdir(path);
  }
  unlink(path: string): void {
    this.count();
    this.os.unlink(path);
  }
  rename(src: string, dst: string): void {
    this.count();
    this.os.rename(src, dst);
  }
  getcwd(): string {
    this.count();
    return this.os.getcwd();
  }
  chdir(path: string): void {
    this.count();
    this.os.chdir(path);
  }
  clock(id: ClockId): bigint {
    this.count();
    return this.os.clock(id);
  }
  sleep(ns: bigint): void {
    this.count();
    // A sleep past the deadline sleeps until the deadline, and the run stops there.
    const left = this.vm.timeLeftNs();
    this.os.sleep(left !== null && ns > left ? left : ns);
    this.vm.checkTime();
  }
  urandom(n: number): Uint8Array {
    this.count();
    return this.os.urandom(n);
  }
  environ(): Record<string, string> {
    this.count();
    return this.os.environ();
  }
  argv(): string[] {
    this.count();
    return this.os.argv();
  }
  exit(status: number): void {
    this.count();
    this.os.exit(status);
  }
}
