# Helper module: counts how many times its body executes (should be once thanks to sys.modules).
import pkgs
pkgs.LOADED.append("counter_mod")
executions = getattr(pkgs, "_counter_runs", 0) + 1
pkgs._counter_runs = executions
value = 42
def twice(x):
    return 2 * x
_private = "hidden"
