"""A command group whose help lists each command with its whole one-line summary."""

from __future__ import annotations

import click


class Group(click.Group):
    """Lists commands in the order they were added, each with its first sentence in
    full, wrapped rather than cut off with "..."."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, command.get_short_help_str(limit=10_000)))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)
