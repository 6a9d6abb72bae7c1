# Checks importing a sibling module from the script's directory, __name__ values, and import forms.
import sys
print(__name__, __name__ == "__main__")
import mod_sibling
print(mod_sibling.GREETING, mod_sibling.shout("hi"), mod_sibling.__name__)
import mod_sibling as ms
print(ms is mod_sibling)
from mod_sibling import shout, GREETING as G
print(shout("a"), G)
print("mod_sibling" in sys.modules, sys.modules["mod_sibling"] is mod_sibling)
print(type(mod_sibling).__name__, "shout" in dir(mod_sibling))
print(sys.modules["__main__"].__name__, "sibling_and_main" in sys.modules)
main_mod = sys.modules["__main__"]
marker = "main-global"
print(main_mod.marker)
print(sys.path[0].replace("\\", "/").endswith("imports"))
g = mod_sibling.Greeter("tester")
print(g.greet(), type(g).__module__, mod_sibling.Greeter.__qualname__)
print(mod_sibling.module_name(), mod_sibling.LOAD_COUNT)
import mod_sibling
print(mod_sibling.LOAD_COUNT, "module body ran once")
mod_sibling.GREETING = "patched"
print(g.greet(), shout.__module__)
