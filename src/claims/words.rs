//! Closed-class word tables the claim patterns test tokens against (all lower case).

use crate::lexicon::entries;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

#[inline(never)]
pub fn is_determiner(w: &str) -> bool {
    hot(HotClass::Determiner).contains(w)
}

/// Determiners that also stand alone as a subject ("most said", "another said").
#[inline(never)]
pub fn is_quantifier_pronoun(w: &str) -> bool {
    hot(HotClass::QuantifierPronoun).contains(w)
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
    hot(HotClass::AuxOrAdverb).contains(w) || (w.len() > 4 && w.ends_with("ly") && !matches!(w, "family" | "italy" | "ally" | "daily"))
}

#[inline(never)]
pub fn is_preposition(w: &str) -> bool {
    hot(HotClass::Preposition).contains(w)
}

#[inline(never)]
pub fn is_conjunction(w: &str) -> bool {
    hot(HotClass::Conjunction).contains(w)
}

/// Words that start or mark a finite clause: a stretch holding one is not a noun phrase.
#[inline(never)]
pub fn is_clause_marker(w: &str) -> bool {
    hot(HotClass::ClauseMarker).contains(w)
}

/// An article or a possessive determiner: what opens a noun phrase and nothing else.
pub fn is_article_or_possessive(w: &str) -> bool {
    matches!(w, "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "your")
}

/// Lower-case words inside a name ("Charles de Gaulle", "Dar es Salaam", "Osama bin Laden").
#[inline(never)]
pub fn is_name_particle(w: &str) -> bool {
    hot(HotClass::NameParticle).contains(w)
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
    hot(HotClass::TimeWord).contains(w)
}

/// Definite descriptions that refer back to an organisation ("the company said").
#[inline(never)]
pub fn is_org_description(w: &str) -> bool {
    hot(HotClass::OrgDescription).contains(w) || crate::entities::lists::org_nouns().contains(w) // "the chipmaker", "the carmaker"
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

/// Classes asked in the hot loops (noun phrases read word by word): found once, so that a
/// question is one lookup, not two. Their `is_*` functions stay out of line: small now,
/// they were inlined at every call (+1.4 KB gzip).
#[derive(Clone, Copy)]
enum HotClass {
    AuxOrAdverb,
    Preposition,
    ClauseMarker,
    TimeWord,
    OrgDescription,
    Determiner,
    QuantifierPronoun,
    Conjunction,
    NameParticle,
}

fn hot(class: HotClass) -> &'static HotSet {
    const NAMES: [&str; 9] = ["aux-or-adverb", "preposition", "clause-marker", "time-word", "org-description", "determiner", "quantifier-pronoun", "conjunction", "name-particle"];
    static SETS: OnceLock<[HotSet; 9]> = OnceLock::new();
    &SETS.get_or_init(|| {
        NAMES.map(|name| {
            let set = &word_classes()[name].set;
            let mut bits = [0u64; 4];
            for w in set {
                let sig = signature(w);
                bits[sig / 64] |= 1 << (sig % 64);
            }
            HotSet { bits, set }
        })
    })[class as usize]
}

/// A hot class's words, and a bit for each word signature among them: most words asked
/// are in no class, and the bit says so before a hash is computed.
struct HotSet {
    bits: [u64; 4],
    set: &'static HashSet<&'static str>,
}

impl HotSet {
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
