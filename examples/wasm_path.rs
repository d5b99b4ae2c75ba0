//! The work of the wasm module's `annotatePacked` (`annotate` + `flat(..).packed()`) on the dev
//! articles, for counting instructions without the browser or the JSON of `stages`:
//!
//!     valgrind --tool=callgrind --toggle-collect='wasm_path::run' target/release/examples/wasm_path
//!
//! counts the annotation passes only (the first call, which builds the word-list tables, is not
//! in `run`; `--toggle-collect='wasm_path::first'` counts it alone). PASSES=n sets the passes (3).

use article_annotator::{output::flat, text::Unit};

#[path = "../benches/texts.rs"]
#[allow(dead_code)]
mod texts;

#[inline(never)]
fn packed(text: &str) -> Vec<u32> {
    flat(text, &article_annotator::annotate(text), Unit::Utf16).packed()
}

/// One pass, which builds the word-list tables as the texts need them.
#[inline(never)]
fn first(texts: &[String]) -> usize {
    texts.iter().map(|t| packed(t).len()).sum()
}

#[inline(never)]
fn run(texts: &[String], passes: usize) -> usize {
    let mut n = 0;
    for _ in 0..passes {
        for t in texts {
            n += std::hint::black_box(packed(t)).len();
        }
    }
    n
}

fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let texts = texts::corpus_texts(&dir);
    let passes = std::env::var("PASSES").ok().and_then(|s| s.parse().ok()).unwrap_or(3);
    let n = first(&texts);
    println!("{} texts, {} bytes; {} numbers", texts.len(), texts.iter().map(String::len).sum::<usize>(),
        n + run(&texts, passes));
}
