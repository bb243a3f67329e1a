"""Refuse a query parameter the route does not take, rather than ignore it.

A script that pages with a parameter the route has not (`?page=2`, `?ofset=10`, `?offset=`
on an address without one) was answered the first page every time, silently, and looped
for ever: every /api/v1 route says instead which parameters it takes (422, bilingual).
"""

from __future__ import annotations

from fastapi import Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from api.errors import InvalidInput


def reject_unknown_query(request: Request) -> None:
    """A router dependency: InvalidInput (422) naming the parameters sent that the matched
    route does not declare, and those it does."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return
    taken = _query_names(route.dependant)
    unknown = sorted(set(request.query_params) - set(taken))
    if unknown:
        wrong, known = ", ".join(unknown), ", ".join(taken) or "–"
        raise InvalidInput(
            f"tham số không dùng ở địa chỉ này: {wrong} (địa chỉ này nhận: {known})",
            f"unknown query parameter: {wrong} (this address takes: {known})",
        )


def _query_names(dependant: Dependant) -> list[str]:
    """The query parameters `dependant` and its dependencies declare, in order, once each."""
    names: list[str] = []
    stack = [dependant]
    while stack:
        current = stack.pop()
        names += [p.alias for p in current.query_params if p.alias not in names]
        stack.extend(reversed(current.dependencies))
    return names
