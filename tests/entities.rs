//! Golden test on the project's seed article: the names it must find, with labels,
//! and the acronym grouped with its long form.

use article_annotator::{annotate, Label};

const SEED: &str = include_str!("data/seed-cyber-japan.txt");

fn labels_of<'a>(text: &'a str, ann: &article_annotator::Annotations) -> Vec<(&'a str, Label)> {
    ann.mentions
        .iter()
        .map(|m| (m.span.text(text), m.label))
        .collect()
}

#[test]
fn seed_article_names() {
    let ann = annotate(SEED);
    let found = labels_of(SEED, &ann);
    let want = [
        ("Japan", Label::Gpe),
        ("JAXA", Label::Org),
        ("Japanese Aerospace Exploration Agency", Label::Org),
        ("Mitsubishi Electric", Label::Org),
        ("Keio University", Label::Org),
        ("Tick", Label::Org),
        ("NHK", Label::Org),
        ("CNN", Label::Org),
        ("Microsoft", Label::Org),
        ("Australia", Label::Gpe),
        ("East China Sea", Label::Loc),
        ("Senkaku Islands", Label::Loc),
        ("Diaoyu", Label::Loc),
        ("2016", Label::Date),
        ("Chinese", Label::Norp),
    ];
    for (text, label) in want {
        assert!(
            found.contains(&(text, label)),
            "{text:?} {label:?} not found in {found:?}"
        );
    }
    // Headline capitals make no name; "Report" and "Military" are words here.
    assert!(!found
        .iter()
        .any(|(t, _)| *t == "Report" || t.contains("Military")));
    // Sentence adverbs and page furniture are not names.
    assert!(!found
        .iter()
        .any(|(t, _)| *t == "Meanwhile" || *t == "Accept"));
}

#[test]
fn seed_acronym_grouped_with_long_form() {
    let ann = annotate(SEED);
    let entity_of = |name: &str| {
        ann.mentions
            .iter()
            .find(|m| m.span.text(SEED) == name)
            .map(|m| m.entity)
            .unwrap_or_else(|| panic!("{name} not found"))
    };
    assert_eq!(
        entity_of("JAXA"),
        entity_of("Japanese Aerospace Exploration Agency")
    );
    assert_ne!(entity_of("JAXA"), entity_of("NHK"));
}

#[test]
fn mentions_sorted_and_disjoint() {
    let ann = annotate(SEED);
    for pair in ann.mentions.windows(2) {
        assert!(pair[0].span.end <= pair[1].span.start, "{pair:?}");
    }
}
