// A formula engine: spreadsheet columns computed by Python formulas that users write, evaluated per
// row in one long-lived interpreter, calling back into the host for reference data (`lookup`).
// A formula that fails gives an error value in its cell (and in the cells that use it), as a
// spreadsheet does; a formula that does not parse is refused when it is defined.
//
//     npm run example -- formula

import { Interpreter, PythonError } from 'terrarium';

/** The host's reference data, reached from Python only through lookup(). */
const TABLES: Record<string, Record<string, number>> = {
  fx: { USD: 1, EUR: 1.08, GBP: 1.27, JPY: 0.0067 },
  vat: { DE: 0.19, FR: 0.2, JP: 0.1, US: 0 },
};

/** The sheet: input columns per row, then computed columns, in order (a formula sees earlier cells). */
const ROWS = [
  { item: 'Widget', qty: 12, price: 4.5, currency: 'EUR', country: 'DE' },
  { item: 'Gadget', qty: 3, price: 120, currency: 'USD', country: 'US' },
  { item: 'Gizmo', qty: 40, price: 800, currency: 'JPY', country: 'JP' },
  { item: 'Doohickey', qty: 2, price: 9.99, currency: 'CHF', country: 'FR' },
];

const FORMULAS: [string, string][] = [
  ['net', 'qty * price'],
  ['net_usd', 'round(net * lookup("fx", currency), 2)'],
  ['vat_usd', 'round(net_usd * lookup("vat", country), 2)'],
  ['total_usd', 'round(net_usd + vat_usd, 2)'],
  ['size', '"large" if total_usd >= 100 else "small"'],
];

/** The engine's Python side: formulas compiled once, each row evaluated in a fresh namespace. */
const ENGINE = `
from sheet import lookup

formulas = {}

def define(name, source):
    formulas[name] = compile(source, f'<formula {name}>', 'eval')

def is_error(value):
    return isinstance(value, str) and value.startswith('#')

def evaluate(row):
    cells = dict(row)
    for name, code in formulas.items():
        failed = [cells[n] for n in code.co_names if is_error(cells.get(n))]
        if failed:
            cells[name] = failed[0]          # an error flows on to the cells that use it
            continue
        try:
            cells[name] = eval(code, {'lookup': lookup}, cells)
        except Exception as e:
            cells[name] = f'#{type(e).__name__}'
    return cells
`;

export async function main(): Promise<string> {
  const out: string[] = [];
  let lookups = 0;
  const py = new Interpreter({
    modules: {
      sheet: {
        // A host function: called from Python with Python values converted to JS, its result
        // converted back. Throwing { type, message } raises that Python exception.
        lookup(table: string, key: string): number {
          lookups++;
          const value = TABLES[table]?.[key];
          if (value === undefined) throw { type: 'KeyError', message: `${table}[${key}]` };
          return value;
        },
      },
    },
    // Each run or call may take at most this many instructions (a formula cannot loop forever).
    limits: { instructions: 1_000_000 },
  });
  py.run(ENGINE, { filename: 'engine.py' });
  for (const [name, source] of FORMULAS) py.call('define', name, source);

  // A formula that does not parse is refused at once, with CPython's message.
  try {
    py.call('define', 'broken', 'qty * (price');
  } catch (e) {
    if (!(e instanceof PythonError)) throw e;
    out.push(`define('broken'): ${e.type}: ${e.message}`);
  }

  const columns = ['item', ...FORMULAS.map(([name]) => name)];
  const table = [columns];
  for (const row of ROWS) {
    const cells = py.call('evaluate', row) as Record<string, unknown>;
    table.push(columns.map((c) => String(cells[c])));
  }
  const widths = columns.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  for (const r of table) out.push(r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd());
  out.push(`lookup() was called ${lookups} times`);
  return out.join('\n') + '\n';
}
