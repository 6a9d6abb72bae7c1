// This file defines SourceLines: line and column look-ups over a source text, in CPython's units
// (lines 1-based; AST columns are UTF-8 byte offsets, SyntaxError offsets count code points).

/** SourceLines indexes the line starts of a source text once, then answers position queries. */
export class SourceLines {
  private readonly starts: number[] = [0];
  private readonly ascii: Uint8Array;

  constructor(readonly src: string) {
    let k = src.indexOf('\n');
    while (k >= 0) {
      this.starts.push(k + 1);
      k = src.indexOf('\n', k + 1);
    }
    this.ascii = new Uint8Array(this.starts.length);
    for (let l = 0; l < this.starts.length; l++) {
      const a = this.starts[l];
      const b = l + 1 < this.starts.length ? this.starts[l + 1] : src.length;
      let isAscii = 1;
      for (let q = a; q < b; q++) {
        if (src.charCodeAt(q) >= 0x80) { isAscii = 0; break; }
      }
      this.ascii[l] = isAscii;
    }
  }

  /** lineCount is the number of lines (a final line without "\n" counts). */
  get lineCount(): number {
    return this.starts.length;
  }

  /** lineOf returns the 1-based line holding source offset `off`. */
  lineOf(off: number): number {
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= off) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** lineStartOf returns the source offset where the line holding `off` starts. */
  lineStartOf(off: number): number {
    return this.starts[this.lineOf(off) - 1];
  }

  /** lineStart returns the source offset of the start of 1-based `line`. */
  lineStart(line: number): number {
    return this.starts[line - 1];
  }

  /** byteColumn returns the UTF-8 byte column of `off` within line `line` (as AST col_offset). */
  byteColumn(off: number, line: number = this.lineOf(off)): number {
    const start = this.starts[line - 1];
    if (this.ascii[line - 1]) return off - start;
    return utf8Length(this.src, start, off);
  }

  /**
   * charColumn returns the code-point column of `off` within its line (as SyntaxError.offset - 1),
   * or within `line` when given (an end offset can sit just past the end of its line).
   */
  charColumn(off: number, line: number = this.lineOf(off)): number {
    const start = this.starts[line - 1];
    let n = 0;
    for (let q = start; q < off; q++) {
      const c = this.src.charCodeAt(q);
      if (c >= 0xd800 && c <= 0xdbff && q + 1 < off) q++;
      n++;
    }
    return n;
  }

  /** lineText returns the text of 1-based `line`, with its newline when it has one. */
  lineText(line: number): string {
    const a = this.starts[line - 1] ?? this.src.length;
    const b = line < this.starts.length ? this.starts[line] : this.src.length;
    return this.src.slice(a, b);
  }
}

/** utf8Length counts the UTF-8 bytes of src[a, b). */
export function utf8Length(src: string, a: number, b: number): number {
  let n = 0;
  for (let q = a; q < b; q++) {
    const c = src.charCodeAt(q);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && q + 1 < b) {
      const d = src.charCodeAt(q + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n += 4; q++; } else n += 3;
    } else n += 3;
  }
  return n;
}
