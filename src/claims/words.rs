//! Closed-class word tables the claim patterns test tokens against (all lower case).

use crate::lexicon::entries;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

pub fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "such"
            | "this"
            | "these"
            | "those"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "some"
            | "many"
            | "several"
            | "two"
            | "three"
            | "both"
            | "other"
            | "another"
            | "one"
            | "most"
            | "all"
            | "no"
            | "any"
            | "each"
    )
}

/// Determiners that also stand alone as a subject ("most said", "another said").
pub fn is_quantifier_pronoun(w: &str) -> bool {
    matches!(
        w,
        "some" | "many" | "several" | "two" | "three" | "both" | "another" | "one" | "most" | "all" | "each"
    )
}

/// Auxiliaries and adverbs that may stand between a source and its verb.
/// A negated auxiliary written as one word: "hasn't", "wouldn’t", "didn't".
pub fn is_negated_aux(w: &str) -> bool {
    w.ends_with("n't") || w.ends_with("n’t")
}

/// A subject pronoun with its auxiliary as one word: "I’ve", "we've", "they'd", "she’ll".
pub fn is_contracted_subject(w: &str) -> bool {
    // (Asked of every phrase's last word: most have no apostrophe to look past.)
    let apostrophe = w.bytes().any(|b| b == b'\'' || b == 0x99);
    apostrophe && ["’ve", "'ve", "’d", "'d", "’ll", "'ll", "’m", "'m", "’re", "'re"]
        .iter()
        .any(|suffix| w.strip_suffix(suffix).is_some_and(is_subject_pronoun))
}

pub fn is_aux_or_adverb(w: &str) -> bool {
    matches!(
        w,
        "had"
            | "has"
            | "have"
            | "was"
            | "were"
            | "is"
            | "are"
            | "be"
            | "been"
            | "would"
            | "will"
            | "did"
            | "does"
            | "do"
            | "could"
            | "may"
            | "might"
            | "should"
            | "can"
            | "must"
            | "shall"
            | "also"
            | "then"
            | "again"
            | "later"
            | "further"
            | "once"
            | "previously"
            | "earlier"
            | "too"
            | "now"
            | "already"
            | "still"
            | "even"
            | "first"
            | "just"
            | "never"
            | "not"
            | "all"
            | "both"
            | "however"
            | "reportedly"
            | "only"
            | "often"
            | "always"
            | "since"
    ) || (w.len() > 4 && w.ends_with("ly") && !matches!(w, "family" | "italy" | "ally" | "daily"))
}

pub fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "at"
            | "to"
            | "of"
            | "for"
            | "with"
            | "from"
            | "by"
            | "about"
            | "into"
            | "over"
            | "after"
            | "before"
            | "during"
            | "under"
            | "against"
            | "between"
            | "among"
            | "through"
            | "since"
            | "until"
            | "without"
            | "within"
            | "via"
            | "amid"
            | "despite"
            | "near"
            | "like"
            | "than"
            | "as"
            | "per"
            | "upon"
            | "toward"
            | "towards"
            | "across"
            | "behind"
            | "outside"
            | "inside"
    )
}

pub fn is_conjunction(w: &str) -> bool {
    matches!(
        w,
        "and"
            | "or"
            | "but"
            | "nor"
            | "yet"
            | "so"
            | "because"
            | "while"
            | "although"
            | "though"
            | "if"
            | "when"
            | "whether"
            | "where"
            | "after"
            | "before"
            | "unless"
            | "since"
            | "as"
            | "than"
    )
}

/// Words that start or mark a finite clause: a stretch holding one is not a noun phrase.
pub fn is_clause_marker(w: &str) -> bool {
    matches!(
        w,
        "that"
            | "who"
            | "which"
            | "whom"
            | "whose"
            | "because"
            | "if"
            | "when"
            | "whether"
            | "is"
            | "are"
            | "was"
            | "were"
            | "will"
            | "would"
            | "has"
            | "have"
            | "had"
            | "can"
            | "could"
            | "should"
            | "may"
            | "might"
            | "must"
            | "did"
            | "does"
            | "do"
            | "not"
            | "be"
            | "been"
            | "being"
            | "won't"
            | "don't"
            | "didn't"
            | "doesn't"
            | "isn't"
            | "wasn't"
            | "aren't"
            | "weren't"
            | "can't"
            | "i"
            | "we"
            | "he"
            | "she"
            | "they"
            | "it"
            | "there"
            | "this"
            | "these"
            | "those"
    )
}

/// An article or a possessive determiner: what opens a noun phrase and nothing else.
pub fn is_article_or_possessive(w: &str) -> bool {
    matches!(w, "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "your")
}

/// Lower-case words inside a name ("Charles de Gaulle", "Dar es Salaam", "Osama bin Laden").
pub fn is_name_particle(w: &str) -> bool {
    matches!(
        w,
        "de" | "del" | "da" | "do" | "dos" | "das" | "du" | "di" | "van" | "von" | "der" | "den" | "bin" | "ibn" | "al" | "el" | "la" | "le" | "es"
    )
}

pub fn is_subject_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "it" | "they" | "we" | "i" | "you")
}

pub fn is_object_pronoun(w: &str) -> bool {
    matches!(w, "him" | "her" | "them" | "us" | "me" | "it" | "you")
}

/// Dates and times that sit between verb and content ("said on Monday that").
pub fn is_time_word(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "today"
            | "yesterday"
            | "tonight"
            | "tomorrow"
            | "morning"
            | "afternoon"
            | "evening"
            | "night"
            | "week"
            | "weekend"
            | "month"
            | "year"
            | "day"
            | "days"
            | "weeks"
            | "months"
            | "years"
            | "last"
            | "earlier"
            | "recently"
            | "ago"
            | "january"
            | "february"
            | "march"
            | "april"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "aug"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "late"
            | "early"
    )
}

/// Definite descriptions that refer back to an organisation ("the company said").
pub fn is_org_description(w: &str) -> bool {
    matches!(
        w,
        "company"
            | "ministry"
            | "agency"
            | "firm"
            | "group"
            | "government"
            | "team"
            | "club"
            | "department"
            | "bank"
            | "party"
            | "organisation"
            | "organization"
            | "authority"
            | "office"
            | "embassy"
            | "court"
            | "committee"
            | "council"
            | "board"
            | "paper"
            | "newspaper"
            | "network"
            | "campaign"
            | "commission"
            | "union"
            | "police"
            | "military"
            | "army"
            | "regulator"
            | "kremlin"
            | "white"
            | "statement"
            | "website"
            | "report"
            | "channel"
            | "broadcaster"
            | "daily"
            | "outlet"
            | "league"
            | "federation"
    ) || crate::entities::lists::org_nouns().contains(w) // "the chipmaker", "the carmaker"
}

/// Nouns that name a claim: a falsity word about one of these is a denial.
pub fn is_claim_noun(w: &str) -> bool {
    claim_noun_has(w, "claim")
}

/// A class of `word_classes.txt`: its words in file order (for prefixes and `class_words`)
/// and as a set (`in_class` is asked at most words of a sentence: "finite" has 70-odd).
struct Class {
    words: Vec<&'static str>,
    set: HashSet<&'static str>,
}

/// The closed word classes of `src/data/cues/word_classes.txt`: class -> words.
fn word_classes() -> &'static HashMap<&'static str, Class> {
    static CLASSES: OnceLock<HashMap<&'static str, Class>> = OnceLock::new();
    CLASSES.get_or_init(|| {
        let mut m: HashMap<&'static str, Class> = HashMap::default();
        // build.rs compiles the list in by class: "class\tword word ...".
        for (class, words) in entries(crate::data!("cues/word_classes.txt")) {
            let c = m.entry(class).or_insert_with(|| Class { words: Vec::new(), set: HashSet::default() });
            for w in words.split(' ') {
                c.words.push(w);
                c.set.insert(w);
            }
        }
        m
    })
}

/// The words of a class of `word_classes.txt`, in file order.
pub fn class_words(class: &str) -> impl Iterator<Item = &'static str> {
    word_classes().get(class).into_iter().flat_map(|c| c.words.iter()).copied()
}

/// Whether `w` is one of the words of `class`.
pub fn in_class(class: &str, w: &str) -> bool {
    word_classes().get(class).is_some_and(|c| c.set.contains(w))
}

/// Whether `w` starts with one of the word beginnings of `class`.
pub fn class_prefix(class: &str, w: &str) -> bool {
    word_classes().get(class).is_some_and(|c| c.words.iter().any(|p| same_start(p, w) && w.starts_with(p)))
}

/// Whether `a` and `b` start with the same byte: a test in place that rules out most words
/// of a class before a comparison of the whole (a call to memcmp, a byte loop in wasm).
/// Exact for prefixes too: `entries` yields no empty word.
fn same_start(a: &str, b: &str) -> bool {
    a.as_bytes().first() == b.as_bytes().first()
}

/// Whether claim noun `w` (`src/data/cues/claim_nouns.txt`) has `role`.
pub fn claim_noun_has(w: &str, role: &str) -> bool {
    static NOUNS: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    NOUNS
        .get_or_init(|| entries(crate::data!("cues/claim_nouns.txt")).collect())
        .get(w)
        .is_some_and(|roles| roles.split(',').any(|r| r == role))
}

#[cfg(test)]
mod list_tests {
    use super::*;

    /// Every class the patterns ask for is in the data files (a misspelt class name in
    /// either would silently make it empty).
    #[test]
    fn data_file_classes_are_present() {
        for class in [
            "speech-in-quote",
            "bare-clause",
            "calls-false",
            "addressee",
            "tell",
            "naming",
            "scheme-speech",
            "evidence",
            "showing",
            "appearance",
            "venue",
            "found-object",
            "too-soon",
            "after-noun",
            "anonymity",
            "speakers",
            "finite",
        ] {
            assert!(class_words(class).count() > 0, "{class}");
        }
        assert!(in_class("tell", "told") && !in_class("tell", "said"));
        assert!(class_prefix("bare-clause", "believes"));
        assert!(is_claim_noun("allegations") && !is_claim_noun("denial"));
        assert!(claim_noun_has("denial", "cue") && !claim_noun_has("denial", "verb"));
        assert!(claim_noun_has("claims", "verb"));
    }
}
