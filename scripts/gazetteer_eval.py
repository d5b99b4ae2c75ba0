#!/usr/bin/env python3
"""Check the gazetteers against the dev corpora (evaluation only; nothing is copied).

Usage: python3 scripts/gazetteer_eval.py [CORPUS_DIR]   (default /work/shared/corpus)

For every gazetteer entry found in the corpus texts (case-sensitive, whole words):
  * in corpora with an entity layer: whether a gold entity of the expected label covers
    the match (hits), or not (possible false positives, printed with counts);
  * in all corpora: the most frequent matches per file, to eyeball ambiguous entries.
The corpora must not be used to add names to the lists (held-out articles are scored).
"""

import collections
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GAZ = os.path.join(ROOT, "src", "data", "gazetteer")
LABEL = {
    "countries": {"GPE"},
    "cities": {"GPE"},
    "regions": {"GPE"},
    "locations": {"LOC"},
    "demonyms": {"NORP"},
    "organisations": {"ORG"},
    "news_outlets": {"ORG"},
    "given_names": {"PERSON"},
}
TOKEN = re.compile(r"[\w'’.&+\-/]+")


def load(name):
    out = set()
    with open(os.path.join(GAZ, name + ".txt"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            out.add(line.split("\t")[0].strip())
    return out


def matches(text, entries, maxlen):
    """(start, end, entry) for each longest entry match starting at a token."""
    toks = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]
    res = []
    i = 0
    while i < len(toks):
        found = None
        for n in range(min(maxlen, len(toks) - i), 0, -1):
            s = toks[i][0]
            e = toks[i + n - 1][1]
            cand = text[s:e]
            for c, ce in ((cand, e), (cand.rstrip(".,'’"), e - (len(cand) - len(cand.rstrip(".,'’"))))):
                if c in entries:
                    found = (s, ce, c, n)
                    break
            if found:
                break
        if found:
            res.append(found[:3])
            i += found[3]
        else:
            i += 1
    return res


def main():
    corpus = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/corpus"
    docs = []
    for fn in sorted(os.listdir(corpus)):
        if fn.endswith(".jsonl"):
            with open(os.path.join(corpus, fn), encoding="utf-8") as f:
                docs += [json.loads(l) for l in f]
    for name, labels in LABEL.items():
        entries = load(name)
        maxlen = max(len(e.split()) for e in entries)
        hit, miss, freq = collections.Counter(), collections.Counter(), collections.Counter()
        for d in docs:
            text = d["text"]
            ents = d.get("entities")
            for s, e, entry in matches(text, entries, maxlen):
                freq[entry] += 1
                if ents is None or "entities" not in d.get("layers", ["entities"]):
                    continue
                ok = any(g["start"] <= s and e <= g["end"] and g["label"] in labels for g in ents)
                (hit if ok else miss)[entry] += 1
        h, m = sum(hit.values()), sum(miss.values())
        print(f"== {name}: {len(entries)} entries; in annotated docs {h} matches inside a gold "
              f"{'/'.join(sorted(labels))}, {m} not")
        print("   not covered:", ", ".join(f"{k}:{v}" for k, v in miss.most_common(40)))
        print("   most frequent overall:", ", ".join(f"{k}:{v}" for k, v in freq.most_common(40)))


if __name__ == "__main__":
    main()
