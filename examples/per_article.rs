//! Annotation time per article of a JSONL corpus, slowest per byte first: texts that cost far
//! more than their length says are where a rule scans too much.
//!
//!     cargo run --release --example per_article -- CORPUS.jsonl [N]

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: per_article CORPUS.jsonl [N]");
    let show: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(10);
    let bytes = std::fs::read(&path).expect("readable corpus");
    let articles: Vec<_> = article_annotator::jsonl::read_articles(&bytes).into_iter().flatten().collect();
    article_annotator::annotate(&articles[0].text); // tables built before timing
    let mut rows: Vec<(f64, f64, usize, &str)> = articles
        .iter()
        .map(|a| {
            let mut best = f64::MAX;
            for _ in 0..5 {
                let t = Instant::now();
                std::hint::black_box(article_annotator::annotate(&a.text));
                best = best.min(t.elapsed().as_secs_f64());
            }
            (best * 1e6 / a.text.len() as f64 * 1e3, best * 1e6, a.text.len(), a.id.as_str())
        })
        .collect();
    rows.sort_by(|a, b| b.0.total_cmp(&a.0));
    let total: f64 = rows.iter().map(|r| r.1).sum();
    let bytes: usize = rows.iter().map(|r| r.2).sum();
    println!("{} articles, {:.1} ms, {:.2} µs/KB overall; slowest per byte:", rows.len(), total / 1e3, total / bytes as f64 * 1e3);
    for (per_kb, us, len, id) in rows.iter().take(show) {
        println!("{per_kb:>8.2} µs/KB {us:>9.1} µs {len:>7} bytes  {id}");
    }
}
