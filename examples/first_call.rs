//! The page's first call, natively: building the word-list tables plus one short article.
//! `valgrind --tool=callgrind target/release/examples/first_call` shows where its time goes.
fn main() {
    let text = "Prime Minister Shinzo Abe said on Tuesday that Japan would raise $2.5 billion, \
                according to officials in Tokyo. Reuters reported that the company denied it.";
    let t = std::time::Instant::now();
    let n = article_annotator::annotate(text).mentions.len();
    eprintln!("first call: {:?} ({n} mentions)", t.elapsed());
}
