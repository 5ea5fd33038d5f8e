"""The `policykg` command: parse options, call one library function, print or write the result."""
from __future__ import annotations

import argparse
import signal
import sys
import threading
import warnings

from policykg.extract.errors import PolicyKGError

from . import (build_cmd, compare_cmd, export_cmd, push_cmd, query_cmd, serve_cmd, trends_cmd,
               validate_cmd, viz_cmd)

__all__ = ["main", "make_parser"]

#: Command modules, each with `register(subparsers)`; the order is the order of `--help`.
COMMANDS = (build_cmd, validate_cmd, export_cmd, query_cmd, serve_cmd, viz_cmd, push_cmd,
            compare_cmd, trends_cmd)


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policykg",
        description="Turn Chinese policy text into a knowledge graph of concepts and causal links.",
        epilog="Example: policykg build  (builds out/graph.ttl from the bundled article)\n"
               "Short flags mean the same in every command: -o --out, -f --format, "
               "-p --param, -j --jobs.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"policykg {_version()}",
                        help="print the installed version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for module in COMMANDS:
        module.register(sub)
    return parser


def _version() -> str:
    """The version in the installed package's metadata."""
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("policykg")
    except PackageNotFoundError:
        return "unknown (not installed)"


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so that every `finally` (temporary files) runs."""


def _terminate(signum, frame):
    raise Terminated()


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; library errors become one `Error: …` line and exit status 2.

    SIGTERM, like SIGINT, unwinds the command (its temporary files are removed) and exits
    with 143 (130 for SIGINT).
    """
    warnings.filterwarnings("ignore", category=UserWarning, module="jieba")
    args = make_parser().parse_args(argv)
    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _terminate) if in_main else False
    try:
        return _run(args)
    finally:
        if previous is not False:
            signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)


def _run(args) -> int:
    try:
        return int(args.run(args) or 0)
    except PolicyKGError as exc:
        hint = f" (hint: {exc.hint})" if exc.hint else ""
        print(f"Error: {exc}{hint}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except MemoryError:
        print(f"Error: {args.command}: out of memory (hint: the input holds a term or a result "
              f"too large to hold; try --engine rdflib or a smaller input)", file=sys.stderr)
        return 2
    except OSError as exc:          # library code turns known cases into PolicyKGError first
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"Error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2
    except Terminated:
        print("Error: terminated", file=sys.stderr)
        return 143
    except KeyboardInterrupt:
        print("Error: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
