"""Commands of curation (issue 17): users, export-gold, and re-extracting the stored documents."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Iterator
from pathlib import Path

from techdip.cli.common import EXIT_FAILED_INPUTS, EXIT_OK, EXIT_USAGE
from techdip.model import Document


def cmd_users(args: argparse.Namespace) -> int:
    from techdip.curate import CurationError
    from techdip.curate.users import add_user, list_users, new_token, remove_user, set_role
    from techdip.store.schema import connect

    engine = connect(args.db)
    try:
        if args.users_command == "add":
            password = _password(args)
            if password is None and not args.token_only:
                return EXIT_USAGE
            user = add_user(engine, args.name, args.role, password)
            print(f"user {user.name} added ({user.role})")
            if args.token_only:  # an account without a password is of use only with its token
                print(new_token(engine, user.name))
                print("this token is shown once; send it as 'Authorization: Bearer <token>'", file=sys.stderr)
        elif args.users_command == "role":
            user = set_role(engine, args.name, args.role)
            print(f"user {user.name} is now {user.role}")
        elif args.users_command == "remove":
            remove_user(engine, args.name)
            print(f"user {args.name} removed (the audit trail keeps what they did)")
        elif args.users_command == "token":
            token = new_token(engine, args.name)
            print(token)
            print("this token is shown once; send it as 'Authorization: Bearer <token>'", file=sys.stderr)
        else:
            rows = list_users(engine)
            if not rows:
                print("no users: the dashboard and API are read-only (techdip users add NAME --role reviewer)")
            for row in rows:
                how = ", ".join(k for k in ("password", "token") if row[k]) or "no way to sign in"
                print(f"{row['name']}\t{row['role']}\t{how}\tsince {row['created_at']}")
    except CurationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK


def _password(args: argparse.Namespace) -> str | None:
    """The new account's password: from standard input (--password-stdin), else asked twice on the terminal."""
    if args.token_only:
        return None
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        if not sys.stdin.isatty():
            print("error: no terminal to ask the password on: use --password-stdin or --token-only", file=sys.stderr)
            return None
        password = getpass.getpass(f"password for {args.name}: ")
        if getpass.getpass("again: ") != password:
            print("error: the two passwords differ", file=sys.stderr)
            return None
    if not password:
        print("error: empty password", file=sys.stderr)
        return None
    return password


def cmd_export_gold(args: argparse.Namespace) -> int:
    from techdip.curate.gold import export_gold
    from techdip.store.schema import connect

    if not args.reviewed:
        print("error: export-gold exports reviewed articles only: say --reviewed", file=sys.stderr)
        return EXIT_USAGE
    out = Path(args.out)
    articles, events = export_gold(connect(args.db), out)
    print(f"{articles} reviewed articles, {events} events -> {out} (texts in {out.stem}-docs/)")
    print(f"next: techdip eval {out}")
    return EXIT_OK if articles else EXIT_FAILED_INPUTS


def stored_documents(db: str | None) -> Iterator[Document]:
    """Every stored document as a Document to extract again (its text is the one evidence offsets point into)."""
    from sqlalchemy import select

    from techdip.store.schema import connect, documents

    engine = connect(db)
    last = ""
    while True:
        query = select(documents).where(documents.c.id > last).order_by(documents.c.id).limit(200)
        with engine.connect() as conn:
            rows = conn.execute(query).all()
        for row in rows:
            yield Document(
                id=row.id, text=row.text, source=row.source, url=row.url, title=row.title, lang=row.lang,
                # a date the engine read from the text is read from it again; only metadata is handed over
                published=row.published if row.published_from == "metadata" else None,
            )  # fmt: skip
        if len(rows) < 200:
            return
        last = rows[-1].id
