// The texts the terrarium command prints about itself: version, usage and help.

import { version } from '../../package.json';

/** PYTHON_VERSION: the Python language version Terrarium implements. */
export const PYTHON_VERSION = '3.11';

/** VERSION_TEXT: what --version prints. */
export const VERSION_TEXT = `Terrarium ${version} (Python ${PYTHON_VERSION})\n`;

/** USAGE: the usage line, shown by --help and after command-line errors. */
export const USAGE = 'usage: terrarium [option] ... [-c cmd | file | -] [arg] ...\n';

/** TRY_HELP: the hint after a command-line error, in python3's words. */
export const TRY_HELP = "Try `terrarium -h' for more information.\n";

/** HELP_TEXT: what -h and --help print. */
export const HELP_TEXT = `${USAGE}Terrarium ${version}: a Python ${PYTHON_VERSION} interpreter written in TypeScript.

Options:
-c cmd     : program passed in as string (terminates option list)
--ast FILE : parse FILE and print its syntax tree, as Python's ast.dump(ast.parse(source))
--dis FILE : compile FILE and print its bytecode, as python3 -m dis FILE
-h, --help : print this help message and exit
--version  : print the version number and exit

The world the program sees (default: an empty writable in-memory file system holding only the
script, a virtual clock starting at 2024-01-01T00:00:00Z, seeded entropy, an empty environment):
--mount HOST:GUEST[:ro|:rw] : mount the host directory HOST at GUEST (read-only unless :rw)
--cwd DIR      : the program's working directory (default: the host's, made empty in memory)
--env KEY=VALUE: set an environment variable (repeatable)
--seed N       : seed the entropy generator (os.urandom, unseeded random)
--real-time    : use the host's clock and entropy instead of the virtual ones
--changes      : after the run, print the files it created, modified or deleted (stderr)
--trace FILE   : log every OS call and its result as JSON lines (data abbreviated)
--record FILE  : log every OS call with all its data, for --replay
--replay FILE  : run against a recorded log instead of a world; report the first divergence

Limits (a run that reaches one stops for good, prints one line on stderr and exits with 3):
--max-instructions N : stop after exactly N instructions (suffixes K, M, G: powers of 1000)
--max-heap SIZE      : bytes of live Python heap, by the size model (K, M, G: powers of 1024)
--max-output SIZE    : bytes written to stdout and stderr together (K, M, G: powers of 1024)
--max-depth N        : the highest sys.setrecursionlimit() the program may ask for
--timeout SECONDS    : wall-clock time
--stats        : after the run, print its figures as one JSON object on stderr
--isolate      : run the interpreter in a worker thread with its own V8 heap limit (from
                 --max-heap) and a watchdog on --timeout; the world stays in the main thread

Arguments:
file       : program read from script file
-          : program read from stdin (default; interactive mode if a tty)
arg ...    : arguments passed to program in sys.argv[1:]
`;
