// Deep recursion ends in a catchable RecursionError, never in a JavaScript stack overflow: Python
// calls do not use the JS stack, and builtins calling back into Python (repr of nested lists,
// sorted's key, __eq__ ...) are bounded too. The interpreter keeps working afterwards.

import { describe, expect, test } from 'vitest';
import { runText } from '../support/terrarium.js';

function run(src: string): { stdout: string; stderr: string; exitCode: number } {
  return runText(src);
}

describe('recursion', () => {
  test('100,000-deep Python recursion raises a catchable RecursionError', () => {
    const r = run(`
import sys
def f(n):
    return f(n + 1) if n < 100000 else n
try:
    f(0)
except RecursionError as e:
    print('caught', e)
print(sys.getrecursionlimit())
def g(n):
    return 0 if n == 0 else 1 + g(n - 1)
print(g(900))
`);
    expect(r.stdout).toBe('caught maximum recursion depth exceeded\n1000\n900\n');
    expect(r.exitCode).toBe(0);
  });

  test('repr of a 100,000-deep nested list', () => {
    const r = run(`
x = []
for _ in range(100000):
    x = [x]
try:
    repr(x)
except RecursionError:
    print('caught')
print(len(repr([[1], [2]])))
`);
    expect(r.stdout).toBe('caught\n10\n');
  });

  test('recursion through a sorted key function', () => {
    const r = run(`
def key(v):
    return sorted([v, v], key=key)
try:
    sorted([1, 2], key=key)
except RecursionError:
    print('caught')
print(sorted([3, 1, 2], key=lambda v: -v))
`);
    expect(r.stdout).toBe('caught\n[3, 2, 1]\n');
  });

  test('recursion through __eq__ and __hash__ in dict lookups, and __repr__', () => {
    const r = run(`
class K:
    def __hash__(self):
        return hash({K(): 1}.get(K()))
try:
    {K(): 1}
except RecursionError:
    print('hash')
class R:
    def __repr__(self):
        return repr([R()])
try:
    repr(R())
except RecursionError:
    print('repr')
class I:
    def __iter__(self):
        return iter(list(I()))
try:
    list(I())
except RecursionError:
    print('iter')
`);
    expect(r.stdout).toBe('hash\nrepr\niter\n');
  });

  test('an uncaught RecursionError prints a collapsed traceback and exits 1', () => {
    const r = run('def f():\n    f()\nf()\n');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('[Previous line repeated');
    expect(r.stderr.trimEnd().split('\n').pop()).toBe('RecursionError: maximum recursion depth exceeded');
  });
});
