"""Watch: follow news feeds, sitemaps and lists of article addresses, and ingest what is new.

`techdip watch SOURCES.toml` reads the sources (config), fetches politely (fetch: robots.txt, a delay per
host, conditional GET, timeouts, retries with backoff, a size limit), finds the article addresses in each
answer (discover: feedparser for RSS and Atom, lxml for sitemaps), reads each new page with the project's HTML
reader and stores it through the same path as `techdip ingest` (run). Where each source stands lives in the
database, so a stopped run continues where it stopped and never stores an article twice.
"""
