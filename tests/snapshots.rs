//! Golden snapshots of what a reader sees: every entity and claim of the seed article and
//! of three articles written for these tests (tests/data/handmade/, our own text), in a
//! compact form that reviews well. A change in behaviour shows as a snapshot diff;
//! accept it with `cargo insta review` only when the new output is better.

use article_annotator::output::view;
use article_annotator::text::Unit;
use std::fmt::Write;

fn render(text: &str) -> String {
    let doc = view(text, &article_annotator::annotate(text), Unit::Scalar);
    let mut out = String::new();
    let _ = writeln!(out, "sentences: {}", doc.sentences.len());
    let _ = writeln!(out, "entities:");
    for e in &doc.entities {
        let group = &doc.groups[e.entity];
        let alias = if group.name != e.text { format!("  = {}", group.name) } else { String::new() };
        let _ = writeln!(out, "  {:<8} {:?} @{}{alias}", e.label, e.text, e.start);
    }
    let _ = writeln!(out, "claims:");
    for c in &doc.claims {
        let source = c.source.as_ref().map_or("—".to_string(), |s| format!("{:?}", s.text));
        let linked = c.source_entity.map_or(String::new(), |id| format!(" [{}]", doc.groups[id].name));
        let _ = writeln!(
            out,
            "  {:<10} cue={:?} source={source}{linked}{}\n             content={:?}",
            c.kind,
            c.cue.text,
            if c.direct { " direct" } else { "" },
            c.content.text
        );
    }
    out
}

#[test]
fn seed_article() {
    insta::assert_snapshot!(render(include_str!("data/seed-cyber-japan.txt")));
}

#[test]
fn handmade_court_denial() {
    insta::assert_snapshot!(render(include_str!("data/handmade/court-denial.txt")));
}

#[test]
fn handmade_markets_report() {
    insta::assert_snapshot!(render(include_str!("data/handmade/markets-report.txt")));
}

#[test]
fn handmade_unicode_mix() {
    insta::assert_snapshot!(render(include_str!("data/handmade/unicode-mix.txt")));
}

#[test]
fn handmade_match_report() {
    insta::assert_snapshot!(render(include_str!("data/handmade/match-report.txt")));
}
