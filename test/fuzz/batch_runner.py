# Runs a batch of Python programs in this one CPython process, each in a fresh __main__
# namespace, and prints for each what it wrote to stdout and the name of the exception that ended
# it (None when it completed). Input: a JSON list of sources on stdin; output: a JSON list.
import builtins
import contextlib
import io
import json
import sys

results = []
for source in json.load(sys.stdin):
    out = io.StringIO()
    error = None
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(source, '<generated>', 'exec'), {'__name__': '__main__', '__builtins__': builtins})
    except BaseException as e:  # the program's own end, whatever it was
        error = type(e).__name__
    results.append({'stdout': out.getvalue(), 'error': error})
json.dump(results, sys.stdout)
