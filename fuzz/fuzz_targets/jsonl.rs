//! Arbitrary bytes as a gold JSON Lines file: reading never panics, each error names a
//! line that exists, and every article read is annotated and written back in gold form.
#![no_main]

use article_annotator::jsonl::read_articles;
use article_annotator::output::to_gold;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let lines = data.split(|&b| b == b'\n').count();
    for item in read_articles(data) {
        match item {
            Ok(article) => {
                let ann = article_annotator::annotate(&article.text);
                let gold = to_gold(&article.id, &article.text, &ann);
                assert_eq!(gold.text, article.text);
                assert_eq!(gold.entities.len(), ann.mentions.len());
                serde_json::to_string(&gold).expect("gold serializes");
            }
            Err(e) => {
                assert!(
                    e.line >= 1 && e.line <= lines,
                    "error names line {} of {lines}",
                    e.line
                );
                assert!(!e.message.is_empty());
            }
        }
    }
});
