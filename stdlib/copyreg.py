"""Support for object.__reduce_ex__ and for registering reduction functions (copy and pickle).

object.__reduce_ex__(protocol) returns (copyreg.__newobj__, (cls, *args), state, listitems,
dictitems) for protocol 2 and above, and what _reduce_ex() below computes for protocols 0 and 1.
pickle() and constructor() keep the dispatch table that copy consults.
"""

__all__ = ['pickle', 'constructor', 'dispatch_table', '__newobj__', '__newobj_ex__', '_reconstructor']

dispatch_table = {}

_HEAPTYPE = 1 << 9


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register pickle_function as the reduction function of ob_type."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    """Check that object can serve as a constructor in a reduction."""
    if not callable(object):
        raise TypeError("constructors must be callable")


def __newobj__(cls, *args):
    """Make an instance of cls without calling __init__ (protocol 2 reductions)."""
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Like __newobj__, with keyword arguments for cls.__new__."""
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    """Rebuild an instance of cls whose builtin base part is state (protocols 0 and 1)."""
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _reduce_ex(self, proto):
    """The reduction of protocols 0 and 1: the nearest builtin base class carries the value."""
    assert proto < 2
    cls = self.__class__
    for base in cls.__mro__:
        if not base.__flags__ & _HEAPTYPE:
            break
        new = base.__new__
        if getattr(new, '__self__', None) is base and type(new).__name__ == 'builtin_function_or_method':
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        if getattr(self, "__slots__", None):
            raise TypeError(f"cannot pickle {cls.__name__!r} object: a class that defines __slots__ "
                            f"without defining __getstate__ cannot be pickled with protocol {proto}") from None
        try:
            dict = self.__dict__
        except AttributeError:
            dict = None
    else:
        if (type(self).__getstate__ is object.__getstate__ and
                getattr(self, "__slots__", None)):
            raise TypeError("a class that defines __slots__ without defining __getstate__ cannot be pickled")
        dict = getstate()
    if dict:
        return _reconstructor, args, dict
    return _reconstructor, args


def _slotnames(cls):
    """The names of the slots of cls and its bases (mangled as they are stored)."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" in c.__dict__:
                slots = c.__dict__['__slots__']
                if isinstance(slots, str):
                    slots = (slots,)
                for name in slots:
                    if name in ("__dict__", "__weakref__"):
                        continue
                    elif name.startswith('__') and not name.endswith('__'):
                        stripped = c.__name__.lstrip('_')
                        names.append(f'_{stripped}{name}' if stripped else name)
                    else:
                        names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names
