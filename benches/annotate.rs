//! Native benchmarks of the core: the seed article, every dev article when the shared
//! corpus is present, and 1 MB / 10 MB texts made by joining articles (linearity).
//!
//!     cargo bench --bench annotate

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

#[path = "texts.rs"]
mod texts;
use texts::{corpus_texts, joined, SEED};

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("annotate");
    group.throughput(Throughput::Bytes(SEED.len() as u64));
    group.bench_function("seed article", |b| b.iter(|| article_annotator::annotate(black_box(SEED))));

    let texts = corpus_texts(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
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
