// list.sort()'s algorithm: a port of CPython 3.11's Objects/listobject.c listsort() (timsort with
// the powersort merge policy, binary insertion for short runs, galloping merges). Only `<` is used,
// through the caller's lt(), and the sort is stable; following CPython step by step means the same
// comparisons happen in the same order, so even inconsistent orderings (NaNs, __lt__ with side
// effects) give CPython's result.

import type { PyValue } from './object.js';

/** LessThan: the sort's comparison, a < b (may throw a Python exception). */
export type LessThan = (a: PyValue, b: PyValue) => boolean;

const MIN_GALLOP = 7;

interface Run {
  base: number;
  len: number;
  power: number;
}

/** computeMinrun: merge_compute_minrun(). */
function computeMinrun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n = Math.floor(n / 2);
  }
  return n + r;
}

/** powerloop: the "power" of the run boundary between two adjacent runs (listsort.txt). */
function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) break;
    a *= 2;
    b *= 2;
  }
  return result;
}

class MergeState {
  minGallop = MIN_GALLOP;
  pending: Run[] = [];

  constructor(
    readonly keys: PyValue[],
    readonly values: PyValue[] | null,
    readonly lt: LessThan,
  ) {}

  /** binarysort: sorts [lo, hi) by binary insertion, given that [lo, start) is sorted. */
  binarysort(lo: number, hi: number, start: number): void {
    const { keys, values, lt } = this;
    if (lo === start) ++start;
    for (; start < hi; ++start) {
      let l = lo;
      let r = start;
      const pivot = keys[r]!;
      do {
        const p = l + ((r - l) >> 1);
        if (lt(pivot, keys[p]!)) r = p;
        else l = p + 1;
      } while (l < r);
      for (let p = start; p > l; --p) keys[p] = keys[p - 1]!;
      keys[l] = pivot;
      if (values !== null) {
        const pv = values[start]!;
        for (let p = start; p > l; --p) values[p] = values[p - 1]!;
        values[l] = pv;
      }
    }
  }

  /** countRun: the length of the run at lo (ascending, or strictly descending) and whether it descends. */
  countRun(lo: number, hi: number): [number, boolean] {
    const { keys, lt } = this;
    ++lo;
    if (lo === hi) return [1, false];
    let n = 2;
    if (lt(keys[lo]!, keys[lo - 1]!)) {
      for (lo = lo + 1; lo < hi; ++lo, ++n) {
        if (!lt(keys[lo]!, keys[lo - 1]!)) break;
      }
      return [n, true];
    }
    for (lo = lo + 1; lo < hi; ++lo, ++n) {
      if (lt(keys[lo]!, keys[lo - 1]!)) break;
    }
    return [n, false];
  }

  reverse(lo: number, hi: number): void {
    reverseRange(this.keys, lo, hi);
    if (this.values !== null) reverseRange(this.values, lo, hi);
  }

  /** gallopLeft: k with a[k-1] < key <= a[k] in a[base .. base+n), searching from hint. */
  gallopLeft(key: PyValue, a: PyValue[], base: number, n: number, hint: number): number {
    const lt = this.lt;
    let lastofs = 0;
    let ofs = 1;
    if (lt(a[base + hint]!, key)) {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (lt(a[base + hint + ofs]!, key)) {
          lastofs = ofs;
          ofs = ofs * 2 + 1;
        } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (lt(a[base + hint - ofs]!, key)) break;
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
    ++lastofs;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (lt(a[base + m]!, key)) lastofs = m + 1;
      else ofs = m;
    }
    return ofs;
  }

  /** gallopRight: k with a[k-1] <= key < a[k] in a[base .. base+n), searching from hint. */
  gallopRight(key: PyValue, a: PyValue[], base: number, n: number, hint: number): number {
    const lt = this.lt;
    let lastofs = 0;
    let ofs = 1;
    if (lt(key, a[base + hint]!)) {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (lt(key, a[base + hint - ofs]!)) {
          lastofs = ofs;
          ofs = ofs * 2 + 1;
        } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    } else {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (lt(key, a[base + hint + ofs]!)) break;
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    ++lastofs;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (lt(key, a[base + m]!)) ofs = m;
      else lastofs = m + 1;
    }
    return ofs;
  }

  /**
   * mergeLo: merges runs [ssa, ssa+na) and [ssb, ssb+nb) (na <= nb) through a copy of A. The
   * element moves are written out inline (closures over the cursors cost a third of the sort).
   */
  mergeLo(ssa: number, na: number, ssb: number, nb: number): void {
    const { keys, values, lt } = this;
    const tk = keys.slice(ssa, ssa + na);
    const tv = values === null ? null : values.slice(ssa, ssa + na);
    let dest = ssa;
    let pa = 0;
    let pb = ssb;
    let copyB = false;
    try {
      keys[dest] = keys[pb]!;
      if (values !== null) values[dest] = values[pb]!;
      dest++;
      pb++;
      --nb;
      if (nb === 0) return;
      if (na === 1) {
        copyB = true;
        return;
      }
      let minGallop = this.minGallop;
      for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (lt(keys[pb]!, tk[pa]!)) {
            keys[dest] = keys[pb]!;
            if (values !== null) values[dest] = values[pb]!;
            dest++;
            pb++;
            ++bcount;
            acount = 0;
            --nb;
            if (nb === 0) return;
            if (bcount >= minGallop) break;
          } else {
            keys[dest] = tk[pa]!;
            if (values !== null) values[dest] = tv![pa]!;
            dest++;
            pa++;
            ++acount;
            bcount = 0;
            --na;
            if (na === 1) {
              copyB = true;
              return;
            }
            if (acount >= minGallop) break;
          }
        }
        ++minGallop;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let k = this.gallopRight(keys[pb]!, tk, pa, na, 0);
          acount = k;
          if (k) {
            for (let i = 0; i < k; i++) {
              keys[dest] = tk[pa]!;
              if (values !== null) values[dest] = tv![pa]!;
              dest++;
              pa++;
            }
            na -= k;
            if (na === 1) {
              copyB = true;
              return;
            }
            if (na === 0) return;
          }
          keys[dest] = keys[pb]!;
          if (values !== null) values[dest] = values[pb]!;
          dest++;
          pb++;
          --nb;
          if (nb === 0) return;
          k = this.gallopLeft(tk[pa]!, keys, pb, nb, 0);
          bcount = k;
          if (k) {
            for (let i = 0; i < k; i++) {
              keys[dest] = keys[pb]!;
              if (values !== null) values[dest] = values[pb]!;
              dest++;
              pb++;
            }
            nb -= k;
            if (nb === 0) return;
          }
          keys[dest] = tk[pa]!;
          if (values !== null) values[dest] = tv![pa]!;
          dest++;
          pa++;
          --na;
          if (na === 1) {
            copyB = true;
            return;
          }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++minGallop;
        this.minGallop = minGallop;
      }
    } finally {
      if (copyB) {
        // The rest of B, then the last element of A, which belongs at the end of the merge.
        for (let i = 0; i < nb; i++) {
          keys[dest] = keys[pb]!;
          if (values !== null) values[dest] = values[pb]!;
          dest++;
          pb++;
        }
      }
      for (let i = 0; i < na; i++) {
        keys[dest] = tk[pa]!;
        if (values !== null) values[dest] = tv![pa]!;
        dest++;
        pa++;
      }
    }
  }

  /** mergeHi: merges runs [ssa, ssa+na) and [ssb, ssb+nb) (na >= nb) from the right, through a copy of B. */
  mergeHi(ssa: number, na: number, ssb: number, nb: number): void {
    const { keys, values, lt } = this;
    const tk = keys.slice(ssb, ssb + nb);
    const tv = values === null ? null : values.slice(ssb, ssb + nb);
    const basea = ssa;
    let dest = ssb + nb - 1;
    let pb = nb - 1;
    let pa = ssa + na - 1;
    let copyA = false;
    try {
      keys[dest] = keys[pa]!;
      if (values !== null) values[dest] = values[pa]!;
      dest--;
      pa--;
      --na;
      if (na === 0) return;
      if (nb === 1) {
        copyA = true;
        return;
      }
      let minGallop = this.minGallop;
      for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (lt(tk[pb]!, keys[pa]!)) {
            keys[dest] = keys[pa]!;
            if (values !== null) values[dest] = values[pa]!;
            dest--;
            pa--;
            ++acount;
            bcount = 0;
            --na;
            if (na === 0) return;
            if (acount >= minGallop) break;
          } else {
            keys[dest] = tk[pb]!;
            if (values !== null) values[dest] = tv![pb]!;
            dest--;
            pb--;
            ++bcount;
            acount = 0;
            --nb;
            if (nb === 1) {
              copyA = true;
              return;
            }
            if (bcount >= minGallop) break;
          }
        }
        ++minGallop;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let k = this.gallopRight(tk[pb]!, keys, basea, na, na - 1);
          k = na - k;
          acount = k;
          if (k) {
            for (let i = 0; i < k; i++) {
              keys[dest] = keys[pa]!;
              if (values !== null) values[dest] = values[pa]!;
              dest--;
              pa--;
            }
            na -= k;
            if (na === 0) return;
          }
          keys[dest] = tk[pb]!;
          if (values !== null) values[dest] = tv![pb]!;
          dest--;
          pb--;
          --nb;
          if (nb === 1) {
            copyA = true;
            return;
          }
          k = this.gallopLeft(keys[pa]!, tk, 0, nb, nb - 1);
          k = nb - k;
          bcount = k;
          if (k) {
            for (let i = 0; i < k; i++) {
              keys[dest] = tk[pb]!;
              if (values !== null) values[dest] = tv![pb]!;
              dest--;
              pb--;
            }
            nb -= k;
            if (nb === 1) {
              copyA = true;
              return;
            }
            if (nb === 0) return;
          }
          keys[dest] = keys[pa]!;
          if (values !== null) values[dest] = values[pa]!;
          dest--;
          pa--;
          --na;
          if (na === 0) return;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++minGallop;
        this.minGallop = minGallop;
      }
    } finally {
      if (copyA) {
        // The rest of A, then the first element of B, which belongs at the front of the merge.
        for (let i = 0; i < na; i++) {
          keys[dest] = keys[pa]!;
          if (values !== null) values[dest] = values[pa]!;
          dest--;
          pa--;
        }
      }
      for (let i = 0; i < nb; i++) {
        keys[dest] = tk[pb]!;
        if (values !== null) values[dest] = tv![pb]!;
        dest--;
        pb--;
      }
    }
  }

  /** mergeAt: merges the runs at stack indices i and i+1. */
  mergeAt(i: number): void {
    const p = this.pending;
    let ssa = p[i]!.base;
    let na = p[i]!.len;
    const ssb = p[i + 1]!.base;
    let nb = p[i + 1]!.len;
    p[i]!.len = na + nb;
    if (i === p.length - 3) p[i + 1] = p[i + 2]!;
    p.length--;
    const keys = this.keys;
    const k = this.gallopRight(keys[ssb]!, keys, ssa, na, 0);
    ssa += k;
    na -= k;
    if (na === 0) return;
    nb = this.gallopLeft(keys[ssa + na - 1]!, keys, ssb, nb, nb - 1);
    if (nb <= 0) return;
    if (na <= nb) this.mergeLo(ssa, na, ssb, nb);
    else this.mergeHi(ssa, na, ssb, nb);
  }

  /** foundNewRun: the powersort merge policy, before a run of length n2 is pushed. */
  foundNewRun(n2: number): void {
    const p = this.pending;
    if (p.length === 0) return;
    const top = p[p.length - 1]!;
    const power = powerloop(top.base, top.len, n2, this.keys.length);
    while (p.length > 1 && p[p.length - 2]!.power > power) this.mergeAt(p.length - 2);
    p[p.length - 1]!.power = power;
  }

  mergeForceCollapse(): void {
    const p = this.pending;
    while (p.length > 1) {
      let n = p.length - 2;
      if (n > 0 && p[n - 1]!.len < p[n + 1]!.len) --n;
      this.mergeAt(n);
    }
  }
}

function reverseRange(a: PyValue[], lo: number, hi: number): void {
  for (let i = lo, j = hi - 1; i < j; i++, j--) {
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
}

/**
 * timsort: sorts keys in place (and values alongside, when given) by lt, as CPython's listsort()
 * after the keys are computed and the list reversed for reverse=True. If lt throws, the arrays
 * hold a permutation of their items (nothing lost or duplicated), as in CPython.
 */
export function timsort(keys: PyValue[], values: PyValue[] | null, lt: LessThan): void {
  const n = keys.length;
  if (n < 2) return;
  const ms = new MergeState(keys, values, lt);
  const minrun = computeMinrun(n);
  let lo = 0;
  let nremaining = n;
  do {
    let [len, descending] = ms.countRun(lo, lo + nremaining);
    if (descending) ms.reverse(lo, lo + len);
    if (len < minrun) {
      const force = nremaining <= minrun ? nremaining : minrun;
      ms.binarysort(lo, lo + force, lo + len);
      len = force;
    }
    ms.foundNewRun(len);
    ms.pending.push({ base: lo, len, power: 0 });
    lo += len;
    nremaining -= len;
  } while (nremaining);
  ms.mergeForceCollapse();
}

/** reverseArray: reverses a[0 .. a.length) in place. */
export function reverseArray(a: PyValue[]): void {
  reverseRange(a, 0, a.length);
}
