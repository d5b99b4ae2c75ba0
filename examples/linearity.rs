//! Whether annotation time grows linearly with the text, for texts of many shapes: each shape
//! annotated at 1 MB and at 8 MB, and the time ratio printed against 8.0. A scan of everything
//! found so far, made once a word, shows here as a ratio well above 8 on the shape that asks it.
//!
//!     cargo run --release --example linearity [-- CORPUS_DIR]
//!
//! Wall-clock times on a shared machine: ratios up to ~10 are cache effects (an 8 MB text's
//! tables do not fit where a 1 MB text's do); far above that is an algorithm to look at.

use std::time::Instant;

#[path = "../benches/texts.rs"]
mod texts;
use texts::{corpus_texts as corpus, joined};

/// Capitalised made-up words, none repeated for a long while: names the gazetteers do not know.
fn made_up_names(n: usize) -> Vec<String> {
    let (cons, vows) = (b"bdfghklmnprstvz", b"aeiou");
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    (0..n)
        .map(|_| {
            let mut w = String::new();
            for k in 0..3 {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                let c = cons[(x % cons.len() as u64) as usize] as char;
                w.push(if k == 0 { c.to_ascii_uppercase() } else { c });
                w.push(vows[((x >> 8) % vows.len() as u64) as usize] as char);
            }
            w
        })
        .collect()
}

/// A shape's name and how to make a text of it at least so many bytes long.
type Shape = (&'static str, Box<dyn Fn(usize) -> String>);

fn shapes(articles: &[String]) -> Vec<Shape> {
    let articles = articles.to_vec();
    let caps: Vec<String> = articles.iter().map(|a| a.to_uppercase()).collect();
    let one_paragraph: Vec<String> = articles.iter().map(|a| a.replace('\n', " ")).collect();
    let names = made_up_names(1 << 16);
    let names2 = names.clone();
    let names3 = names.clone();
    let cycle = move |bytes: usize, piece: &dyn Fn(usize) -> String| {
        let mut out = String::new();
        let mut i = 0;
        while out.len() < bytes {
            out.push_str(&piece(i));
            i += 1;
        }
        out
    };
    vec![
        ("articles joined", Box::new(move |b| joined(&articles, b))),
        ("articles in capitals", Box::new(move |b| joined(&caps, b))),
        ("articles as one paragraph", Box::new(move |b| joined(&one_paragraph, b).replace("\n\n", " "))),
        ("made-up names, said", Box::new(move |b| cycle(b, &|i| {
            let n = &names[i % names.len()];
            format!("{n} {} said the {n} plan failed, and {} denied it. ", names[(i * 7 + 1) % names.len()], names[(i * 13 + 5) % names.len()])
        }))),
        ("lists: X, Y and Z in place context", Box::new(move |b| cycle(b, &|i| {
            format!("Troops were seen in {}, {} and {} on Monday. ", names2[i % names2.len()], names2[(i + 1) % names2.len()], names2[(i + 2) % names2.len()])
        }))),
        ("quotes and pronouns", Box::new(move |b| cycle(b, &|i| {
            let n = &names3[i % names3.len()];
            format!("“We will not stop,” {n} said. “It is over,” he added, according to {n} Corp. She denied it.\n")
        }))),
        ("one sentence, no full stop", Box::new(move |b| cycle(b, &|i| format!("officials in Paris said {i} people were hurt and ")))),
    ]
}

fn time(text: &str) -> f64 {
    let mut best = f64::MAX;
    for _ in 0..3 {
        let t = Instant::now();
        std::hint::black_box(article_annotator::annotate(text));
        best = best.min(t.elapsed().as_secs_f64());
    }
    best
}

fn main() {
    let dir = std::env::args().nth(1).map(Into::into)
        .unwrap_or_else(|| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    let articles = corpus(&dir);
    article_annotator::annotate(&articles[0]); // tables built before timing
    println!("{:<38} {:>10} {:>10} {:>8}", "shape", "1 MB ms", "8 MB ms", "ratio");
    // LINEARITY_SHAPE=capitals (say): only the shapes whose name has that word, e.g. under perf.
    let only = std::env::var("LINEARITY_SHAPE").unwrap_or_default();
    for (name, make) in shapes(&articles).into_iter().filter(|(name, _)| name.contains(only.as_str())) {
        let (small, big) = (make(1 << 20), make(8 << 20));
        let (ts, tb) = (time(&small), time(&big));
        let ratio = tb / ts * (small.len() as f64 / big.len() as f64) * 8.0;
        println!("{name:<38} {:>10.1} {:>10.1} {:>8.2}", ts * 1e3, tb * 1e3, ratio);
    }
}
