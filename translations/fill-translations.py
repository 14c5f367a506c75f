#!/usr/bin/env python3
"""Export and fill the unfinished messages of a Qt Linguist (.ts) catalogue.

Python 3 standard library only.  The .ts file is processed as text with
regular expressions so that everything except the <translation> elements that
are filled stays byte-identical (lupdate's layout, locations, entities).

  export   fill-translations.py export nigran_ur.ts ur-pending.json [--keep OLD.json]
           Writes every unfinished message (context, source, comment, numerus
           flag, current translation text) to a JSON file.  With --keep, the
           translations of an earlier JSON file are carried over for messages
           that still match (context + source + comment), so re-exporting after
           an lupdate does not lose work.

  apply    fill-translations.py apply nigran_ur.ts ur-pending.json [--dry-run]
                                [--fallback-source] [--allow-partial]
           Fills the unfinished messages of the .ts file in place from the JSON
           file and removes type="unfinished" from them.  Reports the
           unfinished messages it found no translation for and the JSON
           entries that matched no unfinished message.  Messages whose
           translation in the JSON is empty are left unfinished.
           --fallback-source: when no entry matches context + source + comment,
           use an entry with the same source + comment from another context if
           all such entries agree.
           --allow-partial: fill a numerus message even if the JSON has fewer
           forms than the .ts file (normally such messages are skipped).

  check    fill-translations.py check ur-pending.json
           Checks the JSON file alone (placeholders, accelerators, HTML tags,
           empty translations) without touching any .ts file.

JSON format: a list of objects
  {"context": "...", "source": "...", "comment": "...", "numerus": false,
   "translation": "..."}                      (ordinary message)
  {"context": "...", "source": "...", "comment": "", "numerus": true,
   "translation": ["one form", "other form"]} (numerus message; one string per
                                               <numerusform> of the .ts file)
"comment" is the disambiguation <comment> (empty string when there is none);
"extracomment" (developer notes) and "current" are informational only.

Exit status: 0 on success; 1 if apply left unfinished messages untranslated or
found problems (the file is still written unless --dry-run); 2 on usage or
parse errors.
"""

import argparse
import html
import json
import re
import sys

CONTEXT_RE = re.compile(r"<context>(?P<body>.*?)</context>", re.S)
NAME_RE = re.compile(r"<name>(?P<text>.*?)</name>", re.S)
MESSAGE_RE = re.compile(r"<message(?P<attrs>(?:\s[^>]*)?)>(?P<body>.*?)</message>", re.S)
SOURCE_RE = re.compile(r"<source>(?P<text>.*?)</source>", re.S)
COMMENT_RE = re.compile(r"<comment>(?P<text>.*?)</comment>", re.S)
EXTRACOMMENT_RE = re.compile(r"<extracomment>(?P<text>.*?)</extracomment>", re.S)
TRANSLATION_RE = re.compile(
    r"<translation(?P<attrs>(?:\s[^>]*?)?)(?:/>|>(?P<body>.*?)</translation>)", re.S)
NUMERUSFORM_RE = re.compile(
    r"<numerusform(?P<attrs>(?:\s[^>]*?)?)(?:/>|>(?P<text>.*?)</numerusform>)", re.S)
UNFINISHED_ATTR_RE = re.compile(r'\s+type="unfinished"')


def unescape(text):
    """XML text → plain string (handles the five entities and &#...; refs)."""
    return html.unescape(text) if "&" in text else text


def escape(text):
    """Plain string → XML text, the way lupdate writes it."""
    out = []
    for ch in text:
        c = ord(ch)
        if ch == '"':
            out.append("&quot;")
        elif ch == "&":
            out.append("&amp;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == "'":
            out.append("&apos;")
        elif (c < 0x20 or 0x7F < c < 0xA0) and ch not in "\n\t":
            out.append("&#x%x;" % c)
        else:
            out.append(ch)
    return "".join(out)


class Message:
    """One <message> of the .ts text, with absolute offsets of its translation."""

    def __init__(self, context, m_start, attrs, body, body_start):
        self.context = context
        self.numerus = 'numerus="yes"' in attrs
        src = SOURCE_RE.search(body)
        if src is None:
            raise ValueError("message without <source> in context %r" % context)
        self.source = unescape(src.group("text"))
        com = COMMENT_RE.search(body)
        self.comment = unescape(com.group("text")) if com else ""
        extra = EXTRACOMMENT_RE.search(body)
        self.extracomment = unescape(extra.group("text")) if extra else ""
        tr = TRANSLATION_RE.search(body)
        if tr is None:
            raise ValueError("message without <translation>: %r" % self.source)
        self.tr_attrs = tr.group("attrs") or ""
        self.tr_body = tr.group("body")          # None for <translation/>
        self.tr_start = body_start + tr.start()
        self.tr_end = body_start + tr.end()
        self.unfinished = 'type="unfinished"' in self.tr_attrs
        # indentation of the <translation> line, for rebuilding numerus forms
        line_start = body.rfind("\n", 0, tr.start()) + 1
        self.indent = body[line_start:tr.start()]
        if self.numerus:
            self.forms = [unescape(f.group("text") or "")
                          for f in NUMERUSFORM_RE.finditer(self.tr_body or "")]
        else:
            self.forms = None
        self.text = unescape(self.tr_body or "") if not self.numerus else None

    @property
    def key(self):
        return (self.context, self.source, self.comment)

    def current(self):
        return list(self.forms) if self.numerus else self.text


def parse_ts(text):
    if "<TS" not in text:
        raise ValueError("not a Qt Linguist .ts file")
    messages = []
    for ctx in CONTEXT_RE.finditer(text):
        body = ctx.group("body")
        body_off = ctx.start("body")
        name = NAME_RE.search(body)
        if name is None:
            raise ValueError("context without <name> at offset %d" % ctx.start())
        cname = unescape(name.group("text"))
        for msg in MESSAGE_RE.finditer(body):
            messages.append(Message(cname, body_off + msg.start(), msg.group("attrs") or "",
                                    msg.group("body"), body_off + msg.start("body")))
    return messages


def read_ts(path):
    with open(path, "rb") as f:
        raw = f.read()
    return raw.decode("utf-8")


def load_json(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, list):
        raise ValueError("%s: expected a JSON list of entries" % path)
    entries = []
    for i, e in enumerate(data):
        if not isinstance(e, dict) or "context" not in e or "source" not in e:
            raise ValueError("%s: entry %d lacks context/source" % (path, i))
        e.setdefault("comment", "")
        e.setdefault("translation", "")
        entries.append(e)
    return entries


def is_empty(translation):
    if isinstance(translation, list):
        return all(not t for t in translation)
    return not translation


# ---------------------------------------------------------------- checks

PLACEHOLDER_RE = re.compile(r"%L?(?:\d+|n)")
TAG_RE = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^>]*>")
ACCEL_RE = re.compile(r"&(?!&)(?=[^\s;]|$)")
ENTITY_RE = re.compile(r"&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);")


def accelerators(text):
    # "&&" is a literal ampersand; entity-looking sequences (&nbsp;) in rich text are not accelerators
    t = ENTITY_RE.sub("", text.replace("&&", ""))
    return len(ACCEL_RE.findall(t))


def problems(source, translation, numerus):
    out = []
    forms = translation if isinstance(translation, list) else [translation]
    for t in forms:
        if not t:
            out.append("empty translation")
            continue
        if sorted(set(PLACEHOLDER_RE.findall(source))) != sorted(set(PLACEHOLDER_RE.findall(t))):
            out.append("placeholders differ: %s vs %s" % (sorted(set(PLACEHOLDER_RE.findall(source))),
                                                         sorted(set(PLACEHOLDER_RE.findall(t)))))
        if accelerators(source) != accelerators(t):
            out.append("accelerator count differs (%d vs %d)" % (accelerators(source), accelerators(t)))
        if sorted(TAG_RE.findall(source)) != sorted(TAG_RE.findall(t)):
            out.append("HTML tags differ")
        if any(ch in t for ch in "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"):
            out.append("contains Unicode direction marks")
        if source.endswith("…") != t.endswith("…") or source.endswith(":") != t.endswith(":"):
            out.append("trailing punctuation differs")
    if numerus and not isinstance(translation, list):
        out.append("numerus message needs a list of forms")
    if not numerus and isinstance(translation, list):
        out.append("ordinary message has a list of forms")
    return sorted(set(out))


# ---------------------------------------------------------------- commands

def cmd_export(args):
    messages = parse_ts(read_ts(args.ts))
    keep = {}
    if args.keep:
        for e in load_json(args.keep):
            if not is_empty(e["translation"]):
                keep[(e["context"], e["source"], e["comment"])] = e["translation"]
    out, kept = [], 0
    for m in messages:
        if not m.unfinished:
            continue
        entry = {"context": m.context, "source": m.source, "comment": m.comment,
                 "numerus": m.numerus}
        if m.extracomment:
            entry["extracomment"] = m.extracomment
        cur = m.current()
        if not is_empty(cur):
            entry["current"] = cur
        if m.key in keep:
            entry["translation"] = keep[m.key]
            kept += 1
        else:
            entry["translation"] = [""] * len(m.forms) if m.numerus else ""
        out.append(entry)
    with open(args.json, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("exported %d unfinished message(s) (%d numerus) from %s to %s%s" % (
        len(out), sum(1 for e in out if e["numerus"]), args.ts, args.json,
        ", %d translation(s) kept from %s" % (kept, args.keep) if args.keep else ""))
    return 0


def build_translation(m, translation):
    """New <translation> element text for message m, or None if not fillable."""
    attrs = UNFINISHED_ATTR_RE.sub("", m.tr_attrs, count=1)
    if not m.numerus:
        return "<translation%s>%s</translation>" % (attrs, escape(translation))
    forms = list(translation)
    body = m.tr_body
    existing = list(NUMERUSFORM_RE.finditer(body or ""))
    if existing and len(existing) == len(forms):
        # replace the text of each <numerusform>, keep lupdate's layout around them
        pieces, pos = [], 0
        for f, text in zip(existing, forms):
            pieces.append(body[pos:f.start()])
            pieces.append("<numerusform%s>%s</numerusform>" % (f.group("attrs") or "", escape(text)))
            pos = f.end()
        pieces.append(body[pos:])
        return "<translation%s>%s</translation>" % (attrs, "".join(pieces))
    inner = "".join("\n%s    <numerusform>%s</numerusform>" % (m.indent, escape(t)) for t in forms)
    return "<translation%s>%s\n%s</translation>" % (attrs, inner, m.indent)


def cmd_apply(args):
    text = read_ts(args.ts)
    messages = parse_ts(text)
    entries = load_json(args.json)
    table, by_source = {}, {}
    duplicates = []
    for e in entries:
        key = (e["context"], e["source"], e["comment"])
        if key in table and table[key]["translation"] != e["translation"]:
            duplicates.append(key)
        table[key] = e
        if not is_empty(e["translation"]):
            by_source.setdefault((e["source"], e["comment"]), []).append(e)

    used = set()
    edits = []            # (start, end, replacement)
    filled, fallback, missing, empty, bad = [], [], [], [], []
    for m in messages:
        if not m.unfinished:
            continue
        e = table.get(m.key)
        via_fallback = False
        if e is None and args.fallback_source:
            cands = by_source.get((m.source, m.comment), [])
            if cands and all(c["translation"] == cands[0]["translation"] for c in cands):
                e, via_fallback = cands[0], True
        if e is None:
            missing.append(m)
            continue
        used.add((e["context"], e["source"], e["comment"]))
        tr = e["translation"]
        if is_empty(tr):
            empty.append(m)
            continue
        if m.numerus:
            if isinstance(tr, str):
                tr = [tr] * max(1, len(m.forms))
            if len(tr) != len(m.forms) and m.forms:
                if len(tr) < len(m.forms) and not args.allow_partial:
                    bad.append((m, "has %d numerus form(s), the .ts file wants %d" % (len(tr), len(m.forms))))
                    continue
                if len(tr) > len(m.forms):
                    bad.append((m, "has %d numerus form(s), the .ts file wants %d" % (len(tr), len(m.forms))))
                    continue
                tr = list(tr) + [tr[-1]] * (len(m.forms) - len(tr))
            if any(not t for t in tr):
                bad.append((m, "a numerus form is empty"))
                continue
        elif isinstance(tr, list):
            bad.append((m, "list of forms given for an ordinary message"))
            continue
        edits.append((m.tr_start, m.tr_end, build_translation(m, tr)))
        (fallback if via_fallback else filled).append(m)

    unused = [e for e in entries
              if (e["context"], e["source"], e["comment"]) not in used and not is_empty(e["translation"])]
    # entries that match a message which is already finished are not "unused" in a worrying sense
    finished_keys = {m.key for m in messages if not m.unfinished}
    unused_finished = [e for e in unused if (e["context"], e["source"], e["comment"]) in finished_keys]
    unused_other = [e for e in unused if (e["context"], e["source"], e["comment"]) not in finished_keys]

    new = []
    pos = 0
    for start, end, rep in sorted(edits):
        new.append(text[pos:start])
        new.append(rep)
        pos = end
    new.append(text[pos:])
    new_text = "".join(new)

    # sanity: the result must still parse and have the same messages
    check = parse_ts(new_text)
    if [m.key for m in check] != [m.key for m in messages]:
        print("internal error: message list changed, file not written", file=sys.stderr)
        return 2

    if not args.dry_run and edits:
        with open(args.ts, "wb") as f:
            f.write(new_text.encode("utf-8"))

    def short(text):
        text = text.replace("\n", "\\n")
        return text if len(text) <= 100 else text[:97] + "..."

    def show(m):
        src = short(m.source)
        return "  [%s] %s%s" % (m.context, src, " (comment: %s)" % m.comment if m.comment else "")

    total_unfinished = sum(1 for m in messages if m.unfinished)
    print("%s: %d unfinished message(s) before; filled %d%s; %d still unfinished%s" % (
        args.ts, total_unfinished, len(filled) + len(fallback),
        " (%d by source from another context)" % len(fallback) if fallback else "",
        total_unfinished - len(filled) - len(fallback),
        " [dry run, file not written]" if args.dry_run else ""))
    if fallback:
        print("filled from another context (--fallback-source), please review:")
        for m in fallback:
            print(show(m))
    if missing:
        print("%d unfinished message(s) NOT FOUND in %s:" % (len(missing), args.json))
        for m in missing:
            print(show(m))
    if empty:
        print("%d unfinished message(s) with an empty translation in %s (left unfinished):" % (len(empty), args.json))
        for m in empty:
            print(show(m))
    if bad:
        print("%d message(s) skipped because of a problem:" % len(bad))
        for m, why in bad:
            print(show(m) + " -- " + why)
    if unused_other:
        print("%d translation(s) in %s matched no message of %s (source changed or removed?):" % (
            len(unused_other), args.json, args.ts))
        for e in unused_other:
            print("  [%s] %s" % (e["context"], short(e["source"])))
    if unused_finished:
        print("%d translation(s) in %s were not needed (message already finished)." % (
            len(unused_finished), args.json))
    if duplicates:
        print("warning: %d duplicate key(s) with different translations in %s; the last one was used" % (
            len(duplicates), args.json))
    warn = 0
    for m in filled + fallback:
        e = table.get(m.key)
        if e is None:
            continue
        for p in problems(m.source, e["translation"], m.numerus):
            print("warning: [%s] %s: %s" % (m.context, short(m.source)[:80], p))
            warn += 1
    return 1 if (missing or empty or bad) else 0


def cmd_check(args):
    entries = load_json(args.json)
    n = 0
    for e in entries:
        for p in problems(e["source"], e["translation"], e.get("numerus", False)):
            print("[%s] %s: %s" % (e["context"], e["source"].replace("\n", "\\n")[:80], p))
            n += 1
    print("%d entr(ies), %d problem(s)" % (len(entries), n))
    return 1 if n else 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    ex = sub.add_parser("export", help="write the unfinished messages of a .ts file to JSON")
    ex.add_argument("ts")
    ex.add_argument("json")
    ex.add_argument("--keep", metavar="OLD_JSON", help="carry over translations from an earlier export")
    ap_ = sub.add_parser("apply", help="fill unfinished messages of a .ts file in place from JSON")
    ap_.add_argument("ts")
    ap_.add_argument("json")
    ap_.add_argument("--dry-run", action="store_true", help="report only, do not write the .ts file")
    ap_.add_argument("--fallback-source", action="store_true",
                     help="match by source text alone when the context is not found")
    ap_.add_argument("--allow-partial", action="store_true",
                     help="pad numerus translations that have too few forms with the last form")
    ck = sub.add_parser("check", help="check a translations JSON file")
    ck.add_argument("json")
    args = ap.parse_args(argv)
    try:
        return {"export": cmd_export, "apply": cmd_apply, "check": cmd_check}[args.cmd](args)
    except (OSError, ValueError) as exc:
        print("error: %s" % exc, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
