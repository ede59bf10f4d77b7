"""What to add to the references next: the last run's unverified claims grouped by what
they lack, with draft rows to paste (``factlint refs todo``)."""

from factlint.todo.drafts import Draft, Group, todo
from factlint.todo.missing import Missing, missing_for

__all__ = ["Draft", "Group", "Missing", "missing_for", "todo"]
