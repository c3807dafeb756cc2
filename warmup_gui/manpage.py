"""The manual page, warmup-gui(1), written from the command line's own parser.

    python -m warmup_gui.manpage > docs/warmup-gui.1

Generated rather than written by hand, so it cannot miss a flag that ``--help`` shows;
tests/core/test_manpage.py checks the committed copy is current.
"""

from __future__ import annotations

import argparse

from warmup_gui import __version__


def _roff(text: str) -> str:
    """Plain text made safe for roff: backslashes, hyphens and lines starting with a dot."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\n".join("\\&" + line if line.startswith((".", "'")) else line
                     for line in text.splitlines())


def _option_line(action: argparse.Action) -> str:
    names = ", ".join(f"\\fB{_roff(name)}\\fR" for name in action.option_strings)
    if action.nargs == 0:
        return names
    metavar = action.metavar or (
        "{" + ",".join(action.choices) + "}" if action.choices else action.dest.upper())
    more = " ..." if action.nargs in ("+", "*") else ""
    return f"{names} \\fI{_roff(str(metavar))}\\fR{more}"


def manpage(parser: argparse.ArgumentParser) -> str:
    prog = parser.prog
    lines = [
        f'.TH {_roff(prog.upper())} 1 "" "{_roff(prog)} {__version__}" "User Commands"',
        ".SH NAME",
        f"{_roff(prog)} \\- {_roff((parser.description or '').rstrip('.').lower())}",
        ".SH SYNOPSIS",
        f".B {_roff(prog)}",
        "[\\fIOPTIONS\\fR] [\\fIROUTINE\\fR]",
        ".SH DESCRIPTION",
        _roff("Opens a window that guides a runner through a dynamic hamstring warm-up, "
              "exercise by exercise, with the bundled routine or the routine file given. "
              "Some options do their work and print what they did instead, opening no window."),
        ".SH OPTIONS",
    ]
    for action in parser._actions:
        if action.help == argparse.SUPPRESS:
            continue
        lines.append(".TP")
        if action.option_strings:
            lines.append(_option_line(action))
        else:
            lines.append(f"\\fI{_roff(action.dest.upper())}\\fR")
        help_text = (action.help or "") % {"prog": prog, "default": action.default}
        lines.append(_roff(help_text))
    if parser.epilog:
        sections = parser.epilog.strip().split("\n\n")
        for section in sections:
            head, *body = section.splitlines()
            if head.endswith(":") and body:
                lines.append(f".SH {_roff(head[:-1].upper())}")
                lines.append(".nf")
                lines.extend(_roff(line) for line in body)
                lines.append(".fi")
            else:
                lines.append(".PP")
                lines.append(_roff(" ".join(line.strip() for line in section.splitlines())))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    from warmup_gui.cli import _parser

    print(manpage(_parser()), end="")
