# Article Annotator — the two commands a developer needs:
#   make serve   build everything and serve the page on http://127.0.0.1:8000
#   make test    run every test (native, wasm, browser)
# and: make build, make eval (scores on ../shared/corpus), make bench.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
TOOLS := $(CURDIR)/.tools
export PATH := $(TOOLS)/bin:$(CURDIR)/node_modules/.bin:$(PATH)
CORPUS ?= ../shared/corpus
PORT ?= 8000
WASM_TARGET := wasm32-unknown-unknown
WASM := target/$(WASM_TARGET)/wasm/article_annotator.wasm
PKG := www/pkg

.PHONY: all setup setup-test build wasm native serve test test-native test-wasm test-browser eval bench clean dist

all: build

setup:
	scripts/setup.sh build

setup-test:
	scripts/setup.sh test

build: setup wasm native

native:
	cargo build --release

# The page's module: wasm-bindgen glue for `--target web` (into target/bindgen), bundled by esbuild
# with www/module.js, whose `annotate` builds the result objects in JS from annotateFlat's typed
# arrays; then wasm-opt from npm binaryen (Debian's binaryen 108 silently breaks wasm-bindgen
# output). -ocimfs 30: a function with one caller is inlined only when small; inlining them all
# made one function of most of the core, which V8 compiles whole before the first call can run
# (first call in a fresh Chromium page, median of 15 interleaved: 129 ms -> 92 ms at 200; same
# size and throughput). 100 rather than 200: 0.4 KB less gzip, node's time on the dev articles
# the same within the noise of interleaved runs; 60 rather than 100: 0.17 KB less, Chromium's
# time the same (three interleaved runs of 150 passes, medians within 1.5% either side). -Os
# rather than -Oz, with 40: 0.45 KB less gzip than -Oz with 60 (-Oz inlines less, but its code
# compresses worse), Chromium's time the same (four interleaved runs, medians within 2%); 30
# rather than 40: 0.1 KB less, node's time the same (interleaved, medians within 1%). The glue
# is bundled without its console calls (wasm-bindgen's warnings about a server's MIME type and
# deprecated init parameters; we pass the current ones): -164 bytes gzip. The custom sections naming the toolchain and
# its target features are of no use to a browser (-276 bytes gzip), and the glue is minified
# (3,395 -> 2,452 bytes gzip): together they keep wasm + glue inside the 300 KB budget.
# --low-memory-unused lets wasm-opt fold constant offsets into loads and stores (-1.2 KB gzip):
# rustc lays the 1 MB stack out first, growing down towards address 0, and the data after it,
# so the lowest 1 KB is touched only by a stack 1023 KB deep. --converge runs -Os again while
# the module still shrinks (-0.6 KB gzip: code only; the functions stay as -ocimfs leaves
# them, 426 -> 421; node's time on the dev articles unchanged). Then --flatten --rereloop and
# -Os once more: binaryen rebuilds each function's control flow from a flat form, and -Os
# cleans up after it (-0.5 KB gzip, 304,942 -> 304,460 bytes of wasm; the annotations of the
# 24 dev articles and the 84 polnear-dev articles identical, node's time on the dev articles
# the same: medians 7.16 vs 7.15 ms over 250 interleaved passes; cold start above the
# floor in fresh Chromium pages, BENCH_ONLY=cold, three alternating runs of 15-25 pages:
# 29.6, 30.8, 26.8 ms with it against 24.6, 26.8, 27.3 without, within this machine's noise
# or ~2 ms dearer). -Oz twice in place of that last -Os (session 27): -966 bytes gzip
# (307,112 -> 306,146), node's time on the dev articles the same (medians 7.50 vs 7.51 ms).
# www/module.js imports the glue from here.
BINDGEN := target/bindgen
wasm:
	cargo build --profile wasm --lib --target $(WASM_TARGET) --no-default-features
	wasm-bindgen --target web --out-dir $(BINDGEN) --out-name article_annotator $(WASM)
	rm -rf $(PKG) && mkdir -p $(PKG)
	wasm-opt -Os -ocimfs 30 --converge --low-memory-unused --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
		--strip-producers --strip-target-features --flatten --rereloop -Oz -Oz \
		$(BINDGEN)/article_annotator_bg.wasm -o $(PKG)/article_annotator_bg.wasm
	esbuild www/module.js --bundle --format=esm --minify --drop:console --log-level=warning --outfile=$(PKG)/article_annotator.js
	cp $(BINDGEN)/article_annotator.d.ts $(PKG)/
	@ls -l $(PKG)/article_annotator_bg.wasm | awk '{print "built " $$9 " (" $$5 " bytes)"}'

# The embeddable widget: dist/article-annotator.js, one self-contained ES module (the wasm and the
# styles inside), and dist/article-annotator.d.ts. See docs/EMBEDDING.md.
dist: wasm
	node scripts/build-dist.mjs

serve: build
	node scripts/serve.mjs --root www --port $(PORT)

test: setup-test wasm test-native test-wasm test-browser

# The property tests and rule cases again in a debug build, whose overflow checks catch an
# index computed below zero that the release build would wrap silently.
test-native:
	cargo test --release
	cargo test --test properties --test rules --test hostile

test-wasm:
	cargo test --release --target $(WASM_TARGET) --no-default-features --test wasm

test-browser: native
	CHROMIUM=/usr/bin/chromium node --test tests/browser/

eval: native
	@if [ ! -d "$(CORPUS)" ]; then \
		echo "make eval: no corpus folder at $(CORPUS) (it is shared development data, not part of the repo); set CORPUS=path"; \
		exit 1; fi
	target/release/annotate --eval $(sort $(wildcard $(CORPUS)/news-dev.jsonl $(CORPUS)/gum-news-dev.jsonl $(CORPUS)/polnear-dev.jsonl))

# Speed: the browser comparison with peers (scripts/bench.mjs: one Chromium page; table printed and
# written to docs/bench.md), then the native core benchmark (criterion, quick mode).
bench: setup-test
	$(MAKE) wasm
	node scripts/bench.mjs
	cargo bench --bench annotate -- --quick

clean:
	cargo clean
	rm -rf $(PKG) dist

# Fuzzing (nightly toolchain, cargo-fuzz): each target in turn for FUZZ_SECONDS on one
# core, seeded from $(CORPUS) (fuzz/corpus and fuzz/artifacts are git-ignored). A crash
# stops the run; its input is in fuzz/artifacts/<target>/, ready for tests/regressions.rs.
FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?= annotate jsonl
FUZZ_FLAGS ?= -max_len=4096 -timeout=10 -rss_limit_mb=3072
# Debug assertions on; no AddressSanitizer (the crate is safe Rust) and no comparison
# tracing (the seeds bring the vocabulary): several times the executions a second.
FUZZ_BUILD ?= --sanitizer none --debug-assertions --no-trace-compares

.PHONY: fuzz
fuzz:
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
	fuzz/seed.sh $(CORPUS)
	@mkdir -p fuzz/artifacts
	@status=0; for t in $(FUZZ_TARGETS); do \
		echo "fuzz: $$t for $(FUZZ_SECONDS)s (log: fuzz/artifacts/$$t.log)"; \
		cargo +nightly fuzz run $(FUZZ_BUILD) $$t fuzz/corpus/$$t -- -max_total_time=$(FUZZ_SECONDS) \
			-print_final_stats=1 $(FUZZ_FLAGS) > fuzz/artifacts/$$t.log 2>&1 || status=1; \
		grep -E '^(==[0-9]+== ERROR|SUMMARY|Test unit written)|panicked at|crash-|timeout-|oom-' fuzz/artifacts/$$t.log || true; \
		echo "fuzz: $$t: $$(grep -ho 'stat::number_of_executed_units: [0-9]*' fuzz/artifacts/$$t.log | grep -o '[0-9]*$$' || echo '?') executions"; \
		if [ $$status != 0 ]; then echo "fuzz: $$t failed"; exit 1; fi; \
	done
