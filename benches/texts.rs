//! The texts the native benchmarks run on, shared by `benches/annotate.rs` and
//! `examples/stages.rs`: the dev articles of the shared corpus when present (the seed
//! article otherwise), and big texts made by joining them.

use std::path::Path;

pub const SEED: &str = include_str!("../tests/data/seed-cyber-japan.txt");

/// Texts of news-dev and gum-news-dev in `dir`, or the seed article when there are none.
pub fn corpus_texts(dir: &Path) -> Vec<String> {
    let mut texts = Vec::new();
    for name in ["news-dev.jsonl", "gum-news-dev.jsonl"] {
        if let Ok(bytes) = std::fs::read(dir.join(name)) {
            texts.extend(article_annotator::jsonl::read_articles(&bytes).into_iter().flatten().map(|a| a.text));
        }
    }
    if texts.is_empty() {
        eprintln!("no corpus in {}: the seed article only", dir.display());
        texts.push(SEED.to_string());
    }
    texts
}

/// The texts joined by blank lines, repeated until at least `bytes` long.
pub fn joined(texts: &[String], bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 4096);
    while out.len() < bytes {
        for t in texts {
            out.push_str(t);
            out.push_str("\n\n");
        }
    }
    out
}
