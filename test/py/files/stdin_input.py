# Standard streams: input() with and without prompts, sys.stdin readline/read/iteration to EOF, EOFError, Unicode lines, stream attributes, stdout.write and buffer.write.
import io
import sys
from _support import attempt


# Attributes that do not depend on the host (pipes vs terminals, locale error handlers).
print(sys.stdin.fileno(), sys.stdout.fileno(), sys.stderr.fileno())
print(sys.stdin.name, sys.stdout.name, sys.stderr.name, sys.stdin.mode, sys.stdout.mode)
print(sys.stdin.encoding, sys.stdout.encoding, sys.stderr.encoding, sys.stderr.errors)
print(repr(sys.stdin))
print(repr(sys.stdout))
print(repr(sys.stdin.buffer), sys.stdin.buffer.mode, sys.stdin.buffer.name, sys.stdout.buffer.mode)
print(sys.stdin.readable(), sys.stdin.writable(), sys.stdout.readable(), sys.stdout.writable())
print(sys.stdin.isatty(), sys.stdout.isatty(), sys.stdin.closed, sys.stdout.closed)
print(sys.__stdin__ is sys.stdin, sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr)
print(isinstance(sys.stdin, io.TextIOBase), isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stdout, io.IOBase))
print(type(sys.stdin).__name__, type(sys.stdin.buffer).__name__)
attempt('stdin write', lambda: sys.stdin.write('x'))
attempt('stdout read', lambda: sys.stdout.read())
attempt('stdout readline', lambda: sys.stdout.readline())
attempt('stdout write bytes', lambda: sys.stdout.write(b'x'))
attempt('stdout write int', lambda: sys.stdout.write(3))
attempt('stdout write None', lambda: sys.stdout.write(None))
attempt('stdout writelines int', lambda: sys.stdout.writelines(5))
attempt('stdout writelines bytes', lambda: sys.stdout.writelines([b'x']))
attempt('stdout buffer write str', lambda: sys.stdout.buffer.write('x'))
attempt('stdout lone surrogate', lambda: print('\ud800'))

# input() without and with a prompt (the prompt goes to stdout, with no newline).
line = input()
print(repr(line))
line = input('prompt> ')
print(repr(line))
line = input('')
print(repr(line), len(line), [hex(ord(c)) for c in line if ord(c) > 127])
print(repr(input(42)))

# readline, readline(size), read(n).
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.readline(1)), repr(sys.stdin.read(2)), repr(sys.stdin.readline(3)), repr(sys.stdin.readline()))
print(repr(sys.stdin.readline(7)), repr(sys.stdin.readline(0)), repr(sys.stdin.readline()))
print(repr(sys.stdin.read(4)), repr(sys.stdin.read(0)), repr(input()))
print(repr(sys.stdin.readline(-1)))

# Iteration over the rest: the last line has no newline.
rest = []
for line in sys.stdin:
    rest.append(line)
print(len(rest))
for line in rest:
    print(repr(line))
print(rest[-1].endswith('\n'), [len(s) for s in rest])

# At EOF.
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines(), list(sys.stdin))
print(repr(sys.stdin.read(5)))
attempt('input at EOF', input)
attempt('input with prompt at EOF', lambda: input('eof prompt: '))
print()
try:
    input()
except EOFError as e:
    print(type(e).__name__, e.args, isinstance(e, Exception))

# stdout.write returns the number of characters; buffer.write the number of bytes.
n = sys.stdout.write('h\u00e9llo \U0001f600\n')
print('write returned', n)
print('empty write returned', sys.stdout.write(''))
sys.stdout.flush()
n = sys.stdout.buffer.write('b\u00fcffer\n'.encode('utf-8'))
sys.stdout.buffer.flush()
print('buffer.write returned', n)
sys.stdout.flush()
print(sys.stdout.buffer.write(bytearray(b'bytearray\n')), flush=True)
sys.stdout.buffer.flush()
print(sys.stdout.buffer.write(memoryview(b'memoryview\n')), flush=True)
sys.stdout.buffer.flush()
print('flushed', end='\n', flush=True)
print(sys.stdout.flush(), sys.stdout.buffer.flush())
print('a', 'b', sep='', end='', flush=True)
print()
sys.stdout.writelines(['w1 ', 'w2\n'])
print('unicode', '\u00e9\u00e8', '\u65e5\u672c', '\U0001f680', sep=' | ')

# print's file argument and redirection of sys.stdout/stdin.
buf = io.StringIO()
print('captured', file=buf)
print(repr(buf.getvalue()))
print('explicit stdout', file=sys.stdout)
print('explicit None', file=None)
attempt('print to non-file', lambda: print('x', file=42))
attempt('print bad sep', lambda: print('x', sep=1))
saved_in, saved_out = sys.stdin, sys.stdout
sys.stdin = io.StringIO('fake one\nfake two')
sys.stdout = capture = io.StringIO()
a = input('P1 ')
b = input('P2 ')
try:
    input('P3 ')
except EOFError as e:
    c = str(e)
sys.stdin, sys.stdout = saved_in, saved_out
print(repr(a), repr(b), repr(c), repr(capture.getvalue()))
sys.stdin = None
attempt('input with no stdin', input)
sys.stdin = saved_in
sys.stdout = None
print('printed to nowhere')
sys.stdout = saved_out
print('stdout restored')

# Closing stdin.
sys.stdin.close()
print(sys.stdin.closed)
attempt('readline on closed stdin', sys.stdin.readline)
attempt('read on closed stdin', sys.stdin.read)
attempt('input on closed stdin', input)

# stderr: only the last line of stderr is compared, and it is this one.
sys.stdout.flush()
print('stderr write returned', sys.stderr.write('done on stderr\n'))
