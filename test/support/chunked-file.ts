// A reader for chunked test files, in the manner of starlark-go's internal/chunkedfile: many small
// programs in one file, each under a "=== title" line, so that a new case costs one paragraph.
//
// Format:
//   - lines before the first "=== " line are comments;
//   - "=== title [option] [option: text]" starts a case; its body is every line up to the next
//     "=== " line, trailing blank lines dropped, each line ending in "\n";
//   - [no newline at end]: the body's last "\n" is dropped;
//   - [escapes]: the body is written with escapes, for what a text file cannot show or should not
//     hold: \n \t \f \r \v \\ \0 \xHH \uHHHH \u{H...}, `${text * N}` (text repeated N times) and
//     `${indented text * N}` (N copies, the k-th indented by k spaces);
//   - any other option is kept by name, with its text, for the test to interpret.

/** Chunk: one case of a chunked file. */
export interface Chunk {
  readonly title: string;
  /** line: the 1-based line of the "=== " header in the file. */
  readonly line: number;
  readonly source: string;
  /** options: the bracketed options of the header, name to text ('' when there is none). */
  readonly options: ReadonlyMap<string, string>;
}

const HEADER = '=== ';

/** readChunks splits the text of a chunked file into its cases. */
export function readChunks(text: string): Chunk[] {
  const lines = text.split('\n');
  const out: Chunk[] = [];
  let k = 0;
  while (k < lines.length && !lines[k].startsWith(HEADER)) k++;
  while (k < lines.length) {
    const headerLine = k + 1;
    const { title, options } = parseHeader(lines[k].slice(HEADER.length));
    k++;
    const body: string[] = [];
    while (k < lines.length && !lines[k].startsWith(HEADER)) body.push(lines[k++]);
    while (body.length > 0 && body[body.length - 1].trim() === '') body.pop();
    let source = body.map((l) => l + '\n').join('');
    if (options.has('no newline at end')) source = source.slice(0, -1);
    if (options.has('escapes')) source = unescape(source);
    out.push({ title, line: headerLine, source, options });
  }
  return out;
}

function parseHeader(header: string): { title: string; options: Map<string, string> } {
  const options = new Map<string, string>();
  const re = /\s*\[([^\]:]+)(?::\s*([^\]]*))?\]\s*$/;
  let rest = header;
  for (let m = re.exec(rest); m !== null; m = re.exec(rest)) {
    options.set(m[1].trim(), (m[2] ?? '').trim());
    rest = rest.slice(0, m.index);
  }
  return { title: rest.trim(), options };
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', f: '\f', r: '\r', v: '\v', '\\': '\\', '0': '\0' };

/** unescape expands the escapes and repetitions of an [escapes] body. */
function unescape(s: string): string {
  const re = /\$\{(indented )?(.*?) \* (\d+)\}/gs;
  let out = '';
  let last = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out += unescapeChars(s.slice(last, m.index));
    const unit = unescapeChars(m[2]);
    const n = Number(m[3]);
    if (m[1]) for (let i = 0; i < n; i++) out += ' '.repeat(i) + unit;
    else out += unit.repeat(n);
    last = m.index + m[0].length;
  }
  return out + unescapeChars(s.slice(last));
}

function unescapeChars(s: string): string {
  return s.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/gs, (all, e: string) => {
    if (e[0] === 'u' && e[1] === '{') return String.fromCodePoint(parseInt(e.slice(2, -1), 16));
    if (e[0] === 'u' && e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
    if (e[0] === 'x' && e.length === 3) return String.fromCharCode(parseInt(e.slice(1), 16));
    const simple = SIMPLE_ESCAPES[e];
    if (simple === undefined) throw new Error(`unknown escape ${all}`);
    return simple;
  });
}
