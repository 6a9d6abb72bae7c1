// AST conformance over CPython's standard library: every .py file under the stdlib (test/ and
// subpackages included, site-packages not) is parsed by CPython (ast.dump(ast.parse(source)), in
// one long-running python3 process, scripts/ast-oracle.py) and by our parser (dist/index.js, in
// worker threads), and the two dumps are compared byte for byte.
//
// Usage: npm run conformance:ast -- [--limit N] [--filter SUBSTRING] [--show K] [--json OUT.json]
//                                   [--attributes] [--timeout SECONDS] [--jobs N] [--no-build]
// Files CPython itself cannot read or parse are excluded and counted. A crash, a hang (past the
// timeout) or a SyntaxError of our parser is a failure of that file, never the end of the run.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST_INDEX = join(ROOT, 'dist', 'index.js');

// The source text as CPython's open(path).read() gives it: UTF-8, universal newlines.
function readText(path) {
  return readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
}

// The first difference between two dumps, with a little context from each.
function firstDifference(ours, expected) {
  let i = 0;
  while (i < ours.length && i < expected.length && ours[i] === expected[i]) i++;
  const from = Math.max(0, i - 30);
  const excerpt = (s) => JSON.stringify(s.slice(from, i + 50));
  return `at char ${i}: ours ${excerpt(ours)} vs CPython ${excerpt(expected)}`;
}

// Worker: parses the files it is sent and compares with CPython's dump there, so that only a
// verdict travels back.
async function workerMain() {
  const api = await import(pathToFileURL(DIST_INDEX).href);
  parentPort.on('message', ({ id, path, expected, attributes }) => {
    let verdict;
    try {
      const tree = api.parse(readText(path), path);
      const ours = api.dump(tree, { includeAttributes: attributes });
      verdict = ours === expected ? { status: 'pass' } : { status: 'fail', detail: firstDifference(ours, expected) };
    } catch (e) {
      const detail = e instanceof api.PySyntaxError
        ? `SyntaxError at line ${e.lineno}, offset ${e.offset}: ${e.msg}`
        : `crash: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;
      verdict = { status: 'fail', detail };
    }
    parentPort.postMessage({ id, ...verdict });
  });
}

function parseArgs(argv) {
  const opts = { limit: Infinity, filter: '', show: 10, json: null, attributes: false, timeout: 60, jobs: 0, build: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--limit') opts.limit = Number(value());
    else if (a === '--filter') opts.filter = value();
    else if (a === '--show') opts.show = Number(value());
    else if (a === '--json') opts.json = value();
    else if (a === '--timeout') opts.timeout = Number(value());
    else if (a === '--jobs') opts.jobs = Number(value());
    else if (a === '--attributes') opts.attributes = true;
    else if (a === '--no-build') opts.build = false;
    else throw new Error(`unknown option ${a}`);
  }
  return opts;
}

function stdlibFiles(stdlib) {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'site-packages' && entry.name !== '__pycache__') walk(path);
      } else if (entry.isFile() && entry.name.endsWith('.py')) {
        out.push(path);
      }
    }
  };
  walk(stdlib);
  return out.sort();
}

// A pool of parser workers, each doing one file at a time; a worker that hangs past the timeout
// or dies is replaced, and its file fails.
class Pool {
  constructor(size, timeoutMs) {
    this.timeoutMs = timeoutMs;
    this.idle = [];
    this.waiting = [];
    this.all = new Set();
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  spawn() {
    const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { role: 'parser' } });
    worker.unref();
    this.all.add(worker);
    return worker;
  }

  async run(task) {
    const worker = this.idle.pop() ?? (await new Promise((resolve) => this.waiting.push(resolve)));
    const verdict = await new Promise((resolve) => {
      const done = (v, replace) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolve({ v, replace });
      };
      const onMessage = (m) => done(m, false);
      const onError = (e) => done({ status: 'fail', detail: `crash: worker died: ${e.message}` }, true);
      const onExit = (code) => done({ status: 'fail', detail: `crash: worker exited with ${code}` }, true);
      const timer = setTimeout(() => done({ status: 'fail', detail: `timeout after ${this.timeoutMs / 1000} s` }, true), this.timeoutMs);
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage(task);
    });
    let next = worker;
    if (verdict.replace) {
      this.all.delete(worker);
      void worker.terminate();
      next = this.spawn();
    }
    const waiter = this.waiting.shift();
    if (waiter) waiter(next);
    else this.idle.push(next);
    return verdict.v;
  }

  async close() {
    await Promise.all([...this.all].map((w) => w.terminate()));
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.build) {
    const b = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (b.status !== 0) throw new Error('npm run build failed');
  }
  if (!existsSync(DIST_INDEX)) throw new Error(`${DIST_INDEX} is missing: run npm run build`);

  const stdlibQuery = spawnSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' });
  if (stdlibQuery.status !== 0) throw new Error(`cannot run python3: ${stdlibQuery.stderr || stdlibQuery.error}`);
  const stdlib = stdlibQuery.stdout.trim();
  const files = stdlibFiles(stdlib).filter((f) => f.includes(opts.filter)).slice(0, opts.limit);

  const started = performance.now();
  const oracle = spawn('python3', [join(ROOT, 'scripts', 'ast-oracle.py'), ...(opts.attributes ? ['--attributes'] : [])], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  oracle.stdin.end(files.map((f) => f + '\n').join(''));
  const answers = createInterface({ input: oracle.stdout, crlfDelay: Infinity })[Symbol.asyncIterator]();

  const jobs = opts.jobs > 0 ? opts.jobs : Math.max(1, availableParallelism() - 1);
  const pool = new Pool(jobs, opts.timeout * 1000);
  const results = new Array(files.length);
  const inFlight = new Set();
  let doneCount = 0;
  const progress = () => {
    if (process.stderr.isTTY) process.stderr.write(`\r${doneCount}/${files.length}`);
  };

  for (let id = 0; id < files.length; id++) {
    const next = await answers.next();
    if (next.done) throw new Error('python3 stopped answering (see its error above)');
    const answer = JSON.parse(next.value);
    const path = files[id];
    if ('excluded' in answer) {
      results[id] = { path, status: 'excluded', detail: answer.excluded };
      doneCount++;
      continue;
    }
    // Reading CPython's answers no faster than the workers parse keeps memory bounded.
    while (inFlight.size >= jobs * 2) await Promise.race(inFlight);
    const p = pool.run({ id, path, expected: answer.dump, attributes: opts.attributes }).then((v) => {
      results[id] = { path, ...v };
      doneCount++;
      progress();
      inFlight.delete(p);
    });
    inFlight.add(p);
  }
  await Promise.all(inFlight);
  await pool.close();
  oracle.kill();
  if (process.stderr.isTTY) process.stderr.write('\r');

  const seconds = (performance.now() - started) / 1000;
  const count = (s) => results.filter((r) => r.status === s).length;
  const excluded = count('excluded');
  const passed = count('pass');
  const failed = count('fail');
  const compared = passed + failed;
  const percent = compared === 0 ? 0 : (100 * passed) / compared;
  const short = (p) => relative(stdlib, p);

  console.log(`stdlib:   ${stdlib}${opts.attributes ? ' (with positions)' : ''}`);
  console.log(`files:    ${files.length}`);
  console.log(`excluded: ${excluded} (CPython's ast.parse fails on them)`);
  console.log(`passed:   ${passed}`);
  console.log(`failed:   ${failed}`);
  console.log(`pass:     ${percent.toFixed(2)}% of ${compared}`);
  console.log(`time:     ${seconds.toFixed(1)} s (${jobs} parser worker${jobs === 1 ? '' : 's'})`);
  const failures = results.filter((r) => r.status === 'fail');
  if (failures.length > 0 && opts.show > 0) {
    console.log(`\nfirst ${Math.min(opts.show, failures.length)} failures:`);
    for (const r of failures.slice(0, opts.show)) console.log(`  ${short(r.path)}: ${r.detail}`);
  }
  if (opts.json) {
    const report = { stdlib, attributes: opts.attributes, total: files.length, excluded, passed, failed, percent, seconds, files: results };
    writeFileSync(opts.json, JSON.stringify(report, null, 1));
    console.log(`\nwrote ${opts.json}`);
  }
  return failed === 0 ? 0 : 1;
}

if (isMainThread) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      console.error(`conformance-ast: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 2;
    },
  );
} else if (workerData?.role === 'parser') {
  await workerMain();
}
