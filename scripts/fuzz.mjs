// npm run fuzz -- [--runs N] [--seed S] [--only name,name] [--list]
//
// Runs the property files of test/fuzz/ as a campaign: each property makes N runs (a differential
// property compares N programs with python3) from seed S, instead of the bounded figures `npm test`
// uses. The files read TERRARIUM_FUZZ_RUNS and TERRARIUM_FC_SEED (test/fuzz/config.ts); this
// script validates the flags, sets those two variables, runs vitest on the chosen files, and prints
// what ran (each test's name carries its run count and seed), how long it took, and every failure
// with the counterexample fast-check shrank it to. Exit status 0 when nothing was found, 1 when a
// property failed, 2 for bad flags.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FUZZ_DIR = 'test/fuzz';
const names = readdirSync(FUZZ_DIR)
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => f.slice(0, -'.test.ts'.length))
  .sort();

const USAGE = `usage: npm run fuzz -- [--runs N] [--seed S] [--only NAME[,NAME...]] [--list]

  --runs N    runs of each property (programs compared, sources parsed, ...); default 1000
  --seed S    fast-check seed, an integer; default: derived from the clock, and printed
  --only ...  property files to run, from: ${names.join(', ')}
  --list      print the property files and exit`;

function fail(message) {
  process.stderr.write(`fuzz: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function integerFlag(flag, text, min) {
  if (text === undefined || !/^-?\d+$/.test(text)) fail(`${flag} needs an integer, not ${JSON.stringify(text ?? '')}`);
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < min) fail(`${flag} must be an integer >= ${min}, not ${text}`);
  return n;
}

let runs = 1000;
let seed = Date.now() % 2_147_483_647;
let only = names;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
  const value = () => inline ?? args[++i];
  if (flag === '--runs') runs = integerFlag('--runs', value(), 1);
  else if (flag === '--seed') seed = integerFlag('--seed', value(), -2_147_483_648);
  else if (flag === '--only') {
    only = (value() ?? '').split(',').filter((s) => s !== '');
    if (only.length === 0) fail('--only needs at least one name');
    for (const n of only) if (!names.includes(n)) fail(`no property file named ${JSON.stringify(n)}`);
  } else if (flag === '--list') {
    process.stdout.write(`${names.join('\n')}\n`);
    process.exit(0);
  } else if (flag === '--help' || flag === '-h') {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  } else fail(`unknown argument ${JSON.stringify(a)}`);
}

if (!existsSync('dist/index.js')) fail('dist/ is missing: run `npm run build` first');

const files = only.map((n) => join(FUZZ_DIR, `${n}.test.ts`));
process.stdout.write(`fuzz campaign: ${runs} runs per property, seed ${seed}\nfiles: ${only.join(', ')}\n\n`);

const out = mkdtempSync(join(tmpdir(), 'terrarium-fuzz-'));
const report = join(out, 'report.json');
const started = Date.now();
const r = spawnSync('npx', ['vitest', 'run', ...files, '--reporter=json', `--outputFile=${report}`, '--reporter=dot'], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, TERRARIUM_FUZZ_RUNS: String(runs), TERRARIUM_FC_SEED: String(seed) },
});
const seconds = ((Date.now() - started) / 1000).toFixed(1);

if (!existsSync(report)) {
  process.stderr.write(`fuzz: vitest produced no report (exit status ${r.status})\n`);
  process.exit(1);
}
const json = JSON.parse(readFileSync(report, 'utf8'));
rmSync(out, { recursive: true, force: true });

let failed = 0;
process.stdout.write('\nwhat ran:\n');
for (const file of json.testResults) {
  const name = file.name.slice(file.name.indexOf(FUZZ_DIR) + FUZZ_DIR.length + 1).replace(/\.test\.ts$/, '');
  for (const t of file.assertionResults) {
    const ms = t.duration === undefined || t.duration === null ? '' : ` (${(t.duration / 1000).toFixed(1)} s)`;
    process.stdout.write(`  ${t.status === 'passed' ? 'ok  ' : t.status === 'failed' ? 'FAIL' : t.status.padEnd(4)} ${name}: ${t.fullName}${ms}\n`);
    if (t.status === 'failed') failed++;
  }
  if (file.status === 'failed' && file.assertionResults.length === 0) {
    failed++;
    process.stdout.write(`  FAIL ${name}: ${file.message}\n`);
  }
}
if (failed > 0) {
  process.stdout.write('\nwhat was found:\n');
  for (const file of json.testResults) {
    for (const t of file.assertionResults) {
      if (t.status !== 'failed') continue;
      process.stdout.write(`\n--- ${t.fullName}\n${t.failureMessages.join('\n').slice(0, 20_000)}\n`);
    }
  }
}
process.stdout.write(`\n${failed === 0 ? 'nothing found' : `${failed} failing propert${failed === 1 ? 'y' : 'ies'}`}; seed ${seed}, ${runs} runs per property, ${seconds} s\n`);
process.exit(failed === 0 && r.status === 0 ? 0 : 1);
