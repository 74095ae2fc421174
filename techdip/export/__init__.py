"""Exports of what a list shows: events, stories, people or pairs of parties, as CSV, JSON Lines, Parquet or
GraphML, written piece by piece so that an export of any size takes the same memory.

`tables` says what each list holds (its columns, and how to read its rows from the store a chunk at a time);
`formats` writes chunks of rows in each format. The web app's export buttons and `/api/export/{table}` use
both; the store never imports this room.
"""

from techdip.export.formats import FORMATS, ExportFormat, write
from techdip.export.tables import TABLES, Column, Table

__all__ = ["FORMATS", "TABLES", "Column", "ExportFormat", "Table", "write"]
