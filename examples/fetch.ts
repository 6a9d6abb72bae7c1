// An async host function: Python asks the host for data that takes time to arrive (here a fake
// HTTP API answering after a timer; a real embedder would call fetch()). Under runAsync, plain
// Python calls it like any function: the interpreter suspends at the call, the event loop goes on,
// and Python resumes with the answer. In async def code the call is an awaitable, so
// asyncio.gather runs several requests at once.
//
//     npm run example -- fetch

import { Interpreter, PythonError } from 'terrarium';

/** The fake API: path -> JSON-like data, answered after `ms` milliseconds. */
const API: Record<string, unknown> = {
  '/users/1': { id: 1, name: 'Ada', team: 'compilers' },
  '/teams/compilers': { name: 'compilers', members: [1, 2, 3] },
  '/users/2': { id: 2, name: 'Grace', team: 'compilers' },
  '/users/3': { id: 3, name: 'Edsger', team: 'compilers' },
};

const SCRIPT = `
import asyncio
from api import get_json

# Plain Python: the call waits for the host's Promise (only runAsync can wait).
user = get_json('/users/1')
team = get_json('/teams/' + user['team'])
print(f"{user['name']} is in {team['name']}, with {len(team['members'])} members")

# async def: each call gives an awaitable; gather waits for them together.
async def members(ids):
    requests = []
    for i in ids:
        requests.append(get_json(f'/users/{i}'))
    return await asyncio.gather(*requests)

names = [u['name'] for u in asyncio.run(members(team['members']))]
print('members:', ', '.join(names))

try:
    get_json('/users/99')
except LookupError as e:
    print('not found:', e)
`;

export async function main(): Promise<string> {
  let inFlight = 0;
  let mostInFlight = 0;
  let requests = 0;
  const py = new Interpreter({
    modules: {
      api: {
        // An async host function: it returns a Promise, which Python waits for.
        async get_json(path: string): Promise<unknown> {
          requests++;
          inFlight++;
          mostInFlight = Math.max(mostInFlight, inFlight);
          try {
            await new Promise((resolve) => setTimeout(resolve, 20));
            if (!(path in API)) throw { type: 'LookupError', message: `404 ${path}` };
            return API[path];
          } finally {
            inFlight--;
          }
        },
      },
    },
  });
  try {
    const r = await py.runAsync(SCRIPT, { filename: 'report.py' });
    return `${r.stdout}${requests} requests, at most ${mostInFlight} at once\n`;
  } catch (e) {
    if (e instanceof PythonError) return `${e.stdout}${e.traceback}`;
    throw e;
  }
}
