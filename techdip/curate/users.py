"""Local accounts: reviewers and admins, their argon2 password hashes and their API tokens (stored as hashes).

No account in the database means a read-only application: `has_users` is what every write checks first.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, Engine, delete, func, insert, select, update

from techdip.curate import ROLES, Conflict, Invalid, NotFound, utc_now
from techdip.store.schema import audit, settings, users

NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,99}")
MIN_PASSWORD = 8
_hasher = PasswordHasher()


@dataclass(frozen=True)
class User:
    name: str
    role: str

    def may(self, role: str) -> bool:
        """Whether this account holds `role`: an admin may do all a reviewer may."""
        return self.role == "admin" or self.role == role


def has_users(engine: Engine) -> bool:
    """Whether any account exists: without one the application is read-only."""
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(users)).scalar_one() > 0


def check_name(name: str) -> str:
    if not isinstance(name, str) or not NAME.fullmatch(name):
        raise Invalid(f"a user name is 1-100 letters, digits or . _ @ -, starting with a letter or digit: {name!r}")
    return name


def check_role(role: str) -> str:
    if role not in ROLES:
        raise Invalid(f"unknown role {role!r}: one of {', '.join(ROLES)}")
    return role


def add_user(engine: Engine, name: str, role: str, password: str | None, by: str = "cli") -> User:
    """A new account; password None makes an account that signs in by API token only."""
    check_name(name)
    check_role(role)
    if password is not None and len(password) < MIN_PASSWORD:
        raise Invalid(f"a password has at least {MIN_PASSWORD} characters")
    if password is not None and not _utf8(password):
        raise Invalid("a password is text (no lone surrogate)")
    hashed = _hasher.hash(password) if password is not None else None
    with engine.begin() as conn:
        if _row(conn, name) is not None:
            raise Conflict(f"user {name!r} already exists")
        conn.execute(insert(users).values(name=name, role=role, password_hash=hashed, created_at=utc_now()))
        _log(conn, by, "user_add", name, None, {"name": name, "role": role})
    return User(name, role)


def set_role(engine: Engine, name: str, role: str, by: str = "cli") -> User:
    check_role(role)
    with engine.begin() as conn:
        row = _row(conn, name)
        if row is None:
            raise NotFound(f"no user {name!r}")
        conn.execute(update(users).where(users.c.name == name).values(role=role))
        _log(conn, by, "user_role", name, {"role": row.role}, {"role": role})
    return User(name, role)


def remove_user(engine: Engine, name: str, by: str = "cli") -> None:
    """Delete an account (what it did stays in the audit trail, under its name)."""
    with engine.begin() as conn:
        row = _row(conn, name)
        if row is None:
            raise NotFound(f"no user {name!r}")
        conn.execute(delete(users).where(users.c.name == name))
        _log(conn, by, "user_role", name, {"role": row.role}, None)


def list_users(engine: Engine) -> list[dict]:
    with engine.connect() as conn:
        rows = conn.execute(select(users).order_by(users.c.name))
        return [
            {"name": r.name, "role": r.role, "password": r.password_hash is not None,
             "token": r.token_hash is not None, "created_at": r.created_at}
            for r in rows
        ]  # fmt: skip


def new_token(engine: Engine, name: str, by: str = "cli") -> str:
    """A new API token for the account (any older one stops working); only its hash is stored."""
    token = "tdp_" + secrets.token_urlsafe(32)
    with engine.begin() as conn:
        if _row(conn, name) is None:
            raise NotFound(f"no user {name!r}")
        conn.execute(update(users).where(users.c.name == name).values(token_hash=_token_hash(token)))
        _log(conn, by, "token_new", name, None, None)
    return token


def check_password(engine: Engine, name: str, password: str) -> User | None:
    """The account if the password is its own, else None (unknown names cost a hash too: no timing hint)."""
    with engine.connect() as conn:
        row = _row(conn, name) if isinstance(name, str) and NAME.fullmatch(name) else None
    if not isinstance(password, str) or not _utf8(password):
        return None
    if row is None or row.password_hash is None:
        _hasher.hash(password or "-")
        return None
    try:
        _hasher.verify(row.password_hash, password)
    except (VerificationError, InvalidHashError):
        return None
    return User(row.name, row.role)


def user_of_token(engine: Engine, token: str) -> User | None:
    if not token or len(token) > 200:
        return None
    with engine.connect() as conn:
        row = conn.execute(select(users).where(users.c.token_hash == _token_hash(token))).first()
    if row is None or not secrets.compare_digest(row.token_hash, _token_hash(token)):
        return None
    return User(row.name, row.role)


def get_user(engine: Engine, name: str) -> User | None:
    with engine.connect() as conn:
        row = _row(conn, name)
    return User(row.name, row.role) if row is not None else None


def session_secret(engine: Engine) -> str:
    """TECHDIP_SECRET, else a random secret made once and kept in the settings table (sessions outlive restarts)."""
    import os

    if os.environ.get("TECHDIP_SECRET"):
        return os.environ["TECHDIP_SECRET"]
    from sqlalchemy.exc import IntegrityError

    query = select(settings.c.value).where(settings.c.name == "session_secret")
    try:
        with engine.begin() as conn:
            value = conn.execute(query).scalar()
            if value is None:
                value = secrets.token_urlsafe(48)
                conn.execute(insert(settings).values(name="session_secret", value=value))
        return value
    except IntegrityError:  # another process made it between our look and our insert: theirs is the one
        with engine.connect() as conn:
            return conn.execute(query).scalar_one()


def _utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _row(conn: Connection, name: str):
    return conn.execute(select(users).where(users.c.name == name)).first()


def _token_hash(token: str) -> str:
    # a token is 256 random bits: a plain hash is enough (unlike a password, it cannot be guessed)
    return hashlib.sha256(token.encode()).hexdigest()


def _log(conn: Connection, by: str, action: str, name: str, old: dict | None, new: dict | None) -> None:
    import json

    conn.execute(
        insert(audit).values(
            at=utc_now(), user=by, action=action, field=f"user:{name}",
            old=json.dumps(old) if old is not None else None, new=json.dumps(new) if new is not None else None,
        )
    )  # fmt: skip
