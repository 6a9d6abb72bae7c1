# Object-model end-to-end check (generics.py): must print what python3 prints (addresses aside).
def f(x: int | None = None, y: list[int] = [], z: 'str' = '') -> dict[str, int]:
    return x
print(f(1), f.__annotations__)
print(list[int], tuple[int, ...], tuple[()], type[int], dict[str, list[int]])
print(int | str, int | None, None | int, list[int] | None, int | int, type(int | str).__name__)
print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, int | str))
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
try:
    int | 1
except TypeError as e:
    print(e)
print(list[int]() , list[int].__origin__, list[int].__args__, list[int] == list[int], (int | str) == (str | int))
class L(list[int]):
    pass
print(L.__bases__, L.__orig_bases__, L([1, 2]))
print(ExceptionGroup[ValueError])
