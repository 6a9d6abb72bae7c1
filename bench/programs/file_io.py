# File IO: writes 10 MB through open() in text mode and reads it back, then the same in binary
# mode (in the sandbox, to the in-memory file system; under CPython, to the working directory).
import os

NAME = 'terrarium-bench-io.tmp'
MB10 = 10 * 2**20

line = 'the quick brown fox jumps over the lazy dog, 0123456789 times\n'
text = line * (MB10 // len(line))
with open(NAME, 'w') as f:
    f.write(text)
with open(NAME) as f:
    back = f.read()
assert back == text

data = bytes(range(256)) * (MB10 // 256)
with open(NAME, 'wb') as f:
    f.write(data)
with open(NAME, 'rb') as f:
    got = f.read()
assert got == data

os.remove(NAME)
print(len(back), len(got))
