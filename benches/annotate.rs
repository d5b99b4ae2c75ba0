//! Native benchmarks of the core: the seed article, every dev article when the shared
//! corpus is present, and 1 MB / 10 MB texts made by joining articles (linearity).
//!
//!     cargo bench --bench annotate

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

const SEED: &str = include_str!("../tests/data/seed-cyber-japan.txt");

/// Texts of the shared dev corpora, when present next to the repo.
fn corpus_texts() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let mut texts = Vec::new();
    for name in ["news-dev.jsonl", "gum-news-dev.jsonl"] {
        if let Ok(bytes) = std::fs::read(dir.join(name)) {
            for article in article_annotator::jsonl::read_articles(&bytes).into_iter().flatten() {
                texts.push(article.text);
            }
        }
    }
    if texts.is_empty() {
        texts.push(SEED.to_string());
    }
    texts
}

fn joined(texts: &[String], bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 4096);
    while out.len() < bytes {
        for t in texts {
            out.push_str(t);
            out.push_str("\n\n");
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("annotate");
    group.throughput(Throughput::Bytes(SEED.len() as u64));
    group.bench_function("seed article", |b| b.iter(|| article_annotator::annotate(black_box(SEED))));

    let texts = corpus_texts();
    let total: usize = texts.iter().map(String::len).sum();
    group.throughput(Throughput::Bytes(total as u64));
    group.bench_function(format!("{} dev articles, one by one", texts.len()), |b| {
        b.iter(|| texts.iter().map(|t| article_annotator::annotate(black_box(t)).mentions.len()).sum::<usize>())
    });

    group.sample_size(10);
    for mb in [1, 10] {
        let text = joined(&texts, mb << 20);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("{mb} MB text"), |b| b.iter(|| article_annotator::annotate(black_box(&text))));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
