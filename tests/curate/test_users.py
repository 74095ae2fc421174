"""`techdip users`: accounts with argon2 password hashes and API tokens stored only as hashes."""

from __future__ import annotations

import io

from sqlalchemy import select

from techdip.curate.users import check_password, has_users, user_of_token
from techdip.store.schema import audit, connect, users


def test_add_list_token_role_remove(any_db_url, run_cli, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("a long enough password\n"))
    status, out, _ = run_cli("users", "add", "ana", "--role", "reviewer", "--password-stdin", "--db", any_db_url)
    assert status == 0 and "ana" in out
    engine = connect(any_db_url)
    assert has_users(engine)
    with engine.connect() as conn:
        stored = conn.execute(select(users.c.password_hash)).scalar()
    assert stored.startswith("$argon2") and "a long enough password" not in stored
    assert check_password(engine, "ana", "a long enough password").role == "reviewer"
    assert check_password(engine, "ana", "a long enough passwor") is None

    status, token, _ = run_cli("users", "token", "ana", "--db", any_db_url)
    token = token.strip()
    assert status == 0 and user_of_token(engine, token).name == "ana"
    with engine.connect() as conn:
        assert conn.execute(select(users.c.token_hash)).scalar() != token  # only its hash is kept
    status, second, _ = run_cli("users", "token", "ana", "--db", any_db_url)
    assert user_of_token(engine, token) is None and user_of_token(engine, second.strip()).name == "ana"

    assert run_cli("users", "role", "ana", "admin", "--db", any_db_url)[0] == 0
    status, out, _ = run_cli("users", "list", "--db", any_db_url)
    assert "ana\tadmin\tpassword, token" in out
    assert run_cli("users", "remove", "ana", "--db", any_db_url)[0] == 0
    assert not has_users(engine)
    with engine.connect() as conn:
        actions = conn.execute(select(audit.c.action).order_by(audit.c.id)).scalars().all()
    assert actions == ["user_add", "token_new", "token_new", "user_role", "user_role"]


def test_refusals_change_nothing(db_url, run_cli, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    status, _, err = run_cli("users", "add", "ana", "--password-stdin", "--db", db_url)
    assert status == 2 and "at least 8" in err
    monkeypatch.setattr("sys.stdin", io.StringIO("a long enough password\n"))
    assert run_cli("users", "add", "bad name", "--password-stdin", "--db", db_url)[0] == 2
    assert not has_users(connect(db_url))
    status, out, _ = run_cli("users", "add", "bot", "--token-only", "--db", db_url)
    assert status == 0 and user_of_token(connect(db_url), out.splitlines()[-1]).name == "bot"
    status, _, err = run_cli("users", "add", "bot", "--token-only", "--db", db_url)
    assert status == 2 and "already exists" in err
    assert run_cli("users", "token", "nobody", "--db", db_url)[0] == 2
    assert run_cli("users", "remove", "nobody", "--db", db_url)[0] == 2
    status, out, _ = run_cli("users", "list", "--db", db_url)
    assert out.splitlines()[0].startswith("bot\treviewer\ttoken")
    assert check_password(connect(db_url), "bot", "") is None  # a token-only account has no password
