"""The CPython side of scripts/conformance-ast.mjs: one process for the whole run.

Reads file paths from stdin, one per line, and answers each with one JSON line on stdout:
{"dump": ast.dump(ast.parse(open(path).read()))}, or {"excluded": "why"} when CPython itself
cannot read or parse the file. With --attributes, dumps include positions (include_attributes=True).
"""
import ast
import json
import sys

attributes = '--attributes' in sys.argv[1:]
sys.setrecursionlimit(10000)
for line in sys.stdin:
    path = line.rstrip('\n')
    try:
        with open(path, encoding='utf-8') as f:
            source = f.read()
        reply = {'dump': ast.dump(ast.parse(source), include_attributes=attributes)}
    except (SyntaxError, UnicodeDecodeError, ValueError, RecursionError, MemoryError) as e:
        reply = {'excluded': '%s: %s' % (type(e).__name__, e)}
    sys.stdout.write(json.dumps(reply) + '\n')
    sys.stdout.flush()
