"""The `vbgraph` command line: one sub-command per job, each registered by its own module."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from typing import NoReturn

from api import cli_copy, cli_extract, cli_graph, cli_remove, cli_reports
from ingest.errors import SEPARATOR, VbgraphError, bilingual

# argparse's own messages (Python 3.11-3.13), in Vietnamese; the English is argparse's.
_ARGPARSE_VI = tuple((re.compile(pattern), vi) for pattern, vi in (
    (r"the following arguments are required: (?P<x>.+)", "thiếu tham số bắt buộc: {x}"),
    (r"unrecognized arguments: (?P<x>.+)", "không hiểu các tham số: {x}"),
    (r"invalid choice: (?P<x>.+?) \(choose from (?P<y>.+)\)",
     "lựa chọn không hợp lệ: {x} (hãy chọn một trong {y})"),
    (r"invalid \S+ value: (?P<x>.+)", "giá trị không hợp lệ: {x}"),
    (r"expected one argument", "cần một giá trị"),
    (r"expected at most one argument", "cần nhiều nhất một giá trị"),
    (r"expected at least one argument", "cần ít nhất một giá trị"),
    (r"expected (?P<x>\d+) arguments?", "cần {x} giá trị"),
    (r"not allowed with argument (?P<x>.+)", "không dùng cùng với tham số {x}"),
    (r"ambiguous option: (?P<x>\S+) could match (?P<y>.+)",
     "tùy chọn chưa rõ: {x} có thể là {y}"),
    (r"one of the arguments (?P<x>.+) is required", "cần một trong các tham số {x}"),
    (r"ignored explicit argument (?P<x>.+)", "bỏ qua giá trị {x}"),
))  # fmt: skip
_OF_ARGUMENT = re.compile(r"argument (?P<name>[^:]+): (?P<rest>.+)", re.DOTALL)


def argparse_said(message: str) -> tuple[str, str]:
    """argparse's error `message`, (Vietnamese, English); an option's own type error is
    bilingual already ("cần một số nguyên ≥ 1 … / expected a whole number ≥ 1 …")."""
    of = _OF_ARGUMENT.fullmatch(message)
    if of is not None:
        name, rest = of["name"], of["rest"]
        for pattern, vi in _ARGPARSE_VI:
            found = pattern.fullmatch(rest)
            if found is not None:
                return f"tham số {name}: {vi.format(**found.groupdict())}", message
        if SEPARATOR in rest:
            vi_rest, en_rest = rest.split(SEPARATOR, 1)
            return f"tham số {name}: {vi_rest}", f"argument {name}: {en_rest}"
        return f"tham số {name}: giá trị không hợp lệ", message
    for pattern, vi in _ARGPARSE_VI:
        found = pattern.fullmatch(message)
        if found is not None:
            return vi.format(**found.groupdict()), message
    return "tham số không hợp lệ", message


class Parser(argparse.ArgumentParser):
    """argparse, its errors said in Vietnamese, then the English (its sub-command parsers are
    of this class too)."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        vi, en = argparse_said(message)
        self.exit(2, f"{self.prog}: {bilingual(f'lỗi: {vi}', f'error: {en}')}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
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
    cli_remove.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.handler(args)
    except KeyboardInterrupt:
        print(f"vbgraph: {bilingual('đã dừng', 'interrupted')}", file=sys.stderr)
        return 130
    except VbgraphError as exc:  # before any store is opened (a setting from the environment)
        print(f"vbgraph {args.command}: {exc}", file=sys.stderr)
        return 2
    return code


if __name__ == "__main__":
    sys.exit(main())
