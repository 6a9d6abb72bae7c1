// Golden disassembly of small programs (compared by eye with `python3 -m dis` when written): the
// instruction patterns of CPython 3.11's compiler, adapted to our instruction set (no CACHE,
// PRECALL, RESUME; PUSH_NULL before a called global; absolute jump targets).

import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile.js';
import { disassemble } from '../../src/compiler/disassemble.js';

function dis(source: string): string {
  return disassemble(compileSource(source, 'x.py', 'exec'));
}

describe('disassembly', () => {
  it('a call with keywords, defaults, a subscript', () => {
    expect(dis('def f(a, b=2, *, c=-1):\n    return g(a + b, key=c)[0]\n')).toMatchInlineSnapshot(`
      "  1           0 LOAD_CONST               1 ((2,))
                    1 LOAD_CONST               2 (-1)
                    2 LOAD_CONST               3 (('c',))
                    3 BUILD_CONST_KEY_MAP      1
                    4 LOAD_CONST               4 (<code object f, file "x.py", line 1>)
                    5 MAKE_FUNCTION            3 (defaults, kwdefaults)
                    6 STORE_NAME               0 (f)
                    7 LOAD_CONST               5 (None)
                    8 RETURN_VALUE

      Disassembly of <code object f, file "x.py", line 1>:
        2           0 PUSH_NULL
                    1 LOAD_GLOBAL              0 (g)
                    2 LOAD_FAST                0 (a)
                    3 LOAD_FAST                1 (b)
                    4 BINARY_OP                0 (+)
                    5 LOAD_FAST                2 (c)
                    6 KW_NAMES                 1 (('key',))
                    7 CALL                     2
                    8 LOAD_CONST               2 (0)
                    9 BINARY_SUBSCR
                   10 RETURN_VALUE
      "
    `);
  });

  it('a method call, an augmented attribute, a chained comparison', () => {
    expect(dis('def f(o, x):\n    o.items.append(x)\n    o.n += 1\n    return 0 < x <= 10\n')).toMatchInlineSnapshot(`
      "  1           0 LOAD_CONST               0 (<code object f, file "x.py", line 1>)
                    1 MAKE_FUNCTION            0
                    2 STORE_NAME               0 (f)
                    3 LOAD_CONST               1 (None)
                    4 RETURN_VALUE

      Disassembly of <code object f, file "x.py", line 1>:
        2           0 LOAD_FAST                0 (o)
                    1 LOAD_ATTR                0 (items)
                    2 LOAD_METHOD              1 (append)
                    3 LOAD_FAST                1 (x)
                    4 CALL                     1
                    5 POP_TOP

        3           6 LOAD_FAST                0 (o)
                    7 COPY                     1
                    8 LOAD_ATTR                2 (n)
                    9 LOAD_CONST               1 (1)
                   10 BINARY_OP               13 (+=)
                   11 SWAP                     2
                   12 STORE_ATTR               2 (n)

        4          13 LOAD_CONST               2 (0)
                   14 LOAD_FAST                1 (x)
                   15 SWAP                     2
                   16 COPY                     2
                   17 COMPARE_OP               0 (<)
                   18 JUMP_IF_FALSE_OR_POP    22 (to 22)
                   19 LOAD_CONST               3 (10)
                   20 COMPARE_OP               1 (<=)
                   21 RETURN_VALUE
              >>   22 SWAP                     2
                   23 POP_TOP
                   24 RETURN_VALUE
      "
    `);
  });

  it('a for loop with break, continue and else', () => {
    expect(dis('for x in [1, 2, 3]:\n    if x == 2:\n        continue\n    if x > y:\n        break\nelse:\n    z = 0\n')).toMatchInlineSnapshot(`
      "  1           0 LOAD_CONST               0 ((1, 2, 3))
                    1 GET_ITER
              >>    2 FOR_ITER                16 (to 16)
                    3 STORE_NAME               0 (x)

        2           4 LOAD_NAME                0 (x)
                    5 LOAD_CONST               1 (2)
                    6 COMPARE_OP               2 (==)
                    7 POP_JUMP_IF_FALSE        9 (to 9)

        3           8 JUMP                     2 (to 2)

        4     >>    9 LOAD_NAME                0 (x)
                   10 LOAD_NAME                1 (y)
                   11 COMPARE_OP               4 (>)
                   12 POP_JUMP_IF_FALSE        2 (to 2)

        5          13 POP_TOP
                   14 LOAD_CONST               3 (None)
                   15 RETURN_VALUE

        7     >>   16 LOAD_CONST               2 (0)
                   17 STORE_NAME               2 (z)
                   18 LOAD_CONST               3 (None)
                   19 RETURN_VALUE
      "
    `);
  });

  it('a while loop with a compound condition', () => {
    expect(dis('def f(n):\n    while n > 0 and not done:\n        n -= 1\n    return n\n')).toMatchInlineSnapshot(`
      "  1           0 LOAD_CONST               0 (<code object f, file "x.py", line 1>)
                    1 MAKE_FUNCTION            0
                    2 STORE_NAME               0 (f)
                    3 LOAD_CONST               1 (None)
                    4 RETURN_VALUE

      Disassembly of <code object f, file "x.py", line 1>:
        2           0 LOAD_FAST                0 (n)
                    1 LOAD_CONST               1 (0)
                    2 COMPARE_OP               4 (>)
                    3 POP_JUMP_IF_FALSE       16 (to 16)
                    4 LOAD_GLOBAL              0 (done)
                    5 POP_JUMP_IF_TRUE        16 (to 16)

        3     >>    6 LOAD_FAST                0 (n)
                    7 LOAD_CONST               2 (1)
                    8 BINARY_OP               23 (-=)
                    9 STORE_FAST               0 (n)

        2          10 LOAD_FAST                0 (n)
                   11 LOAD_CONST               1 (0)
                   12 COMPARE_OP               4 (>)
                   13 POP_JUMP_IF_FALSE       16 (to 16)
                   14 LOAD_GLOBAL              0 (done)
                   15 POP_JUMP_IF_FALSE        6 (to 6)

        4     >>   16 LOAD_FAST                0 (n)
                   17 RETURN_VALUE
      "
    `);
  });

  it('try / except as / else / finally', () => {
    expect(dis('def f():\n    try:\n        g()\n    except (KeyError, IndexError) as e:\n        h(e)\n    else:\n        i()\n    finally:\n        j()\n')).toMatchInlineSnapshot(`
      "  1           0 LOAD_CONST               0 (<code object f, file "x.py", line 1>)
                    1 MAKE_FUNCTION            0
                    2 STORE_NAME               0 (f)
                    3 LOAD_CONST               1 (None)
                    4 RETURN_VALUE

      Disassembly of <code object f, file "x.py", line 1>:
        3           0 PUSH_NULL
                    1 LOAD_GLOBAL              0 (g)
                    2 CALL                     0
                    3 POP_TOP

        7           4 PUSH_NULL
                    5 LOAD_GLOBAL              1 (i)
                    6 CALL                     0
                    7 POP_TOP
                    8 JUMP                    34 (to 34)
              >>    9 PUSH_EXC_INFO

        4          10 LOAD_GLOBAL              2 (KeyError)
                   11 LOAD_GLOBAL              3 (IndexError)
                   12 BUILD_TUPLE              2
                   13 CHECK_EXC_MATCH
                   14 POP_JUMP_IF_FALSE       30 (to 30)
                   15 STORE_FAST               0 (e)

        5          16 PUSH_NULL
                   17 LOAD_GLOBAL              4 (h)
                   18 LOAD_FAST                0 (e)
                   19 CALL                     1
                   20 POP_TOP
                   21 POP_EXCEPT
                   22 LOAD_CONST               0 (None)
                   23 STORE_FAST               0 (e)
                   24 DELETE_FAST              0 (e)
                   25 JUMP                    34 (to 34)
              >>   26 LOAD_CONST               0 (None)
                   27 STORE_FAST               0 (e)
                   28 DELETE_FAST              0 (e)
                   29 RERAISE                  1

        4     >>   30 RERAISE                  0
              >>   31 COPY                     3
                   32 POP_EXCEPT
                   33 RERAISE                  1

        9     >>   34 PUSH_NULL
                   35 LOAD_GLOBAL              5 (j)
                   36 CALL                     0
                   37 POP_TOP
                   38 LOAD_CONST               0 (None)
                   39 RETURN_VALUE
              >>   40 PUSH_EXC_INFO
                   41 PUSH_NULL
                   42 LOAD_GLOBAL              5 (j)
                   43 CALL                     0
                   44 POP_TOP
                   45 RERAISE                  0
              >>   46 COPY                     3
                   47 POP_EXCEPT
                   48 RERAISE                  1
      ExceptionTable:
        0 to 3 -> 9 [0]
        4 to 8 -> 40 [0]
        9 to 15 -> 31 [1] lasti
        16 to 20 -> 26 [1] lasti
        21 to 25 -> 40 [0]
        26 to 30 -> 31 [1] lasti
        31 to 33 -> 40 [0]
        40 to 45 -> 46 [1] lasti
      "
    `);
  });

  it('a with statement and a return inside it', () => {
    expect(dis('def f(path):\n    with open(path) as fh:\n        return fh.read()\n')).toMatchInlineSnapshot(`
      "  1           0 LOAD_CONST               0 (<code object f, file "x.py", line 1>)
                    1 MAKE_FUNCTION            0
                    2 STORE_NAME               0 (f)
                    3 LOAD_CONST               1 (None)
                    4 RETURN_VALUE

      Disassembly of <code object f, file "x.py", line 1>:
        2           0 PUSH_NULL
                    1 LOAD_GLOBAL              0 (open)
                    2 LOAD_FAST                0 (path)
                    3 CALL                     1
                    4 BEFORE_WITH
                    5 STORE_FAST               1 (fh)

        3           6 LOAD_FAST                1 (fh)
                    7 LOAD_METHOD              1 (read)
                    8 CALL                     0

        2           9 SWAP                     2
                   10 LOAD_CONST               0 (None)
                   11 LOAD_CONST               0 (None)
                   12 LOAD_CONST               0 (None)
                   13 CALL                     2
                   14 POP_TOP
                   15 RETURN_VALUE
              >>   16 PUSH_EXC_INFO
                   17 WITH_EXCEPT_START
                   18 POP_JUMP_IF_TRUE        23 (to 23)
                   19 RERAISE                  2
              >>   20 COPY                     3
                   21 POP_EXCEPT
                   22 RERAISE                  1
              >>   23 POP_TOP
                   24 POP_EXCEPT
                   25 POP_TOP
                   26 POP_TOP
                   27 LOAD_CONST               0 (None)
                   28 RETURN_VALUE
      ExceptionTable:
        5 to 8 -> 16 [1] lasti
        16 to 19 -> 20 [3] lasti
        23 to 23 -> 20 [3] lasti
      "
    `);
  });

  it('closures, a class with super(), the __class__ cell', () => {
    expect(dis('def outer():\n    n = 0\n    class C(Base):\n        def m(self):\n            return super().m() + n\n    return C\n')).toMatchInlineSnapshot(`
      "  1           0 LOAD_CONST               0 (<code object outer, file "x.py", line 1>)
                    1 MAKE_FUNCTION            0
                    2 STORE_NAME               0 (outer)
                    3 LOAD_CONST               1 (None)
                    4 RETURN_VALUE

      Disassembly of <code object outer, file "x.py", line 1>:
        2           0 LOAD_CONST               1 (0)
                    1 STORE_DEREF              0 (n)

        3           2 PUSH_NULL
                    3 LOAD_BUILD_CLASS
                    4 LOAD_CLOSURE             0 (n)
                    5 BUILD_TUPLE              1
                    6 LOAD_CONST               2 (<code object C, file "x.py", line 3>)
                    7 MAKE_FUNCTION            8 (closure)
                    8 LOAD_CONST               3 ('C')
                    9 LOAD_GLOBAL              0 (Base)
                   10 CALL                     3
                   11 STORE_FAST               0 (C)

        6          12 LOAD_FAST                0 (C)
                   13 RETURN_VALUE

      Disassembly of <code object C, file "x.py", line 3>:
        3           0 LOAD_NAME                0 (__name__)
                    1 STORE_NAME               1 (__module__)
                    2 LOAD_CONST               0 ('outer.<locals>.C')
                    3 STORE_NAME               2 (__qualname__)

        4           4 LOAD_CLOSURE             0 (__class__)
                    5 LOAD_CLOSURE             1 (n)
                    6 BUILD_TUPLE              2
                    7 LOAD_CONST               1 (<code object m, file "x.py", line 4>)
                    8 MAKE_FUNCTION            8 (closure)
                    9 STORE_NAME               3 (m)
                   10 LOAD_CLOSURE             0 (__class__)
                   11 COPY                     1
                   12 STORE_NAME               4 (__classcell__)
                   13 RETURN_VALUE

      Disassembly of <code object m, file "x.py", line 4>:
        5           0 PUSH_NULL
                    1 LOAD_GLOBAL              0 (super)
                    2 CALL                     0
                    3 LOAD_METHOD              1 (m)
                    4 CALL                     0
                    5 LOAD_DEREF               1 (n)
                    6 BINARY_OP                0 (+)
                    7 RETURN_VALUE
      "
    `);
  });

  it('a generator with yield from, a list comprehension with a condition', () => {
    expect(dis('def gen(xs):\n    yield from [x * 2 for x in xs if x]\n')).toMatchInlineSnapshot(`
      "  1           0 LOAD_CONST               0 (<code object gen, file "x.py", line 1>)
                    1 MAKE_FUNCTION            0
                    2 STORE_NAME               0 (gen)
                    3 LOAD_CONST               1 (None)
                    4 RETURN_VALUE

      Disassembly of <code object gen, file "x.py", line 1>:
        2           0 LOAD_CONST               1 (<code object <listcomp>, file "x.py", line 2>)
                    1 MAKE_FUNCTION            0
                    2 LOAD_FAST                0 (xs)
                    3 GET_ITER
                    4 CALL                     0
                    5 GET_YIELD_FROM_ITER
                    6 LOAD_CONST               0 (None)
              >>    7 SEND                    10 (to 10)
                    8 YIELD_VALUE
                    9 JUMP                     7 (to 7)
              >>   10 POP_TOP
                   11 LOAD_CONST               0 (None)
                   12 RETURN_VALUE

      Disassembly of <code object <listcomp>, file "x.py", line 2>:
        2           0 BUILD_LIST               0
                    1 LOAD_FAST                0 (.0)
              >>    2 FOR_ITER                11 (to 11)
                    3 STORE_FAST               1 (x)
                    4 LOAD_FAST                1 (x)
                    5 POP_JUMP_IF_FALSE        2 (to 2)
                    6 LOAD_FAST                1 (x)
                    7 LOAD_CONST               0 (2)
                    8 BINARY_OP                5 (*)
                    9 LIST_APPEND              2
                   10 JUMP                     2 (to 2)
              >>   11 RETURN_VALUE
      "
    `);
  });

  it('star-args calls, displays, f-strings, unpacking', () => {
    expect(dis('a, *b = f(*x, 1, **k)\nd = {"k": 1, **m}\ns = {*a, 2}\nt = f"{a!r:>{w}} and {b}"\n')).toMatchInlineSnapshot(`
      "  1           0 PUSH_NULL
                    1 LOAD_NAME                0 (f)
                    2 BUILD_LIST               0
                    3 LOAD_NAME                1 (x)
                    4 LIST_EXTEND              1
                    5 LOAD_CONST               0 (1)
                    6 LIST_APPEND              1
                    7 LIST_TO_TUPLE
                    8 BUILD_MAP                0
                    9 LOAD_NAME                2 (k)
                   10 DICT_MERGE               1
                   11 CALL_FUNCTION_EX         1
                   12 UNPACK_EX                1
                   13 STORE_NAME               3 (a)
                   14 STORE_NAME               4 (b)

        2          15 LOAD_CONST               1 ('k')
                   16 LOAD_CONST               0 (1)
                   17 BUILD_MAP                1
                   18 LOAD_NAME                5 (m)
                   19 DICT_UPDATE              1
                   20 STORE_NAME               6 (d)

        3          21 BUILD_SET                0
                   22 LOAD_NAME                3 (a)
                   23 SET_UPDATE               1
                   24 LOAD_CONST               2 (2)
                   25 SET_ADD                  1
                   26 STORE_NAME               7 (s)

        4          27 LOAD_NAME                3 (a)
                   28 LOAD_CONST               3 ('>')
                   29 LOAD_NAME                8 (w)
                   30 FORMAT_VALUE             0
                   31 BUILD_STRING             2
                   32 FORMAT_VALUE             6 (repr, with format)
                   33 LOAD_CONST               4 (' and ')
                   34 LOAD_NAME                4 (b)
                   35 FORMAT_VALUE             0
                   36 BUILD_STRING             3
                   37 STORE_NAME               9 (t)
                   38 LOAD_CONST               5 (None)
                   39 RETURN_VALUE
      "
    `);
  });

  it('an async function with await, async for and async with', () => {
    expect(dis('async def f(s):\n    async with s as c:\n        async for x in c:\n            await x\n')).toMatchInlineSnapshot(`
      "  1           0 LOAD_CONST               0 (<code object f, file "x.py", line 1>)
                    1 MAKE_FUNCTION            0
                    2 STORE_NAME               0 (f)
                    3 LOAD_CONST               1 (None)
                    4 RETURN_VALUE

      Disassembly of <code object f, file "x.py", line 1>:
        2           0 LOAD_FAST                0 (s)
                    1 BEFORE_ASYNC_WITH
                    2 GET_AWAITABLE            1
                    3 LOAD_CONST               0 (None)
              >>    4 SEND                     7 (to 7)
                    5 YIELD_VALUE
                    6 JUMP                     4 (to 4)
              >>    7 STORE_FAST               1 (c)

        3           8 LOAD_FAST                1 (c)
                    9 GET_AITER
              >>   10 GET_ANEXT
                   11 LOAD_CONST               0 (None)
              >>   12 SEND                    15 (to 15)
                   13 YIELD_VALUE
                   14 JUMP                    12 (to 12)
              >>   15 STORE_FAST               2 (x)

        4          16 LOAD_FAST                2 (x)
                   17 GET_AWAITABLE            0
                   18 LOAD_CONST               0 (None)
              >>   19 SEND                    22 (to 22)
                   20 YIELD_VALUE
                   21 JUMP                    19 (to 19)
              >>   22 POP_TOP
                   23 JUMP                    10 (to 10)

        3     >>   24 END_ASYNC_FOR

        2          25 LOAD_CONST               0 (None)
                   26 LOAD_CONST               0 (None)
                   27 LOAD_CONST               0 (None)
                   28 CALL                     2
                   29 GET_AWAITABLE            2
                   30 LOAD_CONST               0 (None)
              >>   31 SEND                    34 (to 34)
                   32 YIELD_VALUE
                   33 JUMP                    31 (to 31)
              >>   34 POP_TOP
                   35 LOAD_CONST               0 (None)
                   36 RETURN_VALUE
              >>   37 PUSH_EXC_INFO
                   38 WITH_EXCEPT_START
                   39 GET_AWAITABLE            2
                   40 LOAD_CONST               0 (None)
              >>   41 SEND                    44 (to 44)
                   42 YIELD_VALUE
                   43 JUMP                    41 (to 41)
              >>   44 POP_JUMP_IF_TRUE        49 (to 49)
                   45 RERAISE                  2
              >>   46 COPY                     3
                   47 POP_EXCEPT
                   48 RERAISE                  1
              >>   49 POP_TOP
                   50 POP_EXCEPT
                   51 POP_TOP
                   52 POP_TOP
                   53 LOAD_CONST               0 (None)
                   54 RETURN_VALUE
      ExceptionTable:
        7 to 9 -> 37 [1] lasti
        10 to 14 -> 24 [2]
        15 to 24 -> 37 [1] lasti
        37 to 45 -> 46 [3] lasti
        49 to 49 -> 46 [3] lasti
      "
    `);
  });

  it('imports', () => {
    expect(dis('import a.b.c\nimport a.b as d\nfrom . import e\nfrom ..f import g as h, i\n')).toMatchInlineSnapshot(`
      "  1           0 LOAD_CONST               0 (0)
                    1 LOAD_CONST               1 (None)
                    2 IMPORT_NAME              0 (a.b.c)
                    3 STORE_NAME               1 (a)

        2           4 LOAD_CONST               0 (0)
                    5 LOAD_CONST               1 (None)
                    6 IMPORT_NAME              2 (a.b)
                    7 IMPORT_FROM              3 (b)
                    8 STORE_NAME               4 (d)
                    9 POP_TOP

        3          10 LOAD_CONST               2 (1)
                   11 LOAD_CONST               3 (('e',))
                   12 IMPORT_NAME              5
                   13 IMPORT_FROM              6 (e)
                   14 STORE_NAME               6 (e)
                   15 POP_TOP

        4          16 LOAD_CONST               4 (2)
                   17 LOAD_CONST               5 (('g', 'i'))
                   18 IMPORT_NAME              7 (f)
                   19 IMPORT_FROM              8 (g)
                   20 STORE_NAME               9 (h)
                   21 IMPORT_FROM             10 (i)
                   22 STORE_NAME              10 (i)
                   23 POP_TOP
                   24 LOAD_CONST               1 (None)
                   25 RETURN_VALUE
      "
    `);
  });
});
