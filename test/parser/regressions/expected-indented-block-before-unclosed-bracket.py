def f():
(
