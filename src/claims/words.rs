//! Closed-class word tables the claim patterns test tokens against (all lower case).

use crate::lexicon::Table;
use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

#[inline(never)]
pub fn is_determiner(w: &str) -> bool {
    in_class(class::DETERMINER, w)
}

/// Determiners that also stand alone as a subject ("most said", "another said").
#[inline(never)]
pub fn is_quantifier_pronoun(w: &str) -> bool {
    in_class(class::QUANTIFIER_PRONOUN, w)
}

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

/// Auxiliaries and adverbs that may stand between a source and its verb.
#[inline(never)]
pub fn is_aux_or_adverb(w: &str) -> bool {
    in_class(class::AUX_OR_ADVERB, w) || (w.len() > 4 && w.ends_with("ly") && !matches!(w, "family" | "italy" | "ally" | "daily"))
}

#[inline(never)]
pub fn is_preposition(w: &str) -> bool {
    in_class(class::PREPOSITION, w)
}

#[inline(never)]
pub fn is_conjunction(w: &str) -> bool {
    in_class(class::CONJUNCTION, w)
}

/// Words that start or mark a finite clause: a stretch holding one is not a noun phrase.
#[inline(never)]
pub fn is_clause_marker(w: &str) -> bool {
    in_class(class::CLAUSE_MARKER, w)
}

/// A finite verb of the class, or a past form ("rejected"): the verb a clause has.
pub fn is_finite_or_past(w: &str) -> bool {
    in_class(class::FINITE, w) || (w.len() > 4 && w.ends_with("ed"))
}

/// An article or a possessive determiner: what opens a noun phrase and nothing else.
pub fn is_article_or_possessive(w: &str) -> bool {
    matches!(w, "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "your")
}

/// Lower-case words inside a name ("Charles de Gaulle", "Dar es Salaam", "Osama bin Laden").
#[inline(never)]
pub fn is_name_particle(w: &str) -> bool {
    in_class(class::NAME_PARTICLE, w)
}

pub fn is_subject_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "it" | "they" | "we" | "i" | "you")
}

pub fn is_object_pronoun(w: &str) -> bool {
    matches!(w, "him" | "her" | "them" | "us" | "me" | "it" | "you")
}

/// Dates and times that sit between verb and content ("said on Monday that").
#[inline(never)]
pub fn is_time_word(w: &str) -> bool {
    in_class(class::TIME_WORD, w)
}

/// Definite descriptions that refer back to an organisation ("the company said").
#[inline(never)]
pub fn is_org_description(w: &str) -> bool {
    in_class(class::ORG_DESCRIPTION, w) || crate::entities::lists::org_nouns().contains(w) // "the chipmaker", "the carmaker"
}

/// Nouns that name a claim: a falsity word about one of these is a denial.
pub fn is_claim_noun(w: &str) -> bool {
    claim_noun_has(w, "claim")
}

/// The classes of `src/data/cues/word_classes.txt` by name ("finite" -> `class::FINITE`),
/// made by build.rs from the file.
pub mod class {
    /// A class of `word_classes.txt` (its line in the compiled-in list).
    #[derive(Clone, Copy, Debug)]
    pub struct WordClass(pub(super) usize);
    include!(concat!(env!("OUT_DIR"), "/word_class_ids.rs"));
}
pub use class::WordClass;

/// A class of `word_classes.txt`: its words in file order (for prefixes and `class_words`),
/// as a set, and a bit for each word signature among them: most words asked are in no
/// class, and the bit says so before a hash is computed.
struct Class {
    words: Vec<&'static str>,
    bits: [u64; 4],
    set: HashSet<&'static str>,
}

impl Class {
    fn contains(&self, w: &str) -> bool {
        let sig = signature(w);
        self.bits[sig / 64] & (1 << (sig % 64)) != 0 && self.set.contains(w)
    }
}

/// 0..256 from a word's first and last bytes and its length.
fn signature(w: &str) -> usize {
    match w.as_bytes() {
        [] => 0,
        b @ [first, ..] => (usize::from(*first) * 31 + usize::from(b[b.len() - 1]) * 7 + b.len()) & 255,
    }
}

/// The closed word classes of `src/data/cues/word_classes.txt`, by `WordClass`.
fn word_classes() -> &'static [Class] {
    static CLASSES: OnceLock<Vec<Class>> = OnceLock::new();
    CLASSES.get_or_init(|| {
        // build.rs compiles the list in a class a line, its words separated by spaces.
        let classes: Vec<Class> = crate::data!("cues/word_classes.txt")
            .lines()
            .map(|line| {
                let words: Vec<&'static str> = line.split(' ').collect();
                let mut bits = [0u64; 4];
                for w in &words {
                    let sig = signature(w);
                    bits[sig / 64] |= 1 << (sig % 64);
                }
                Class { set: words.iter().copied().collect(), words, bits }
            })
            .collect();
        debug_assert_eq!(classes.len(), class::COUNT);
        classes
    })
}

/// The words of a class of `word_classes.txt`, in file order.
pub fn class_words(class: WordClass) -> impl Iterator<Item = &'static str> {
    word_classes()[class.0].words.iter().copied()
}

/// Whether `w` is one of the words of `class`.
pub fn in_class(class: WordClass, w: &str) -> bool {
    word_classes()[class.0].contains(w)
}

/// Whether `w` starts with one of the word beginnings of `class`.
pub fn class_prefix(class: WordClass, w: &str) -> bool {
    word_classes()[class.0].words.iter().any(|p| same_start(p, w) && w.starts_with(p))
}

/// Whether `a` and `b` start with the same byte: a test in place that rules out most words
/// of a class before a comparison of the whole (a call to memcmp, a byte loop in wasm).
/// Exact for prefixes too: `entries` yields no empty word.
fn same_start(a: &str, b: &str) -> bool {
    a.as_bytes().first() == b.as_bytes().first()
}

/// Whether claim noun `w` (`src/data/cues/claim_nouns.txt`) has `role`.
pub fn claim_noun_has(w: &str, role: &str) -> bool {
    static NOUNS: OnceLock<Table<&'static str>> = OnceLock::new();
    NOUNS
        .get_or_init(|| Table::from_entries(crate::data!("cues/claim_nouns.txt"), |roles| roles))
        .get(w)
        .is_some_and(|roles| roles.split(',').any(|r| r == role))
}

#[cfg(test)]
mod list_tests {
    use super::*;

    /// Every class has words (a class is a line of the compiled list: an empty line would
    /// be a class of one empty word).
    #[test]
    fn classes_have_words() {
        assert_eq!(word_classes().len(), class::COUNT);
        for c in word_classes() {
            assert!(c.words.iter().all(|w| !w.is_empty()), "{:?}", c.words);
        }
        assert!(in_class(class::TELL, "told") && !in_class(class::TELL, "said"));
        assert!(class_prefix(class::BARE_CLAUSE, "believes"));
        assert!(is_claim_noun("allegations") && !is_claim_noun("denial"));
        assert!(claim_noun_has("denial", "cue") && !claim_noun_has("denial", "verb"));
        assert!(claim_noun_has("claims", "verb"));
    }
}
