//! Cue lexicons: the word lists under `src/data/cues/` (learned from PolNeAR train by
//! `scripts/learn_cues.py`), parsed once into sets shared by every call.
//!
//! The lists give word forms; which pattern a form takes part in (verb, noun, adverb)
//! is decided by the small closed tables here and in `patterns`.

use super::words::{is_object_pronoun, is_subject_pronoun};
use crate::document::Document;
use crate::lexicon::{entries, keep_for_process, line_count, Fold, Table};
use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

// MIN_PRECISION, MIN_GOLD and `kept_precision`: shared with build.rs, which compiles in
// only the rows the annotator keeps, each with its precision (no parsing of the learned
// statistics at start-up).
include!("learned_cue_rows.rs");

pub struct Cues {
    /// Attributed single-word cues (verb forms): form -> learned precision.
    /// Every set here holds compiled-in forms (`lower_case` copies the few that are not
    /// lower case already): no allocation per form at start-up.
    pub reporting: Table<u32>,
    /// The scheme's speech verbs (said, told, stated ...): cues with any complement.
    pub speech: HashSet<&'static str>,
    /// Denial verb and noun forms (deny, rejected, dismissing, denial ...).
    pub denial: HashSet<&'static str>,
    /// Allegation forms the patterns know how to read.
    pub allegation: HashSet<&'static str>,
    /// Words calling a claim false ("baseless", "fabricated", ...), single words.
    pub falsity: HashSet<&'static str>,
    /// Multi-word falsity phrases ("made up", "not true"), as lower-case word lists; tried
    /// only after a first word of one (`WordRoles::FALSITY_START`).
    pub falsity_phrases: Vec<Vec<&'static str>>,
    /// "in a statement"-type phrases, lower-case word lists.
    pub reporting_nouns: Vec<Vec<String>>,
    /// Frame cues by their form ("plans", "support"): the classes of the next word that
    /// make the form a cue (`next_class`), one space between each two ("to DET"). Most
    /// words start none. build.rs groups `frame_cues.txt` so (`FRAME_CUES_BY_FORM`): one
    /// entry a form to build.
    frames: Table<&'static str>,
    /// Every form above that a single word can be, with what it can be (`WordRoles`): the
    /// pattern stage asks this once per word instead of each list in turn.
    /// A lexicon `Table` (hashes a word eight bytes a round), not a `HashMap<String, _>`:
    /// asked at nearly every word.
    roles: Table<WordRoles>,
    /// The forms of `roles` in a bit set by `sieve_bit`: most words asked about are in no
    /// list, and for about three in four of them one bit test says so before any hashing.
    role_sieve: Box<[u64; SIEVE_WORDS]>,
}

const SIEVE_BITS: u32 = 13;
const SIEVE_WORDS: usize = 1 << (SIEVE_BITS - 6);

/// The `role_sieve` bit of word `w`: its first two and last bytes and its length, mixed.
fn sieve_bit(w: &str) -> (usize, u64) {
    let b = w.as_bytes();
    let byte = |n: usize| b.get(n).copied().unwrap_or(0);
    let key = u32::from_le_bytes([byte(0), byte(1), byte(b.len().wrapping_sub(1)), b.len() as u8]);
    let h = (key.wrapping_mul(0x9E37_79B1) >> (32 - SIEVE_BITS)) as usize;
    (h / 64, 1 << (h % 64))
}

/// What a lower-case word form can be in the claim patterns, as bits (see `Cues::roles`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WordRoles(u16);

impl WordRoles {
    pub const REPORTING: u16 = 1;
    pub const DENIAL: u16 = 2;
    pub const FRAME_HEAD: u16 = 4;
    /// A claim noun (`claim_nouns.txt`) with the role "cue", and one with the role "verb".
    pub const NOUN_CUE: u16 = 8;
    pub const NOUN_VERB: u16 = 16;
    /// Class "showing" of `word_classes.txt` ("show", "suggest").
    pub const SHOWING: u16 = 32;
    /// A word that a rule of its own in `Ctx::at` looks for (`patterns::OWN_RULE_WORDS`).
    pub const OWN_RULE: u16 = 64;
    /// For the falsity check of a content (`Ctx::calls_false`): a falsity word
    /// ("baseless"), the first word of a falsity phrase ("made" up), and a claim noun with
    /// the role "claim" (`words::is_claim_noun`).
    pub const FALSITY: u16 = 128;
    pub const FALSITY_START: u16 = 256;
    pub const CLAIM_NOUN: u16 = 512;
    /// An allegation form (`Cues::allegation`).
    pub const ALLEGATION: u16 = 1024;
    /// A word `Ctx::other_sense` has a test for (`patterns::OTHER_SENSE_WORDS`, the class
    /// "tell", the forms of the class "appearance").
    pub const OTHER_SENSE: u16 = 2048;
    /// The roles of the cue lists `Ctx::at` reads.
    const CUE_LISTS: u16 =
        Self::REPORTING | Self::DENIAL | Self::FRAME_HEAD | Self::NOUN_CUE | Self::NOUN_VERB | Self::SHOWING;

    pub fn has(self, role: u16) -> bool {
        self.0 & role != 0
    }
    pub fn is_none(self) -> bool {
        self.0 == 0
    }
    /// Whether any cue list holds the word.
    pub fn in_lists(self) -> bool {
        self.0 & Self::CUE_LISTS != 0
    }
    /// Whether no claim can start at the word: no cue list holds it and no rule of its own
    /// names it.
    pub fn starts_nothing(self) -> bool {
        self.0 & (Self::CUE_LISTS | Self::OWN_RULE) == 0
    }
}

/// Function words that are their own next-word class in `frame_cues.txt`
/// (scripts/learn_cues.py `FRAME_WORDS`, `FRAME_DET`, `FRAME_PRON` must agree).
const FRAME_WORDS: [&str; 27] = [
    "that", "to", "for", "about", "on", "with", "as", "of", "in", "against", "if", "whether",
    "what", "how", "why", "when", "over", "from", "by", "at", "into", "out", "off", "up", "down",
    "back", "forward",
];
const FRAME_DET: [&str; 20] = [
    "the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those", "my", "your",
    "some", "any", "no", "more", "all", "both", "each",
];

/// Whether token `j`, just before a frame word, makes it a noun: a determiner, a
/// possessive or one of the prepositions of `FRAME_AFTER_NOUN` in learn_cues.py (and
/// "percentage", "quarter", "half": "cut rates by a quarter of a percentage point to 3.5%",
/// "by a quarter point to 4.75%"; an amount in words: "a £300 million plan to").
pub fn noun_before(doc: &Document, j: usize) -> bool {
    let w = doc.lower(j);
    FRAME_DET.contains(&w)
        || matches!(
            w,
            "every"
                | "in"
                | "of"
                | "for"
                | "with"
                | "on"
                | "by"
                | "from"
                | "without"
                | "to"
                | "'s"
                | "'"
                | "percentage"
                | "quarter"
                | "half"
                | "million"
                | "billion"
                | "trillion"
        )
}

/// The class of token `j` as the word after a frame cue: the function word itself,
/// DET, PRON, QUOTE, the punctuation mark, NUM, CAP or w (any other word).
pub fn next_class(doc: &Document, j: usize) -> &'static str {
    let Some(t) = doc.tokens.get(j) else {
        return "EOS";
    };
    let raw = t.text(doc.text);
    let w = doc.lower(j);
    if let Some(f) = FRAME_WORDS.iter().find(|f| **f == w) {
        return f;
    }
    if FRAME_DET.contains(&w) || w == "every" {
        return "DET";
    }
    // ("her" is a determiner as often: DET above.)
    if (is_subject_pronoun(w) || is_object_pronoun(w)) && w != "her" {
        return "PRON";
    }
    match raw {
        "\"" | "“" | "”" | "‘" | "«" => return "QUOTE",
        ":" => return ":",
        "," => return ",",
        "." => return ".",
        ";" => return ";",
        "—" => return "—",
        "(" => return "(",
        "-" => return "-",
        _ => {}
    }
    match raw.chars().next() {
        Some(c) if c.is_ascii_digit() => "NUM",
        Some(c) if c.is_uppercase() => "CAP",
        _ => "w",
    }
}


/// `form` in ASCII lower case, copied only when it has capitals (the lists are lower case).
fn lower_case(form: &'static str) -> &'static str {
    if form.bytes().any(|b| b.is_ascii_uppercase()) {
        keep_for_process(form.to_ascii_lowercase())
    } else {
        form
    }
}

pub fn cues() -> &'static Cues {
    static CUES: OnceLock<Cues> = OnceLock::new();
    CUES.get_or_init(|| {
        // Every set sized for its list at once: no growing while it is filled.
        let sized = |data: &str| HashSet::with_capacity_and_hasher(line_count(data), Default::default());
        let reporting_data = crate::data!("cues/reporting_verbs.txt");
        let speech_verbs: Vec<&'static str> = super::words::class_words(super::words::class::SCHEME_SPEECH).collect();
        // build.rs compiles the list in by precision ("961\tsaid ..."): a form a space or line.
        let forms = reporting_data.bytes().filter(|&b| b == b' ' || b == b'\n').count() + 1;
        let mut reporting = Table::new(Fold::Exact, forms + speech_verbs.len());
        let mut speech = HashSet::with_capacity_and_hasher(speech_verbs.len(), Default::default());
        // build.rs kept only the rows `kept_precision` keeps, each with that precision.
        for (p, forms) in entries(reporting_data) {
            let p = p.parse().unwrap_or(0);
            for form in forms.split(' ') {
                *reporting.insert(form, p) = p;
            }
        }
        // Speech verbs the scheme names: always cues, learned precision or not.
        for &w in &speech_verbs {
            reporting.insert(w, 1000);
            speech.insert(w);
        }
        // Verbs of demanding and expecting, participles of writing: cues with no precision
        // of their own, so only with "that" or a quotation.
        let marked_only = [super::words::class::DIRECTIVE, super::words::class::QUOTING_PARTICIPLE, super::words::class::EXPECTING];
        for w in marked_only.into_iter().flat_map(super::words::class_words) {
            reporting.insert(w, 0);
        }
        let denial_data = crate::data!("cues/denial_cues.txt");
        let mut denial = sized(denial_data);
        for (form, _) in entries(denial_data) {
            let f = lower_case(form);
            if !f.contains(' ')
                && ["den", "reject", "dismiss", "refut", "rebut", "repudiat", "rubbish"]
                    .iter()
                    .any(|p| f.starts_with(p))
                && f != "dismissive"
            {
                denial.insert(f);
            }
        }
        let allegation_data = crate::data!("cues/allegation_cues.txt");
        let mut allegation = sized(allegation_data);
        for (form, _) in entries(allegation_data) {
            let f = lower_case(form);
            if !f.contains(' ')
                && [
                    "alleg",
                    "accus",
                    "suspect",
                    "reportedly",
                    "purportedly",
                    "blame",
                ]
                .iter()
                .any(|p| f.starts_with(p))
                && f != "allegiance"
            {
                allegation.insert(f);
            }
        }
        let falsity_data = crate::data!("cues/falsity_words.txt");
        let mut falsity = sized(falsity_data);
        let mut falsity_phrases = Vec::new();
        for (form, _) in entries(falsity_data) {
            let f = lower_case(form);
            if f.contains(' ') {
                falsity_phrases.push(f.split(' ').collect());
            } else {
                falsity.insert(f);
            }
        }
        let reporting_nouns = entries(crate::data!("cues/reporting_nouns.txt"))
            .map(|(f, _)| f.split(' ').map(str::to_ascii_lowercase).collect())
            .collect();
        let frame_data = crate::data!("cues/frame_cues_by_form.txt");
        // build.rs compiles the frame cues in as "form form ...\tclass class ..." lines.
        let frame_forms: usize = entries(frame_data).map(|(forms, _)| forms.bytes().filter(|&b| b == b' ').count() + 1).sum();
        let mut frames = Table::new(Fold::Exact, frame_forms);
        // Room for every form added below, were none added twice (claim nouns and the
        // "showing" class are short lists).
        let capacity = reporting.len()
            + denial.len()
            + allegation.len()
            + frame_forms
            + falsity.len()
            + falsity_phrases.len()
            + super::patterns::OWN_RULE_WORDS.len()
            + 64;
        let mut roles: Table<WordRoles> = Table::new(Fold::Exact, capacity);
        // Each form kept for the process (the table lives as long), added once.
        let mut role_sieve = Box::new([0u64; SIEVE_WORDS]);
        let mut add = |w: &'static str, role: u16| {
            let (n, bit) = sieve_bit(w);
            role_sieve[n] |= bit;
            roles.insert(w, WordRoles(0)).0 |= role
        };
        reporting.keys().for_each(|w| add(w, WordRoles::REPORTING));
        denial.iter().for_each(|w| add(w, WordRoles::DENIAL));
        allegation.iter().for_each(|w| add(w, WordRoles::ALLEGATION));
        for (forms, classes) in entries(frame_data) {
            for form in forms.split(' ') {
                frames.insert(form, classes);
                add(form, WordRoles::FRAME_HEAD);
            }
        }
        // Through `claim_noun_has`, so that the roles read here are the ones it answers with.
        for (w, _) in entries(crate::data!("cues/claim_nouns.txt")) {
            for (name, role) in
                [("cue", WordRoles::NOUN_CUE), ("verb", WordRoles::NOUN_VERB), ("claim", WordRoles::CLAIM_NOUN)]
            {
                if super::words::claim_noun_has(w, name) {
                    add(w, role);
                }
            }
        }
        super::words::class_words(super::words::class::SHOWING).for_each(|w| add(w, WordRoles::SHOWING));
        super::patterns::OWN_RULE_WORDS.iter().for_each(|w| add(w, WordRoles::OWN_RULE));
        super::patterns::OTHER_SENSE_WORDS.iter().for_each(|w| add(w, WordRoles::OTHER_SENSE));
        super::words::class_words(super::words::class::TELL).for_each(|w| add(w, WordRoles::OTHER_SENSE));
        falsity.iter().for_each(|w| add(w, WordRoles::FALSITY));
        falsity_phrases.iter().for_each(|p: &Vec<&'static str>| add(p[0], WordRoles::FALSITY_START));
        Cues {
            roles,
            role_sieve,
            frames,
            reporting,
            speech,
            denial,
            allegation,
            falsity,
            falsity_phrases,
            reporting_nouns,
        }
    })
}

impl Cues {
    /// What lower-case form `w` can be in the patterns (nothing, for most words). A call
    /// of its own: inlined at its many callers, the wasm module grew by 0.3 KB gzipped.
    #[inline(never)]
    pub fn roles(&self, w: &str) -> WordRoles {
        self.roles_inline(w)
    }

    /// `roles` inlined, for the one loop over every word (`Ctx::sentence`).
    #[inline(always)]
    pub fn roles_inline(&self, w: &str) -> WordRoles {
        let (n, bit) = sieve_bit(w);
        if self.role_sieve[n] & bit == 0 {
            return WordRoles::default();
        }
        self.roles_in_table(w)
    }

    /// The table lookup of `roles`, kept a call of its own: inlined, the probe's registers
    /// are saved and restored also for the many words the sieve answers.
    #[inline(never)]
    fn roles_in_table(&self, w: &str) -> WordRoles {
        self.roles.get(w).copied().unwrap_or_default()
    }
    // The list tests through `roles`: its sieve answers most words without hashing.
    pub fn is_reporting(&self, w: &str) -> bool {
        self.roles(w).has(WordRoles::REPORTING)
    }
    pub fn is_speech(&self, w: &str) -> bool {
        self.speech.contains(w)
    }
    pub fn is_denial(&self, w: &str) -> bool {
        self.roles(w).has(WordRoles::DENIAL)
    }
    pub fn is_allegation(&self, w: &str) -> bool {
        self.roles(w).has(WordRoles::ALLEGATION)
    }
    /// Whether token `n` (whose word has `roles`) is a falsity word, or opens a falsity
    /// phrase that ends before `end` ("baseless", "not true").
    pub fn falsity_at(&self, doc: &Document, roles: WordRoles, n: usize, end: usize) -> bool {
        roles.has(WordRoles::FALSITY)
            || (roles.has(WordRoles::FALSITY_START)
                && self.falsity_phrases.iter().any(|p| n + p.len() <= end && p.iter().enumerate().all(|(m, &pw)| doc.lower(n + m) == pw)))
    }
    /// Whether word form `w` starts any frame cue.
    pub fn is_frame_head(&self, w: &str) -> bool {
        self.frames.contains(w)
    }
    /// Whether word form `w` followed by a token of class `class` is a frame cue.
    pub fn is_frame(&self, w: &str, class: &str) -> bool {
        self.frames.get(w).is_some_and(|classes| classes.split(' ').any(|c| c == class))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_lookup_gives_every_list_a_word_is_in() {
        let c = cues();
        assert!(c.roles("said").has(WordRoles::REPORTING) && !c.roles("said").has(WordRoles::DENIAL));
        assert!(c.roles("denied").has(WordRoles::DENIAL));
        assert!(c.roles("claims").has(WordRoles::NOUN_CUE));
        assert!(c.roles("plans").has(WordRoles::FRAME_HEAD));
        assert!(c.roles("show").has(WordRoles::SHOWING));
        assert!(c.roles("the").is_none() && c.roles("Said").is_none());
        for w in super::super::patterns::OWN_RULE_WORDS {
            assert!(c.roles(w).has(WordRoles::OWN_RULE), "{w}");
        }
        // Every form `other_sense` tests is marked: the class "tell", and the forms of each
        // beginning of the class "appearance".
        for w in super::super::words::class_words(super::super::words::class::TELL) {
            assert!(c.roles(w).has(WordRoles::OTHER_SENSE), "{w}");
        }
        for stem in super::super::words::class_words(super::super::words::class::APPEARANCE) {
            for form in [stem.to_string(), format!("{stem}s"), format!("{stem}ed"), format!("{stem}ing")] {
                assert!(c.roles(&form).has(WordRoles::OTHER_SENSE), "{form}");
            }
        }
        assert!(!c.roles("neither").in_lists() && c.roles("said").in_lists());
        assert!(c.roles("neither").has(WordRoles::OWN_RULE) && !c.roles("neither").starts_nothing());
        for w in &c.falsity {
            assert!(c.roles(w).has(WordRoles::FALSITY), "{w}");
        }
        for phrase in &c.falsity_phrases {
            assert!(c.roles(phrase[0]).has(WordRoles::FALSITY_START), "{phrase:?}");
        }
        for (w, _) in entries(crate::data!("cues/claim_nouns.txt")) {
            assert_eq!(c.roles(w).has(WordRoles::CLAIM_NOUN), super::super::words::is_claim_noun(w), "{w}");
        }
        // The same answers as the lists themselves, for every word they hold.
        let frame_heads = entries(crate::data!("cues/frame_cues_by_form.txt")).flat_map(|(forms, _)| forms.split(' '));
        for w in c.reporting.keys().chain(c.denial.iter().copied()).chain(frame_heads).chain(c.allegation.iter().copied()) {
            let r = c.roles(w);
            assert_eq!(r.has(WordRoles::REPORTING), c.reporting.contains(w), "{w}");
            assert_eq!(r.has(WordRoles::DENIAL), c.denial.contains(w), "{w}");
            assert_eq!(r.has(WordRoles::ALLEGATION), c.allegation.contains(w), "{w}");
            assert_eq!(r.has(WordRoles::FRAME_HEAD), c.is_frame_head(w), "{w}");
        }
    }

    #[test]
    fn frame_cues_are_found_by_form_and_class() {
        let c = cues();
        let frames: Vec<&str> = entries(include_str!("../data/cues/frame_cues.txt")).map(|(frame, _)| frame).collect();
        for frame in &frames {
            let (form, class) = frame.split_once(' ').expect("form class");
            assert!(c.is_frame_head(form) && c.is_frame(form, class), "{frame}");
        }
        for (form, class) in [("said", "DET"), ("plans", "PRON"), ("the", "to"), ("said", "PRO"), ("said", "")] {
            assert_eq!(c.is_frame(form, class), frames.contains(&format!("{form} {class}").as_str()), "{form} {class}");
        }
    }

    #[test]
    fn lexicons_load_with_core_forms() {
        let c = cues();
        for w in ["said", "told", "according", "wrote", "added", "noted"] {
            if w != "according" {
                assert!(c.is_reporting(w), "{w}");
            }
        }
        assert!(!c.is_reporting("statement"));
        assert!(c.is_denial("denied") && c.is_denial("rejects") && c.is_denial("dismissed"));
        assert!(c.is_allegation("allegedly") && c.is_allegation("accused"));
        assert!(c.falsity.contains("baseless") && c.falsity.contains("fabricated"));
        assert!(c
            .reporting_nouns
            .iter()
            .any(|p| p.join(" ") == "in a statement"));
    }
}
