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

Arguments:
file       : program read from script file
-          : program read from stdin (default; interactive mode if a tty)
arg ...    : arguments passed to program in sys.argv[1:]
`;
