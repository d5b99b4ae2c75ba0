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

# The page's module: wasm-bindgen glue for `--target web`, then wasm-opt from npm binaryen
# (Debian's binaryen 108 silently breaks wasm-bindgen output).
wasm:
	cargo build --profile wasm --lib --target $(WASM_TARGET) --no-default-features
	wasm-bindgen --target web --out-dir $(PKG) --out-name article_annotator $(WASM)
	wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
		$(PKG)/article_annotator_bg.wasm -o $(PKG)/article_annotator_bg.wasm
	@ls -l $(PKG)/article_annotator_bg.wasm | awk '{print "built " $$9 " (" $$5 " bytes)"}'

# The embeddable widget: dist/article-annotator.js, one self-contained ES module (the wasm and the
# styles inside), and dist/article-annotator.d.ts. See docs/EMBEDDING.md.
dist: wasm
	node scripts/build-dist.mjs

serve: build
	node scripts/serve.mjs --root www --port $(PORT)

test: setup-test wasm test-native test-wasm test-browser

test-native:
	cargo test --release

test-wasm:
	cargo test --release --target $(WASM_TARGET) --no-default-features --test wasm

test-browser:
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
