"""The `vbgraph` command line: one sub-command per job, each registered by its own module."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from api import cli_copy, cli_extract, cli_graph, cli_reports


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vbgraph",
        description="Citation graph of Vietnamese Party and State documents "
        "(đồ thị dẫn chiếu văn bản Đảng và Nhà nước).",
    )
    cli_graph.add_store_options(parser, top=True)  # also before the sub-command
    subparsers = parser.add_subparsers(dest="command", required=True)
    cli_extract.register(subparsers)
    cli_graph.register(subparsers)
    cli_reports.register(subparsers)
    cli_copy.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.handler(args)
    except KeyboardInterrupt:
        print("vbgraph: interrupted", file=sys.stderr)
        return 130
    return code


if __name__ == "__main__":
    sys.exit(main())
