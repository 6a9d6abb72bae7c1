# Runs a batch of generated file-system programs (test/fuzz/filesystem.test.ts) in this one CPython
# process, each in a fresh __main__ namespace with a fresh, empty temporary directory as its working
# directory, removed afterwards. Input: a JSON list of sources on stdin; output: a JSON list of
# {stdout, error} (error: the name of an exception that escaped the program, else None).
#
# The programs touch the host's file system, so before running one this checks that it cannot
# reach outside its directory: every string constant in it must be a relative path that stays
# inside (no leading '/', no '..' that climbs above the start), and it may not create links or
# call anything that spawns or deletes trees. A program that fails the check is not run (its error
# is 'Rejected'). The working directory is also nested two levels inside the temporary directory,
# so that even a '..' the check missed would land inside it.
import ast
import builtins
import contextlib
import io
import json
import os
import posixpath
import shutil
import sys
import tempfile

FORBIDDEN_NAMES = {'symlink', 'link', 'system', 'popen', 'spawnl', 'execv', 'rmtree', 'removedirs', 'renames',
                   'exec', 'eval', 'compile', '__import__', 'open_code', 'fchdir', 'chroot'}
ALLOWED_IMPORTS = {'os', 'stat', 'os.path'}


def safe(source):
    """safe: whether the program stays inside its working directory (see the top of the file)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return False
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes)):
            text = node.value.decode('latin-1') if isinstance(node.value, bytes) else node.value
            if text.startswith('/') or '\0' in text:
                return False
            if posixpath.normpath(text).split('/')[0] == '..':
                return False
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module]
            if any(n not in ALLOWED_IMPORTS for n in names):
                return False
        elif isinstance(node, ast.Name) and node.id in FORBIDDEN_NAMES:
            return False
        elif isinstance(node, ast.Attribute) and node.attr in FORBIDDEN_NAMES:
            return False
        elif isinstance(node, ast.JoinedStr):
            return False
    return True


def main():
    home = os.getcwd()
    results = []
    for source in json.load(sys.stdin):
        if not safe(source):
            results.append({'stdout': '', 'error': 'Rejected'})
            continue
        base = tempfile.mkdtemp(prefix='terrarium-fsfuzz-')
        work = os.path.join(base, 'w', 'root')
        os.makedirs(work)
        out = io.StringIO()
        error = None
        os.chdir(work)
        try:
            with contextlib.redirect_stdout(out):
                exec(compile(source, '<generated>', 'exec'), {'__name__': '__main__', '__builtins__': builtins})
        except BaseException as e:  # the program's own end, whatever it was
            error = type(e).__name__
        finally:
            os.chdir(home)
            shutil.rmtree(base, ignore_errors=True)
        results.append({'stdout': out.getvalue(), 'error': error})
    json.dump(results, sys.stdout)


main()
