//! Property tests: over arbitrary Unicode and over news-like text built from fragments,
//! the annotator never panics and keeps every invariant of `common::check`.
//!
//! 256 cases a property by default; `PROPTEST_CASES=10000 cargo test --release --test
//! properties` for a longer run.

mod common;

use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::FileFailurePersistence;

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(256);
    ProptestConfig {
        cases,
        // Failing cases are replayed first on the next run; move them to regressions.rs.
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "tests/properties.proptest-regressions",
        ))),
        ..ProptestConfig::default()
    }
}

const NAMES: &[&str] = &[
    "Fumio Kishida",
    "Kishida",
    "Angela Merkel",
    "Merkel",
    "JAXA",
    "Japan Aerospace Exploration Agency",
    "the U.S.",
    "U.S.",
    "Mr. Smith",
    "Dr. Jane O'Brien",
    "O'Brien's",
    "Andrés Manuel López Obrador",
    "Reuters",
    "the White House",
    "Mt. Fuji",
    "Apple Inc.",
    "BBC",
    "NATO",
    "New York",
    "China’s",
    "John F. Kennedy",
    "the Ministry of Defence",
    "Émilie Zola",
    "He",
    "She",
    "They",
    "police",
];

const TITLES: &[&str] = &[
    "President",
    "Prime Minister",
    "Sen.",
    "Gov.",
    "Chancellor",
    "spokeswoman",
    "a spokesman for",
    "Secretary-General",
    "CEO",
];

const CUES: &[&str] = &[
    "said",
    "says",
    "said on Tuesday",
    "told reporters",
    "according to",
    "According to",
    "allegedly",
    "reportedly",
    "denied",
    "denies",
    "dismissed",
    "claimed",
    "suspected of",
    "accused",
    "called it false",
    "insisted",
    "warned",
    "said that",
    "said the",
];

const WORDS: &[&str] = &[
    "the",
    "deal",
    "was",
    "off",
    "and",
    "that",
    "a",
    "it",
    "plan",
    "failed",
    "in",
    "of",
    "talks",
    "with",
    "would",
    "not",
    "be",
    "cyber-attacks",
    "didn't",
    "on",
    "for",
    "to",
];

const NUMBERS: &[&str] = &[
    "2016",
    "1,700",
    "2.5",
    "9:30 a.m.",
    "37-year-old",
    "$2.5 billion",
    "$",
    "US$40m",
    "€3",
    "15%",
    "15 per cent",
    "Jan. 3",
    "March 2021",
    "on Monday",
    "1990s",
    "3rd",
    "0",
    "1.",
    "12:",
    "99999999999999999999999",
    "1,2,3,4",
    "2016.",
    "-5",
];

const PUNCT: &[&str] = &[
    ".", ",", "?", "!", "—", "–", "-", "(", ")", "[", "]", ":", ";", "...", "…", "&", "/", "’s",
    "'s", "'", "’", "\u{2019}",
];

const QUOTES: &[&str] = &["“", "”", "\"", "'", "‘", "’", "«", "»", "„", "「", "」"];

const SPACES: &[&str] = &[
    " ", " ", " ", "\n", "\n\n", "\r\n", "\t", "\u{a0}", "\u{2028}", "\u{2029}", "\u{85}",
];

const EXOTIC: &[&str] = &[
    "👍🏽",
    "👨\u{200d}👩\u{200d}👧\u{200d}👦",
    "🏳️\u{200d}🌈",
    "🇯🇵",
    "😀",
    "東京",
    "岸田文雄は言った。",
    "北京",
    "한국",
    "e\u{301}",
    "\u{301}",
    "a\u{308}\u{304}",
    "\u{20dd}",
    "Z\u{351}\u{34b}\u{35c}",
    "مرحبا بالعالم",
    "שלום",
    "\u{202b}",
    "\u{202e}",
    "\u{2067}",
    "\u{2069}",
    "\u{200f}",
    "\u{200e}",
    "\u{0}",
    "\u{7}",
    "\u{1b}[31m",
    "\u{feff}",
    "\u{200b}",
    "\u{200d}",
    "\u{fffd}",
    "<script>alert(\"x\")</script>",
    "&amp;",
    "ﬁ",
    "İ",
    "ß",
    "ǅ",
    "\u{10ffff}",
    "\u{e000}",
];

fn pick(list: &'static [&'static str]) -> BoxedStrategy<String> {
    select(list).prop_map(str::to_string).boxed()
}

/// One piece of news-like text.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => pick(NAMES),
        1 => pick(TITLES),
        3 => pick(CUES),
        3 => pick(WORDS),
        2 => pick(NUMBERS),
        2 => pick(PUNCT),
        2 => pick(QUOTES),
        2 => pick(EXOTIC),
        1 => any::<char>().prop_map(String::from),
        // A capitalised made-up name: the recogniser's main food.
        1 => "[A-Z][a-z]{0,8}( [A-Z][a-z]{1,8}){0,2}",
    ]
}

/// Fragments glued by spaces, line breaks or nothing at all.
fn soup() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            fragment(),
            prop_oneof![6 => pick(SPACES), 1 => Just(String::new())],
        ),
        0..80,
    )
    .prop_map(|parts| parts.into_iter().flat_map(|(f, s)| [f, s]).collect())
}

/// A sentence shaped like reported speech, with pieces that may be exotic.
fn reported_sentence() -> impl Strategy<Value = String> {
    let content = prop::collection::vec(
        prop_oneof![4 => pick(WORDS), 1 => pick(NUMBERS), 1 => pick(EXOTIC), 1 => pick(NAMES)],
        1..12,
    )
    .prop_map(|w| w.join(" "));
    (
        0..6u8,
        pick(TITLES),
        pick(NAMES),
        pick(CUES),
        content,
        pick(QUOTES),
        pick(QUOTES),
        select(&[".", "", "?", "!", ".\n", ",", "..."][..]),
    )
        .prop_map(
            |(shape, title, name, cue, content, q1, q2, end)| match shape {
                0 => format!("{q1}{content},{q2} {name} {cue}{end}"),
                1 => format!("{title} {name} {cue} {q1}{content}{q2}{end}"),
                2 => format!("{cue} {name}, {content}{end}"),
                3 => format!("{name} {cue} {content}{end}"),
                4 => format!("{content}, {cue} {title} {name}{end}"),
                _ => format!("{name} {cue}: {q1}{content}{end}{q2}"),
            },
        )
}

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec((reported_sentence(), pick(SPACES)), 0..12)
        .prop_map(|parts| parts.into_iter().flat_map(|(f, s)| [f, s]).collect())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_unicode(text in any::<String>()) {
        common::check(&text);
    }

    #[test]
    fn arbitrary_chars_between_words(text in "(\\PC{0,3}[ \\n]?[A-Z][a-z]{0,5} ?|\\p{Any}){0,40}") {
        common::check(&text);
    }

    #[test]
    fn news_like_soup(text in soup()) {
        common::check(&text);
    }

    #[test]
    fn reported_speech(text in article()) {
        common::check(&text);
    }

    #[test]
    fn news_like_with_arbitrary_insertions(
        text in article(),
        insert in prop::collection::vec((any::<prop::sample::Index>(), fragment()), 0..8),
    ) {
        // Exotic fragments dropped at random char boundaries of an ordinary article.
        let mut text = text;
        for (at, piece) in insert {
            let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
            let at = boundaries[at.index(boundaries.len())];
            text.insert_str(at, &piece);
        }
        common::check(&text);
    }
}
