// A virtual file system round trip: the host puts files into an in-memory world (MemoryOS), Python
// reads them and writes its results with open() and os, the host reads back what changed
// (os.changes(), os.readFile()) and takes a snapshot (os.image(): O(1), immutable), and a second
// interpreter starts from that snapshot. Nothing touches the host's disk.
//
//     npm run example -- files

import { Interpreter, MemoryOS } from 'terrarium';

const SALES = `region,product,amount
north,tea,120
south,tea,80
north,coffee,200
east,tea,45
south,coffee,150
`;

/** First script: a report per region, and a summary; the scratch file it makes, it removes. */
const REPORT = `
import os

totals = {}
with open('/data/sales.csv') as f:
    next(f)                                   # the header
    for line in f:
        region, product, amount = line.strip().split(',')
        totals.setdefault(region, []).append((product, int(amount)))

os.makedirs('reports', exist_ok=True)         # relative to the working directory, /work
for region, rows in sorted(totals.items()):
    with open(f'reports/{region}.txt', 'w') as f:
        for product, amount in rows:
            f.write(f'{product:8}{amount:>6}\\n')

with open('scratch.tmp', 'w') as f:
    f.write('work in progress')
os.remove('scratch.tmp')

with open('summary.txt', 'w') as f:
    for region, rows in sorted(totals.items()):
        print(region, sum(a for _, a in rows), sep='\\t', file=f)
print('regions:', ', '.join(sorted(os.listdir('reports'))))
`;

/** Second script, in a fresh interpreter and world started from the first one's image. */
const FOLLOW_UP = `
import os
with open('/work/summary.txt') as f:
    best = max((line.split('\\t') for line in f), key=lambda p: int(p[1]))
print('best region:', best[0], int(best[1]))
with open('/work/summary.txt', 'a') as f:
    f.write('checked\\n')
os.remove('/work/reports/east.txt')
`;

export async function main(): Promise<string> {
  const out: string[] = [];

  // The world: files given by the host, a working directory; nothing else exists.
  const os = new MemoryOS({ files: { '/data/sales.csv': SALES }, cwd: '/work' });
  const py = new Interpreter({ os });
  out.push(py.run(REPORT, { filename: 'report.py' }).stdout.trimEnd());

  // What the run created, modified or deleted (the scratch file came and went: not listed).
  for (const c of os.changes()) out.push(`  ${c.kind} ${c.type} ${c.path}`);
  const summary = new TextDecoder().decode(os.readFile('/work/summary.txt')!);
  out.push(`summary.txt: ${JSON.stringify(summary)}`);

  // A snapshot of the whole file system, and a second world that starts from it. The first
  // world can go on changing: the image does not.
  const image = os.image();
  const next = new MemoryOS({ image, cwd: '/work' });
  const py2 = new Interpreter({ os: next });
  out.push(py2.run(FOLLOW_UP, { filename: 'follow_up.py' }).stdout.trimEnd());
  for (const c of next.changes()) out.push(`  ${c.kind} ${c.type} ${c.path}`);

  // The first world and its image are untouched by the second interpreter.
  const again = new MemoryOS({ image });
  out.push(`east.txt in the image: ${again.readFile('/work/reports/east.txt') !== null}, in the second world: ${next.readFile('/work/reports/east.txt') !== null}`);
  return out.join('\n') + '\n';
}
