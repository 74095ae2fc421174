#!/usr/bin/env python3
"""Validate samples/gold.jsonl against samples/articles/ and EVENTS.md conventions.

Standard library only. Usage:  python3 samples/validate_gold.py [path/to/gold.jsonl]
Exit status 0 when there are no errors (warnings do not fail).
"""
import collections
import datetime
import json
import os
import re
import sys
import unicodedata

ORGS = {"ASEAN", "SCO", "BRICS", "EAEU", "EU", "UN", "ITU", "ESCAP", "GCC", "AU", "CIS",
        "OIC", "ECO", "APEC", "G20", "UPU", "WTO", "OECD"}
AREAS = {"ai", "cybersecurity", "data_transit", "telecom_infrastructure", "data_centers",
         "mobile_5g", "postal", "digital_economy", "e_government", "space", "software_services",
         "equipment_manufacturing", "research_education", "innovation_startups",
         "internet_governance", "media_information"}
TYPES = {"CONSULT", "AGREE", "COOPERATE", "AID", "REQUEST"}
STATUSES = {"discussed", "proposed", "agreed", "signed", "implemented"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ZWNJ = "\u200c"


def valid_date(s):
    if not DATE_RE.match(s):
        return False
    parts = [int(p) for p in s.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def valid_party(code):
    return isinstance(code, str) and (bool(re.fullmatch(r"[A-Z]{3}", code)) or code in ORGS)


def script_of(text):
    counts = collections.Counter()
    for ch in text:
        if not ch.isalpha():
            continue
        try:
            name = unicodedata.name(ch)
        except ValueError:
            continue
        first = name.split()[0]
        if first in ("HIRAGANA", "KATAKANA"):
            counts["Kana"] += 1
        elif first == "CJK":
            counts["Han"] += 1
        elif first in ("LATIN", "ARABIC", "CYRILLIC", "HANGUL", "DEVANAGARI", "GREEK", "HEBREW", "THAI"):
            counts[first.capitalize()] += 1
        else:
            counts["Other"] += 1
    if counts["Kana"] > 20:
        return "Japanese (Kana+Han)"
    counts.pop("Kana", None)
    # ignore Latin acronyms (AI, MoU, 5G...) in non-Latin texts
    nonlatin = {k: v for k, v in counts.items() if k != "Latin"}
    if nonlatin and max(nonlatin.values()) > counts.get("Latin", 0) * 0.5:
        return max(nonlatin, key=nonlatin.get)
    return "Latin"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    gold_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "gold.jsonl")
    base = os.path.dirname(os.path.abspath(gold_path))
    errors, warnings = [], []
    per_lang, per_script = collections.Counter(), collections.Counter()
    lang_script = {}
    rel = collections.Counter()
    stories = collections.defaultdict(list)
    types = collections.Counter()
    n_events = n_spans = 0
    docs_seen = set()

    with open(gold_path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    for ln, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"line {ln}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: JSON error {e}")
            continue
        for k in ("doc", "lang", "published", "relevant", "events"):
            if k not in rec:
                errors.append(f"{where}: missing key {k!r}")
        doc = rec.get("doc", "")
        where = f"line {ln} ({doc})"
        if doc in docs_seen:
            errors.append(f"{where}: duplicate doc")
        docs_seen.add(doc)
        path = os.path.join(base, doc)
        if not os.path.isfile(path):
            errors.append(f"{where}: doc does not exist")
            continue
        raw = open(path, "rb").read()
        if raw.startswith(b"\xef\xbb\xbf"):
            errors.append(f"{where}: file has a BOM")
        if b"\r" in raw:
            errors.append(f"{where}: file has CR characters")
        text = open(path, encoding="utf-8").read()
        lines_t = text.split("\n")
        if len(lines_t) < 3 or not lines_t[0].strip() or not (lines_t[1] == "" or lines_t[2] == ""):
            errors.append(f"{where}: expected headline, optional date line, blank line, body")
        lang = rec.get("lang")
        if not (isinstance(lang, str) and re.fullmatch(r"[a-z]{2}", lang)):
            errors.append(f"{where}: bad lang {lang!r}")
        if not os.path.basename(doc).startswith(f"{lang}_"):
            warnings.append(f"{where}: file name prefix differs from lang {lang}")
        pub = rec.get("published")
        if pub is not None and not (isinstance(pub, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub) and valid_date(pub)):
            errors.append(f"{where}: bad published {pub!r}")
        events = rec.get("events", [])
        if rec.get("relevant") is not (len(events) > 0):
            errors.append(f"{where}: relevant={rec.get('relevant')} but {len(events)} events")
        if "story" in rec:
            if not (isinstance(rec["story"], str) and re.fullmatch(r"s\d{2}", rec["story"])):
                errors.append(f"{where}: bad story {rec['story']!r}")
            stories[rec["story"]].append(f"{doc} [{lang}]")

        # length check (CJK / Japanese / Korean counted in characters)
        scr = script_of(text)
        body = text
        if scr in ("Han", "Japanese (Kana+Han)"):
            size, lo, hi, unit = sum(1 for c in body if c.isalnum()), 250, 900, "chars"
        elif scr == "Hangul":
            size, lo, hi, unit = len(body.split()), 100, 400, "eojeol"
        else:
            size, lo, hi, unit = len(body.split()), 150, 400, "words"
        if not lo <= size <= hi:
            warnings.append(f"{where}: length {size} {unit} outside {lo}-{hi}")

        for i, ev in enumerate(events):
            w = f"{where} event {i}"
            n_events += 1
            if ev.get("type") not in TYPES:
                errors.append(f"{w}: bad type {ev.get('type')!r}")
            types[ev.get("type")] += 1
            if ev.get("status") not in STATUSES:
                errors.append(f"{w}: bad status {ev.get('status')!r}")
            parties = ev.get("parties", [])
            if not parties:
                errors.append(f"{w}: no parties")
            for p in parties:
                if not valid_party(p):
                    errors.append(f"{w}: bad party {p!r}")
            if parties != sorted(parties):
                errors.append(f"{w}: parties not sorted {parties}")
            if len(set(parties)) != len(parties):
                errors.append(f"{w}: duplicate parties")
            areas = ev.get("areas", [])
            for a in areas:
                if a not in AREAS:
                    errors.append(f"{w}: bad area {a!r}")
            if areas != sorted(areas):
                errors.append(f"{w}: areas not sorted {areas}")
            d = ev.get("date")
            if d is not None and not valid_date(d):
                errors.append(f"{w}: bad date {d!r}")
            loc = ev.get("location")
            if loc is not None and not isinstance(loc, str):
                errors.append(f"{w}: bad location {loc!r}")
            for person in ev.get("people", []):
                if set(person) != {"name", "party", "role"}:
                    errors.append(f"{w}: person keys {sorted(person)}")
                if person.get("party") is not None and not valid_party(person.get("party")):
                    errors.append(f"{w}: person {person.get('name')!r} bad party {person.get('party')!r}")
                if person.get("party") is not None and person.get("party") not in parties:
                    warnings.append(f"{w}: person {person.get('name')!r} party {person.get('party')} not among event parties")
                if unicodedata.normalize("NFC", person.get("name", "")) not in unicodedata.normalize("NFC", text):
                    errors.append(f"{w}: person name {person.get('name')!r} not found in article")
            evid = ev.get("evidence", [])
            if not evid:
                errors.append(f"{w}: no evidence")
            for sp in evid:
                n_spans += 1
                s, e, t = sp.get("start"), sp.get("end"), sp.get("text")
                if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                    errors.append(f"{w}: bad offsets {s},{e}")
                    continue
                if text[s:e] != t:
                    errors.append(f"{w}: span {s}:{e} is {text[s:e]!r}, expected {t!r}")
                elif text.count(t) > 1:
                    warnings.append(f"{w}: evidence text occurs {text.count(t)} times: {t[:40]!r}")

        per_lang[lang] += 1
        per_script[scr] += 1
        lang_script.setdefault(lang, set()).add(scr)
        rel["relevant" if events else "non-relevant"] += 1
        if lang == "fa":
            print(f"  note: {doc}: {text.count(ZWNJ)} ZWNJ characters")

    # articles on disk that have no gold line
    art_dir = os.path.join(base, "articles")
    if os.path.isdir(art_dir):
        for fn in sorted(os.listdir(art_dir)):
            if f"articles/{fn}" not in docs_seen:
                errors.append(f"articles/{fn}: no gold record")

    print(f"\nrecords: {sum(per_lang.values())}   events: {n_events}   evidence spans: {n_spans}")
    print("per language: " + ", ".join(f"{k}={v}" for k, v in sorted(per_lang.items())))
    print("languages: %d" % len(per_lang))
    print("per script:   " + ", ".join(f"{k}={v}" for k, v in sorted(per_script.items())))
    print("scripts: %d" % len(per_script))
    print("language -> script: " + ", ".join(f"{k}:{'/'.join(sorted(v))}" for k, v in sorted(lang_script.items())))
    print("relevance:    " + ", ".join(f"{k}={v}" for k, v in sorted(rel.items())))
    print("event types:  " + ", ".join(f"{k}={v}" for k, v in sorted(types.items())))
    print(f"stories: {len(stories)}")
    for sid in sorted(stories):
        print(f"  {sid}: " + "; ".join(stories[sid]))
    for wmsg in warnings:
        print("WARNING:", wmsg)
    for emsg in errors:
        print("ERROR:", emsg)
    print(f"\n{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
