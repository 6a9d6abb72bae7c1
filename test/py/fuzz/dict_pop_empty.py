# dict.pop on an empty dict returns the default (or raises KeyError) without hashing the key (found by test/fuzz/expressions.test.ts).
print({}.pop([], 'default'))
print({}.pop({}, None))
try:
    {}.pop([])
except Exception as e:
    print(type(e).__name__, e)
try:
    {1: 2}.pop([], 0)
except Exception as e:
    print(type(e).__name__, e)
