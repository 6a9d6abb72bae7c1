# Recursive calls: naive Fibonacci, plus a mutually recursive pair and a recursive
# sum with default arguments. Almost all of the time is function call and return.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def tree_sum(depth, value=1):
    if depth == 0:
        return value
    return tree_sum(depth - 1, value * 2 % 1009) + tree_sum(depth - 1, value + 3)


f = fib(28)
parity = 0
for k in range(300):
    if is_even(k + 200):
        parity += 1
t = tree_sum(14)
print(f"fib(28)={f} even={parity} tree={t}")
