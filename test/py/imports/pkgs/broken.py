# Helper: raises during import so that the failed module is not cached in sys.modules.
import pkgs
pkgs.LOADED.append("broken-attempt")
raise ValueError("broken on purpose")
