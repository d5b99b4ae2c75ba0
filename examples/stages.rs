//! Where the core's time goes: each pipeline stage timed natively, on the dev articles (one call
//! each), a 1 MB and a 10 MB text joined from them (as benches/annotate.rs does). Also the first
//! call, which builds the word-list tables (part of the page's cold start).
//!
//!     cargo run --release --example stages [-- CORPUS_DIR]
//!     STAGES_MB=1 perf record -g target/release/examples/stages   (then perf report)
//!
//! Numbers are wall-clock medians of a few repetitions on a shared machine: compare stages with
//! each other, not with another run.

use article_annotator::{aliases, claims, entities, output, text::Unit, Document};
use std::time::{Duration, Instant};

#[path = "../benches/texts.rs"]
mod texts;
use texts::{corpus_texts as corpus, joined};
// Only the pipeline's stable entry points (lib.rs, README): the stages inside `entities` and
// `claims` are being rewritten; `perf record` (below) splits them further.
const STAGES: [&str; 6] = ["Document::parse (tokens+sentences)", "entities::recognize", "aliases::group",
    "claims::extract", "output::view (utf16)", "serialize (serde_json)"];
const N: usize = STAGES.len();

/// One annotation, stage by stage, as `article_annotator::annotate` + the wasm shell run them.
fn stages(text: &str, acc: &mut [Duration; N]) -> usize {
    let mut t = Instant::now();
    let mut lap = |i: usize, acc: &mut [Duration; N]| {
        let now = Instant::now();
        acc[i] += now - t;
        t = now;
    };
    let doc = Document::parse(text);
    lap(0, acc);
    let found = entities::recognize(&doc);
    lap(1, acc);
    let (mentions, ents) = aliases::group(text, found);
    lap(2, acc);
    let claims = claims::extract(&doc, &mentions);
    lap(3, acc);
    let ann = article_annotator::Annotations {
        sentences: doc.sentences.iter().map(|s| s.span).collect(),
        mentions,
        entities: ents,
        claims,
    };
    let view = output::view(text, &ann, Unit::Utf16);
    lap(4, acc);
    let json = serde_json::to_string(&view).unwrap();
    lap(5, acc);
    json.len() + ann.mentions.len()
}

fn report(name: &str, bytes: usize, reps: usize, run: impl Fn(&mut [Duration; N])) {
    let mut all: Vec<[Duration; N]> = Vec::new();
    for _ in 0..reps {
        let mut acc = [Duration::ZERO; N];
        run(&mut acc);
        all.push(acc);
    }
    let med = |i: usize| {
        let mut v: Vec<Duration> = all.iter().map(|a| a[i]).collect();
        v.sort();
        v[v.len() / 2]
    };
    let total: Duration = (0..N).map(med).sum();
    println!("\n{name}: {bytes} bytes, median of {reps}: {:.1} ms, {:.2} MB/s", total.as_secs_f64() * 1e3,
        bytes as f64 / 1e6 / total.as_secs_f64());
    for (i, stage) in STAGES.iter().enumerate() {
        let d = med(i);
        println!("  {stage:<26} {:>10.2} ms {:>5.1}%", d.as_secs_f64() * 1e3, 100.0 * d.as_secs_f64() / total.as_secs_f64());
    }
}

fn main() {
    let dir = std::env::args().nth(1).map(Into::into)
        .unwrap_or_else(|| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    let texts = corpus(&dir);
    // The word lists are parsed and their tables built on first use (part of the page's cold start).
    let t = Instant::now();
    let first = article_annotator::annotate(&texts[0]);
    println!("first call (builds the word-list tables, then annotates {} bytes): {:.1} ms; a second call: {:.2} ms",
        texts[0].len(), t.elapsed().as_secs_f64() * 1e3, {
            let t = Instant::now();
            std::hint::black_box(article_annotator::annotate(&texts[0]));
            t.elapsed().as_secs_f64() * 1e3
        });
    std::hint::black_box(first);
    let total: usize = texts.iter().map(String::len).sum();
    report(&format!("{} articles, one call each", texts.len()), total, 15, |acc| {
        for t in &texts {
            std::hint::black_box(stages(t, acc));
        }
    });
    // STAGES_MB=1 (say) limits the joined texts, e.g. under `perf record`.
    let sizes = std::env::var("STAGES_MB").unwrap_or_else(|_| "1,10".into());
    for mb in sizes.split(',').filter_map(|s| s.trim().parse::<usize>().ok()) {
        let reps = if mb >= 10 { 3 } else { 5 };
        let text = joined(&texts, mb << 20);
        report(&format!("{mb} MB text"), text.len(), reps, |acc| {
            std::hint::black_box(stages(&text, acc));
        });
    }
}
