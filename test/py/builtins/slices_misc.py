# Checks slice objects, hash/id consistency rules, iter with sentinel, memoryview-free misc builtins (setattr on classes, NotImplemented, Ellipsis).
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
data = list(range(12))
print(data[s], data[slice(3)], data[slice(None, None, -3)], "abcdef"[slice(1, -1)])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
class ShowKey:
    def __getitem__(self, k): return k
sk = ShowKey()
print(sk[1:2], sk[::3], sk[1, 2], sk[1:2, 3], sk[...], sk[:])
print(NotImplemented, Ellipsis, type(NotImplemented).__name__)
lst = [1, 2, 3, 4, 5]
lst[slice(1, 3)] = ["x"]
print(lst)
del lst[slice(None, None, 2)]
print(lst)
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(e)
try:
    [1, 2, 3][::0]
except ValueError as e:
    print(e)
try:
    lst = [1, 2, 3, 4]
    lst[::2] = [1]
except ValueError as e:
    print(e)
print("hello"[::-1], "hello"[1:100], "hello"[-100:2], "hello"[4:1], (1, 2, 3)[::2])
print(list(range(10))[-3:], list(range(10))[:-7], list(range(10))[8:2:-2])
