# Sibling helper module imported by other tests; when run directly it checks __name__ == '__main__'.
GREETING = "hello from sibling"
LOAD_COUNT = 0
LOAD_COUNT += 1
def shout(s):
    return s.upper() + "!"
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return "%s, %s" % (GREETING, self.name)
def module_name():
    return __name__
if __name__ == "__main__":
    print("mod_sibling run as main:", __name__)
    assert shout("x") == "X!", "shout works when run directly"
    assert module_name() == "__main__", "functions see the module's __name__"
    print(Greeter("main").greet(), LOAD_COUNT)
else:
    print("mod_sibling imported as", __name__)
