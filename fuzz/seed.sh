#!/usr/bin/env bash
# Seeds the fuzz corpora from the shared development corpora (never committed: their
# licences forbid copying the texts; fuzz/corpus is git-ignored).
#   fuzz/seed.sh [CORPUS_DIR]     default: ../shared/corpus from the repo root
# corpus/annotate: each article text, and each paragraph of it, one file each.
# corpus/jsonl: a few whole lines, a few lines cut short, and hand-written bad lines.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
src="${1:-$here/../../shared/corpus}"
if ! ls "$src"/*.jsonl >/dev/null 2>&1; then
    echo "fuzz/seed.sh: no *.jsonl under $src; seeding with built-in examples only" >&2
fi
mkdir -p "$here/corpus/annotate" "$here/corpus/jsonl"
python3 - "$src" "$here/corpus" <<'PY'
import glob, hashlib, json, os, sys
src, out = sys.argv[1], sys.argv[2]

def put(target, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    name = hashlib.sha1(data).hexdigest()
    with open(os.path.join(out, target, name), "wb") as f:
        f.write(data)

n_text = n_line = 0
# At most this many annotate seeds per corpus file: enough variety, a quick first pass.
PER_FILE = 1000
for path in sorted(glob.glob(os.path.join(src, "*.jsonl"))):
    with open(path, "rb") as f:
        lines = [l for l in f.read().split(b"\n") if l.strip()]
    step = max(1, len(lines) * 3 // PER_FILE)
    for k, raw in enumerate(lines):
        if k % step:
            continue
        try:
            text = json.loads(raw)["text"]
        except Exception:
            continue
        # Whole texts are long; libFuzzer prefers small inputs, so paragraphs too.
        if len(text.encode()) <= 8192:
            put("annotate", text); n_text += 1
        for para in text.split("\n\n"):
            if 20 <= len(para) <= 4096:
                put("annotate", para); n_text += 1
        if k % (10 * step) == 0 and len(raw) <= 16384:
            put("jsonl", raw); put("jsonl", raw[: len(raw) // 2]); n_line += 2

for seed in [
    b'{"id":"a","text":"Smith said the deal was off."}\n',
    b'{"id":"a","text":"x"}\nnot json\n{"id":"b"}\n{"text":"\xff"}\n{"text":5}\n',
    b'{"id":1,"text":"\\u201cWe won,\\u201d she said.","entities":[]}\r\n',
    b'{"text":"A","claims":[{"kind":"attributed"}]}\n',
]:
    put("jsonl", seed); n_line += 1
for seed in ["", "Smith said it.", "“Quoted,” according to Reuters.", "He allegedly denied it."]:
    put("annotate", seed); n_text += 1
print(f"seeded {n_text} annotate inputs and {n_line} jsonl inputs into {out}")
PY
