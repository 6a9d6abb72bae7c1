"""Generic (shallow and deep) copying operations.

Interface summary:

        import copy

        x = copy.copy(y)                # make a shallow copy of y
        x = copy.deepcopy(y)            # make a deep copy of y
        x = copy.deepcopy(y, memo)      # deep copy with an existing memo dict

For module specific errors, copy.Error is raised.

Classes can control copying with __copy__(self) and __deepcopy__(self, memo), or with the
pickle protocol's __reduce_ex__/__reduce__, __getnewargs__, __getstate__ and __setstate__.
Without those, an instance is copied as CPython's object.__reduce_ex__(4) would have it: a new
object made by cls.__new__(cls) that receives the instance's __dict__ and __slots__ values, and
the items of a list, dict or set it subclasses. Instances of built-in types that are not
copyable raise TypeError("cannot pickle '...' object"). The copyreg registry is not consulted.
"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error   # backward compatibility

_HEAPTYPE = 1 << 9


def _is_heap_type(cls):
    flags = getattr(cls, '__flags__', None)
    if flags is None:
        return cls.__module__ != 'builtins'
    return bool(flags & _HEAPTYPE)


def _function_type():
    return type(_function_type)


# Types whose values are immutable (or treated as such): copies are the objects themselves.
_ATOMIC = {type(None), int, float, bool, complex, str, bytes, tuple, frozenset, type, range,
           slice, property, type(Ellipsis), type(NotImplemented), type(len), _function_type(),
           type(_function_type.__code__)}


def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)
    if cls in _ATOMIC:
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # Objects that are their own copies are not memoized.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # The tuple may have been copied already while copying its items (a cycle through it).
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


def _deepcopy_bytearray(x, memo):
    return bytearray(x)


_deepcopy_dispatch = {t: _deepcopy_atomic for t in _ATOMIC if t not in (tuple, frozenset)}
_deepcopy_dispatch[list] = _deepcopy_list
_deepcopy_dispatch[tuple] = _deepcopy_tuple
_deepcopy_dispatch[dict] = _deepcopy_dict
_deepcopy_dispatch[bytearray] = _deepcopy_bytearray


class _C:
    def _m(self):
        pass


_deepcopy_dispatch[type(_C()._m)] = _deepcopy_method
del _C


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo, so that its id cannot be reused by
    another object while the copy is going on."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _reduce(x, cls):
    # The class's own __reduce_ex__ or __reduce__ if it has one; else object.__reduce_ex__(4).
    base_reduce_ex = getattr(object, '__reduce_ex__', None)
    reductor = getattr(cls, '__reduce_ex__', None)
    if reductor is not None and reductor is not base_reduce_ex:
        rv = reductor(x, 4)
    else:
        base_reduce = getattr(object, '__reduce__', None)
        reductor = getattr(cls, '__reduce__', None)
        if reductor is not None and reductor is not base_reduce:
            rv = reductor(x)
        else:
            rv = _default_reduce(x, cls)
    return rv


_NATIVE_VALUE_TYPES = (int, float, complex, str, bytes, tuple, frozenset)


def _default_reduce(x, cls):
    # As CPython's reduce_newobj() (Objects/typeobject.c): cls.__new__(cls, *args), then the
    # state, then the list or dict items.
    native = cls
    while _is_heap_type(native):
        native = native.__base__
    getnewargs = getattr(x, '__getnewargs__', None)
    if getnewargs is not None:
        args = getnewargs()
    elif native in _NATIVE_VALUE_TYPES:
        args = (native(x) if native is not str else str.__str__(x),)
    elif native in (object, list, dict, set, BaseException) or issubclass(native, BaseException):
        args = ()
    else:
        raise TypeError(f"cannot pickle '{native.__name__}' object")
    if issubclass(native, (set, frozenset)) and native is not frozenset:
        args = (list(x),)
    state = _getstate(x, cls)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    if issubclass(native, BaseException):
        return (cls, x.args, state, listitems, dictitems)
    if issubclass(native, set):
        return (cls, args, state, listitems, dictitems)
    return (_newobj, (cls,) + tuple(args), state, listitems, dictitems)


def _getstate(x, cls):
    # A __getstate__ of the class's own (object's default one is what follows).
    getstate = getattr(x, '__getstate__', None)
    default = getattr(object, '__getstate__', None)
    if getstate is not None and getattr(cls, '__getstate__', None) is not default:
        return getstate()
    state = getattr(x, '__dict__', None)
    if not state:
        state = None
    slots = {}
    for klass in cls.__mro__:
        names = klass.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = f"_{klass.__name__.lstrip('_')}{name}"
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    if slots:
        return (state, slots)
    return state


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
