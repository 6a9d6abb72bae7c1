// Shapes of instance dicts: the hidden classes of V8 and the shared keys of CPython's split dicts,
// reduced to what the attribute caches need.
//
// An instance dict (made by instanceDict) starts at its class's root shape and, while every key
// it gains is a str and it loses none, moves along the shape tree one transition per new key.
// Two dicts with the same shape therefore hold the same str keys in the same order, and the
// dict keeps its entries in that order in `slots` as well as in its Map. An inline cache that saw
// a name at slot i of a shape reads `slots[i]` of any dict with that shape, with no Map probe
// (src/vm/attr-cache.ts). Any other change (a deleted key, a non-str key, clear()) drops the dict
// out of the tree for good: it keeps working as a plain dict.
//
// The tree lives on the class, so it goes away with it, and is bounded: a shape holds at most
// MAX_SHAPE_KEYS keys and a class's tree at most MAX_TREE_SHAPES shapes; past either, a dict
// that would need a new shape just stops being shaped. Shapes change nothing a program can see:
// iteration order, heap figures and instruction counts are the dict's own.

/** MAX_SHAPE_KEYS: the most keys a shaped dict holds. */
const MAX_SHAPE_KEYS = 64;
/** MAX_TREE_SHAPES: the most shapes one class's tree holds. */
const MAX_TREE_SHAPES = 1024;

/** Shape: one node of a class's shape tree: the str keys added so far, in order. */
export class Shape {
  /** transitions: the shape reached by adding each key, made on first use. */
  private transitions: Map<string, Shape> | null = null;
  /** count: shapes in the tree (kept on the root). */
  private count = 1;
  private constructor(
    private readonly root: Shape | null,
    readonly size: number,
  ) {}

  /** newRoot: the empty shape at the root of a new tree. */
  static newRoot(): Shape {
    return new Shape(null, 0);
  }

  /** next: the shape after adding key k, or null when the tree may not grow that way. */
  next(k: string): Shape | null {
    const found = this.transitions?.get(k);
    if (found !== undefined) return found;
    const root = this.root ?? this;
    if (this.size >= MAX_SHAPE_KEYS || root.count >= MAX_TREE_SHAPES) return null;
    root.count++;
    const s = new Shape(root, this.size + 1);
    (this.transitions ??= new Map()).set(k, s);
    return s;
  }
}
