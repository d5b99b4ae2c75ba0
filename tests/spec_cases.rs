//! The annotation scheme by example: every case of `tests/cases/spec-cases.jsonl`
//! (copied from shared/spec/cases.jsonl, CC0), one rule a case, run against the core.
//!
//! A case passes a layer when our output equals the gold exactly: the same entity
//! spans and labels; the same claims (kind, cue, source, content, direct), no more.
//! Cases we do not pass yet are listed in `tests/cases/known-failures.txt` as
//! `id:entities` or `id:claims`; any other failure fails the test, and so does a listed
//! case that now passes, so that the list only shrinks.

use article_annotator::jsonl::{read_articles, GoldArticle, GoldClaim};
use article_annotator::output::to_gold;
use std::collections::BTreeSet;

fn cases() -> Vec<GoldArticle> {
    read_articles(include_bytes!("cases/spec-cases.jsonl")).into_iter().map(|r| r.expect("spec cases parse")).collect()
}

fn known_failures() -> BTreeSet<String> {
    include_str!("cases/known-failures.txt")
        .lines()
        .map(|l| l.split('#').next().unwrap().trim())
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

fn claim_key(c: &GoldClaim) -> String {
    let span = |s: &article_annotator::jsonl::GoldSpan| format!("{}..{} {:?}", s.start, s.end, s.text);
    format!(
        "{} cue={} source={} content={}{}",
        c.kind,
        span(&c.cue),
        c.source.as_ref().map(span).unwrap_or_else(|| "null".into()),
        span(&c.content),
        if c.direct { " direct" } else { "" }
    )
}

/// What differs between gold and ours in one layer, or nothing.
fn compare(case: &GoldArticle, ours: &GoldArticle, layer: &str) -> Vec<String> {
    let (gold, predicted): (BTreeSet<String>, BTreeSet<String>) = match layer {
        "entities" => {
            let key = |e: &article_annotator::jsonl::GoldEntity| format!("{} {}..{} {:?}", e.label, e.start, e.end, e.text);
            (case.entities.iter().map(key).collect(), ours.entities.iter().map(key).collect())
        }
        _ => (case.claims.iter().map(claim_key).collect(), ours.claims.iter().map(claim_key).collect()),
    };
    let mut out: Vec<String> = gold.difference(&predicted).map(|g| format!("    missing {g}")).collect();
    out.extend(predicted.difference(&gold).map(|p| format!("    extra   {p}")));
    out
}

#[test]
fn spec_cases() {
    let known = known_failures();
    let mut unexpected = Vec::new();
    let mut now_passing = Vec::new();
    let mut passed = 0;
    let mut total = 0;
    for case in cases() {
        let ours = to_gold(&case.id, &case.text, &article_annotator::annotate(&case.text));
        for layer in ["entities", "claims"] {
            if !case.has_layer(layer) {
                continue;
            }
            total += 1;
            let key = format!("{}:{layer}", case.id);
            let problems = compare(&case, &ours, layer);
            match (problems.is_empty(), known.contains(&key)) {
                (true, false) => passed += 1,
                (true, true) => {
                    passed += 1;
                    now_passing.push(key)
                }
                (false, true) => {}
                (false, false) => unexpected.push(format!("{key}\n  text: {:?}\n{}", case.text, problems.join("\n"))),
            }
        }
    }
    eprintln!("spec cases: {passed} of {total} layers pass");
    assert!(unexpected.is_empty(), "{} spec case layers fail that are not known failures:\n{}", unexpected.len(), unexpected.join("\n"));
    assert!(now_passing.is_empty(), "now passing, remove from tests/cases/known-failures.txt:\n  {}", now_passing.join("\n  "));
}

#[test]
fn known_failures_name_real_cases() {
    let ids: BTreeSet<String> = cases().iter().flat_map(|c| [format!("{}:entities", c.id), format!("{}:claims", c.id)]).collect();
    for k in known_failures() {
        assert!(ids.contains(&k), "known-failures.txt names {k}, which is no case layer");
    }
}
