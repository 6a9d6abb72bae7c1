# Helper package for circular import checks.
