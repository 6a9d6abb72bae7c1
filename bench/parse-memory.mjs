// This file measures one parse in a fresh process, for bench/parse.bench.mjs: the peak resident
// memory it adds and the time it takes, cold (no warm-up runs, as a first parse is in real use).
//
// Usage: node --expose-gc bench/parse-memory.mjs PARSER_MODULE FILE
// Prints JSON: {lines, ms, baselineRss, peakRss, peakIncrease, heapUsedAfter} (bytes, except ms).

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [modulePath, file] = process.argv.slice(2);
const { parse } = await import(pathToFileURL(modulePath).href);
const source = readFileSync(file, 'utf8');
globalThis.gc?.();

// maxRSS is the process's peak so far (in KiB); the parse is by far the largest allocation this
// process makes, so the peak after it, less the resident size just before it, is what it added.
const baselineRss = process.memoryUsage().rss;
const t0 = performance.now();
const ast = parse(source, file);
const ms = performance.now() - t0;
const peakRss = process.resourceUsage().maxRSS * 1024;
const heapUsedAfter = process.memoryUsage().heapUsed;

console.log(JSON.stringify({
  lines: source.split('\n').length - (source.endsWith('\n') ? 1 : 0),
  statements: ast.body.length,
  ms,
  baselineRss,
  peakRss,
  peakIncrease: peakRss - baselineRss,
  heapUsedAfter,
}));
