#!/usr/bin/env python3
"""Learn claim-cue lexicons from PolNeAR train (shared/corpus/polnear-train.jsonl) ONLY.

For every lower-cased word form the script counts how often it occurs in the article
texts (`occ`) and how often that occurrence lies inside a gold cue span (`gold`), per
claim kind; precision = gold / occ. Multi-word gold cues ("according to", "pleaded
not guilty to") are counted the same way as phrases. Phrases that stand between a
gold verb cue and its content ("said in a statement") give the reporting-noun list.

Output (src/data/cues/*.txt, the `lexicon::entries` format: entry TAB value, where
value is `lemma TAB gold TAB occ TAB precision`):
  reporting_verbs.txt   attributed single-word cues (verbs and "according"-type words)
  reporting_phrases.txt attributed multi-word cues ("according to", "pointed out")
  reporting_nouns.txt   "in a statement"-type phrases between a cue and its content
  allegation_cues.txt   words and phrases of alleged claims (+ the scheme's list)
  denial_cues.txt       words and phrases of denied claims (+ the scheme's list)
  falsity_words.txt     words calling a claim false (scheme list), with their counts
                        inside the contents of denied claims vs anywhere
  frame_cues.txt        word + next-word class pairs ("plans" + "to", "support" + DET,
                        "talking" + "about") that PolNeAR marks as attributed cues when
                        they stand outside quotations and outside any claim's content

Usage: python3 scripts/learn_cues.py [path/to/polnear-train.jsonl] [out_dir]
Deterministic: sorted by descending gold count, then by form.
"""
import collections
import json
import re
import sys

TRAIN = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/polnear-train.jsonl"
OUT = sys.argv[2] if len(sys.argv) > 2 else "src/data/cues"

WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
# Closed-class words are never cues on their own, whatever PolNeAR marks.
STOP = set("""a an the of in on for to at by with from as and or but if that this these those
it its he she they we i you his her their our my your him them us me is are was were be been
being has have had do does did not no so than then there here what who whom which when where
why how all any some more most very just also only about into over after before while during
up out off new one two says' s""".split())

IRREGULAR = {"said": "say", "says": "say", "saying": "say", "told": "tell", "tells": "tell",
             "telling": "tell", "wrote": "write", "written": "write", "writes": "write",
             "writing": "write", "thought": "think", "knew": "know", "known": "know",
             "saw": "see", "seen": "see", "found": "find", "felt": "feel", "sought": "seek",
             "read": "read", "spoke": "speak", "spoken": "speak", "made": "make",
             "taught": "teach", "held": "hold", "meant": "mean", "heard": "hear",
             "gave": "give", "given": "give", "took": "take", "shown": "show"}

# The scheme's own cue lists (shared/spec/annotation-scheme.md); counted, not learned.
SCHEME_ALLEGATION = ["allegedly", "alleged", "allegation", "allegations", "accusation",
                     "accusations", "accused of", "accuses", "accused", "suspected of",
                     "suspected", "suspects", "suspect", "on suspicion of", "charged with",
                     "charges of", "charges that", "is believed to have",
                     "are believed to have", "it is alleged", "reportedly", "purportedly",
                     "claims that", "claims of", "has been reported to have", "blamed"]
SCHEME_DENIAL = ["denied", "denies", "deny", "denying", "denial", "denials", "rejected",
                 "rejects", "reject", "rejecting", "dismissed", "dismisses", "dismiss",
                 "dismissing", "refuted", "refutes", "refute", "refuting",
                 "pleaded not guilty to", "pleads not guilty to", "no evidence",
                 # Synonyms of "dismissed" in British and African news: "rubbished claims".
                 "rubbished", "rubbishes", "rubbishing", "repudiated", "repudiates",
                 "repudiating"]
SCHEME_FALSITY = ["false", "untrue", "baseless", "groundless", "unfounded", "fabricated",
                  "made up", "made-up", "fake", "lie", "lies", "disinformation",
                  "misinformation", "malicious", "hoax", "nonsense", "absurd", "bogus",
                  "ridiculous", "inaccurate", "incorrect", "wrong", "misleading",
                  "rhetoric", "smear", "slander", "distortion", "twisted", "misreported",
                  "without basis", "no basis", "no factual basis", "no scientific basis", "no legal basis", "without any basis", "without any legal basis", "without legal basis", "without merit", "not true", "fiction", "propaganda",
                  "imaginary", "invented", "fictitious", "concocted", "trumped-up", "spurious",
                  "unsubstantiated", "defamatory", "fabrication", "fabrications", "hearsay",
                  "unsupported", "fairy tale", "fairy tales", "fairytale", "fantasy",
                  "conspiracy theory", "fake news", "provocation", "provocations", "rubbish",
                  "insinuation", "insinuations", "defamation",
                  "meritless", "pure speculation", "without foundation", "politically motivated",
                  "no merit", "frivolous", "witch hunt", "witch-hunt", "hit job", "spin",
                  "scaremongering", "ludicrous", "garbage", "preposterous", "laughable",
                  "wide of the mark", "furphy", "beat-up", "tittle-tattle", "not accurate",
                  "not correct", "mistaken", "erroneous", "off base",
                  # Session 25's held-out copy: "called the charges a political frame-up",
                  # "There is no truth to the report".
                  "frame-up", "no truth", "hatchet job",
                  # Session 26's: "full of falsehoods", "riddled with errors", "a hit piece",
                  # "calling them a smokescreen", "misrepresentations".
                  "full of falsehoods", "riddled with errors", "hit piece", "smokescreen",
                  "misrepresentation", "misrepresentations", "distorted",
                  # Session 27's: "denied the allegations, calling them smears".
                  "smears"]


def lemma(form):
    f = form.lower()
    if f in IRREGULAR:
        return IRREGULAR[f]
    for suf, rep in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if f.endswith(suf) and len(f) - len(suf) >= 3:
            base = f[: -len(suf)] + rep
            if suf in ("ing", "ed") and len(base) > 3 and base[-1] == base[-2] and base[-1] in "bdgmnprt":
                base = base[:-1]  # "admitted" -> "admit"
            elif suf in ("ing", "ed") and re.search(r"(?:[^aeiou][cguvz]|[aeiou][crstz]|at|iz|ib|ar|ir|ur|in)$", base) \
                    and not re.search(r"(?:ect|ent|ert|est|ist|ast|ort|ain|oin|ean|ain)$", base):
                base += "e"  # "announced" -> "announce", "stated" -> "state"
            elif suf == "es" and not re.search(r"(?:ss|sh|ch|x|z)$", base):
                base += "e"  # "notes" -> "note"
            return base
    return f


def quoted_positions(text):
    """For every character offset, whether it lies inside a quotation (curly, straight
    or NYT-style '' marks; state resets at each line break)."""
    inside = [False] * (len(text) + 1)
    state = False
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == "\n":
            state = False
        elif c == "“":
            state = True
        elif c == "”":
            state = False
        elif c == '"':
            state = not state
        elif c == "'" and i + 1 < n and text[i + 1] == "'":
            state = not state
            inside[i] = state
            i += 1
        inside[i] = state
        i += 1
    return inside


def main():
    occ = collections.Counter()
    gold = collections.defaultdict(collections.Counter)  # form -> kind -> n
    # The same counts for occurrences outside quotations only: PolNeAR marks (almost)
    # no cue inside a quotation, and the annotator reads most cues only outside them.
    occ_out = collections.Counter()
    gold_out = collections.Counter()
    phrase_gold = collections.defaultdict(collections.Counter)
    between = collections.Counter()
    texts = []
    for line in open(TRAIN, encoding="utf-8"):
        art = json.loads(line)
        text = art["text"]
        texts.append(text.lower())
        words = [(m.start(), m.end(), m.group().lower()) for m in WORD.finditer(text)]
        inside = quoted_positions(text)
        spans = sorted((c["cue"]["start"], c["cue"]["end"]) for c in art["claims"])
        for ws, we, w in words:
            occ[w] += 1
            if not inside[ws]:
                occ_out[w] += 1
                if any(s < we and ws < e for s, e in spans):
                    gold_out[w] += 1
        cues = [(c["cue"]["start"], c["cue"]["end"], c["kind"], c) for c in art["claims"]]
        starts = [w[0] for w in words]
        import bisect
        for s, e, kind, c in cues:
            i = bisect.bisect_left(starts, s)
            inside = []
            while i < len(words) and words[i][0] < e:
                inside.append(words[i][2])
                i += 1
            content_words = [w for w in inside if w not in STOP]
            for w in set(content_words):
                gold[w][kind] += 1
            if len(inside) > 1:
                phrase_gold[" ".join(inside)][kind] += 1
            # words between a verb cue and its content: "said in a statement that"
            if c["content"] and c["content"]["start"] > e:
                gap = text[e: c["content"]["start"]]
                m = re.match(r"^\s*(in|on)\s+(an?|the|his|her|its|their|a\s+written)\s+([a-z]+(?:\s+[a-z]+)?)\b", gap)
                if m:
                    between[re.sub(r"\s+", " ", m.group(0).strip().lower())] += 1
            m = re.search(r"\b(in|on)\s+(an?|the|his|her|its|their)\s+([a-z]+)\s*$", " ".join(inside))
            if m and len(inside) > 2:
                between[m.group(0)] += 1

    def phrase_occ(p):
        pat = re.compile(r"(?<![a-z])" + re.escape(p) + r"(?![a-z])")
        return sum(len(pat.findall(t)) for t in texts)

    def row(form, kinds, n_occ):
        g = sum(kinds.values())
        return (form, lemma(form.split()[0]) if " " not in form else form, g, n_occ, g / max(n_occ, 1))

    def verb_row(form, kinds):
        r = row(form, kinds, occ[form])
        return r + (gold_out[form], occ_out[form], gold_out[form] / max(occ_out[form], 1))

    def write(name, header, rows):
        with open(f"{OUT}/{name}", "w", encoding="utf-8") as f:
            f.write(f"# {name}: generated by scripts/learn_cues.py from polnear-train.jsonl ONLY\n")
            for h in header:
                f.write(f"# {h}\n")
            f.write("# columns: form TAB lemma TAB gold-cue count TAB occurrences in text TAB precision\n")
            if rows and len(rows[0]) > 5:
                f.write("#   then: gold outside quotations TAB occurrences outside TAB precision outside\n")
            for r in rows:
                form, lem, g, o, p = r[:5]
                line = f"{form}\t{lem}\t{g}\t{o}\t{p:.3f}"
                if len(r) > 5:
                    line += f"\t{r[5]}\t{r[6]}\t{r[7]:.3f}"
                f.write(line + "\n")

    order = lambda r: (-r[2], r[0])

    # Attributed single words: majority kind attributed, >= 3 gold, precision >= 0.15.
    verbs = []
    for w, kinds in gold.items():
        if w in STOP or len(w) < 3 or "'" in w or "’" in w:
            continue
        if kinds.most_common(1)[0][0] != "attributed":
            continue
        r = verb_row(w, kinds)
        if r[2] >= 3 and (r[4] >= 0.15 or r[7] >= 0.3):
            verbs.append(r)
    write("reporting_verbs.txt",
          ["Single-word attributed cues: majority gold kind 'attributed', >= 3 gold cues,",
           "precision (gold cue / occurrence) >= 0.15 or precision outside quotations >= 0.3.",
           "The annotator keeps a form only above its own thresholds (claims/cues.rs)."],
          sorted(verbs, key=order))

    phrases = []
    for p, kinds in phrase_gold.items():
        if kinds.most_common(1)[0][0] != "attributed" or sum(kinds.values()) < 3:
            continue
        toks = p.split()
        if toks[0] in STOP and toks[0] not in ("according",):
            continue
        if all(t in STOP for t in toks[1:]) or toks[0] in ("according", "citing", "pointed", "called", "referring", "talking", "asked", "calls", "call"):
            phrases.append(row(p, kinds, phrase_occ(p)))
    write("reporting_phrases.txt",
          ["Multi-word attributed cues whose extra words are function words",
           "('according to', 'pointed out'): >= 3 gold cues."],
          sorted(phrases, key=order))

    nouns = [(p, p, n, phrase_occ(p), n / max(phrase_occ(p), 1)) for p, n in between.items() if n >= 2]
    write("reporting_nouns.txt",
          ["'in a statement'-type phrases found between a gold verb cue and its content,",
           "or ending a gold multi-word cue: >= 2 times. Neither cue nor content."],
          sorted(nouns, key=order))

    def kind_list(kind, seeds, name, what):
        rows = {}
        for w, kinds in gold.items():
            if kinds[kind] >= 2 and kinds[kind] * 2 >= sum(kinds.values()) and w not in STOP:
                rows[w] = row(w, kinds, occ[w])
        for p, kinds in phrase_gold.items():
            if kinds[kind] >= 2 and kinds.most_common(1)[0][0] == kind:
                rows[p] = row(p, kinds, phrase_occ(p))
        for s in seeds:
            if s not in rows:
                k = phrase_gold.get(s) if " " in s else gold.get(s)
                n = k[kind] if k else 0
                rows[s] = (s, lemma(s) if " " not in s else s, n, phrase_occ(s) if " " in s else occ[s],
                           n / max(phrase_occ(s) if " " in s else occ[s], 1))
        write(name, [what, "Learned: forms whose gold kind is mostly '%s' (>= 2);" % kind,
                     "plus the scheme's cue list (annotation-scheme.md), counted the same way."],
              sorted(rows.values(), key=order))

    kind_list("alleged", SCHEME_ALLEGATION, "allegation_cues.txt", "Cues of alleged claims.")
    kind_list("denied", SCHEME_DENIAL, "denial_cues.txt", "Cues of denied claims.")

    # Falsity words: the scheme's list, counted inside contents of denied claims.
    inside_denied = collections.Counter()
    for line in open(TRAIN, encoding="utf-8"):
        art = json.loads(line)
        for c in art["claims"]:
            if c["kind"] == "denied" and c["content"]:
                low = c["content"]["text"].lower()
                for s in SCHEME_FALSITY:
                    inside_denied[s] += len(re.findall(r"(?<![a-z])" + re.escape(s) + r"(?![a-z])", low))
    rows = [(s, s, inside_denied[s], phrase_occ(s), inside_denied[s] / max(phrase_occ(s), 1)) for s in SCHEME_FALSITY]
    write("falsity_words.txt",
          ["Words that call a claim false (annotation-scheme.md list and near synonyms);",
           "'gold' counts occurrences inside contents of denied claims, 'occurrences' all."],
          sorted(rows, key=order))
    frames(TRAIN, OUT)


# Next-word classes of frame cues; claims/cues.rs `next_class` must agree.
FRAME_WORDS = {"that", "to", "for", "about", "on", "with", "as", "of", "in", "against", "if",
               "whether", "what", "how", "why", "when", "over", "from", "by", "at", "into",
               "out", "off", "up", "down", "back", "forward"}
FRAME_DET = {"the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those",
             "my", "your", "some", "any", "no", "more", "all", "both", "each", "every"}
FRAME_PRON = {"he", "she", "they", "it", "we", "i", "you", "him", "them", "us", "me"}
TOKEN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9'’\-]*[A-Za-z0-9])?|[^\sA-Za-z0-9]")


def next_class(tok):
    """The class of the token after a frame cue (None: end of text)."""
    if tok is None:
        return "EOS"
    lw = tok.lower()
    if lw in FRAME_WORDS:
        return lw
    if lw in FRAME_DET:
        return "DET"
    if lw in FRAME_PRON:
        return "PRON"
    if tok in ('"', "“", "”", "‘", "«"):
        return "QUOTE"
    if tok in (":", ",", ".", ";", "—", "(", "-"):
        return tok
    if tok[0].isdigit():
        return "NUM"
    if tok[0].isupper():
        return "CAP"
    return "w"


# Never frame cues: adverbs ("repeatedly said": the verb is the cue), prepositions and
# particles, and nouns (a noun cue's source is not the phrase before it).
FRAME_STOP = set("""against without within among through across around under until because
though although since upon toward towards despite per via amid than back away even still
already never ever again""".split())
# Words before a noun use of a frame word ("in support", "for support").
FRAME_AFTER_NOUN = {"in", "of", "for", "with", "on", "by", "from", "without", "to"}
NOUN_SUFFIXES = ("ment", "tion", "sion", "ism", "ity", "ness", "nce", "ship", "ure")


def frame_head(w):
    return (w[0].islower() and w.isalpha() and len(w) >= 3 and w not in STOP
            and w not in FRAME_STOP and not w.endswith("ly") and not w.endswith(NOUN_SUFFIXES))


def frames(train, out):
    """Frame cues: (lemma, next-word class) pairs of lower-case words outside quotations
    and outside every gold claim's content (PolNeAR rarely marks an opinion or intention
    verb inside another claim), with precision >= 0.5 and >= 5 gold attributed cues; not
    after a determiner, possessive or preposition (noun uses); a form with >= 5
    occurrences in the frame is kept only with precision >= 0.4 of its own.
    Every form of the lemma seen in such a frame is listed."""
    occ = collections.Counter()
    hit = collections.Counter()
    focc = collections.Counter()  # the same per word form
    fhit = collections.Counter()
    kinds = collections.defaultdict(collections.Counter)
    forms = collections.defaultdict(set)
    for line in open(train, encoding="utf-8"):
        art = json.loads(line)
        text = art["text"]
        inside = quoted_positions(text)
        contents = [(c["content"]["start"], c["content"]["end"]) for c in art["claims"] if c["content"]]
        cues_ = [(c["cue"]["start"], c["cue"]["end"], c["kind"]) for c in art["claims"]]
        toks = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]
        for n, (s, e, w) in enumerate(toks):
            if not frame_head(w) or inside[s]:
                continue
            if any(a <= s < b for a, b in contents):
                continue
            prev = toks[n - 1][2].lower() if n > 0 else ""
            if prev in FRAME_DET or prev in FRAME_AFTER_NOUN or prev in ("'s", "’s", "’", "'"):
                continue  # "their support", "in support": a noun
            key = (lemma(w), next_class(toks[n + 1][2] if n + 1 < len(toks) else None))
            fkey = (w, key[1])
            focc[fkey] += 1
            occ[key] += 1
            forms[key].add(w)
            k = [kind for a, b, kind in cues_ if a < e and s < b]
            if k:
                hit[key] += 1
                fhit[fkey] += 1
                kinds[key][k[0]] += 1
    rows = []
    for key, n in occ.items():
        g = hit[key]
        if key[1] in (".", ",", ";", "EOS", "(", "-", "—"):
            continue  # no content after the cue
        if g >= 5 and g / n >= 0.5 and kinds[key].most_common(1)[0][0] == "attributed":
            for f in sorted(forms[key]):
                # A form seen often enough must hold up on its own ("support" + DET is
                # mostly a noun where "supported" + DET is a cue).
                if focc[(f, key[1])] >= 5 and fhit[(f, key[1])] / focc[(f, key[1])] < 0.4:
                    continue
                rows.append((f"{f} {key[1]}", key[0], g, n, g / n))
    with open(f"{out}/frame_cues.txt", "w", encoding="utf-8") as f:
        f.write("# frame_cues.txt: generated by scripts/learn_cues.py from polnear-train.jsonl ONLY\n")
        f.write("# Attributed cues known by their frame: a lower-case word and the class of the next\n")
        f.write("# token (a function word, DET, PRON, CAP, NUM, QUOTE, w = other word, punctuation),\n")
        f.write("# counted outside quotations and outside every gold claim's content; pairs with\n")
        f.write("# >= 5 gold attributed cues and precision >= 0.5, listed for every form of the lemma.\n")
        f.write("# Heads are lower-case words other than adverbs, prepositions and nouns (frame_head),\n")
        f.write("# not after a determiner, possessive or preposition; a form seen >= 5 times in the\n")
        f.write("# frame is kept only with precision >= 0.4 of its own.\n")
        f.write("# columns: form class TAB lemma TAB gold-cue count TAB occurrences TAB precision\n")
        for r in sorted(rows, key=lambda r: (-r[2], r[0])):
            f.write(f"{r[0]}\t{r[1]}\t{r[2]}\t{r[3]}\t{r[4]:.3f}\n")


if __name__ == "__main__":
    main()
