//! The rules of the annotator by example, as data (`tests/cases/rules.jsonl`, our own
//! sentences): each case names the rule it pins, a text, and what the output must hold —
//! `has`: mentions (text, label) that must be found; `lacks`: mentions that must not be;
//! `claims`: claims that must be found, each given by the fields that matter (`cue`,
//! `kind`, `source`, `content`, `linked`: the name of the entity the source is linked to; a
//! `source` of null means none; an empty list: no claim at all); `lacks_claims`: claims that
//! must not be. Every case is run and every
//! failure reported, so one broken rule shows all it breaks.

use article_annotator::{annotate, Annotations};
use serde_json::Value;

fn mentions<'a>(text: &'a str, ann: &Annotations) -> Vec<(&'a str, &'static str)> {
    ann.mentions.iter().map(|m| (m.span.text(text), m.label.as_str())).collect()
}

/// Whether one of the claims of `ann` agrees with `want` on every field `want` gives.
fn has_claim(text: &str, ann: &Annotations, want: &serde_json::Map<String, Value>) -> bool {
    ann.claims.iter().any(|c| {
        want.iter().all(|(field, value)| match field.as_str() {
            "cue" => value.as_str() == Some(c.cue.text(text)),
            "content" => value.as_str() == Some(c.content.text(text)),
            "source" => value.as_str() == c.source.map(|s| s.text(text)),
            "kind" => value.as_str() == Some(c.kind.as_str()),
            // The entity the source is linked to, by its name ("the chipmaker" -> "Nvidia").
            "linked" => value.as_str() == c.source_entity.map(|id| ann.entities[id].name.text(text)),
            other => panic!("unknown claim field {other:?}"),
        })
    })
}

#[test]
fn every_rule_holds() {
    let mut failures = Vec::new();
    for (n, line) in include_str!("cases/rules.jsonl").lines().enumerate() {
        let case: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("rules.jsonl line {}: {e}", n + 1));
        let (rule, text) = (case["rule"].as_str().expect("rule"), case["text"].as_str().expect("text"));
        let ann = annotate(text);
        let found = mentions(text, &ann);
        let pairs = |key: &str| -> Vec<(String, String)> {
            case[key].as_array().into_iter().flatten()
                .map(|p| (p[0].as_str().expect("mention text").to_string(), p[1].as_str().expect("label").to_string()))
                .collect()
        };
        let holds = |(t, l): &(String, String)| found.iter().any(|(ft, fl)| ft == t && fl == l);
        for want in pairs("has").iter().filter(|w| !holds(w)) {
            failures.push(format!("line {}: {rule}: {want:?} not found in {found:?}", n + 1));
        }
        for unwanted in pairs("lacks").iter().filter(|w| holds(w)) {
            failures.push(format!("line {}: {rule}: {unwanted:?} found", n + 1));
        }
        for unwanted in case["lacks_claims"].as_array().into_iter().flatten() {
            if has_claim(text, &ann, unwanted.as_object().expect("a claim is an object")) {
                failures.push(format!("line {}: {rule}: claim {unwanted} found", n + 1));
            }
        }
        // `"claims": []` says there are none (a list of claims says only what must be found).
        if case["claims"].as_array().is_some_and(|c| c.is_empty()) && !ann.claims.is_empty() {
            failures.push(format!("line {}: {rule}: no claim wanted, {} found", n + 1, ann.claims.len()));
        }
        for want in case["claims"].as_array().into_iter().flatten() {
            if !has_claim(text, &ann, want.as_object().expect("a claim is an object")) {
                let ours: Vec<_> = ann.claims.iter()
                    .map(|c| (c.cue.text(text), c.source.map(|s| s.text(text)), c.content.text(text)))
                    .collect();
                failures.push(format!("line {}: {rule}: no claim {want} in {ours:?}", n + 1));
            }
        }
    }
    assert!(failures.is_empty(), "{} rule case(s) failed:\n{}", failures.len(), failures.join("\n"));
}
