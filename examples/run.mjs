// Runs the examples: `npm run example -- <name> [<name>...]` (or `node examples/run.mjs <name>`)
// runs examples/<name>.ts and prints what its main() returns; with no name, runs them all.
// Each example imports the library as a user would, `from 'terrarium'` (the built dist/).

import { existsSync, readdirSync } from 'node:fs';
import { register } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ALL = readdirSync(HERE).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();

if (!existsSync(fileURLToPath(new URL('../dist/index.js', import.meta.url)))) {
  console.error('examples: dist/ is missing: run `npm run build` first');
  process.exit(2);
}
const names = process.argv.slice(2);
for (const name of names) {
  if (!ALL.includes(name)) {
    console.error(`examples: no example '${name}' (there are: ${ALL.join(', ')})`);
    process.exit(2);
  }
}

register('./ts-hooks.mjs', import.meta.url);
for (const name of names.length > 0 ? names : ALL) {
  if (names.length !== 1) console.log(`== ${name}`);
  const example = await import(pathToFileURL(`${HERE}${name}.ts`).href);
  process.stdout.write(await example.main());
}
