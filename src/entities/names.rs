//! Names: PERSON ORG GPE LOC NORP FAC from capitalised runs, gazetteers and context.
//!
//! Two passes. The body pass finds capitalised runs ("Japanese Aerospace Exploration
//! Agency", "People’s Liberation Army", "Abdulaziz bin Salman") and labels each from
//! the gazetteers, its head and lead words ("X University", "Ministry of X"), titles
//! before it ("Mr.", "Prime Minister"), naming cues ("a group called X") and shape.
//! The second pass labels what the body pass could not: headlines and page furniture
//! (where capitals do not make a name) and lone words, from the names the body pass
//! found in the same document ("Kishida" after "Fumio Kishida").

use super::gazetteer::{self, Gazetteer};
use super::lists::{self, Heads};
use super::Found;
use crate::claims::words::{class, in_class};
use crate::document::Document;
use crate::lexicon::{bytes_equal_to, lower_case_string, same_bytes};
use crate::model::{Label, Span};
use crate::sentences::Sentence;
use crate::tokens::TokenKind;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;
use std::cell::{Cell, OnceCell};

/// Name particles that may sit inside a person's name: "bin", "van der", "de la".
const PARTICLES: [&str; 28] = [
    "al", "al-", "bin", "ibn", "bint", "van", "von", "der", "den", "de", "la", "le", "du", "des", "da",
    "das", "dos", "del", "della", "di", "y", "el", "ben", "abu", "ter", "ten", "op", "zu",
];

/// Whether `w` is one of `PARTICLES`. Asked after most capitalised words: every particle
/// is short and starts lower-case (a test keeps them so), which rules out most words
/// before the list is scanned.
fn is_particle(w: &str) -> bool {
    const LIST: ShortWords<{ PARTICLES.len() }> = ShortWords::new(PARTICLES);
    w.len() <= 5 && starts_lowercase(w) && LIST.has(w)
}

/// A list of words of at most 7 bytes, compared as `word_key`s: in wasm, `==` on strings,
/// and `matches!` on them, calls a memcmp that compares a byte at a time.
struct ShortWords<const N: usize> {
    /// A bit per length of a word in the list: most words asked about have none of them.
    lengths: u64,
    keys: [u64; N],
}

impl<const N: usize> ShortWords<N> {
    /// Checked when compiled: every word is at most 7 bytes.
    const fn new(words: [&str; N]) -> ShortWords<N> {
        let (mut lengths, mut keys) = (0, [0; N]);
        let mut i = 0;
        while i < N {
            assert!(words[i].len() <= 7, "a word_key holds at most 7 bytes");
            lengths |= 1 << words[i].len();
            keys[i] = word_key(words[i]);
            i += 1;
        }
        ShortWords { lengths, keys }
    }

    #[inline]
    fn has(&self, w: &str) -> bool {
        has_word_key(self.lengths, &self.keys, w)
    }
}

/// `ShortWords::has` for lists of any length: one copy of the code, not one per length.
fn has_word_key(lengths: u64, keys: &[u64], w: &str) -> bool {
    lengths & (1 << w.len().min(63)) != 0 && keys.contains(&word_key(w))
}

/// Word `w` (at most 7 bytes: `ShortWords::has` tests the length first) as one number: its
/// bytes, and its length in the top byte ("a" and "a\0" differ). Read as two overlapping
/// 4-byte numbers, or the first, middle and last bytes of a shorter word, which covers
/// them all (no loop, no copy).
#[inline]
const fn word_key(w: &str) -> u64 {
    let b = w.as_bytes();
    let n = b.len();
    let bytes = if n >= 4 {
        let head = u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as u64;
        let tail = u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]) as u64;
        head | tail << (8 * (n - 4))
    } else if n > 0 {
        b[0] as u64 | (b[n / 2] as u64) << (8 * (n / 2)) | (b[n - 1] as u64) << (8 * (n - 1))
    } else {
        0
    };
    bytes | (n as u64) << 56
}

/// `matches!(w, "of" | "for")` for words of at most 7 bytes (see `ShortWords`).
macro_rules! word_in {
    ($w:expr, $($word:literal)|+) => {
        const { ShortWords::new([$($word),+]) }.has($w)
    };
}

/// How many tokens `Names::cap_uses` and `Names::used_in_lower_case` may each scan in a
/// document, all questions together, before a table answers instead: an article's
/// questions fit (a scan of its 500-odd tokens is cheaper than hashing them all); a long
/// text, where one scan would pass it, builds the table at once, as before scans.
const SCAN_BUDGET: usize = 16 * 1024;

/// Whether a scan of `len` more tokens fits `SCAN_BUDGET` after the `scanned` ones.
fn scan_fits(scanned: &Cell<usize>, len: usize) -> bool {
    scanned.get() + len <= SCAN_BUDGET
}

/// The most tokens a name can have.
const MAX_RUN: usize = 12;

/// Words before a joined "of"/"for"/"on" in a long name, beyond the org leads.
fn licenses_of(word: &str) -> bool {
    word == "Tour" || lists::heads(word).has(Heads::ORG_LEAD | Heads::ORG | Heads::LOC_LEAD | Heads::FAC | Heads::LOC)
}

/// "Soviet-era", "U.S.-led", "Nations-mediated": a name made into a modifier. The
/// token holds more than the name, so it is no name. Inlined as far as the dash test that
/// answers most words (asked of every capitalised one: a call each was 285 K instructions
/// of the wasm path).
#[inline]
fn is_modifier_compound(w: &str) -> bool {
    has_dash_byte(w) && has_modifier_tail(w)
}

/// `is_modifier_compound` for a word with a dash.
#[inline(never)]
fn has_modifier_tail(w: &str) -> bool {
    match w.rsplit_once(['-', '‐', '‑']) {
        Some((_, tail)) => {
            tail.chars().all(char::is_lowercase)
                && (tail.ends_with("ed")
                    || lists::modifier_tails().contains(tail))
        }
        None => false,
    }
}

/// Whether `w` holds a '-', or the 0xE2 that starts '‐' and '‑'. Asked of every
/// capitalised word (most hold neither): eight bytes a step, not a loop over bytes.
fn has_dash_byte(w: &str) -> bool {
    let has = |x: u64| bytes_equal_to(x, b'-') | bytes_equal_to(x, 0xE2) != 0;
    let b = w.as_bytes();
    let n = b.len();
    if n >= 8 {
        let word = |i: usize| crate::bytes::u64_le(&b[i..i + 8]);
        let mut i = 0;
        while i + 8 < n {
            if has(word(i)) {
                return true;
            }
            i += 8;
        }
        // The last eight bytes, overlapping those before when `n` is no multiple of 8.
        has(word(n - 8))
    } else if n >= 4 {
        // The first and last four bytes, which cover them all.
        let half = |i: usize| u64::from(crate::bytes::u32_le(&b[i..i + 4]));
        has(half(0) | half(n - 4) << 32)
    } else {
        b.iter().any(|&c| c == b'-' || c == 0xE2)
    }
}

/// "al-Mansouri", "el-Sisi", "bin-Laden", "d'Alembert": a particle joined to a name.
const PARTICLES_BEFORE_NAMES: [&str; 15] = [
    "al-", "el-", "ad-", "as-", "ash-", "at-", "az-", "an-", "ibn-", "bin-", "abu-", "d'", "d’", "l'", "l’",
];

/// Whether `b` starts any of `PARTICLES_BEFORE_NAMES` (a test keeps the two in step).
fn may_start_particle(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'b' | b'd' | b'l')
}

/// Whether the first four bytes of `w` hold the '-' or apostrophe ('’' starts with 0xE2)
/// that ends each of `PARTICLES_BEFORE_NAMES` (the test keeps this in step too).
fn has_particle_mark(w: &str) -> bool {
    w.bytes().take(4).any(|b| matches!(b, b'-' | b'\'' | 0xE2))
}

/// Asked of nearly every lower-case word: the first byte rules most out, the mark after
/// the particle most others. Those tests are inlined where it is asked (a call cost more
/// than they do), the list is not.
#[inline(always)]
fn is_particle_name(w: &str) -> bool {
    w.as_bytes().first().is_some_and(|&b| may_start_particle(b)) && has_particle_mark(w) && particle_then_name(w)
}

fn particle_then_name(w: &str) -> bool {
    for p in PARTICLES_BEFORE_NAMES {
        if let Some(rest) = w.strip_prefix(p) {
            return rest.chars().next().is_some_and(char::is_uppercase);
        }
    }
    false
}

/// "COVID-19", "H1N1", "F-35": codes with digits name diseases and products, not bodies.
/// Nor does an acronym's plural: "EVs", "SUVs", "IPOs", "GPUs".
fn is_code(w: &str) -> bool {
    let plural = w.strip_suffix('s').is_some_and(|stem| stem.len() >= 2 && stem.bytes().all(|c| c.is_ascii_uppercase()));
    plural
        || is_party_tag(w)
        || w.chars().any(|c| c.is_ascii_digit())
        || w.chars()
            .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'))
        || lists::non_name_words().contains(w)
}

/// "Ching-te", "Suk-yeol": two short syllables joined by a hyphen, the second in lower case
/// (not an English compound: "Co-chair", "Ex-wife", "Self-made").
fn syllable_pair(w: &str) -> bool {
    let Some((first, second)) = w.split_once('-') else { return false };
    let short = |p: &str| (2..=5).contains(&p.len()) && p.bytes().skip(1).all(|c| c.is_ascii_lowercase());
    short(first) && short(second) && first.starts_with(|c: char| c.is_ascii_uppercase()) && second.starts_with(|c: char| c.is_ascii_lowercase())
        && !in_class(class::COMPOUND_PREFIX, first)
}

/// A roman numeral that ends a name ("World War II", "Charles III", "Henry VIII"; not "I"
/// or "V", which are words too).
fn is_roman_numeral_suffix(w: &str) -> bool {
    word_in!(w, "II" | "III" | "IV" | "VI" | "VII" | "VIII")
}

/// What may follow a surname and still be the person's name: "Jr", "Sr", a roman numeral.
fn is_name_suffix(w: &str) -> bool {
    is_roman_numeral_suffix(w) || word_in!(w, "Jr" | "Sr")
}

/// "D-Va", "R-S", "R-Texas": a party and state tag after a politician's name, no name.
pub(crate) fn is_party_tag(w: &str) -> bool {
    matches!(w.as_bytes(), [b'D' | b'R' | b'I', b'-', c, ..] if c.is_ascii_uppercase())
}

fn is_acronym(w: &str) -> bool {
    // One pass over the characters for both counts.
    let (mut upper, mut lower) = (0, 0);
    for c in w.chars() {
        upper += usize::from(c.is_uppercase());
        lower += usize::from(c.is_lowercase());
    }
    upper >= 2 && lower < upper && w.chars().next().is_some_and(char::is_uppercase)
}

/// Capitals inside a word as brands spell them: "STMicroelectronics", "PayPal", "BlackRock",
/// "OpenAI". Not as surnames and given names do after a short prefix: "McKinsey",
/// "DeSantis", "LaToya", "MacArthur".
fn brand_cased(w: &str) -> bool {
    let b = w.as_bytes();
    if b.len() < 4 || !b[0].is_ascii_uppercase() {
        return false;
    }
    // (Three capitals: "QThere's" is an interview's "Q" run into its question.)
    let lead = b.len() > 4 && b[..3].iter().all(u8::is_ascii_uppercase) && b[3].is_ascii_lowercase();
    lead || (3..b.len()).any(|i| b[i - 1].is_ascii_lowercase() && b[i].is_ascii_uppercase() && !w.starts_with("Mac"))
}

fn all_caps(w: &str) -> bool {
    w.chars().any(char::is_uppercase) && !w.chars().any(char::is_lowercase)
}

/// For a word of three letters or more: whether it starts with a capital, and whether it
/// has four letters or more. Asked of every word of many lines: ASCII without decoding.
fn letters_word(w: &str) -> Option<(bool, bool)> {
    let b = w.as_bytes();
    if b.len() >= 3 && b.iter().all(u8::is_ascii_alphabetic) {
        return Some((b[0].is_ascii_uppercase(), b.len() >= 4));
    }
    if b.is_ascii() {
        return None;
    }
    // `nth`, not `count`: decodes at most four characters.
    if w.chars().nth(2).is_none() || !w.chars().all(char::is_alphabetic) {
        return None;
    }
    Some((w.chars().next().is_some_and(char::is_uppercase), w.chars().nth(3).is_some()))
}

/// A web name, one token from the tokenizer: "Gawker.com", "FactCheck.org".
fn is_web_name(w: &str) -> bool {
    w.rsplit_once('.').is_some_and(|(name, end)| !name.is_empty() && crate::tokens::is_top_level_domain(end))
}

/// Whether a known name ending at byte `e`, inside token `k`, is the first part of a
/// compound such as "Tokyo-based", "Soviet-era", "Kremlin-backed": a hyphen, then a word in
/// lower case. The name is a mention of its own, as in OntoNotes.
fn is_compound_prefix(doc: &Document, k: usize, e: usize) -> bool {
    k < doc.tokens.len()
        && doc.tokens[k].kind == TokenKind::Word
        && doc.tokens[k].span.start < e
        && doc.text[e..doc.tokens[k].span.end].strip_prefix('-').is_some_and(|rest| {
            // "Spanish-language": a language, not the people.
            rest.starts_with(|c: char| c.is_ascii_lowercase()) && !rest.starts_with("language") && !rest.starts_with("speak")
        })
}

/// Whether token `k` opens a stock ticker: "(TSX: KLV)", "(NASDAQ:BBRY, TSX:BB)".
fn ticker_at(doc: &Document, k: usize) -> bool {
    let w = |i: usize| if i < doc.tokens.len() { doc.word(i) } else { "" };
    if doc.tokens[k].kind != TokenKind::Punct || w(k) != "(" {
        return false;
    }
    let symbol = w(k + 3);
    w(k + 2) == ":"
        && word_in!(w(k + 4), ")" | "," | ";")
        && (1..=5).contains(&symbol.len())
        && symbol.bytes().all(|c| c.is_ascii_uppercase())
        && lists::stock_exchanges().contains(w(k + 1))
}

/// The legal-form suffixes that end a company's name: "AG", "Inc", "plc".
#[inline(never)]
pub(crate) fn is_company_suffix(w: &str) -> bool {
    word_in!(w, "AG" | "SA" | "NV" | "SE" | "LP" | "plc" | "PLC" | "Inc" | "Corp" | "Ltd" | "LLC" | "GmbH" | "SpA" | "Co" | "Cos" | "Bros" | "Pty")
}

/// "Rite Aid" of "Rite Aid Corp.", "Dollar Tree" of "Dollar Tree, Inc.": a company's name of
/// two words or more without its legal form.
fn company_without_legal_form(name: &str) -> Option<&str> {
    let (rest, last) = name.rsplit_once(' ')?;
    let short = rest.trim_end_matches(',');
    (is_company_suffix(last.trim_end_matches('.')) && short.contains(' ')).then_some(short)
}

/// Short words a headline in title case capitalises and a name does not hold: "Trump
/// Calls On Obama To Resign".
fn is_headline_word(w: &str) -> bool {
    word_in!(w, "To" | "On" | "In" | "At" | "By" | "Is" | "Are" | "Was" | "With" | "From" | "Its" | "His" | "Her" | "Be" | "As")
}

/// Initials: capitals each followed by a full stop, "H.R.", "J.K." (one token).
fn is_initials(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 4 && b.len() % 2 == 0 && b.chunks(2).all(|p| p[0].is_ascii_uppercase() && p[1] == b'.')
}

/// "Cork" of "CORK".
fn title_case(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    let mut chars = w.chars();
    if let Some(first) = chars.next() {
        out.push(first);
    }
    crate::lexicon::push_lower_case(&mut out, chars.as_str());
    out
}

/// Whether `w` starts with a lower-case letter; ASCII without decoding.
#[inline]
fn starts_lowercase(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_lowercase(),
        _ => w.chars().next().is_some_and(char::is_lowercase),
    }
}

/// Whether `w` starts with a capital; ASCII without decoding.
#[inline]
fn starts_uppercase(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => w.chars().next().is_some_and(char::is_uppercase),
    }
}

fn is_opening(w: &str) -> bool {
    matches!(
        w,
        "“" | "\"" | "‘" | "'" | "(" | "[" | ":" | "—" | "–" | "-" | "«" | "•" | "|"
    )
}

/// Person evidence words after a capitalised word: "X said".
fn speech_after(doc: &Document, s: &Sentence, b: usize) -> bool {
    let mut k = b;
    if k < s.tokens.end
        && matches!(
            doc.word(k),
            "has" | "had" | "have" | "also" | "then" | "later"
        )
    {
        k += 1;
    }
    k < s.tokens.end && lists::speech_verbs().contains(doc.word(k))
}

pub struct Names<'d, 't> {
    doc: &'d Document<'t>,
    gaz: &'static Gazetteer,
    /// Per token, whether it can be part of a name (see `is_cap`): asked of most tokens
    /// several times, so worked out once.
    cap: Vec<bool>,
    /// Per token: the gazetteer match starting there (end token, label).
    gaz_at: Vec<Option<(usize, Label)>>,
    /// The `lower_sig`s of the lower-case words the text uses, a bit each: a capitalised
    /// one of them at a sentence start is an ordinary word ("Moreover"). Most names asked
    /// about (see `used_in_lower_case`) have a sig no lower-case word has.
    lower_sigs: [u64; 64],
    /// How many tokens `scan_for_word` has scanned (see `SCAN_BUDGET`).
    lower_scanned: Cell<usize>,
    /// The lower-case words with a sig among `cap_sigs`, built once the scans are past
    /// `SCAN_BUDGET` (a long text): hashing every lower-case word was most of the cost of
    /// building it, and most are no capitalised word's.
    lower_words: OnceCell<HashSet<&'t str>>,
    /// All of them, for the few words asked about that `lower_words` does not cover.
    all_lower_words: OnceCell<HashSet<&'t str>>,
    /// Run starts labelled by a naming cue before them ("a group called X"): a few a text
    /// at most, so a list (a table of this type was one more copy of the hashing code).
    forced: Vec<(usize, Label)>,
    /// See `cap_uses()`.
    /// Each capitalised word's index into its counts: a `HashMap<&str, usize>`, a table type
    /// the module has anyway (one with the counts in it was code of its own).
    cap_counts: OnceCell<(HashMap<&'t str, usize>, Vec<(u32, u32)>)>,
    /// The words that start with a capital, after the first token, and how many of them
    /// `cap_uses` has scanned (see `SCAN_BUDGET`).
    cap_words: Vec<u32>,
    cap_scanned: Cell<usize>,
    /// `head_label`'s last question and answer.
    last_head_label: Cell<(usize, usize, Option<Label>)>,
    found: Vec<Found>,
    /// The end offsets of the places in `found`: asked for every "and X" (a scan of `found`
    /// made long texts quadratic).
    place_ends: HashSet<usize>,
    /// Single words with no evidence yet: (token, sentence index, at sentence start).
    pending: Vec<(usize, usize, bool)>,
    /// Person-shaped names with no evidence yet: "López Obrador" before or after
    /// "Andrés Manuel López Obrador".
    pending_pairs: Vec<(usize, usize)>,
    /// One word left after a known body in its run: a person only if the document names
    /// one so ("the Washington Post Trump said").
    after_body: Vec<usize>,
    /// The "(" of each stock ticker, in order: "Kelvora (TSX: KLV)" (see `ticker_at`).
    tickers: Vec<usize>,
    /// Acronym-shaped words the text also writes in title case ("CORK", "Cork").
    in_capitals: Vec<usize>,
}

impl<'d, 't> Names<'d, 't> {
    pub fn new(doc: &'d Document<'t>, numeric: &[Found]) -> Names<'d, 't> {
        let n = doc.tokens.len();
        // For `used_in_lower_case`, here where each word's first letter is looked at anyway.
        let mut lower_sigs = [0u64; 64];
        // And `cap_words`: known here at the cost of a push.
        let mut cap_words = Vec::with_capacity(n / 4);
        let mut cap = vec![false; n];
        // And the "(" that may open a stock ticker (`ticker_at`), tested below.
        let mut tickers = Vec::new();
        for (i, ((t, &w), cap)) in doc.tokens.iter().zip(doc.words()).zip(&mut cap).enumerate() {
            let word = t.kind == TokenKind::Word;
            if w == "(" {
                tickers.push(i);
            } else if starts_uppercase(w) {
                if word && i > 0 {
                    cap_words.push(i as u32);
                }
                *cap = word && !is_modifier_compound(w) && !is_party_tag(w);
            } else if starts_lowercase(w) {
                let sig = lower_sig(w);
                lower_sigs[sig / 64] |= 1 << (sig % 64);
                // Only a word that starts lower-case can be a particle joined to a name.
                *cap = word && is_particle_name(w) && !is_modifier_compound(w);
            }
        }
        // Dates and amounts are no names.
        let mut tokens = doc.cursor();
        for f in numeric {
            let mut k = tokens.at_or_after(f.span.start);
            while k < n && doc.tokens[k].span.end <= f.span.end {
                cap[k] = false;
                k += 1;
            }
        }
        // A ticker's symbol is no name ("KLV" of "(TSX: KLV)"); the name before it is a body.
        tickers.retain(|&k| ticker_at(doc, k));
        for &k in &tickers {
            cap[k + 3] = false;
        }
        let gaz = gazetteer::get();
        let mut gaz_at = vec![None; n];
        // The stage's mentions start here: room for a name every eight tokens (more than
        // most articles have), which spares the several regrowths of an empty list.
        let mut compounds = Vec::with_capacity(n / 8);
        // Known names start and end on token boundaries: try each word start once.
        let mut a = 0;
        while a < n {
            let t = doc.tokens[a];
            let found = match t.kind {
                TokenKind::Punct => None,
                _ if !gaz.may_start_at(doc.text, t.span.start) => None,
                _ => gaz.matcher.longest_at(doc.text, t.span.start),
            };
            let Some((e, label)) = found else {
                a += 1;
                continue;
            };
            let mut b = a + 1;
            while b < n && doc.tokens[b].span.end <= e {
                b += 1;
            }
            // A known name never crosses a line break.
            if doc.tokens[b - 1].span.end != e || (a + 1..b).any(|k| doc.tokens[k].breaks_before > 0) {
                // The token holding the name's end: its first one, or the one after.
                let inside = if doc.tokens[b - 1].span.end > e { b - 1 } else { b };
                if is_compound_prefix(doc, inside, e) && (a + 1..=inside).all(|k| doc.tokens[k].breaks_before == 0) {
                    compounds.push(Found { span: Span::new(t.span.start, e), label: *label });
                }
                a += 1;
                continue;
            }
            // "the state-run Anatolia news agency": a place's name is the agency's.
            let agency = matches!(label, Label::Loc | Label::Gpe) && b + 1 < n && doc.word(b) == "news" && doc.word(b + 1) == "agency";
            // "Emirates ordered 90 jets": the airline; "the Emirates" is the country.
            let agency = agency || b == a + 1 && doc.word(a) == "Emirates" && !(a > 0 && word_in!(doc.word(a - 1), "the" | "The" | "Arab"));
            gaz_at[a] = Some((b, if agency { Label::Org } else { *label }));
            // "eBay", "easyJet": a known name in lower case with a capital inside it is a name.
            if !cap[a] && t.kind == TokenKind::Word && doc.word(a).bytes().skip(1).any(|b| b.is_ascii_uppercase()) {
                cap[a] = true;
            }
            a = b;
        }
        // "US-China", "Israeli-Palestinian": known names joined by hyphens are each a
        // mention, as OntoNotes splits them ("Coca-Cola", no known parts, stays whole).
        for k in 0..n {
            // (`hyphenated`: a word token holds an ASCII hyphen only between its parts.)
            if !cap[k] || gaz_at[k].is_some() || !doc.tokens[k].hyphenated {
                continue;
            }
            // Not inside a longer name: "University of Wisconsin-Milwaukee".
            let name_before = |w: &str| w == "of" || (starts_uppercase(w) && !lists::non_name_words().contains(w));
            if k > 0 && cap[k - 1] | (doc.word(k - 1) == "of") && name_before(doc.word(k - 1)) && doc.tokens[k].breaks_before == 0 {
                continue;
            }
            let start = doc.tokens[k].span.start;
            let mut parts = Vec::new();
            let mut from = start;
            for part in doc.word(k).split('-') {
                match gaz.matcher.longest_at(doc.text, from) {
                    Some((e, &label)) if e == from + part.len() && !part.is_empty() => parts.push(Found { span: Span::new(from, e), label }),
                    _ => break,
                }
                from += part.len() + 1;
            }
            if parts.len() >= 2 && from > doc.tokens[k].span.end {
                // "Cuban-Americans", "Iranian-American": one people.
                let hyphenated_people = parts.iter().all(|p| p.label == Label::Norp)
                    && matches!(parts.last().map(|p| p.span.text(doc.text)), Some("American" | "Americans"));
                if hyphenated_people {
                    compounds.push(Found { span: doc.tokens[k].span, label: Label::Norp });
                } else {
                    compounds.extend(parts);
                }
                cap[k] = false;
            }
        }
        let mut names = Names {
            doc,
            gaz,
            cap,
            gaz_at,
            lower_sigs,
            lower_scanned: Cell::new(0),
            lower_words: OnceCell::new(),
            all_lower_words: OnceCell::new(),
            forced: Vec::new(),
            cap_counts: OnceCell::new(),
            cap_words,
            cap_scanned: Cell::new(0),
            last_head_label: Cell::new((0, 0, None)),
            place_ends: compounds.iter().filter(|f| f.label == Label::Gpe).map(|f| f.span.end).collect(),
            found: compounds,
            pending: Vec::new(),
            pending_pairs: Vec::new(),
            after_body: Vec::new(),
            tickers,
            in_capitals: Vec::new(),
        };
        names.find_naming_cues();
        names
    }

    /// Whether the text writes `lower` (a lower-case word): the signature bits of its
    /// lower-case words first, then a scan while `SCAN_BUDGET` lasts (nearly every text with
    /// a multi-word body asks: building their table was 6% of the wasm path's instructions),
    /// then the table.
    fn lower_word_in_text(&self, lower: &str) -> bool {
        let sig = lower_sig(lower);
        if self.lower_sigs[sig / 64] & (1 << (sig % 64)) == 0 || !starts_lowercase(lower) {
            return false;
        }
        self.scan_for_word(lower).unwrap_or_else(|| self.all_lower_words().contains(lower))
    }

    /// Whether a token is written `w`, by a scan stopped at the first one (common words
    /// come early), or None once the scans are past `SCAN_BUDGET`: then a table answers,
    /// which keeps a long text's pass linear.
    fn scan_for_word(&self, w: &str) -> Option<bool> {
        let words = self.doc.words();
        if !scan_fits(&self.lower_scanned, words.len()) {
            return None;
        }
        // `same_bytes`, not `==`: no memcmp call (a byte loop in wasm).
        let found = words.iter().position(|t| same_bytes(t.as_bytes(), w.as_bytes()));
        self.lower_scanned.set(self.lower_scanned.get() + found.map_or(words.len(), |at| at + 1));
        Some(found.is_some())
    }

    /// Every lower-case word of the text, built on first use.
    fn all_lower_words(&self) -> &HashSet<&'t str> {
        self.all_lower_words.get_or_init(|| lower_words(self.doc, None))
    }

    /// How often word `w` occurs as one of `cap_words`, and how often after
    /// another capitalised word or a particle (only `person_evidence` asks). An article asks
    /// a few times: a scan of `cap_words` for `w` answers each for a fraction of
    /// what a table of them all cost to build (hashing each). A long text asks many times:
    /// past `SCAN_BUDGET` the table is built, which keeps the pass linear.
    fn cap_uses(&self, w: &str) -> (u32, u32) {
        if !scan_fits(&self.cap_scanned, self.cap_words.len()) {
            return self.cap_count(w);
        }
        self.cap_scanned.set(self.cap_scanned.get() + self.cap_words.len());
        let mut count = (0, 0);
        for &k in &self.cap_words {
            // `same_bytes`, not `==`: no memcmp call (a byte loop in wasm).
            if same_bytes(self.doc.word(k as usize).as_bytes(), w.as_bytes()) {
                self.add_cap_use(&mut count, k as usize);
            }
        }
        count
    }

    /// Counts the use of the capitalised word at token `k` into `count` (see `cap_uses`).
    fn add_cap_use(&self, count: &mut (u32, u32), k: usize) {
        count.0 += 1;
        if cap_or_particle(self.doc.word(k - 1)) {
            count.1 += 1;
        }
    }

    /// `cap_uses` of every capitalised word, built on first use.
    fn cap_counts(&self) -> &(HashMap<&'t str, usize>, Vec<(u32, u32)>) {
        self.cap_counts.get_or_init(|| {
            let doc = self.doc;
            let mut index: HashMap<&'t str, usize> = HashMap::with_capacity_and_hasher(self.cap_words.len(), Default::default());
            let mut counts: Vec<(u32, u32)> = Vec::with_capacity(self.cap_words.len());
            for &k in &self.cap_words {
                let next = counts.len();
                let at = *index.entry(doc.word(k as usize)).or_insert(next);
                if at == next {
                    counts.push((0, 0));
                }
                self.add_cap_use(&mut counts[at], k as usize);
            }
            (index, counts)
        })
    }

    fn cap_count(&self, w: &str) -> (u32, u32) {
        let (index, counts) = self.cap_counts();
        index.get(w).map_or((0, 0), |&at| counts[at])
    }

    fn w(&self, i: usize) -> &'t str {
        if i < self.doc.tokens.len() {
            self.doc.word(i)
        } else {
            ""
        }
    }

    /// A capitalised word, or a particle joined to a name ("al-Assad"), outside any date
    /// or amount, and no modifier ("Soviet-era").
    fn is_cap(&self, i: usize) -> bool {
        self.cap.get(i).copied().unwrap_or(false)
    }

    /// A capitalised word that can continue a run (no line break before it).
    fn continues(&self, i: usize, end: usize) -> bool {
        i < end && self.is_cap(i) && self.doc.tokens[i].breaks_before == 0
    }

    fn push(&mut self, a: usize, b: usize, label: Label) {
        if a < b {
            let span = self.doc.span_of(a, b);
            if label == Label::Gpe {
                self.place_ends.insert(span.end);
            }
            self.found.push(Found { span, label });
        }
    }

    /// "a hacker group in China, called Tick", "islands, known by the Chinese as
    /// Diaoyu": the name after the cue takes the kind of the noun before it.
    fn find_naming_cues(&mut self) {
        let doc = self.doc;
        let cap = &self.cap;
        for s in &doc.sentences {
            for i in s.tokens.clone() {
                let w = doc.word(i);
                let next_cap = cap.get(i + 1).copied().unwrap_or(false);
                // Most words have no name after them: a look at the next token (the name,
                // unless the cue is "known ... as") spares them the list lookup.
                if (!next_cap && !word_in!(w, "known")) || !lists::naming_cues().contains(w) {
                    continue;
                }
                // The name: right after the cue, or after "as" within a few words.
                let mut name = i + 1;
                if w == "known" {
                    match (i + 1..(i + 6).min(s.tokens.end)).find(|&k| doc.word(k) == "as") {
                        Some(k) => name = k + 1,
                        None => continue,
                    }
                }
                if name >= s.tokens.end || !cap[name] {
                    continue;
                }
                // The noun it names: the nearest kind noun within six words before.
                let from = i.saturating_sub(7).max(s.tokens.start);
                let label = (from..i).rev().find_map(|k| {
                    let w = doc.word(k);
                    if lists::org_nouns().contains(w) || lists::org_heads().contains(w) {
                        Some(Label::Org)
                    } else if lists::loc_nouns().contains(w) || lists::loc_heads().contains(w) {
                        Some(Label::Loc)
                    } else if lists::gpe_nouns().contains(w) {
                        Some(Label::Gpe)
                    } else if lists::person_nouns().contains(w) {
                        Some(Label::Person)
                    } else {
                        None
                    }
                });
                if let Some(label) = label {
                    self.forced.push((name, label));
                }
            }
        }
    }

    /// Whether sentence `s` is a headline, byline or page-furniture line: it ends
    /// without a full stop, question or exclamation mark.
    fn is_title_line(&self, s: &Sentence) -> bool {
        let mut last = s.tokens.end - 1;
        // ("... by sabotage.[27]": a reference marker after the stop.)
        if let Some(open) = (self.w(last) == "]").then(|| (s.tokens.start + 1..last).rev().take(5).find(|&k| self.w(k) == "[")).flatten() {
            last = open - 1;
        }
        while last > s.tokens.start && word_in!(self.w(last), "”" | "\"" | "’" | "'" | ")" | "]")
        {
            last -= 1;
        }
        // ("... in Westchester County, N.Y.": an abbreviation's full stop ends the sentence too.)
        let abbreviation = self.w(last).len() > 1
            && self.w(last).ends_with('.')
            && s.tokens.clone().any(|k| self.w(k).starts_with(|c: char| c.is_lowercase()));
        let unpunctuated = !word_in!(self.w(last), "." | "?" | "!" | "…" | ":" | ";" | ",") && !abbreviation;
        (unpunctuated && s.tokens.len() < 40) || self.is_title_case_line(s) || self.is_caps_line(s)
    }

    /// A line of one sentence all in capitals, with a full stop or not: "ABSTRACT.",
    /// "WHAT’S BREWING." (headings, whose words are no bodies).
    fn is_caps_line(&self, s: &Sentence) -> bool {
        let first = s.tokens.start;
        let line_start = self.doc.opens_line(first);
        let line_end = s.tokens.end >= self.doc.tokens.len() || self.doc.tokens[s.tokens.end].breaks_before > 0;
        line_start
            && line_end
            && s.tokens.len() < 40
            && s.tokens.clone().all(|k| !self.w(k).chars().any(char::is_lowercase))
    }

    /// A line of one sentence in title case, even with a full stop: "Only 24 Percent
    /// of Hillary Clinton’s Contributors Are Small Donors."
    fn is_title_case_line(&self, s: &Sentence) -> bool {
        let first = s.tokens.start;
        let line_start = self.doc.opens_line(first);
        let line_end = s.tokens.end >= self.doc.tokens.len()
            || self.doc.tokens[s.tokens.end].breaks_before > 0;
        if !line_start || !line_end || s.tokens.len() > 30 {
            return false;
        }
        // Ordinary words in capitals ("Contributors", "Small") against ordinary words
        // in lower case: names do not count either way.
        let (mut common_caps, mut lower) = (0, 0);
        for k in first + 1..s.tokens.end {
            let w = self.w(k);
            // "Trump Calls On Obama To Resign.": short words in capitals only a title has.
            if word_in!(w, "Of" | "For" | "And") || is_headline_word(w) {
                common_caps += 1;
                continue;
            }
            let Some((capital, four_letters)) = letters_word(w) else {
                continue;
            };
            if capital {
                if self.gaz_at[k].is_none()
                    && self.used_in_lower_case(k)
                    && !self.gaz.is_given_name(w)
                {
                    common_caps += 1;
                }
            } else if four_letters {
                lower += 1;
            }
        }
        common_caps >= 2 && common_caps > lower
    }

    /// The end of the run starting at capitalised token `a`.
    fn run_end(&self, a: usize, end: usize) -> usize {
        // No name is longer than this: longer runs are cut, which keeps every later
        // step over a run bounded and the whole pass linear.
        let sentence_end = end;
        let end = end.min(a + MAX_RUN);
        let mut j = a + 1;
        // An org's structure: an "of"/"for"/"on" seen, or a first word that leads orgs
        // ("Ministry"), looked up only where a joiner asks (most runs meet none).
        let mut org_structure = false;
        let org_lead = || lists::org_leads().contains(self.w(a));
        // A known name that starts in the run is taken whole: "Securities and
        // Exchange Commission", "Food and Drug Administration".
        let mut reach = self.gaz_at[a].map_or(0, |(e, _)| e);
        loop {
            if j < reach && reach <= sentence_end {
                if (j..reach).any(|k| word_in!(self.w(k), "of" | "for" | "on")) {
                    org_structure = true;
                }
                j = reach;
                continue;
            }
            if self.continues(j, end) {
                if let Some((e, _)) = self.gaz_at[j] {
                    reach = reach.max(e);
                }
                j += 1;
                continue;
            }
            if j >= end || self.doc.tokens[j].breaks_before > 0 {
                break;
            }
            let w = self.w(j);
            let prev = self.w(j - 1);
            // Web names end a run: "Myjoyonline.com", "Gawker.com".
            if is_web_name(prev) {
                // "Amazon.com Inc": a company suffix stays with the name.
                if word_in!(w, "Inc" | "Corp" | "Ltd" | "LLC" | "Co" | "PLC" | "plc" | "Group") {
                    return if self.w(j + 1) == "." && !self.doc.tokens[j + 1].space_before { j + 2 } else { j + 1 };
                }
                return j;
            }
            // 'Harold "Hal" Whitcombe', "Earvin ‘Magic’ Johnson": a nickname in quotation marks
            // between a given name and the rest of the name.
            if word_in!(w, "\"" | "“" | "‘") && j + 3 < end && self.continues(j + 1, end) && word_in!(self.w(j + 2), "\"" | "”" | "’") && self.continues(j + 3, end) && self.gaz.is_given_name(prev) {
                j += 4;
                continue;
            }
            // "Helix Biosystems, Inc.": a company's legal form after a comma.
            if w == "," && j + 1 < sentence_end && word_in!(self.w(j + 1), "Inc" | "LLC" | "Ltd" | "Corp" | "PLC" | "plc") {
                j += 2;
                if j < sentence_end && self.w(j) == "." && !self.doc.tokens[j].space_before {
                    j += 1;
                }
                break;
            }
            // "L. Ron Hubbard", "Cassava Sciences Inc.", "Mr. Kishida"
            if w == "." && !self.doc.tokens[j].space_before {
                // `nth`, not `count`: decodes two characters at most.
                let initial = prev.chars().nth(1).is_none() && prev.chars().next().is_some_and(char::is_uppercase);
                let suffix = matches!(
                    prev,
                    "Inc" | "Corp" | "Co" | "Cos" | "Ltd" | "Jr" | "Sr" | "Bros" | "St" | "Mt" | "Ft" | "Ste" | "ST" | "MT" | "FT"
                );
                if initial && self.continues(j + 1, end)
                    || suffix
                    || self.gaz.is_title(prev) && self.continues(j + 1, end)
                {
                    // "Samsung Electronics Co., Ltd.": the Asian company's two suffixes.
                    if prev == "Co" && j + 2 < sentence_end && self.w(j + 1) == "," && self.w(j + 2) == "Ltd" {
                        j += 3;
                        if j < sentence_end && self.w(j) == "." && !self.doc.tokens[j].space_before {
                            j += 1;
                        }
                        break;
                    }
                    j += 1;
                    continue;
                }
                break;
            }
            // "BP plc", "Vodafone Group plc": the legal form in lower case ends the name.
            if w == "plc" {
                return j + 1;
            }
            // Particles: "Abdulaziz bin Salman", "Pieter van der Berg".
            if is_particle(w) {
                let mut k = j + 1;
                while k < end && is_particle(self.w(k)) {
                    k += 1;
                }
                if self.continues(k, end) && !self.gaz_at[j - 1].is_some_and(|(e, _)| e == j) {
                    j = k + 1;
                    continue;
                }
                break;
            }
            // Possessive inside a name: "People’s Liberation Army", "Leeds Magistrates' Court".
            // (Not a person's: "Sen. Bernie Sanders’ College for All Act".)
            let plural_possessive = word_in!(w, "'" | "’") && prev.ends_with('s') && !self.doc.tokens[j].space_before && !(a..j).any(|k| self.gaz.is_given_name(self.w(k)));
            if (word_in!(w, "’s" | "'s") || plural_possessive) && self.continues(j + 1, end) {
                let mut k = j + 1;
                while self.continues(k, end) {
                    k += 1;
                }
                let known_before = self.gaz_at[j - 1].is_some()
                    || (a..j).any(|x| self.gaz_at[x].is_some_and(|(e, _)| e == j));
                // (Not "Harris County Sheriff’s Office": a place's head follows the given name;
                // "Prime Minister Keir Starmer's Labour Party": a given name after a title.)
                let person_before = !word_in!(self.w(a), "St" | "Saint")
                    && (a..j).any(|x| self.gaz.is_given_name(self.w(x)) && !lists::gpe_heads().contains(self.w(x + 1)));
                // And holidays: "New Year's Eve", "St. Patrick's Day".
                let head = self.w(k - 1);
                // (A plural's possessive before one word only: "Leeds Magistrates' Court", not "the
                // Beatles' Apple Corps".)
                let one_word_after = !plural_possessive || k == j + 2;
                // And a saint's places: "St. Peter's Square", "St. Patrick's Cathedral".
                let saints_place = word_in!(self.w(a), "St" | "Saint") && lists::heads(head).has(Heads::FAC);
                if !known_before && !person_before && one_word_after && (lists::org_heads().contains(head) || word_in!(head, "Day" | "Eve") || saints_place) {
                    j = k;
                    continue;
                }
                break;
            }
            let joiner = word_in!(w, "of" | "for" | "on" | "and" | "&");
            if joiner {
                let mut k = j + 1;
                if word_in!(self.w(k), "the") && w != "and" {
                    k += 1;
                }
                if !self.continues(k, end) {
                    break;
                }
                let mut m = k;
                while self.continues(m, end) {
                    m += 1;
                }
                // "University of Sheffield of the UK", "Institute of Technology and Colorado
                // State University": a second name, or a place after a whole name, is no
                // part of it.
                let whole_name = org_structure
                    || (self.gaz_at[a].is_some_and(|(_, label)| label == Label::Gpe) && lists::org_heads().contains(prev));
                let place_after_name = whole_name
                    && w == "of"
                    && k == j + 2
                    && self.gaz_at[k].is_some_and(|(e, label)| e == m && label == Label::Gpe);
                let second_name = org_structure
                    && w == "and"
                    && self.gaz_at[k].is_some_and(|(e, label)| e < m && label == Label::Gpe)
                    && lists::org_heads().contains(self.w(m - 1));
                // "Council of Ministers and Parliament": one word after "and" that names
                // a body alone is a second name.
                // So after one body word: "House and Senate".
                let lone_body = w == "and"
                    && m == k + 1
                    && (org_structure || j == a + 1 && org_lead())
                    && (lists::org_leads().contains(self.w(k)) && lists::org_heads().contains(self.w(k))
                        || self.gaz_at[k] == Some((k + 1, Label::Org)));
                // "Nissan Motor and Honda Motor": a name of two words or more ending in a
                // body's head, then another, known or with the same head (not "Securities
                // and Exchange Commission", "... American Service and Education Consortium").
                let two_bodies = w == "and"
                    && j >= a + 2
                    && m > k + 1
                    && lists::org_heads().contains(prev)
                    && (self.gaz_at[k].is_some() || self.w(m - 1) == prev)
                    && lists::org_heads().contains(self.w(m - 1));
                // ("Edison Research for the Associated Press": a known body after "for" is the
                // client, no part of the name.)
                // (A firm's: "U.S. Attorney's Office for the Southern District" is one name.)
                let client = w == "for" && matches!(prev, "Research" | "Group" | "Partners") && self.gaz_at[k].is_some_and(|(_, label)| label == Label::Org);
                if place_after_name || second_name || lone_body || two_bodies || client {
                    break;
                }
                let licensed = match w {
                    // "Committee on Foreign Relations", "Office on Drugs and Crime"; not "the
                    // World Bank on the Baglihar issue".
                    "on" if !lists::on_heads().contains(prev) => false,
                    // "Member of Parliament for Finchley": the seat, a place of its own.
                    "for" if prev == "Parliament" => false,
                    "of" | "for" | "on" => {
                        // ("Convention on Biological Diversity", "Treaty on Open Skies")
                        w == "on"
                            || licenses_of(prev)
                            || org_structure
                            || org_lead()
                            // "Minister of X", "Minister for X" (not "the Lord for Donald Trump").
                            || (w != "on" && self.gaz.is_title(prev) && (w == "of" || !self.is_given(self.w(k))))
                            // "Freedom of Information Act": a law's name runs on to its head.
                            || (m > k && lists::heads(self.w(m - 1)).has(Heads::LAW) && !lists::non_name_words().contains(prev))
                    }
                    _ => {
                        // "Securities and Exchange Commission", but not "Mitsubishi
                        // Electric and Keio University": one unknown word before "and".
                        // "Volkswagen AG and Siemens Energy AG": a name ending in a company
                        // suffix is whole already.
                        !(w == "and" && is_company_suffix(prev))
                            && (org_structure
                                || org_lead()
                                || w == "&"
                                || (self.one_unknown_word_before(a, j)
                                    // ("STMicroelectronics and NXP Semiconductors": a brand's
                                    // spelling, or an acronym after "and", is a name of its own.)
                                    && !brand_cased(prev)
                                    && !is_acronym(self.w(k))
                                    && lists::org_heads().contains(self.w(m - 1))))
                    }
                } || self.acronym_in_parens_matches(a, m, sentence_end);
                if licensed {
                    if w != "and" && w != "&" {
                        org_structure = true;
                    }
                    j = k;
                    continue;
                }
            }
            break;
        }
        // "World War II", "King Charles III": a roman numeral ends the name (not a part's
        // number: "Article II of the Constitution", "Part II").
        let numeral = j < sentence_end
            && self.numeral_ends(a, j)
            && self.doc.tokens[j].breaks_before == 0
            && (j >= a + 2 || self.is_given(self.w(a)));
        j + usize::from(numeral)
    }

    /// The label a naming cue gave the run starting at `a`, if any (the last given wins).
    fn forced_label(&self, a: usize) -> Option<Label> {
        self.forced.iter().rev().find(|&&(k, _)| k == a).map(|&(_, label)| label)
    }

    /// Whether `a..j` is one word no list knows, after a known prefix ("U.S.").
    fn one_unknown_word_before(&self, a: usize, j: usize) -> bool {
        // Past a leading "The", which the run keeps until `classify` drops it.
        let a = if a + 1 < j && self.gaz_at[a].is_none() && lists::non_name_words().contains(self.w(a)) { a + 1 } else { a };
        let start = match self.gaz_at[a] {
            Some((e, _)) if e < j => e,
            _ => a,
        };
        j == start + 1 && self.gaz_at[start].is_none()
    }

    /// "Integrated Disease Surveillance and Response (IDSR)": the acronym after the
    /// run spells its capitalised words.
    fn acronym_in_parens_matches(&self, a: usize, b: usize, end: usize) -> bool {
        if b + 2 >= end || self.w(b) != "(" || self.w(b + 2) != ")" {
            return false;
        }
        let acr = self.w(b + 1);
        if !is_acronym(acr) {
            return false;
        }
        let initials: String = (a..b)
            .map(|k| self.w(k))
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .filter_map(|w| w.chars().next())
            .collect();
        let letters: String = acr.chars().filter(|c| c.is_uppercase()).collect();
        initials.len() >= 2 && initials == letters
    }

    /// Runs of the document, body sentences first.
    pub fn run(mut self) -> Vec<Found> {
        let doc = self.doc;
        let mut titles = Vec::new();
        for (si, s) in doc.sentences.iter().enumerate() {
            if self.is_title_line(s) {
                titles.push(si);
                continue;
            }
            self.sentence_runs(si, false);
        }
        // "Rite Aid Corp. ... Rite Aid said": a company's name without its legal form is the
        // company, whatever the verb after it suggested.
        let companies: HashSet<&str> = self.found.iter().filter(|f| f.label == Label::Org).filter_map(|f| company_without_legal_form(f.span.text(doc.text))).collect();
        if !companies.is_empty() {
            for f in self.found.iter_mut().filter(|f| f.label == Label::Person) {
                if companies.contains(f.span.text(doc.text)) {
                    f.label = Label::Org;
                }
            }
        }
        // Person-shaped pairs whose surname or first name a person in the body has.
        let mut known = Known::default();
        self.add_known(&mut known, 0);
        let body = self.found.len();
        let mut pairs = std::mem::take(&mut self.pending_pairs);
        // "Kizza Besigye took 35%. ... Mr Besigye said": a surname the text gives an honorific.
        let honoured: HashSet<&str> = if pairs.is_empty() {
            HashSet::default()
        } else {
            // (The capitalised words are known: `cap_words`, tokens after the first.)
            self.cap_words
                .iter()
                .map(|&k| k as usize)
                .filter(|&k| self.cap[k] && honorific_before(self.doc, k))
                .map(|k| self.w(k))
                .collect()
        };
        pairs.retain(|&(a, b)| {
            let person = |w: &str| known.parts.get(w) == Some(Label::Person);
            // ("said Dr. Tilo Kunath": the pair right after an honorific.)
            if person(self.w(b - 1)) || person(self.w(a)) || honoured.contains(self.w(b - 1)) || honorific_before(self.doc, a) {
                self.push(a, b, Label::Person);
                return false;
            }
            true
        });
        // A pair listed with persons is one: "Fergus Cullen, Lou D'Allesandro and Chris
        // Larimer". Again while one is found, for the rest of the list.
        if !pairs.is_empty() {
            // The persons' edges, as byte offsets: one table, not a scan of `found` a pair.
            // Room for two edges a name found: it was regrown while filled.
            let mut edges: HashSet<usize> = HashSet::with_capacity_and_hasher(2 * self.found.len(), Default::default());
            for f in self.found.iter().filter(|f| f.label == Label::Person) {
                edges.insert(edge(f.span.start, true));
                edges.insert(edge(f.span.end, false));
            }
            loop {
                let before = pairs.len();
                pairs.retain(|&(a, b)| {
                    if !self.listed_with_person(a, b, &edges) {
                        return true;
                    }
                    let span = self.doc.span_of(a, b);
                    edges.insert(edge(span.start, true));
                    edges.insert(edge(span.end, false));
                    self.found.push(Found { span, label: Label::Person });
                    false
                });
                if pairs.len() == before {
                    break;
                }
            }
        }
        // Only pushes since: the persons just found join what is known.
        self.add_known(&mut known, body);
        for si in titles {
            self.title_runs(si, &known);
        }
        self.resolve_pending(&known);
        self.places_named_after_persons(&known);
        self.bodies_named_after_persons(&known);
        self.bodies_by_apposition();
        self.found
    }

    /// "Nihon Hidankyo, a Japanese group of atomic bomb survivors,": a person no given name
    /// makes, described after a comma as a body, is the body.
    fn bodies_by_apposition(&mut self) {
        let doc = self.doc;
        let n = doc.tokens.len();
        for f in self.found.iter_mut().filter(|f| f.label == Label::Person) {
            let e = doc.token_at_or_after(f.span.end);
            if e + 3 >= n || doc.word(e) != "," || !word_in!(doc.word(e + 1), "a" | "an" | "the") {
                continue;
            }
            let first = doc.token_at_or_after(f.span.start);
            if self.gaz.is_given_name(doc.word(first)) || honorific_before(doc, first) {
                continue;
            }
            // (Modifiers, then the noun: not "Hamdullah Mohib, the participation of this team".)
            let modifier = |k: usize| doc.tokens[k].kind == TokenKind::Word && !word_in!(doc.word(k), "of" | "in" | "for" | "to" | "this" | "that" | "the" | "and" | "with" | "at" | "on" | "by");
            let head = (e + 2..n.min(e + 7)).take_while(|&k| modifier(k)).find(|&k| lists::org_nouns().contains(doc.word(k)));
            let ends = |k: usize| k >= n || word_in!(doc.word(k), "," | "." | "that" | "which" | "of" | "based" | "founded" | "in" | "with" | "for" | "whose");
            if head.is_some_and(|k| ends(k + 1)) {
                f.label = Label::Org;
            }
        }
    }

    fn sentence_runs(&mut self, si: usize, _title: bool) {
        let doc = self.doc;
        let s = &doc.sentences[si];
        let mut i = s.tokens.start;
        while i < s.tokens.end {
            if !self.is_cap(i) {
                i += 1;
                continue;
            }
            if let Some(close) = self.quoted_title(i, s.tokens.start, s.tokens.end) {
                self.push(i, close, Label::WorkOfArt);
                i = close;
                continue;
            }
            let b = self.run_end(i, s.tokens.end);
            // "Prince George's County", "Queen Anne's County": a county named for a person.
            if b + 1 < s.tokens.end && word_in!(self.w(b), "’s" | "'s") && word_in!(self.w(b + 1), "County" | "Parish") {
                let a = (i..b).find(|&k| !lists::non_name_words().contains(self.w(k))).unwrap_or(b);
                self.push(a, b + 2, Label::Gpe);
                i = b + 2;
                continue;
            }
            let at_start = i == s.tokens.start
                || (i == s.tokens.start + 1 && is_opening(self.w(i - 1)))
                || (i > s.tokens.start && word_in!(self.w(i - 1), "“" | "\"" | ":"));
            self.classify(si, i, b, at_start);
            i = b;
        }
    }

    /// 'the novel “The God of Small Things”', 'the film “Lady Bird”': a title in quotation
    /// marks after a noun for works, in capitals but for small words; where it ends.
    fn quoted_title(&self, a: usize, start: usize, end: usize) -> Option<usize> {
        if a < start + 2 || !word_in!(self.w(a - 1), "“" | "\"") || !lists::work_nouns().contains(self.w(a - 2)) {
            return None;
        }
        let close = (a + 1..end.min(a + 12)).find(|&k| word_in!(self.w(k), "”" | "\"" | ","))?;
        let title = (a..close).all(|k| self.is_cap(k) || self.gaz_at[k].is_some() || word_in!(self.w(k), "of" | "the" | "a" | "an" | "and" | "in" | "on" | "to" | "for" | "with" | ":" | "'s" | "’s"));
        (title && word_in!(self.w(close), "”" | "\"")).then_some(close)
    }

    /// Labels the run `a..b` of sentence `si`.
    /// `classify_run`, with a roman numeral that ends the run ("World War II", "Henry VIII")
    /// kept out of the tests on its words and added to the name found before it.
    fn classify(&mut self, si: usize, a: usize, b: usize, at_start: bool) {
        if b >= a + 2 && self.numeral_ends(a, b - 1) {
            let found = self.found.len();
            self.classify_run(si, a, b - 1, at_start);
            let end = self.doc.tokens[b - 2].span.end;
            if let Some(f) = self.found[found..].iter_mut().find(|f| f.span.end == end && f.label != Label::Gpe) {
                f.span.end = self.doc.tokens[b - 1].span.end;
            }
            return;
        }
        self.classify_run(si, a, b, at_start);
    }

    /// Whether token `k` of the run from `a` is a roman numeral that ends the name: "II",
    /// "VIII", or the "I" of "World War I".
    fn numeral_ends(&self, a: usize, k: usize) -> bool {
        is_roman_numeral_suffix(self.w(k)) || (self.w(k) == "I" && k >= a + 2 && self.w(k - 1) == "War")
    }

    fn classify_run(&mut self, si: usize, mut a: usize, b: usize, mut at_start: bool) {
        // "Mr King", "Dr. Bishop": after an honorific, a title word is a surname (not an
        // office addressed: "Mr. President", "Madam Speaker").
        let name = if self.w(a + 1) == "." { a + 2 } else { a + 1 };
        if name + 1 == b
            && is_personal_honorific(self.w(a))
            && self.gaz.is_title(self.w(name))
            && !lists::addressed_offices().contains(self.w(name))
        {
            self.push(name, b, Label::Person);
            return;
        }
        // Leading words that never start a name: "The", "But", "Meanwhile" (but a known name
        // in capitals: "SAN FRANCISCO", though "SAN" alone is an honour).
        while a < b
            && self.gaz_at[a].is_none()
            && (lists::non_name_words().contains(self.w(a))
                || word_in!(self.w(a), "." | "of" | "and" | "for" | "on" | "&"))
            && !self.known_in_capitals(a, b)
        {
            a += 1;
            at_start = false;
        }
        // Trailing furniture words: "Ahmed Mohamed Image: Twitter".
        let mut b = b;
        while b > a + 1
            && self.gaz_at[b - 1].is_none()
            && lists::non_name_words().contains(self.w(b - 1))
            && !is_roman_numeral_suffix(self.w(b - 1))
            // Not the end of a known name: "India Today".
            && !(a..b - 1).any(|k| self.gaz_at[k].is_some_and(|(e, _)| e == b))
        {
            b -= 1;
        }
        if a >= b {
            return;
        }
        // A common word opening a sentence: "Shares", "Moreover"; not a role ("Minister of
        // Education Stefania Giannini" where the text also has "the prime minister").
        // `used_in_lower_case` before the given-name lookup: most names are answered by its
        // bit test alone.
        if at_start
            && self.gaz_at[a].is_none()
            && self.used_in_lower_case(a)
            && !self.gaz.is_given_name(self.w(a))
            && self.forced_label(a).is_none()
            && !self.known_in_capitals(a, b)
            && !(a + 1 < b && word_in!(self.w(a + 1), "of" | "for") && self.gaz.is_title(self.w(a)))
        {
            a += 1;
            while a < b && word_in!(self.w(a), "." | "of" | "and" | "for" | "on" | "&") {
                a += 1;
            }
            if a >= b {
                return;
            }
        }
        // "UN envoy for Syria Geir Pedersen": a title's place, then the person who holds it.
        if let Some((e, Label::Gpe)) = self.gaz_at[a] {
            if a >= 2 && e + 2 <= b && b <= e + 3 && word_in!(self.w(a - 1), "for" | "to") && self.gaz.is_title(self.w(a - 2)) && (e..b).all(|k| self.gaz_at[k].is_none()) {
                self.push(a, e, Label::Gpe);
                self.push(e, b, Label::Person);
                return;
            }
        }
        // "Carmaker Zorvex said", "Developer Related Companies": a body's kind opening the
        // sentence before its name (a maker, seller or dealer, not "Union Pacific").
        let kind = self.doc.lower(a);
        if at_start && b > a + 1 && self.gaz_at[a].is_none() && (kind.ends_with("er") || kind.ends_with("or")) && lists::org_nouns().contains(kind)
            && !self.gaz.is_title(self.w(a + 1)) && !self.is_given(self.w(a + 1))
        {
            self.push(a + 1, b, Label::Org);
            return;
        }
        // "Polk County GOP Chairman Will Rogers", "Palm Beach County Supervisor of Elections
        // ...": a county named by its head opens the run; the rest is a run of its own.
        if let Some(k) = (a + 1..b.saturating_sub(1)).find(|&k| word_in!(self.w(k), "County" | "Borough")) {
            // (Not a body of the county: "Clark County Coroner's Office", "Cook County Board of
            // Commissioners".)
            let body = lists::heads(self.w(b - 1)).has(Heads::ORG | Heads::FAC | Heads::LOC | Heads::EVENT | Heads::LAW)
                || lists::heads(self.w(k + 1)).has(Heads::ORG)
                || lists::org_leads().contains(self.w(k + 1));
            if !body && self.gaz_at[a].is_none() && self.head_label(a, k + 1) == Some(Label::Gpe) {
                self.push(a, k + 1, Label::Gpe);
                self.classify(si, k + 1, b, false);
                return;
            }
        }
        // A naming cue decides.
        if let Some(label) = self.forced_label(a) {
            if !self.gaz_at[a].is_some_and(|(e, _)| e == b) {
                self.push(a, b, label);
                return;
            }
        }
        // "Provincial Party chief": a party word before a lower-case title is a title.
        if b == a + 2
            && self.w(b - 1) == "Party"
            && self.gaz_at[a].is_none()
            && self.w(b).chars().next().is_some_and(char::is_lowercase)
            && self.gaz.is_title(self.w(b))
        {
            return;
        }
        // A role, not a name: "Interim Minister of Health", "Communication Minister".
        // The word test before the title lookup: most words are no title before "of".
        // "Department of Justice", "Ministry of Justice": a body whose last word is a title.
        let body_of = || (a + 1..b).any(|k| self.w(k) == "of" && lists::org_leads().contains(self.w(k - 1)));
        // Also "Minister for Kashmir Affairs", not in a body's name ("Office of the Inspector
        // General for the Intelligence Community").
        let role_at = |k: usize| self.gaz.is_title(self.w(k)) && (self.w(k + 1) == "of" || self.w(k + 1) == "for" && !body_of());
        let role_of = (a..b).any(|k| word_in!(self.w(k + 1), "of" | "for") && role_at(k));
        // ("Law and Justice", "Justice and Development": a listed name that holds a title
        // word is the name.)
        let known_whole = self.gaz_at[a].is_some_and(|(e, _)| e == b);
        let ends_in_title = self.gaz.is_title(self.w(b - 1))
            && !(b - a >= 2 && self.gaz.is_given_name(self.w(a)))
            && !lists::org_heads().contains(self.w(b - 1))
            && !body_of();
        if !known_whole && (role_of || ends_in_title) {
            let t = if role_of {
                (a..b).find(|&k| word_in!(self.w(k + 1), "of" | "for") && role_at(k)).unwrap_or(a)
            } else {
                b - 1
            };
            self.prefix_before_title(a, t);
            if role_of {
                self.name_after_role(si, t, b);
            }
            return;
        }
        // Titles: "Prime Minister Fumio Kishida", "U.S. President Joe Biden", and plural
        // before several names ("Senators Chuck Schumer and ...").
        // ("Martin Luther King Jr.": a title word with only a name's suffix after it is a
        // surname; "King's College": a possessive one names a place or body.)
        let surname_before_suffix = |t: usize| t > a && (t + 1..b).all(|k| is_name_suffix(self.w(k)) || self.w(k) == ".");
        if let Some(t) = (a..b.saturating_sub(1))
            .rev()
            .filter(|_| !known_whole)
            .find(|&k| self.w(k) != "." && (self.gaz.is_title(self.w(k)) || self.is_plural_title(k, b)))
            .filter(|&t| !surname_before_suffix(t) && !word_in!(self.w(t + 1), "'s" | "’s"))
        {
            let rest_starts = if self.w(t + 1) == "." { t + 2 } else { t + 1 };
            let tail = self.w(b - 1);
            // "General Election": an event's head too, no person.
            // So a holiday: "Veteran's Day".
            let holiday = || word_in!(tail, "Day" | "Eve") && (a..b).any(|k| word_in!(self.w(k), "’s" | "'s"));
            // ("Bank of England Governor Andrew Bailey": a body's "of" before the title.)
            let body_before = self.gaz_at[a].is_some_and(|(e, l)| l == Label::Org && e == t);
            // ("Police Chief Tom Hall", "Lt. Dan Church": a given name and a surname that is
            // also a head word, after the title.)
            let person_after = b == rest_starts + 2 && self.is_given(self.w(rest_starts)) && !lists::fac_heads_not_surnames().contains(tail) && !lists::heads(tail).has(Heads::GPE);
            // ("General Motors Co.", "Keurig Dr Pepper Inc.": a legal form ends a company's
            // name, whatever title word it holds.)
            let legal_form = b >= a + 2 && tail == "." && is_company_suffix(self.w(b - 2));
            // ("King County", "Prince George County": a place's head.)
            let org_like = lists::heads(tail).has(Heads::ORG | Heads::FAC | Heads::LOC | Heads::GPE | Heads::EVENT | Heads::LAW) && !person_after
                || legal_form
                || (a..b).any(|k| self.w(k) == "of") && !body_before
                || holiday();
            // "Party chief", "General Motors", "Crown Prince": titles only before a name.
            if !org_like && rest_starts < b {
                // ("President Hassan Sheikh Mohamud": a title word after a given name that a
                // title leads is the name's own.)
                let (t, rest_starts) = if t >= a + 2 && rest_starts == t + 1 && self.is_given(self.w(t - 1)) && self.gaz.is_title(self.w(t - 2)) { (t - 2, t - 1) } else { (t, rest_starts) };
                self.prefix_before_title(a, t);
                self.push_person_or_known(rest_starts, b);
                return;
            }
            if !org_like
                && rest_starts >= b
                && (a..b).all(|k| self.gaz.is_title(self.w(k)) || self.w(k) == ".")
            {
                return;
            }
        }
        self.label_span(si, a, b, at_start);
    }

    /// A run in capitals that is a known name: "NEW DELHI", "LONG BEACH" in a dateline,
    /// whose first word the text also uses in lower case.
    fn known_in_capitals(&self, a: usize, b: usize) -> bool {
        b >= a + 2
            && (a..b).all(|k| all_caps(self.w(k)))
            && self.gaz.lookup_any_case(self.doc.span_of(a, b).text(self.doc.text)).is_some()
    }

    /// Whether the pair `a..b` stands in a list beside a person found: after "and" or
    /// before "and"/"," ("Fergus Cullen, Lou D'Allesandro and Chris Larimer"), or after ","
    /// when "," or "and" follows it too.
    /// `edges`: the starts and ends of the persons found (`edge`).
    fn listed_with_person(&self, a: usize, b: usize, edges: &HashSet<usize>) -> bool {
        let tokens = &self.doc.tokens;
        let person_ending = |k: usize| edges.contains(&edge(tokens[k].span.end, false));
        let person_starting = |k: usize| k < tokens.len() && edges.contains(&edge(tokens[k].span.start, true));
        let (before, after) = (if a > 0 { self.w(a - 1) } else { "" }, self.w(b));
        let listed_after = a >= 2
            && (word_in!(before, "and" | "&") || (before == "," && word_in!(after, "," | "and")))
            && person_ending(a - 2);
        // Before a person after ",", not a phrase that ends a clause ("In the depths of
        // the Great Recession, Paul Ryan worried").
        let listed_before = (word_in!(after, "and" | "&")
            || (after == "," && !word_in!(before, "the" | "The" | "a" | "an" | "of" | "in" | "In" | "at" | "on" | "from" | "during" | "after" | "After")))
            && person_starting(b + 1);
        listed_after || listed_before
    }

    /// The "and" in the run `a..b` that follows "X of <known place>" and comes before a
    /// body of two words or more with a head of its own ("University of Oxford and
    /// Imperial College London"; not "Department of Health and Human Services").
    fn and_after_place(&self, a: usize, b: usize) -> Option<usize> {
        let k = (a + 3..b.saturating_sub(2)).find(|&k| word_in!(self.w(k), "and" | "&"))?;
        let known_as = |p: usize, e: usize, labels: &[Label]| self.gaz_at[p].is_some_and(|(end, l)| end == e && labels.contains(&l));
        let first = known_as(a, k, &[Label::Org])
            || (a + 2..k).any(|p| self.w(p - 1) == "of" && known_as(p, k, &[Label::Gpe, Label::Loc]));
        // The second: known, headed, or headed before its place ("Imperial College London").
        let second = known_as(k + 1, b, &[Label::Org])
            || self.head_label_of(k + 1, b) == Some(Label::Org)
            || (b - k >= 4 && known_as(b - 1, b, &[Label::Gpe]) && self.head_label_of(k + 1, b - 1) == Some(Label::Org));
        (first && second).then_some(k)
    }

    /// A capitalised title in the plural at `k` before the first of several names, which
    /// ends the run `..b`: "Justices Elena Kagan and", "Presidents Reagan and" (not
    /// "Doctors Without Borders", "CONCACAF Champions Cup").
    fn is_plural_title(&self, k: usize, b: usize) -> bool {
        let w = self.w(k);
        w.len() >= 5
            && starts_uppercase(w)
            && (self.is_given(self.w(k + 1)) || (b <= k + 3 && word_in!(self.w(b), "and" | "&")))
            && w.strip_suffix('s').is_some_and(|stem| !stem.ends_with('s') && self.gaz.is_title(stem))
    }

    /// After a role "T of X" at `t` in the run `..b`: a name led by a given name is a
    /// person ("Secretary of State John Kerry", "Minister of Education Stefania Giannini"),
    /// and after "and" the run goes on ("... and Foreign Minister Sergei Lavrov").
    fn name_after_role(&mut self, si: usize, t: usize, b: usize) {
        // "Minister for Kashmir Affairs Barjees Tahir", "Minister of State for Interior
        // Balighur Rehman": two to four plain words after a portfolio that ends on one of
        // its words are the person (not "Minister of Health and Child Care").
        let portfolio = self.skip_portfolio(t + 2, b);
        let after_portfolio = match portfolio {
            (e, true)
                if (2..=4).contains(&(b - e))
                    && lists::portfolios().contains(self.w(e - 1))
                    && (e..b).all(|k| self.plain_name_word(k) && !lists::portfolios().contains(self.w(k))) =>
            {
                Some(e)
            }
            _ => None,
        };
        // "Undersecretary for Education Mr. Toccafondi": a title after the portfolio leads
        // the name.
        if let (e, true) = portfolio {
            if e + 1 < b && self.gaz.is_title(self.w(e)) {
                self.classify(si, e, b, false);
                return;
            }
        }
        let given = after_portfolio.or_else(|| (t + 3..b).find(|&k| self.is_given(self.w(k))));
        // Known names in the role: "President of Russia", "Co-founder of Google"; a
        // nationality only at the end ("Chairman of the Australian Centre for ..." is longer).
        let role_end = given.unwrap_or(b);
        // "Governor of the National Bank of Romania": a body the role is of is one name.
        let of_start = if word_in!(self.w(t + 2), "the" | "The") { t + 3 } else { t + 2 };
        if after_portfolio.is_none() && role_end >= of_start + 2 && self.head_label(of_start, role_end) == Some(Label::Org) {
            self.push(of_start, role_end, Label::Org);
            if given.is_none() {
                return;
            }
        }
        let mut k = t + 2;
        let mut known_end = None;
        while k < role_end {
            match self.gaz_at[k] {
                Some((e, label @ (Label::Gpe | Label::Org | Label::Loc | Label::Norp)))
                    if e < role_end && label != Label::Norp || e == role_end =>
                {
                    self.push(k, e, label);
                    known_end = Some(e);
                    k = e;
                }
                _ => k += 1,
            }
        }
        // Else two or three plain capitalised words right after a known place or body are
        // the person ("Governor of Lagos State Babajide Sanwo-Olu").
        let p = match (given, known_end) {
            (Some(p), _) => p,
            (None, Some(e))
                if (2..=3).contains(&(b - e)) && (e..b).all(|k| self.plain_name_word(k)) =>
            {
                e
            }
            // Or, before a speech verb, two plain words after a one-word or longer role
            // ("Minister of Commerce Mutasel Komaki said").
            (None, None)
                if b >= t + 5
                    && speech_after(self.doc, &self.doc.sentences[si], b)
                    && (b - 2..b).all(|k| {
                        self.plain_name_word(k) && !lists::heads(self.w(k)).has(u16::MAX) && !self.used_in_lower_case(k)
                    }) =>
            {
                b - 2
            }
            _ => return,
        };
        let q = (p..b).find(|&k| word_in!(self.w(k), "and" | "&" | "of" | "for" | "on")).unwrap_or(b);
        if q >= p + 2 {
            self.push_person_or_known(p, q);
        }
        if q + 1 < b && word_in!(self.w(q), "and" | "&") {
            self.classify(si, q + 1, b, false);
        }
    }

    /// A capitalised word in lower case after its first letter that no list knows as a
    /// name or title: a word of a person's name after a role.
    fn plain_name_word(&self, k: usize) -> bool {
        let w = self.w(k);
        starts_uppercase(w) && w.chars().any(char::is_lowercase) && self.gaz_at[k].is_none() && !self.gaz.is_title(w)
    }

    /// The end of the portfolio words from `from` on (with "and", "for", "of", "the" and
    /// known places between: "State for Water and Power", "Kashmir Affairs"), and whether
    /// there was one.
    fn skip_portfolio(&self, from: usize, b: usize) -> (usize, bool) {
        let (mut k, mut seen) = (from, false);
        while k < b {
            if lists::portfolios().contains(self.w(k)) {
                seen = true;
                k += 1;
            } else if word_in!(self.w(k), "and" | "&" | "for" | "of" | "the") {
                k += 1;
            } else if let Some((e, Label::Gpe | Label::Loc | Label::Norp)) = self.gaz_at[k].filter(|&(e, _)| e <= b) {
                k = e;
            } else {
                break;
            }
        }
        (k, seen)
    }

    /// A town in capitals before its state or country, as datelines give it: "WOODSIDE,
    /// Calif. —" (an acronym would be a body).
    fn town_before_state(&self, a: usize, b: usize) -> bool {
        // ("EAGLE PASS, Texas (AP) —", "SAN YSIDRO, Calif.": a town of a few words opening a line.)
        (b == a + 1 || self.doc.opens_line(a) && b <= a + 3) && (a..b).all(|k| all_caps(self.w(k))) && (self.state_after(b) || self.dateline_after(a, b))
    }

    /// A word in capitals opening a line before a colon, a dash or a date, as a dateline's
    /// town: "PUTRAJAYA: The government", "BESUT, April 16 —" (not an acronym's few letters).
    fn dateline_after(&self, a: usize, b: usize) -> bool {
        // A colon or dash only in the story's first two sentences, and with no other line
        // opening so soon after (`speaker_lines_after`): "TAPPER:" in a transcript is a speaker.
        let opening = self.doc.sentences.get(2).is_none_or(|s| a < s.tokens.start);
        let next = self.w(b);
        // Not page furniture: "UPDATE:", "EXCLUSIVE:".
        let w = self.w(a);
        // ("KIWANJA (Reuters) -": an agency in brackets, then a dash.)
        let agency = next == "(" && self.w(b + 2) == ")" && word_in!(self.w(b + 3), "-" | "—" | "–");
        self.doc.opens_line(a)
            && (w.len() >= 5 || b > a + 1)
            && !lists::non_name_words().contains_lowercase(w)
            && (opening && (word_in!(next, "—" | "–") || next == ":" && b == a + 1 || agency) && !self.doc.speaker_lines_after(a)
                || next == "," && lists::months().contains(self.w(b + 1)))
    }

    /// Whether token `k` is a comma before a known GPE: "Irving, Texas", "WOODSIDE, Calif.".
    fn state_after(&self, k: usize) -> bool {
        self.w(k) == ","
            && (self.gaz_at.get(k + 1).copied().flatten().is_some_and(|(_, label)| label == Label::Gpe)
                // "the Sarasota, Florida-based company": the state inside the compound.
                || self.w(k + 1).ends_with("-based")
                    && self.gaz.name_at(self.doc.text, self.doc.tokens[k + 1].span.start)
                        .is_some_and(|(e, label)| label == Label::Gpe && self.doc.text[e..].starts_with("-based")))
    }

    /// `state_after`, where the place ends the phrase: what follows a town ("Fort Mill,
    /// S.C."), not a person ("Ferjani Sassi, Tunisia's captain", "Mitt Romney, Arizona
    /// Sen. John McCain").
    fn town_state_after(&self, k: usize) -> bool {
        self.state_after(k)
            && self.gaz_at[k + 1].is_some_and(|(e, _)| {
                let w = self.w(e);
                !matches!(w, "’s" | "'s") && !starts_uppercase(w)
            })
    }

    /// An acronym ORG, with a "+" that extends it ("OPEC+", "OPEC +").
    fn push_org_plus(&mut self, a: usize) {
        let n = self.doc.tokens.len();
        let plus = a + 1 < n
            && self.w(a + 1) == "+"
            && (a + 2 >= n
                || !self
                    .w(a + 2)
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric));
        self.push(a, if plus { a + 2 } else { a + 1 }, Label::Org);
    }

    /// Before a title: "U.S. President", "Chinese Foreign Minister" -> GPE/NORP only.
    fn prefix_before_title(&mut self, a: usize, t: usize) {
        // ("New Chief Executive Brian Niccol", "Interim Chair ...": the title's modifier.)
        let a = if matches!(self.w(a), "New" | "Interim" | "Outgoing" | "Joint" | "Newly") && self.gaz.is_title(self.w(a + 1)) { a + 1 } else { a };
        // "Chinese Foreign Ministry Spokesperson": a body named before the title is whole.
        if t >= a + 2
            && lists::org_leads().contains(self.w(t - 1))
            && lists::org_heads().contains(self.w(t - 1))
            && self.head_label(a, t) == Some(Label::Org)
        {
            self.push(a, t, Label::Org);
            return;
        }
        // "Cisco Systems Inc Chief Executive": a company named with its legal form.
        let title_start = (a..=t).rev().take_while(|&k| self.gaz.is_title(self.w(k))).last().unwrap_or(t);
        // "Chicago Police Superintendent", "Victoria Police Deputy Commissioner": a body named
        // after its place, before the titles.
        if title_start >= a + 2
            && word_in!(self.w(title_start - 1), "Police" | "Patrol")
            && self.gaz_at[a].is_some_and(|(e, label)| label == Label::Gpe && e < title_start && (e..title_start).all(|k| self.gaz_at[k].is_none()))
        {
            self.push(a, title_start, Label::Org);
            return;
        }
        let before = if title_start > a && self.w(title_start - 1) == "." { title_start - 1 } else { title_start };
        if before >= a + 2 && is_company_suffix(self.w(before - 1)) {
            self.push(a, title_start, Label::Org);
            return;
        }
        // "Maricopa County Recorder", "Clark County Sheriff": a place named by its head.
        if t >= a + 2 && lists::gpe_heads().contains(self.w(t - 1)) && self.head_label(a, t) == Some(Label::Gpe) {
            self.push(a, t, Label::Gpe);
            return;
        }
        // "Kelvora CEO", "Drumlin Chief Executive": capitalised words no list knows before a
        // company's title name the company.
        if title_start > a
            && (title_start..=t).any(|k| lists::company_titles().contains_lowercase(self.w(k)))
            && self.unknown_company_name(a, title_start)
        {
            self.push(a, title_start, Label::Org);
            return;
        }
        let mut k = a;
        while k < t {
            if let Some((e, label)) = self.gaz_at[k] {
                // ("Labour Minister Marina Calderone": the portfolio, no party.)
                let portfolio = label == Label::Norp && e == t && matches!(self.w(t), "Minister" | "Secretary") && lists::portfolios().contains(self.w(k));
                if e <= t && !portfolio {
                    self.push(k, e, label);
                    k = e;
                    continue;
                }
            }
            // "H-Metro Reporter", "BBC correspondent": a body before a role.
            let w = self.w(k);
            let compound = w.split('-').count() >= 2
                && w.split('-')
                    .all(|p| p.chars().next().is_some_and(char::is_uppercase));
            if k + 1 == t && (compound || self.is_body_acronym(k)) {
                self.push(k, k + 1, Label::Org);
            }
            k += 1;
        }
    }

    /// Whether `a..b` can be a company's name that no list knows: up to three capitalised
    /// words, not led by a given name (a person's) or a common word ("Party Chairman",
    /// "Rules Committee Chairman" of a text that writes "rules").
    fn unknown_company_name(&self, a: usize, b: usize) -> bool {
        b - a <= 3
            && !self.is_given(self.w(a))
            && !(b == a + 1 && lists::heads(self.w(a)).has(u16::MAX))
            && !self.used_in_lower_case(a)
            && (a..b).all(|k| self.is_cap(k) && self.gaz_at[k].is_none() && starts_uppercase(self.w(k)))
    }

    /// Whether a company's title in lower case and then a name follow token `b - 1`:
    /// "Drumlin chief executive Paul Rigby", "Kelvora founder Anna Moss".
    fn company_title_after(&self, b: usize) -> bool {
        let end = (b..b + 3).find(|&k| !(starts_lowercase(self.w(k)) && self.gaz.is_title(self.w(k)))).unwrap_or(b + 3);
        end > b && (b..end).any(|k| lists::company_titles().contains(self.w(k))) && self.is_cap(end)
    }

    /// "Chelsea manager Enzo Maresca": one word before a team's role and a name is the
    /// team, also when it is a given name (a person's first name alone does not stand so).
    fn team_before_role(&self, a: usize, b: usize) -> bool {
        b == a + 1
            && lists::team_titles().contains(self.w(b))
            && self.is_cap(b + 1)
            && !self.used_in_lower_case(a)
            && !lists::heads(self.w(a)).has(u16::MAX)
    }

    /// A name after a title: a PERSON, unless the whole is a known place or body.
    fn push_person_or_known(&mut self, a: usize, b: usize) {
        match self.gaz_at[a] {
            Some((e, label)) if e == b && label != Label::Gpe => self.push(a, b, label),
            _ => self.push(a, b, Label::Person),
        }
    }

    /// The label of a whole name from its head and lead words, if they decide it (a name
    /// of two words or more). The last answer is kept: `label_span`, then `label_unknown`
    /// ask about the same run.
    fn head_label(&self, a: usize, b: usize) -> Option<Label> {
        if b - a < 2 {
            // ("the Constitution": the country's, a law.)
            return (self.w(a) == "Constitution").then_some(Label::Law);
        }
        match self.last_head_label.get() {
            (at, to, label) if (at, to) == (a, b) => label,
            _ => {
                let label = self.head_label_of(a, b);
                self.last_head_label.set((a, b, label));
                label
            }
        }
    }

    fn head_label_of(&self, a: usize, b: usize) -> Option<Label> {
        let last = self.w(b - 1);
        let last = if last == "." && b - a >= 2 {
            self.w(b - 2)
        } else {
            last
        };
        let first = self.w(a);
        let n = b - a;
        // "Mayor Tom Park", "Principal Grace Church": a title and a given name lead a person,
        // whatever the surname also heads.
        if n >= 3 && self.gaz.is_title(first) && self.gaz.is_given_name(self.w(a + 1)) {
            return None;
        }
        if n >= 2 {
            if matches!(last, "Centre" | "Center")
                && matches!(
                    self.w(b - 2),
                    "Convention"
                        | "Exhibition"
                        | "Shopping"
                        | "Trade"
                        | "Conference"
                        | "Sports"
                        | "Aquatic"
                )
            {
                return Some(Label::Fac);
            }
            // One lookup for every head list, asked in this order.
            let heads = lists::heads(last);
            if heads.has(Heads::ORG) {
                return Some(Label::Org);
            }
            // ("Kari Lake", "Michael Bay": a given name before a head that is also a surname.)
            if heads.has(Heads::LOC) && !(matches!(last, "Lake" | "Bay" | "Rivers") && self.gaz.is_given_name(self.w(b - 2))) {
                return Some(Label::Loc);
            }
            // "Martin Hall" is a person, "Bruce Highway" a road: heads that are no surnames.
            // ("Tenants at Wilson Tower", "in Rogers Park", "the Wardle House": a place word
            // before the name.)
            let placed = a > 0 && word_in!(self.w(a - 1), "at" | "in" | "near" | "inside" | "outside" | "the");
            if heads.has(Heads::FAC)
                && !(n == 2
                    && !placed
                    && self.gaz.is_given_name(first)
                    && !lists::fac_heads_not_surnames().contains(last))
            {
                return Some(Label::Fac);
            }
            if heads.has(Heads::GPE) {
                return Some(Label::Gpe);
            }
            // "the Palace of Westminster", "the Estadio de la Cartuja", "the Palais des Nations":
            // a leading head of a building, then its name.
            // ("Hall of Fame", "Hall of Famer X": an institution, a title.)
            if n >= 3 && lists::heads(first).has(Heads::FAC) && first != "Hall" && (self.w(a + 1) == "of" || is_particle(self.w(a + 1))) {
                return Some(Label::Fac);
            }
            if heads.has(Heads::LAW) {
                return Some(Label::Law);
            }
            // "Democratic Republic of Congo": a state named for its country.
            if n >= 3
                && self.w(b - 2) == "of"
                && self.w(b - 3) == "Republic"
                && [b - 3, b - 1]
                    .iter()
                    .any(|&k| self.gaz_at[k].is_some_and(|(e, label)| e == b && label == Label::Gpe))
            {
                return Some(Label::Gpe);
            }
            // A body's head before "of", "for" or "on" names a body, whatever the last word
            // ("Board of Elections", not an event).
            if (a..b).any(|k| {
                matches!(self.w(k), "of" | "for" | "on")
                    && k > a
                    && lists::org_leads().contains(self.w(k - 1))
            }) {
                return Some(Label::Org);
            }
            // Holidays: "Election Day", "Christmas Eve" (not "Council leader Cammy Day": a person
            // after a title).
            if matches!(last, "Day" | "Eve") && !self.gaz.is_given_name(first) && !(a > 0 && self.gaz.is_title(self.w(a - 1))) {
                return Some(Label::Date);
            }
            // ("Hurricane Helene", "Typhoon Yagi", "Storm Boris": a storm named.)
            if heads.has(Heads::EVENT) || matches!(first, "Tour" | "Hurricane" | "Typhoon" | "Cyclone" | "Storm") {
                return Some(Label::Event);
            }
            if heads.has(Heads::WORK) {
                return Some(Label::WorkOfArt);
            }
            if lists::org_first_words().contains(first) {
                return Some(Label::Org);
            }
            if matches!(first, "Mount" | "Mt" | "Lake" | "Cape" | "Isle") {
                return Some(Label::Loc);
            }
            if matches!(first, "Gulf" | "Bay" | "Sea" | "Strait") && self.w(a + 1) == "of" {
                return Some(Label::Loc);
            }
        }
        None
    }

    fn label_span(&mut self, si: usize, a: usize, b: usize, at_start: bool) {
        // "Integrated Disease Surveillance and Response (IDSR)": spelled by an acronym.
        let sentence_end = self.doc.sentences[si].tokens.end;
        if b - a >= 2
            && self.acronym_in_parens_matches(a, b, sentence_end)
            && self.gaz_at[a].is_none_or(|(e, _)| e < b)
        {
            self.push(a, b, Label::Org);
            return;
        }
        // "Kelvora (TSX: KLV)": a name before a stock ticker is a company.
        if self.tickers.binary_search(&b).is_ok() {
            self.push(a, b, Label::Org);
            return;
        }
        // The whole run is a known name ("Congress" is a body, whatever town is
        // called so).
        if let Some((e, label)) = self.gaz_at[a] {
            if e == b {
                let institution =
                    b == a + 1 && label == Label::Gpe && lists::org_heads().contains(self.w(a));
                self.push(a, b, if institution { Label::Org } else { label });
                return;
            }
        }
        // "St Louis", "St Albans": a saint's place the gazetteer spells "St." or "Saint".
        if b >= a + 2 && word_in!(self.w(a), "St" | "Ste") && self.gaz_at[a].is_none() {
            let from = if self.w(a + 1) == "." { a + 2 } else { a + 1 };
            let rest = self.doc.span_of(from.min(b - 1), b).text(self.doc.text);
            let (full, dotted) = if self.w(a) == "St" { ("Saint ", "St. ") } else { ("Sainte ", "Ste. ") };
            let spelled = |lead: &str| {
                let mut name = String::with_capacity(lead.len() + rest.len());
                name.push_str(lead);
                name.push_str(rest);
                self.gaz.lookup_any_case(&name)
            };
            if let Some(label) = spelled(full).or_else(|| spelled(dotted)) {
                self.push(a, b, label);
                return;
            }
        }
        // A web name, "Amazon.com", "Gawker.com": a body, also when its first part is known;
        // the words before it are a run of their own ("Visit Gawker.com").
        if is_web_name(self.w(b - 1)) {
            self.push(b - 1, b, Label::Org);
            if a < b - 1 {
                self.classify(si, a, b - 1, at_start);
            }
            return;
        }
        if let Some(label) = self.head_label(a, b) {
            // "University of Oxford and Imperial College London": two bodies, the first
            // ending in its place.
            if label == Label::Org {
                if let Some(k) = self.and_after_place(a, b) {
                    self.push(a, k, Label::Org);
                    self.push(k + 1, b, Label::Org);
                    return;
                }
            }
            // "University of Texas Arlington Amneh Jafari": a person after the body.
            if label == Label::Org {
                if let Some(of) = (a + 1..b).find(|&k| matches!(self.w(k), "of" | "on" | "for")) {
                    if let Some(g) = (of + 2..b.saturating_sub(1)).find(|&k| {
                        self.gaz.is_given_name(self.w(k))
                            && self.gaz_at[k].is_none()
                            && self.continues(k + 1, b)
                    }) {
                        self.push(a, g, Label::Org);
                        self.push(g, b, Label::Person);
                        return;
                    }
                    // Or two or three plain words no list knows after the places the
                    // body is of ("Texas Arlington").
                    // (A known body's name holds them: "University of Texas".)
                    let known_to = self.gaz_at[a].map_or(0, |(end, _)| end);
                    let mut e = if known_to > of + 1 && known_to < b { known_to } else { of + 1 };
                    while let Some((end, Label::Gpe | Label::Loc)) = self.gaz_at.get(e).copied().flatten() {
                        if end > b {
                            break;
                        }
                        e = end;
                    }
                    if e > of + 1
                        && (2..=3).contains(&(b - e))
                        && (e..b).all(|k| {
                            let w = self.w(k);
                            starts_uppercase(w)
                                && w.chars().skip(1).all(char::is_lowercase)
                                && self.gaz_at[k].is_none()
                                && !self.gaz.is_title(w)
                                && !lists::heads(w).has(u16::MAX)
                        })
                    {
                        self.push(a, e, Label::Org);
                        self.push(e, b, Label::Person);
                        return;
                    }
                }
            }
            self.push(a, b, label);
            return;
        }
        // Capitals only: "LOS ANGELES", "REUTERS", or an acronym.
        if (a..b).all(|k| all_caps(self.w(k)) || self.w(k) == ".") {
            // Before the lookup: "WOODSIDE, Calif." is the town, not the company.
            if self.town_before_state(a, b) {
                self.push(a, b, Label::Gpe);
                return;
            }
            let text = self.doc.span_of(a, b).text(self.doc.text);
            if let Some(label) = self.gaz.lookup_any_case(text) {
                self.push(a, b, label);
                return;
            }
            // "THE HAGUE (Reuters)": the place after its article, which the span leaves out.
            if b - a >= 2 && self.w(a) == "THE" {
                let rest = self.doc.span_of(a + 1, b).text(self.doc.text);
                if let Some(label @ (Label::Gpe | Label::Loc)) = self.gaz.lookup_any_case(rest) {
                    self.push(a + 1, b, label);
                    return;
                }
            }
            // "MARLOWE: Senator, ...": a speaker's surname in capitals opening a transcript's
            // line (not a role: "MODERATOR:", "Q:"; nor a known name: "NATO:").
            if b - a == 1
                && self.w(b) == ":"
                && self.doc.opens_line(a)
                && self.w(a).len() > 2
                && all_caps(self.w(a))
                && self.is_body_acronym(a)
                && !self.gaz.is_title(&title_case(self.w(a)))
                && self.gaz.lookup_any_case(self.w(a)).is_none()
            {
                self.push(a, b, Label::Person);
                return;
            }
            if b - a == 1 && is_acronym(self.w(a)) {
                // "A CORK man ... in Cork": a word the text also writes in title case is
                // that word, labelled once the document is read.
                if self.is_body_acronym(a) && self.cap_uses(&title_case(self.w(a))).0 > 0 {
                    self.in_capitals.push(a);
                } else if self.is_body_acronym(a) {
                    self.push_org_plus(a);
                }
                return;
            }
        }
        // Known names inside the run: split around them.
        let pieces = self.known_pieces(a, b);
        // "Valeska Paris": a given name leads a person whose surname is also a place;
        // or an unknown first name with a sign of a person ("minister Mutasel Komaki",
        // "Mutasel Komaki confirmed").
        if !pieces.is_empty()
            && pieces[0].0 > a
            && !self.used_in_lower_case(a)
            // ("Rugby Australia said", "Sport England": a body named for its sport.)
            && !lists::org_first_words().contains(self.w(a))
            && (self.gaz.is_given_name(self.w(a)) || self.strong_person_sign(si, a, b))
            && pieces
                .iter()
                .all(|&(pa, pb, l)| pb == pa + 1 && matches!(l, Label::Gpe | Label::Loc)
                    // "Thierry Breton", "Sarah English": a surname that is also a people's
                    // adjective, after a given name.
                    || pb == b && pb == pa + 1 && l == Label::Norp && self.gaz.is_given_name(self.w(a)) && !self.w(pa).ends_with('s')
                    // "Frank Sinclair": a given name before a surname that is also a firm.
                    || pa + 1 == b && l == Label::Org && self.gaz.is_given_name(self.w(a))
                        && (a + 1..pa).all(|k| is_particle(self.w(k))))
            && (a..b).all(|k| self.w(k).chars().any(char::is_lowercase) || self.w(k) == ".")
            && b - a <= 4
        {
            self.push(a, b, Label::Person);
            return;
        }
        // "US West Texas Intermediate crude": a benchmark named for a place; only a
        // place before it ("US") is one.
        if !pieces.is_empty() && word_in!(self.w(b), "crude" | "futures") && pieces.last().is_some_and(|&(_, pb, _)| pb < b) {
            if let Some(&(pa, pb, label)) = pieces.first().filter(|&&(pa, pb, label)| pa == a && pb < b && label == Label::Gpe) {
                if pieces.len() > 1 || pb + 1 < b {
                    self.push(pa, pb, label);
                }
            }
            return;
        }
        // "Bank Negara", "Royal Antwerp": words that lead bodies before a known place make a
        // body (not "House": "the House Benghazi committee").
        // So do unknown words and "de" before one: "Tren de Aragua", "Atletico de Madrid"
        // (a person's is "Juan de ...", taken above).
        // "The Scottish Government", "Lagos State Government": a place's or a people's government.
        if let [(pa, pb, Label::Gpe | Label::Norp)] = pieces[..] {
            if pa == a && pb + 1 == b && self.w(pb) == "Government" {
                self.push(a, b, Label::Org);
                return;
            }
        }
        if let [(pa, pb, Label::Gpe)] = pieces[..] {
            let of_place = pa >= a + 2 && word_in!(self.w(pa - 1), "de" | "del" | "do" | "da" | "di") && !self.gaz.is_given_name(self.w(a));
            if pa > a && pb == b && (of_place || (a..pa).all(|k| lists::org_leads().contains(self.w(k)) && self.w(k) != "House")) {
                self.push(a, b, Label::Org);
                return;
            }
        }
        if !pieces.is_empty() {
            // A place and a plural word: a team ("Colorado Rapids").
            if let [(pa, pb, Label::Gpe)] = pieces[..] {
                let tail = self.w(b - 1);
                if pa == a
                    && pb + 1 == b
                    && tail.ends_with('s')
                    && !tail.ends_with("ss")
                    && !self.gaz.is_given_name(tail)
                    // "Georgia Evans said", "Brittany Higgins, a former staffer": a given name
                    // and a surname, where a person fits and no "the" makes a team of them.
                    && !((a == 0 || !word_in!(self.w(a - 1), "the" | "The")) && self.given_place_then_surname(si, a, b, &pieces))
                {
                    self.push(a, b, Label::Org);
                    return;
                }
            }
            if self.given_place_then_surname(si, a, b, &pieces) {
                self.push(a, b, Label::Person);
                return;
            }
            // A compass word before a place: "Western Australia", "East Los Angeles".
            if let [(pa, pb, label @ (Label::Gpe | Label::Loc))] = pieces[..] {
                if pb == b
                    && pa == a + 1
                    && lists::compass_leads().contains(self.w(a))
                {
                    self.push(a, b, label);
                    return;
                }
            }
            let mut k = a;
            let mut last = None;
            for (pa, pb, label) in pieces {
                if k < pa {
                    self.label_unknown(si, k, pa, at_start && k == a);
                }
                self.push(pa, pb, label);
                k = pb;
                last = Some(label);
            }
            // One word left after a body is a product or a part of it ("Nasdaq Composite",
            // "Google Gemini"), no person.
            if k + 1 == b && last == Some(Label::Org) && !self.gaz.is_given_name(self.w(k)) {
                self.after_body.push(k);
            } else if k < b {
                self.label_unknown(si, k, b, false);
            }
            return;
        }
        self.label_unknown(si, a, b, at_start);
    }

    /// "Florence Pugh said", "actress Georgia Smith", "Christian Eriksen said": a place (or a
    /// people) that is also a given name,
    /// then one or two words no list knows, where a person fits. Heads have been asked
    /// before ("Georgia Tech", "Jordan Valley"), and so have teams ("Dallas Mavericks"); a
    /// known place after it is a piece of its own ("Florence, Italy").
    fn given_place_then_surname(&self, si: usize, a: usize, b: usize, pieces: &[(usize, usize, Label)]) -> bool {
        let [(pa, pb, Label::Gpe | Label::Loc | Label::Norp)] = pieces[..] else {
            return false;
        };
        let surname = |k: usize| {
            let w = self.w(k);
            self.gaz_at[k].is_none()
                && starts_uppercase(w)
                && w.chars().any(char::is_lowercase)
                && w.chars().count() >= 2
                && !self.gaz.is_title(w)
                && !lists::heads(w).has(u16::MAX)
                && !lists::portfolios().contains(w)
                && !lists::non_name_words().contains(w)
                && !self.used_in_lower_case(k)
        };
        pa == a
            && pb == a + 1
            && (2..=3).contains(&(b - a))
            && lists::place_given_names().contains(self.w(a))
            && (a + 1..b).all(surname)
            && (self.strong_person_sign(si, a, b) || self.person_evidence(si, a, b) || self.listed_after_person(si, a))
    }

    /// "Liz Mathis, Chad Olsen, ...": a comma after a person's name, in a list.
    fn listed_after_person(&self, si: usize, a: usize) -> bool {
        let s = &self.doc.sentences[si];
        a >= s.tokens.start + 2
            && self.w(a - 1) == ","
            && self.found.last().is_some_and(|f| f.label == Label::Person && f.span.end == self.doc.tokens[a - 2].span.end)
    }

    /// Gazetteer matches wholly inside `a..b`, in order.
    fn known_pieces(&self, a: usize, b: usize) -> Vec<(usize, usize, Label)> {
        let mut pieces = Vec::new();
        let mut k = a;
        while k < b {
            match self.gaz_at[k] {
                Some((e, label)) if e <= b => {
                    pieces.push((k, e, label));
                    k = e;
                }
                _ => k += 1,
            }
        }
        pieces
    }

    /// A run no list knows: labelled by its shape and context.
    fn label_unknown(&mut self, si: usize, mut a: usize, mut b: usize, at_start: bool) {
        // Trim joiners left at the edges by splitting.
        while a < b && word_in!(self.w(a), "of" | "and" | "for" | "on" | "&" | "the" | "." | "’s" | "'s") {
            a += 1;
        }
        while b > a && word_in!(self.w(b - 1), "of" | "and" | "for" | "on" | "&" | "the" | "’s" | "'s") {
            b -= 1;
        }
        if a >= b {
            return;
        }
        // "Youth Affairs and Sports Minister", "the minority Affairs minister": a portfolio
        // before a title is part of it.
        if self.skip_portfolio(a, b) == (b, true) {
            let (e, _) = self.skip_portfolio(b, self.doc.tokens.len());
            if self.gaz.is_title(self.w(e)) {
                return;
            }
        }
        if let Some(label) = self.head_label(a, b) {
            self.push(a, b, label);
            return;
        }
        // Plural of a nationality: "Ghanaians".
        if b - a == 1 {
            let w = self.w(a);
            if let Some(stem) = w.strip_suffix('s') {
                if self.gaz.lookup_any_case(stem) == Some(Label::Norp)
                    && stem.chars().next().is_some_and(char::is_uppercase)
                {
                    self.push(a, b, Label::Norp);
                    return;
                }
            }
        }
        if self.town_before_state(a, b) {
            self.push(a, b, Label::Gpe);
            return;
        }
        // Acronyms and all-capital words: bodies ("CCP", "MoHCC").
        if b - a == 1 && is_acronym(self.w(a)) {
            if self.is_body_acronym(a) {
                self.push_org_plus(a);
            }
            return;
        }
        if b - a == 1 && lists::loc_names().contains(self.w(a)) {
            self.push(a, b, Label::Loc);
            return;
        }
        if (a..b).any(|k| matches!(self.w(k), "and" | "&")) {
            // Two names joined by "and": label each.
            let k = (a..b)
                .find(|&k| matches!(self.w(k), "and" | "&"))
                .unwrap_or(b);
            // "Barnes & Noble": one word each side of "&" is a firm's name.
            if self.w(k) == "&" && k == a + 1 && b == k + 2 {
                self.push(a, b, Label::Org);
                return;
            }
            self.label_unknown(si, a, k, at_start);
            self.label_unknown(si, k + 1, b, false);
            return;
        }
        // "the Bel Air neighborhood", "the Cabo Delgado province": a place noun after the name
        // (one word waits for the whole document: `single_label`).
        if b - a >= 2 && self.place_noun_after(b) && !self.counted_before(a) {
            self.push(a, b, Label::Gpe);
            return;
        }
        if self.org_context_before(si, a, b) || (self.company_title_after(b) && self.unknown_company_name(a, b)) || self.team_before_role(a, b) {
            self.push(a, b, Label::Org);
            return;
        }
        let words = (a..b).filter(|&k| self.w(k) != ".").count();
        // "Azimio la Umoja coalition", "the Stop Trump movement": a body's noun after it
        // (not "campaign": "his Capitol Hill campaign office").
        if words >= 2 && lists::org_nouns().contains(self.w(b)) && self.w(b) != "campaign" && !self.is_given(self.w(a)) {
            self.push(a, b, Label::Org);
            return;
        }
        // "Piper Jaffray analysts", "Kelvora Capital economists": a firm's staff.
        if words >= 2 && matches!(self.w(b), "analysts" | "economists" | "strategists") {
            self.push(a, b, Label::Org);
            return;
        }
        // "Deir al-Balah", "Sharm el-Sheikh", "Beit Lahia": a word for a landmark leads.
        if words >= 2 && lists::arabic_place_leads().contains(self.w(a)) {
            self.push(a, b, Label::Gpe);
            return;
        }
        if words >= 2 {
            // "Mr Adeyemi"-free multi-word names: a person when shaped like one.
            let person_shaped = (a..b).all(|k| {
                let w = self.w(k);
                w == "." || is_initials(w) || word_in!(w, "\"" | "“" | "‘" | "”" | "’")
                    || is_particle(w)
                    || is_particle_name(w)
                    || (w.chars().next().is_some_and(char::is_uppercase)
                        && (w.chars().nth(1).is_none() || w.chars().any(char::is_lowercase)))
            });
            if !person_shaped {
                return;
            }
            // "Fort Kochi", "San Lorenzo": a town's first word leads no person; "New" leads
            // towns and much else ("New Edubiase", "New Deal").
            if word_in!(self.w(a), "New" | "Fort" | "San" | "Santa" | "Port") && !self.is_given(self.w(a + 1)) {
                if self.w(a) != "New" {
                    self.push(a, b, Label::Gpe);
                }
                return;
            }
            // "Sault Ste. Marie", "Port St. Lucie": a saint's name inside a name is a town's.
            if !self.is_given(self.w(a)) && (a + 1..b.saturating_sub(2)).any(|k| word_in!(self.w(k), "St" | "Ste") && self.w(k + 1) == ".") {
                self.push(a, b, Label::Gpe);
                return;
            }
            // "Mountain View, California", "Fort Myers, Fla.": a town before its state
            // (not "Ferjani Sassi, Tunisia's captain").
            if self.town_state_after(b) && !self.is_given(self.w(a)) {
                self.push(a, b, Label::Gpe);
                return;
            }
            // "Suspended Danielson", "Press Statement": a first word the text also
            // uses in lower case is an ordinary word in capitals; so is one opening the
            // sentence before a given name and a surname, spelled as a word for a role, an
            // adverb or a participle ("Passenger John Nelson told CNN", "Certainly Ronald
            // Reagan"; not a given name the list lacks: "Kobina Tahir Hammond").
            let word_like = || ["er", "or", "ian", "ist", "ly", "ing", "ed", "ies", "ors", "ers"].iter().any(|e| self.w(a).ends_with(e));
            let before_given = at_start && b - a >= 3 && self.is_given(self.w(a + 1)) && word_like();
            if (self.used_in_lower_case(a) || before_given) && !self.gaz.is_given_name(self.w(a)) {
                self.label_unknown(si, a + 1, b, false);
                return;
            }
            // "H.R. McMaster", "J.K. Rowling": initials lead a person's name.
            if self.is_given(self.w(a)) || is_initials(self.w(a)) || self.person_evidence(si, a, b) {
                self.push(a, b, Label::Person);
            } else {
                self.pending_pairs.push((a, b));
            }
            return;
        }
        // One word: decided once the whole document has been read.
        self.pending.push((a, si, at_start));
    }

    /// A given name, also the first part of a hyphenated one ("Pierre-Luc").
    fn is_given(&self, w: &str) -> bool {
        self.gaz.is_given_name(w)
            || w.split_once('-')
                .is_some_and(|(first, _)| self.gaz.is_given_name(first))
    }

    /// Signs that an unknown capitalised pair is a person: its surname stands alone
    /// elsewhere, a speech verb or an apposition follows, "by" precedes.
    /// Whether token `a` of `s` follows a credit: "Reporting by David Lawder; Editing by
    /// Chizu Nomiyama", "Photo by Nick Moreau".
    fn after_credit(&self, a: usize, s: &Sentence) -> bool {
        a >= s.tokens.start + 2
            && self.w(a - 1) == "by"
            && matches!(self.doc.lower(a - 2), "editing" | "writing" | "reporting" | "photos" | "photo" | "compiled")
    }

    /// A name of two or three words led by a given name in a byline: "By JOHN SMITH and
    /// MARY JONES", "By Aisha Bello, BBC News".
    fn byline_name(&self, a: usize, b: usize, s: &Sentence) -> bool {
        let start = s.tokens.start;
        if !(a > start && word_in!(self.w(start), "By" | "BY") && (2..=3).contains(&(b - a))) {
            return false;
        }
        if !(a == start + 1 || word_in!(self.w(a - 1), "and" | "AND" | "&" | ",")) {
            return false;
        }
        let first = self.w(a);
        if all_caps(first) {
            self.gaz.is_given_name(&title_case(first))
        } else {
            self.gaz.is_given_name(first)
        }
    }

    fn person_evidence(&self, si: usize, a: usize, b: usize) -> bool {
        let s = &self.doc.sentences[si];
        if speech_after(self.doc, s, b) || (b < s.tokens.end && matches!(self.w(b), "’s" | "'s"))
        {
            return true;
        }
        // "as Bukayo Saka scored from the penalty spot", "and Barack Obama was": two plain
        // words opening a clause inside the sentence, before its verb.
        if b == a + 2 && a > s.tokens.start && word_in!(self.w(a - 1), "as" | "when" | "while" | "after" | "before" | "until" | "and" | "but") && b < s.tokens.end && {
            let verb = self.w(b);
            starts_lowercase(verb) && (verb.len() > 4 && verb.ends_with("ed") || in_class(class::FINITE, verb))
        } && (a..b).all(|k| !lists::heads(self.w(k)).has(u16::MAX) && !(self.w(k).ends_with('s') && self.w(k).chars().rev().nth(1).is_some_and(char::is_uppercase)))
        {
            return true;
        }
        // "Zhang Wei (born 1970) is", "Chen Jie (1931–2004) was": an encyclopedia's opening.
        if self.w(b) == "(" && (word_in!(self.w(b + 1), "born" | "née" | "nee") || self.w(b + 1).len() == 4 && self.doc.tokens[b + 1].kind == TokenKind::Number && word_in!(self.w(b + 2), "–" | "-")) {
            return true;
        }
        // "Lai Ching-te", "Yoon Suk-yeol": a short surname, then a Korean or Taiwanese given
        // name of two syllables joined by a hyphen.
        if b == a + 2 && self.w(a).len() <= 5 && syllable_pair(self.w(a + 1)) {
            return true;
        }
        // A particle inside ("Sanne de Vries"), or "and" after a person; not after a word for
        // a building or body ("Arena de São Paulo", "Estadio de la Cerámica").
        if (a..b).any(|k| is_particle(self.w(k)) || is_particle_name(self.w(k))) && !lists::heads(self.w(a)).has(Heads::FAC | Heads::ORG | Heads::ORG_LEAD) {
            return true;
        }
        if self.after_credit(a, s) {
            return true;
        }
        // A title in lower case before: "goalkeeper Mouez Hassen", "musician Tiziano Lugli"
        // (a capitalised one is part of the run, handled with it); not the titles that are
        // also adjectives in lower case ("a major Capitol Hill role").
        // Also with a comma between: "the team's coach, Alireza Mehraban, said", "..., said
        // the vice-president, Fuat Oktay."
        let name_closes = b >= s.tokens.end || word_in!(self.w(b), "," | "." | ";");
        let title_at = if a >= s.tokens.start + 2 && self.w(a - 1) == "," && name_closes {
            Some(a - 2)
        } else {
            (a > s.tokens.start).then(|| a - 1)
        };
        // "Another survivor, Yalcin Akay, was ...", "a resident, Hakan Demirtas, 32,": someone
        // described with an indefinite article, then named (places have their own nouns:
        // "another city, Damaturu").
        if let Some(noun) = title_at.filter(|&t| t + 2 == a && t > s.tokens.start) {
            let described = starts_lowercase(self.w(noun))
                && word_in!(self.w(noun - 1), "a" | "an" | "another" | "A" | "An" | "Another")
                && !lists::gpe_nouns().contains(self.w(noun))
                && !lists::heads(self.w(noun)).has(u16::MAX);
            // ("Her husband, X,", "Nichols's mother, X,": someone's kin, named.)
            let kin = lists::person_nouns().contains(self.w(noun))
                && word_in!(self.w(noun - 1), "his" | "her" | "their" | "His" | "Her" | "Their" | "the" | "The" | "'s" | "’s");
            if described || kin {
                return true;
            }
        }
        if let Some(title_at) = title_at {
            let prev = self.w(title_at);
            if self.lower_case_title(prev) {
                return true;
            }
        }
        // "The minister in charge of elections, Fakridine Mahamoud, did not ...": a role with
        // its complement, then the name set off by commas.
        if a >= s.tokens.start + 4 && self.w(a - 1) == "," && self.w(b) == "," {
            let from = (a.saturating_sub(8).max(s.tokens.start)..a - 1).rev().take_while(|&k| self.doc.tokens[k].kind == TokenKind::Word).last();
            if let Some(from) = from {
                let role = (from + 1..a - 2).find(|&k| {
                    let w = self.w(k);
                    starts_lowercase(w) && self.gaz.is_title(w) && word_in!(self.w(k - 1), "the" | "The" | "a" | "its" | "his" | "her" | "their")
                });
                if role.is_some_and(|k| word_in!(self.w(k + 1), "of" | "in" | "for" | "at" | "with")) {
                    return true;
                }
            }
        }
        if a >= s.tokens.start + 2 && matches!(self.w(a - 1), "and" | "or") {
            let before = self.doc.tokens[a - 2].span.end;
            if self
                .found
                .last()
                .is_some_and(|f| f.label == Label::Person && f.span.end == before)
            {
                return true;
            }
        }
        // "X was elected mayor", "X was arrested": what happens to people.
        if matches!(self.w(b), "was" | "is" | "has" | "had")
            && lists::person_passives().contains(self.w(b + 1))
        {
            return true;
        }
        if self.w(b) == "," {
            let next = self.w(b + 1);
            if lists::person_apposition_leads().contains(next) || next.bytes().all(|c| c.is_ascii_digit()) && !next.is_empty()
                // "Liu Jinsong, director-general of ...", "Sundar Pichai, CEO of ...": a role
                // after the comma.
                || (self.gaz.is_title(next) && word_in!(self.w(b + 2), "of" | "at" | "for"))
                // "Wang Yi, China's foreign minister,": a country's or body's title.
                || (word_in!(self.w(b + 2), "'s" | "’s") && (b + 3..b + 6).any(|k| starts_lowercase(self.w(k)) && self.gaz.is_title(self.w(k))))
            {
                return true;
            }
        }
        if a > s.tokens.start
            && matches!(
                self.w(a - 1),
                "by" | "said"
                    | "says"
                    | "told"
                    | "according"
                    | "named"
                    | "actor"
                    | "director"
                    | "player"
            )
            || a > s.tokens.start + 1 && self.w(a - 1) == "to" && self.w(a - 2) == "according"
        {
            return true;
        }
        // "the appointment of Olayemi Cardoso as governor", "named X as its chief executive":
        // a role given to someone.
        if self.w(b) == "as" {
            let k = if word_in!(self.w(b + 1), "the" | "its" | "his" | "her" | "their" | "a" | "an") { b + 2 } else { b + 1 };
            if starts_lowercase(self.w(k)) && self.gaz.is_title(self.w(k)) {
                return true;
            }
        }
        // Uses as the last word of a name-shaped pair bound its uses inside names: more
        // uses mean it also stands alone. Asked last: the counts are built on first use.
        let (uses, in_pairs) = self.cap_uses(self.w(b - 1));
        uses > in_pairs
    }

    /// A title in lower case ("goalkeeper", "minister"), not one of the titles that are also
    /// adjectives in lower case ("a major Capitol Hill role", "the acting head").
    fn lower_case_title(&self, w: &str) -> bool {
        starts_lowercase(w)
            && !word_in!(w, "major" | "general" | "private" | "chief" | "count" | "forward" | "vice" | "deputy" | "acting" | "crown")
            && self.gaz.is_title(w)
    }

    /// A sign right at a pair that it is a person, whatever its words are: a lower-case
    /// title before ("minister Mutasel Komaki"), "according to" before, or a speech verb
    /// after ("Mutasel Komaki confirmed"); its first word is no common or head word.
    fn strong_person_sign(&self, si: usize, a: usize, b: usize) -> bool {
        let s = &self.doc.sentences[si];
        let first = self.w(a);
        if b - a > 3 || self.gaz.is_title(first) || lists::heads(first).has(u16::MAX) || lists::loc_leads().contains(first) {
            return false;
        }
        let prev = if a > s.tokens.start { self.w(a - 1) } else { "" };
        speech_after(self.doc, s, b)
            || self.lower_case_title(prev)
            || (prev == "to" && a >= s.tokens.start + 2 && self.w(a - 2) == "according")
    }

    /// "the hacker group Grey Finch", "shares of Toho Seiki", "an analyst at AvaTrade":
    /// the words before a name say it is a body (the name ends before `b`; not one with a
    /// possessive: "members of Smith's own party" names the owner).
    fn org_context_before(&self, si: usize, a: usize, b: usize) -> bool {
        let start = self.doc.sentences[si].tokens.start;
        // ("Sibanye spokesman James Wellsted said": a body's speaker and his name after it.)
        let spokesman = b == a + 1 && self.w(b).starts_with("spokes");
        if a == start {
            // (Not a body's common word: "Government spokesman", "Police spokesman".)
            return spokesman && self.w(b + 1).starts_with(|c: char| c.is_uppercase()) && !lists::heads(self.w(a)).has(Heads::ORG | Heads::ORG_LEAD) && !self.used_in_lower_case(a);
        }
        if matches!(self.w(b), "’s" | "'s") {
            return false;
        }
        let prev = self.w(a - 1);
        if lists::org_nouns().contains(prev) {
            return true;
        }
        // ("A Kaseya spokesman": the body's own speaker after it; "a spokesman for X" may
        // speak for a person.)
        a >= start + 2
            && matches!(prev, "of" | "at" | "in")
            && lists::org_context().contains_lowercase(self.w(a - 2))
            || spokesman && word_in!(prev, "a" | "A" | "an" | "An" | "the" | "The")
    }

    /// An acronym, not a shouted word ("MISTAKE" when the text also says "mistake").
    fn is_body_acronym(&self, k: usize) -> bool {
        let w = self.w(k);
        // (Nor a word in capitals that never makes a name: "HOWEVER", "UNLESS".)
        is_acronym(w)
            && !is_code(w)
            && !(all_caps(w) && w.len() > 3 && (self.used_in_lower_case(k) || lists::non_name_words().contains(&title_case(w))))
    }

    /// Whether the text uses word `k` in lower case.
    fn used_in_lower_case(&self, k: usize) -> bool {
        let lower = lower_case(self.doc, k);
        if !starts_lowercase(&lower) {
            return false;
        }
        if !starts_uppercase(self.w(k)) {
            return self.lower_word_in_text(&lower);
        }
        let sig = lower_sig(&lower);
        if self.lower_sigs[sig / 64] & (1 << (sig % 64)) == 0 {
            return false;
        }
        // An article asks a few times: a scan costs less than hashing its lower-case words.
        self.scan_for_word(&lower).unwrap_or_else(|| {
            // It holds every lower-case word that a capitalised one may be.
            let lower_words = self.lower_words.get_or_init(|| lower_words(self.doc, Some(&cap_sigs(self.doc))));
            lower_words.contains(lower.as_ref())
        })
    }

    /// Adds the names found from `self.found[from]` on to `known`: their texts, and the
    /// words of multi-word ones (the first use of a text or word keeps its label).
    fn add_known(&self, known: &mut Known<'t>, from: usize) {
        let added = &self.found[from..];
        known.texts.reserve(added.len());
        known.parts.reserve(added.len() * 2);
        // A word's lower case, in one buffer for all (`to_lowercase` allocated one a word).
        let mut lower = String::new();
        for f in added {
            let text = f.span.text(self.doc.text);
            known.texts.or_insert(text, f.label);
            let mut words = text.split_whitespace();
            match f.label {
                Label::Person => {
                    // First and last word, when there are two or more.
                    if let (Some(first), Some(mut last)) = (words.next(), words.next_back()) {
                        // ("Luther Stan Pate IV", "Martin Luther King Jr.": the surname before
                        // the suffix.)
                        if is_name_suffix(last.trim_end_matches('.')) {
                            last = words.next_back().unwrap_or(first);
                        }
                        known.parts.or_insert(first, Label::Person);
                        // A surname stands for its person even where a body named after
                        // them came first ("Team Trump ... Donald Trump ... Trump said").
                        known.parts.insert(last, Label::Person);
                        known.surnames.insert(last);
                        // And a first surname of two ("Ricardo Salinas Peña ... Salinas told"):
                        // the middle word of three that is no given name.
                        if let (Some(middle), None) = (words.next(), words.next()) {
                            if middle.len() > 2 && middle.starts_with(char::is_uppercase) && !self.gaz.is_given_name(middle) && !lists::non_name_words().contains(middle) && !lists::org_heads().contains(middle) {
                                known.parts.insert(middle, Label::Person);
                                known.surnames.insert(middle);
                            }
                        }
                    }
                }
                Label::Org if words.clone().nth(1).is_some() => {
                    // "Rite Aid Corp. ... Rite Aid said": the name without its legal form
                    // is the same company.
                    if let Some(short) = company_without_legal_form(text) {
                        known.texts.or_insert(short, Label::Org);
                    }
                    // "Tamworth" of "Tamworth Borough Council" is the town it serves.
                    let place_first = words.clone().skip(1).any(|w| lists::place_body_heads().contains(w) || lists::gpe_heads().contains(w));
                    // ("Safety" of "Center for Auto Safety": after "for" or "of" the words say
                    // what the body is about, and name no body alone.)
                    for w in words.skip(usize::from(place_first)).take_while(|&w| !word_in!(w, "of" | "for" | "on" | "and" | "&")) {
                        // Not a common noun the text also writes in lower case ("Iodine"
                        // of a body's name, "iodine deficiency").
                        if w.chars().next().is_some_and(char::is_uppercase)
                            && !lists::non_name_words().contains(w)
                            && !self.lower_word_in_text(lower_case_into(w, &mut lower))
                        {
                            known.parts.or_insert(w, Label::Org);
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// Headlines and furniture: only names known from lists or from the body.
    fn title_runs(&mut self, si: usize, known: &Known<'t>) {
        let doc = self.doc;
        let s = &doc.sentences[si];
        let mut i = s.tokens.start;
        while i < s.tokens.end {
            if !self.is_cap(i) {
                i += 1;
                continue;
            }
            let b = self.run_end(i, s.tokens.end);
            // A name whose head word says what it is: "The New York Times".
            let mut a = i;
            while a < b && lists::non_name_words().contains(self.w(a)) {
                a += 1;
            }
            if b >= a + 2 && !(a + 1..b).any(|k| is_headline_word(self.w(k))) {
                if let Some(label @ (Label::Org | Label::Fac | Label::Loc)) = self.head_label(a, b)
                {
                    if !lists::org_heads().contains(self.w(a)) {
                        self.push(a, b, label);
                        i = b;
                        continue;
                    }
                }
            }
            // A known name in capitals: "ASSOCIATED PRESS", "ST. LOUIS".
            if (a..b).all(|k| all_caps(self.w(k)) || self.w(k) == ".") && b >= a + 2 {
                if let Some(label) = self.gaz.lookup_any_case(doc.span_of(a, b).text(doc.text)) {
                    self.push(a, b, label);
                    i = b;
                    continue;
                }
            }
            // The run of a byline starts at its "By".
            let by = if i == s.tokens.start && word_in!(self.w(i), "By" | "BY") { i + 1 } else { i };
            if self.byline_name(by, b, s) && (by..b).all(|k| self.gaz_at[k].is_none()) {
                self.push(by, b, Label::Person);
                i = b;
                continue;
            }
            if self.after_credit(i, s) && (i..b).all(|k| self.gaz_at[k].is_none()) {
                self.push(i, b, Label::Person);
                i = b;
                continue;
            }
            let mut k = i;
            while k < b {
                // The longest known body name starting here.
                let longest = (k + 1..=b.min(k + 6)).rev().find_map(|e| {
                    let text = doc.span_of(k, e).text(doc.text);
                    known.texts.get(text).map(|l| (e, l))
                });
                if let Some((e, label)) = longest {
                    self.push(k, e, label);
                    k = e;
                    continue;
                }
                if let Some((e, label)) = self.gaz_at[k] {
                    if e <= b {
                        self.push(k, e, label);
                        k = e;
                        continue;
                    }
                }
                let w = self.w(k);
                // A byline or credit: "By Rory Carroll", "Editing by Clare Fallon".
                if self.gaz.is_given_name(w)
                    && self.continues(k + 1, b)
                    && !lists::non_name_words().contains(w)
                {
                    let mut e = k + 1;
                    // A surname that is also a one-word place or firm: "Adam Renton".
                    let surname_known = |e: usize| e == k + 1 && e + 1 == b && self.gaz_at[e].is_some_and(|(end, label)| end == e + 1 && label != Label::Norp);
                    while e < b && self.continues(e, b) && (self.gaz_at[e].is_none() || surname_known(e)) {
                        e += 1;
                    }
                    self.push(k, e, Label::Person);
                    k = e;
                    continue;
                }
                if all_caps(w) {
                    if let Some(label) = self.gaz.lookup_any_case(w) {
                        self.push(k, k + 1, label);
                    } else if let Some(label) = known.parts.get(w) {
                        self.push(k, k + 1, label);
                    }
                } else if let Some(label) = known.parts.get(w).or_else(|| lists::public_surnames().contains(w).then_some(Label::Person)) {
                    // ("Drone strike on Sumy kills nine, Zelensky says": a public figure by
                    // surname, as in the body.)
                    self.push(k, k + 1, label);
                }
                k += 1;
            }
            i = b;
        }
    }

    /// "Paris said": a one-word place that is the surname of a person in this text
    /// is the person, unless a preposition of place stands before it. A place that is
    /// only a person's first name stays a place ("Israel" after "Israel Katz": news
    /// calls a person by the surname), unless an honorific stands before it ("Mr. Israel").
    fn places_named_after_persons(&mut self, known: &Known<'t>) {
        let doc = self.doc;
        for f in self.found.iter_mut() {
            if f.label != Label::Gpe {
                continue;
            }
            let text = f.span.text(doc.text);
            if known.parts.get(text) != Some(Label::Person) || text.contains(' ') {
                continue;
            }
            let i = doc.token_at_or_after(f.span.start);
            let prev = if i > 0 { doc.word(i - 1) } else { "" };
            if !known.surnames.contains(text) && !honorific_before(doc, i) {
                continue;
            }
            let place_preposition = lists::place_prepositions().contains(prev);
            if !place_preposition {
                f.label = Label::Person;
            }
        }
    }

    /// "Andre Ford requested ... a warrant for Ford's arrest": a one-word body that is the
    /// surname of a person the text named before any use of the body's name is the person.
    /// (A text about Ford the company that later names Bill Ford keeps the company.)
    fn bodies_named_after_persons(&mut self, known: &Known<'t>) {
        let doc = self.doc;
        let one_word_body = |f: &Found| f.label == Label::Org && !f.span.text(doc.text).contains(' ') && known.surnames.contains(f.span.text(doc.text));
        if !self.found.iter().any(one_word_body) {
            return;
        }
        // The first use of each such word as a body, and as a person's surname.
        let mut first_body: HashMap<&'t str, usize> = HashMap::default();
        for f in self.found.iter().filter(|f| one_word_body(f)) {
            let at = first_body.entry(f.span.text(doc.text)).or_insert(f.span.start);
            *at = (*at).min(f.span.start);
        }
        let mut first_person: HashMap<&'t str, usize> = HashMap::default();
        for f in self.found.iter().filter(|f| f.label == Label::Person) {
            let text = f.span.text(doc.text);
            // (The last word by a byte search: `rsplit_once` brought in a search of its own.)
            if let Some(surname) = text.as_bytes().iter().rposition(|&b| b == b' ').map(|at| &text[at + 1..]) {
                if let Some(&body) = first_body.get(surname) {
                    if f.span.start < body {
                        let at = first_person.entry(surname).or_insert(f.span.start);
                        *at = (*at).min(f.span.start);
                    }
                }
            }
        }
        if first_person.is_empty() {
            return;
        }
        for f in self.found.iter_mut() {
            if f.label == Label::Org && first_person.contains_key(f.span.text(doc.text)) {
                f.label = Label::Person;
            }
        }
    }

    /// Whether a lower-case noun for a place with a government follows at `k`, maybe past
    /// another name listed with this one and a modifier: "district", "health district",
    /// "and Ngala local government areas", "province".
    fn place_noun_after(&self, mut k: usize) -> bool {
        if word_in!(self.w(k), "and" | "or") && self.is_cap(k + 1) && !self.is_cap(k + 2) {
            k += 2;
        }
        let w = self.w(k);
        if !w.starts_with(|c: char| c.is_ascii_lowercase()) {
            return false;
        }
        match w {
            "health" => matches!(self.w(k + 1), "district" | "districts" | "zone" | "zones"),
            "local" => self.w(k + 1) == "government" && matches!(self.w(k + 2), "area" | "areas"),
            // "the Zamzam displacement camp" (not "the Trump camp": a side).
            "refugee" | "displacement" | "migrant" => matches!(self.w(k + 1), "camp" | "camps"),
            _ => lists::place_nouns_after_names().contains(w),
        }
    }

    /// Whether a number or an ordinal stands before token `a`: "the 10th Congressional
    /// district", "nine Congressional districts" name kinds of district, no place.
    fn counted_before(&self, a: usize) -> bool {
        a > 0 && {
            let prev = self.w(a - 1);
            self.doc.tokens[a - 1].kind == TokenKind::Number
                || lists::number_words().contains(prev)
                || lists::ordinal_words().contains(prev)
        }
    }

    /// One capitalised word no list knows, from the document and its context.
    fn single_label(&self, a: usize, si: usize, at_start: bool, known: &Known<'t>) -> Option<Label> {
        let w = self.w(a);
        let s = &self.doc.sentences[si];
        // ("GOMA (Reuters) - Officials said": the word after a dateline opens the sentence.)
        let at_start = at_start || a > s.tokens.start && crate::claims::content::after_dateline(self.doc, s.tokens.start, s.tokens.end) == a;
        // "Irving, Texas": a town before its state or country.
        if self.state_after(a + 1) {
            return Some(Label::Gpe);
        }
        // "The Webb telescope", "a Falcon 9 booster", "Iskander-M missiles": a product's name
        // before its kind.
        let kind = if self.doc.tokens.get(a + 1).is_some_and(|t| t.kind == TokenKind::Number) { a + 2 } else { a + 1 };
        if lists::product_heads().contains(self.w(kind)) {
            return None;
        }
        // "the Mangina health district", "Jere and Ngala local government areas": a place
        // noun after the name, whatever else the word names in the text.
        if self.place_noun_after(a + 1) && !self.counted_before(a) && !lists::heads(w).has(u16::MAX) && !(at_start && (self.used_in_lower_case(a) || lists::number_words().contains(self.doc.lower(a)))) {
            return Some(Label::Gpe);
        }
        // "according to Science magazine", "the Nation newspaper": a publication.
        if starts_lowercase(self.w(a + 1)) && lists::outlet_nouns_after_names().contains(self.w(a + 1)) {
            return Some(Label::Org);
        }
        // "an ethnic Urhobo village": a people.
        if a > s.tokens.start && self.w(a - 1) == "ethnic" {
            return Some(Label::Norp);
        }
        // "Brent crude", "Brent futures": a benchmark, no person.
        if word_in!(self.w(a + 1), "crude" | "futures") {
            return None;
        }
        // The rest of the document: "Kishida" after "Fumio Kishida", "Cassava" after
        // "Cassava Sciences Inc.".
        if let Some(label) = known.parts.get(w).or_else(|| known.texts.get(w)) {
            // ("Air raid alerts sounded" after "Ukrainian Air Force", "Heart disease" after
            // "American Heart Association": a body's word opening a sentence before a noun.)
            let noun_after = at_start && label == Label::Org && known.texts.get(w).is_none() && starts_lowercase(self.w(a + 1)) && !speech_after(self.doc, s, a + 1)
                && !word_in!(self.w(a + 1), "has" | "had" | "is" | "was" | "will" | "would" | "and" | "says" | "said" | "also" | "did" | "does" | "can" | "could" | "should" | "may" | "might" | "must")
                // (Not a verb: "Slipstream respects ...", "Peabody gave"; but "National elections are".)
                && (!self.w(a + 1).ends_with('s') || word_in!(self.w(a + 2), "are" | "were" | "have" | "had" | "will" | "would" | "could"))
                && !self.w(a + 1).ends_with("ed") && !in_class(class::FINITE, self.w(a + 1)) && w != "House";
            return (!noun_after).then_some(label);
        }
        // "Microsoft's Azure cloud", "Google's Gemini model": a body's product before a
        // noun, no person ("Tesla's Musk said" is one).
        if a >= s.tokens.start + 2
            && word_in!(self.w(a - 1), "’s" | "'s")
            && known.texts.get(self.w(a - 2)) == Some(Label::Org)
            && starts_lowercase(self.w(a + 1))
            && !speech_after(self.doc, s, a + 1)
            && !word_in!(self.w(a + 1), "has" | "had" | "is" | "was" | "will" | "would" | "who" | "and" | "says")
        {
            return None;
        }
        let prev = if a > s.tokens.start {
            self.w(a - 1)
        } else {
            ""
        };
        // "the 737 Max jets", "an iPhone 15 Pro": a model's name after its number.
        // (Not "13-year-old Jonathan in tow", nor "10 Mike." in a numbered list.)
        if a > s.tokens.start
            && self.doc.tokens[a - 1].kind == TokenKind::Number
            && self.w(a - 1).bytes().all(|b| b.is_ascii_digit())
            && starts_lowercase(self.w(a + 1))
            && !word_in!(self.w(a + 1), "in" | "on" | "at" | "and" | "or" | "of" | "to" | "was" | "is" | "has" | "had" | "said" | "says" | "who")
        {
            return None;
        }
        // "the island of Evia", "the peninsula of Kamchatka": a landform's name.
        if prev == "of" && a >= s.tokens.start + 2 && matches!(self.w(a - 2), "island" | "islet" | "atoll" | "peninsula") {
            return Some(Label::Loc);
        }
        // "its Azure cloud services": a thing's name before a noun, whatever name it spells.
        if word_in!(prev, "its" | "their") && starts_lowercase(self.w(a + 1)) {
            return None;
        }
        // ("MPs voted on the Bill": the law under debate, no person.)
        if w == "Bill" && word_in!(prev, "the" | "The" | "this" | "This") {
            return None;
        }
        // ("Police in Tyler said", "a fire near Aurora": a given name that is also a town's,
        // after a preposition of place.)
        // (Not "faith in Jesus", "a believer in Grace".)
        if word_in!(prev, "in" | "near" | "outside") && self.gaz.is_given_name(w) && !word_in!(self.w(a + 1), "’s" | "'s")
            && !(a >= s.tokens.start + 2 && in_class(class::BELIEF_WORD, self.w(a - 2)))
        {
            return Some(Label::Gpe);
        }
        if self.title_before(a, si) || (self.gaz.is_given_name(w) && !self.used_in_lower_case(a)) {
            return Some(Label::Person);
        }
        // "STMicroelectronics said", "BlackRock said": spelled as a brand, a company (not a
        // handle, a hashtag or a product: "@SpeakerRyan", "#FeelTheBern", "her BlackBerry",
        // "a PowerPoint presentation", "PlayStation VR").
        if brand_cased(w)
            && !word_in!(prev, "@" | "#" | "\"" | "=" | "a" | "an" | "A" | "An" | "her" | "his" | "their" | "its" | "my" | "your" | "our")
            && !starts_uppercase(self.w(a + 1))
            && !(a > s.tokens.start && self.doc.tokens[a].span.start == self.doc.tokens[a - 1].span.end)
        {
            return Some(Label::Org);
        }
        if at_start && self.used_in_lower_case(a) {
            return None;
        }
        // "Zelenskyy met Macron and Merz": public figures the news names by surname alone.
        if lists::public_surnames().contains(w) {
            return Some(Label::Person);
        }
        if self.org_context_before(si, a, a + 1) {
            return Some(Label::Org);
        }
        // "Cannondale-Garmin", "H-Metro": capitalised compounds name bodies.
        let parts: Vec<&str> = w.split('-').collect();
        if parts.len() >= 2
            && parts
                .iter()
                .all(|p| p.chars().next().is_some_and(char::is_uppercase))
        {
            // ("the April-June period": months. "Kosiniak-Kamysz said", "Ocasio-Cortez
            // told": a double-barrelled surname before a speech verb, in lower case after a capital.)
            let surname = speech_after(self.doc, s, a + 1) && parts.iter().all(|p| p.len() >= 3 && p.chars().skip(1).all(char::is_lowercase));
            return Some(if parts.iter().all(|p| lists::months().contains(p)) { Label::Date } else if surname { Label::Person } else { Label::Org });
        }
        if self.company_sign(a) {
            return Some(Label::Org);
        }
        // "Karlsson’s new film": an unknown name with a possessive is a person.
        if matches!(self.w(a + 1), "’s" | "'s")
            && !matches!(self.w(a + 2), "disease" | "syndrome")
            // Nor a common noun the text writes in lower case ("the 5th District's").
            && !self.used_in_lower_case(a)
            && !matches!(prev, "the" | "The")
        {
            // ("Wirecard's former chief executive", "Kelvora's CEO": a company's officer.)
            let officer = (a + 2..a + 5).any(|k| lists::company_titles().contains_lowercase(self.w(k)));
            return Some(if officer { Label::Org } else { Label::Person });
        }
        // "Ukraine's Navy said": a place's force, a body.
        if word_in!(prev, "’s" | "'s") && lists::org_heads().contains(w) {
            return Some(Label::Org);
        }
        // "the Guardian said": a body, whatever it does.
        let the_before = matches!(prev, "the" | "The");
        // "Okonjo was born in Enugu", "In 1990, Dalgaard married ...": a life's events.
        let life = self.w(a + 1) == "was" && matches!(self.w(a + 2), "born" | "educated" | "raised") || matches!(self.w(a + 1), "died" | "married" | "graduated");
        if life && !the_before && !lists::non_name_words().contains(w) && !self.used_in_lower_case(a) {
            return Some(Label::Person);
        }
        // ("Putin said ..." opening a sentence: a surname, unless a word for speakers, which
        // the text may write in capitals only there: "Officials said".)
        if speech_after(self.doc, s, a + 1) && !the_before && (!at_start || in_class(class::SURNAME_VERB, self.w(a + 1)) && !in_class(class::SPEAKERS, self.doc.lower(a)) && !self.doc.lower(a).strip_suffix('s').is_some_and(|one| lists::org_nouns().contains(one)) && !lists::non_name_words().contains(w) && !lists::portfolios().contains(w) && !w.contains(['’', '\'']) && !w.strip_suffix('s').is_some_and(|one| self.gaz.is_title(one)) && !["ors", "ers", "ists", "ians", "ants", "ents", "ies", "ives", "ics", "ops", "ses", "ees", "men", "dren"].iter().any(|e| w.ends_with(e))) {
            return Some(Label::Person);
        }
        if at_start {
            return None;
        }
        // "an analyst at AvaTrade"; "the Guardian": a body.
        let next = self.w(a + 1);
        let eponym = matches!(next, "’s" | "'s")
            && matches!(
                self.w(a + 2),
                "disease" | "syndrome" | "law" | "theorem" | "principle"
            );
        // "the Obama administration", "the Bush years", "the Kishida government": a leader's,
        // no body (not "the Leave campaign": a campaign may be named for a cause).
        if matches!(prev, "the" | "The")
            && (word_in!(next, "era" | "family" | "years" | "camp") || matches!(next, "administration" | "presidency" | "government") || (next == "campaign" && !word_in!(self.w(a), "Leave" | "Remain" | "Vote" | "Brexit") && self.w(a).bytes().all(|c| c.is_ascii_alphabetic())))
        {
            return Some(Label::Person);
        }
        // "the South", "the West": a region, not a body.
        if matches!(prev, "the" | "The") && (word_in!(w, "North" | "South" | "East" | "West") || matches!(w, "Northeast" | "Northwest" | "Southeast" | "Southwest")) {
            return Some(Label::Loc);
        }
        // ("the Himalayan country", "the Balkan state": an adjective of a place, no body.)
        // ("fired back at Trump", "took aim at DeSantis": whom a remark targets, no body.)
        let target = prev == "at" && a >= 2 && in_class(class::TARGET_LEAD, self.w(a - 2));
        if matches!(prev, "the" | "The" | "at") && !eponym && !target && !lists::gpe_nouns().contains(next) {
            return Some(Label::Org);
        }
        // "in Black and Latino neighborhoods": listed before a people, a people too.
        if self.listed_with_people(a, known) {
            return Some(Label::Norp);
        }
        // "reached Galway", "in Setúbal": a weak sign of a place, the last resort.
        if matches!(
            prev,
            "in" | "near" | "across" | "outside" | "reached" | "visited" | "above"
        ) && !is_code(w)
            && !lists::org_heads().contains(w)
            && !lists::org_leads().contains(w)
        {
            return Some(Label::Gpe);
        }
        // "in Columbus and Deming": listed after a place, a place too.
        if word_in!(prev, "and" | "or") && a >= s.tokens.start + 2 && !is_code(w) && !lists::org_heads().contains(w) && !starts_uppercase(self.w(a + 1)) {
            let end = self.doc.tokens[a - 2].span.end;
            if self.place_ends.contains(&end) {
                return Some(Label::Gpe);
            }
        }
        None
    }

    /// "Ticketmaster's parent company", "Nvidia's shares", "Visa's general counsel": a
    /// possessive before a word of business is a company's; so is "Visa shares fell".
    fn company_sign(&self, a: usize) -> bool {
        let (next, then) = (self.w(a + 1), self.w(a + 2));
        if matches!(next, "’s" | "'s") {
            lists::company_possessions().contains(then) || then == "general" && self.w(a + 3) == "counsel"
        } else {
            word_in!(next, "shares" | "stock") && lists::share_moves().contains(then)
        }
    }

    /// Whether a title stands before token `a` of sentence `si`: "Mr. X", "President X".
    fn title_before(&self, a: usize, si: usize) -> bool {
        let start = self.doc.sentences[si].tokens.start;
        let prev = if a > start { self.w(a - 1) } else { "" };
        // (Not the verbs "miss", "judge": "will miss Wimbledon".)
        self.gaz.is_title(prev) && !word_in!(prev, "miss" | "judge") || (prev == "." && a >= 2 && self.gaz.is_title(self.w(a - 2)))
    }

    /// Lone word `a` in a place's context: "in X", "near X", "outside X" (whatever
    /// follows: "residents in X said"), "the town of X", or "X-based" somewhere in the
    /// text (`based`).
    fn place_context(&self, a: usize, si: usize, based: &HashSet<&str>) -> bool {
        let w = self.w(a);
        let start = self.doc.sentences[si].tokens.start;
        let prev = if a > start { self.w(a - 1) } else { "" };
        let place_of = self.place_of(a, start);
        // "another north-eastern city, Damaturu.": the place noun's apposition, ending a clause.
        let apposition = prev == "," && a >= start + 2 && lists::gpe_nouns().contains(self.w(a - 2))
            && word_in!(self.w(a + 1), "." | "," | ";");
        // (The context first: most lone words have none, and the word tests cost more.)
        // (Not a publication: "in Nature journal".)
        let context = (word_in!(prev, "in" | "near" | "outside") || place_of || apposition)
            && !matches!(self.w(a + 1), "’s" | "'s")
            && !(starts_lowercase(self.w(a + 1)) && lists::outlet_nouns_after_names().contains(self.w(a + 1)))
            || based.contains(w);
        context && !(is_code(w) || lists::org_heads().contains(w) || lists::org_leads().contains(w) || self.used_in_lower_case(a))
    }

    /// "the town of X", "residents of X", and each name listed after the first ("the
    /// provinces of Cagayan, Isabela and Aurora"): a place, whatever else the word names.
    fn place_of(&self, a: usize, start: usize) -> bool {
        let mut k = a;
        while k >= start + 3 && matches!(self.w(k - 1), "," | "and" | "or") && starts_uppercase(self.w(k - 2)) {
            k -= 2;
        }
        k >= start + 2 && self.w(k - 1) == "of" && {
            let noun = self.w(k - 2);
            // ("the provinces of": a plural of the list's nouns too.)
            lists::gpe_nouns().contains_lowercase(noun)
                || noun.strip_suffix('s').is_some_and(|one| lists::gpe_nouns().contains_lowercase(one))
                || lists::place_of_nouns().contains_lowercase(noun)
        }
    }

    /// A place context that outranks a given name ("the town of Aurora"), not a name the
    /// body knows.
    fn strong_place(&self, a: usize, si: usize, known: &Known<'t>) -> bool {
        self.place_of(a, self.doc.sentences[si].tokens.start) && !known.texts.contains_key(self.w(a)) && !known.parts.contains_key(self.w(a))
    }

    /// The capitalised words of "X-based" compounds: "Ohai" of "Ohai-based".
    fn based_prefixes(&self) -> HashSet<&'t str> {
        self.cap_words
            .iter()
            .filter_map(|&k| self.w(k as usize).strip_suffix("-based"))
            .collect()
    }

    /// Whether lone word `a` has a sign of its own that outranks the rest of the
    /// document: a name known from the body, a title before, a given name; a work's
    /// title ("Batman: Arkham VR", "in Batman: The Animated Series"); a party to a case
    /// ("Plessy v. Ferguson" where the text also says "in Ferguson").
    fn own_sign(&self, a: usize, si: usize, known: &Known<'t>) -> bool {
        let w = self.w(a);
        let start = self.doc.sentences[si].tokens.start;
        let case_party = a >= start + 2 && self.w(a - 2) == "v" && self.w(a - 1) == "."
            || a > start && word_in!(self.w(a - 1), "v" | "vs");
        known.parts.contains_key(w)
            || known.texts.contains_key(w)
            || self.title_before(a, si)
            || (self.gaz.is_given_name(w) && !self.used_in_lower_case(a))
            || self.w(a + 1) == ":"
            || case_party
            || self.listed_with_people(a, known)
    }

    /// "in Black and Latino neighborhoods": lone word `a` listed before a people the text
    /// names, both before a noun (not "Hollande and Indian Prime Minister Modi").
    fn listed_with_people(&self, a: usize, known: &Known<'t>) -> bool {
        word_in!(self.w(a + 1), "and" | "or") && known.texts.get(self.w(a + 2)) == Some(Label::Norp) && starts_lowercase(self.w(a + 3))
    }

    /// Lone words with no evidence of their own: what the rest of the document says. One
    /// label per name: a word that one mention puts in a place's context ("in Ohai") is a
    /// place at its other mentions too ("at Ohai" made a body, "Ohai said" a person),
    /// unless a mention has a sign of its own.
    fn resolve_pending(&mut self, known: &Known<'t>) {
        let pending = std::mem::take(&mut self.pending);
        let based = if pending.is_empty() { HashSet::default() } else { self.based_prefixes() };
        let places: HashSet<&str> = pending
            .iter()
            .filter(|&&(a, si, _)| self.place_context(a, si, &based) && (!self.own_sign(a, si, known) || self.strong_place(a, si, known)))
            .map(|&(a, _, _)| self.w(a))
            .collect();
        // "Visa shares fell" names a company: so does "Visa's unlawful conduct" in the same
        // text, and "sued Visa" (a mention with a sign of its own keeps it).
        let companies: HashSet<&str> = pending.iter().filter(|&&(a, _, _)| self.company_sign(a)).map(|&(a, _, _)| self.w(a)).collect();
        // "Trump said ..." and "a swipe at Trump": a body only by "at" (or nothing) waits for
        // the rest, a person where the text names that word one elsewhere.
        let mut persons: HashSet<&str> = HashSet::default();
        let mut at_guesses = Vec::new();
        for (a, si, at_start) in pending {
            let own = self.own_sign(a, si, known);
            let word_in_capitals = at_start && self.used_in_lower_case(a);
            let place = places.contains(self.w(a)) && (!own || self.strong_place(a, si, known)) && !word_in_capitals;
            let label = if place {
                Some(Label::Gpe)
            } else if companies.contains(self.w(a)) && !own && !word_in_capitals {
                Some(Label::Org)
            } else {
                self.single_label(a, si, at_start, known)
            };
            if matches!(label, None | Some(Label::Org)) && a > 0 && self.w(a - 1) == "at" {
                at_guesses.push((a, label));
                continue;
            }
            if label == Some(Label::Person) {
                persons.insert(self.w(a));
            }
            if let Some(label) = label {
                // "ten Hag" after "Erik ten Hag": the particle before a surname is the name's.
                // ("De Leon vehemently refuted ..." after "Valeriano de Leon": the particle in
                // capitals opening the sentence.)
                let opens = a > 0 && self.doc.sentences[si].tokens.start == a - 1;
                let particle = label == Label::Person
                    && a > 0
                    && (is_particle(self.w(a - 1)) || opens && is_particle(&self.w(a - 1).to_ascii_lowercase()))
                    && {
                        let (p, w) = (self.w(a - 1), self.w(a));
                        known.texts.keys().any(|t| {
                            t.strip_suffix(w)
                                .and_then(|t| t.strip_suffix(' '))
                                .and_then(|t| t.len().checked_sub(p.len()).filter(|&n| t.is_char_boundary(n) && t[n..].eq_ignore_ascii_case(p)).map(|n| &t[..n]))
                                .is_some_and(|t| t.ends_with(' '))
                        })
                    };
                self.push(if particle { a - 1 } else { a }, a + 1, label);
            }
        }
        for (a, label) in at_guesses {
            if let Some(label) = if persons.contains(self.w(a)) { Some(Label::Person) } else { label } {
                self.push(a, a + 1, label);
            }
        }
        for a in std::mem::take(&mut self.after_body) {
            if known.parts.get(self.w(a)) == Some(Label::Person) && !self.used_in_lower_case(a) {
                self.push(a, a + 1, Label::Person);
            }
        }
        // Words in capitals take the label of their title-case form (its first name found),
        // else are bodies. The names found by text in a table, not a scan of `found` a word.
        let text = self.doc.text;
        let mut labels: Labels<'t> = Labels::default();
        let mut in_labels = 0;
        for a in std::mem::take(&mut self.in_capitals) {
            for f in &self.found[in_labels..] {
                labels.or_insert(f.span.text(text), f.label);
            }
            in_labels = self.found.len();
            match labels.get(title_case(self.w(a)).as_str()) {
                Some(label) => self.push(a, a + 1, label),
                None => self.push_org_plus(a),
            }
        }
    }
}

/// Whether the token before `k`, past an abbreviation's full stop ("Dr. Kunath"), is a
/// personal honorific.
fn honorific_before(doc: &Document, k: usize) -> bool {
    let before = match k.checked_sub(1) {
        Some(p) if doc.word(p) == "." => p.checked_sub(1),
        p => p,
    };
    before.is_some_and(|b| is_personal_honorific(doc.word(b)))
}

/// "Mr", "Mrs", "Dr" ...: honorifics of a person only ("President", "General" also stand
/// before bodies and places).
fn is_personal_honorific(w: &str) -> bool {
    word_in!(w, "Mr" | "Mrs" | "Ms" | "Miss" | "Dr" | "Mx" | "Sir" | "Dame" | "Prof")
}

/// A word before a capitalised one that makes it part of a longer name.
fn cap_or_particle(w: &str) -> bool {
    starts_uppercase(w) || is_particle(w)
}

/// A person's start (`start`) or end at byte `offset`, as one key of a `HashSet<usize>`
/// (the table type `place_ends` has: one copy of its code in the module, not two).
fn edge(offset: usize, start: bool) -> usize {
    offset << 1 | start as usize
}

/// The lower-case words of `doc`: those with a `lower_sig` bit set in `sigs`, if given.
fn lower_words<'t>(doc: &Document<'t>, sigs: Option<&[u64; 64]>) -> HashSet<&'t str> {
    let mut words = HashSet::default();
    for i in 0..doc.tokens.len() {
        let w = doc.word(i);
        if starts_lowercase(w) {
            let sig = lower_sig(w);
            if sigs.is_none_or(|sigs| sigs[sig / 64] & (1 << (sig % 64)) != 0) {
                words.insert(w);
            }
        }
    }
    words
}

/// The `lower_sig`s of the lower case of the capitalised words, a bit each: only a long text
/// needs them (`Names::used_in_lower_case`), so they are not gathered for every text.
fn cap_sigs(doc: &Document) -> [u64; 64] {
    let mut sigs = [0u64; 64];
    for (i, &w) in doc.words().iter().enumerate() {
        if starts_uppercase(w) {
            // `lower_case` without the `Cow`.
            let folded = doc.lower(i);
            let sig = if folded.len() == w.len() { lower_sig(folded) } else { lower_sig(&lower_case_string(w)) };
            sigs[sig / 64] |= 1 << (sig % 64);
        }
    }
    sigs
}

/// `lower_case_string(w)`, written into `buffer` (its old content dropped): ASCII words
/// (most) lower-cased in place.
fn lower_case_into<'b>(w: &str, buffer: &'b mut String) -> &'b str {
    buffer.clear();
    if w.is_ascii() {
        buffer.push_str(w);
        buffer.make_ascii_lowercase();
    } else {
        crate::lexicon::push_lower_case(buffer, w);
    }
    buffer
}

/// 12 bits from the length and three bytes of `w`: two words with different ones differ.
/// (Asked of every lower-case word: one test for the empty word, then three plain loads.)
fn lower_sig(w: &str) -> usize {
    let b = w.as_bytes();
    let n = b.len();
    if n == 0 {
        return 0;
    }
    let (first, mid, last) = (u32::from(b[0]), u32::from(b[n / 2]), u32::from(b[n - 1]));
    let h = (n as u32) ^ (first << 8) ^ (mid << 16) ^ (last << 24);
    (h.wrapping_mul(0x9E37_79B1) >> 20) as usize
}

/// Token `k`'s lower case: the document's ASCII one when it is as long as the word (only
/// non-ASCII letters and apostrophes change the length or empty it), without allocating.
#[inline]
fn lower_case<'a>(doc: &'a Document, k: usize) -> Cow<'a, str> {
    let folded = doc.lower(k);
    let w = if k < doc.tokens.len() { doc.word(k) } else { "" };
    if folded.len() == w.len() {
        Cow::Borrowed(folded)
    } else {
        Cow::Owned(lower_case_string(w))
    }
}

/// Words or texts with a label each. Kept as `Label::ALL` indices in a `HashMap<&str,
/// usize>`, a table type the module has anyway: a `HashMap<&str, Label>` was hashbrown's
/// code once more.
#[derive(Default)]
struct Labels<'t>(HashMap<&'t str, usize>);

impl<'t> Labels<'t> {
    fn reserve(&mut self, n: usize) {
        self.0.reserve(n);
    }

    /// Labels `w` unless it has a label already.
    fn or_insert(&mut self, w: &'t str, label: Label) {
        self.0.entry(w).or_insert(label as usize);
    }

    fn insert(&mut self, w: &'t str, label: Label) {
        self.0.insert(w, label as usize);
    }

    fn get(&self, w: &str) -> Option<Label> {
        self.0.get(w).map(|&i| Label::ALL[i])
    }

    fn contains_key(&self, w: &str) -> bool {
        self.0.contains_key(w)
    }

    fn keys(&self) -> impl Iterator<Item = &&'t str> {
        self.0.keys()
    }
}

#[derive(Default)]
struct Known<'t> {
    /// Texts of the names found in the body, with their labels.
    texts: Labels<'t>,
    /// First and last words of persons, every word of bodies.
    parts: Labels<'t>,
    /// Last words of persons: the part a news text uses alone for its person.
    surnames: HashSet<&'t str>,
}

/// The names of `doc`, avoiding the tokens of `numeric` (dates and amounts).
pub fn find(doc: &Document, numeric: &[Found]) -> Vec<Found> {
    let _ = Span::default();
    Names::new(doc, numeric).run()
}

#[cfg(test)]
mod tests {
    use crate::document::Document;
    use crate::entities::recognize;
    use crate::model::Label;

    #[test]
    fn the_first_byte_filter_lets_every_particle_through() {
        use super::{has_particle_mark, is_particle_name, may_start_particle, PARTICLES_BEFORE_NAMES};
        for p in PARTICLES_BEFORE_NAMES {
            assert!(may_start_particle(p.as_bytes()[0]) && has_particle_mark(p), "{p}");
        }
        assert!(is_particle_name("al-Assad") && is_particle_name("d’Estaing") && !is_particle_name("al-qaeda"));
    }

    #[test]
    fn lower_case_uses_agree_with_the_set_of_every_lower_case_word() {
        use super::{starts_lowercase, HashSet, Names};
        let text = "The Éclair and the éclair. ÉCLAIR, al-Assad, Al-assad and al-assad met İstanbul and \
            i̇stanbul. Moreover, moreover People’s people’s PEOPLE’S. Bin bin eBay Ebay ebay ǅemal ǆemal.";
        let doc = Document::parse(text);
        let names = Names::new(&doc, &[]);
        let all: HashSet<&str> = (0..doc.tokens.len()).map(|i| doc.word(i)).filter(|w| starts_lowercase(w)).collect();
        for k in 0..=doc.tokens.len() {
            let w = names.w(k);
            let want = all.contains(w.to_lowercase().as_str());
            names.lower_scanned.set(0);
            assert_eq!(names.used_in_lower_case(k), want, "{w} (scan)");
            names.lower_scanned.set(0);
            assert_eq!(names.lower_word_in_text(&w.to_lowercase()), want, "{w} (scan, lower case)");
            names.lower_scanned.set(super::SCAN_BUDGET);
            assert_eq!(names.used_in_lower_case(k), want, "{w} (table)");
            assert_eq!(names.lower_word_in_text(&w.to_lowercase()), want, "{w} (table, lower case)");
        }
    }

    #[test]
    fn capitalised_uses_scanned_agree_with_the_table() {
        use super::Names;
        let text = "Kishida met Fumio Kishida. Van der Berg and Pieter van der Berg, Berg. “Berg” Berg-Lee U.S. U.S. said.";
        let doc = Document::parse(text);
        let names = Names::new(&doc, &[]);
        for k in 0..=doc.tokens.len() {
            let w = names.w(k);
            names.cap_scanned.set(0);
            assert_eq!(names.cap_uses(w), names.cap_count(w), "{w}");
        }
    }

    #[test]
    fn short_word_lists_agree_with_matches() {
        use super::{word_key, ShortWords};
        let words: [&str; 26] = ["", "o", "of", "fo", "off", "for", "fur", "’s", "'s", "’", "s", "and", "an", "the", "thee", "a\0", "a",
            "al-", "della", "dellb", "deella", "ofofofof", "ofxxxxor", "Ééé", "&", "."];
        for w in words {
            let want = matches!(w, "of" | "for" | "on" | "and" | "&" | "the" | "." | "’s" | "'s" | "a" | "della");
            assert_eq!(word_in!(w, "of" | "for" | "on" | "and" | "&" | "the" | "." | "’s" | "'s" | "a" | "della"), want, "{w:?}");
            assert_eq!(super::is_particle(w), super::PARTICLES.contains(&w), "{w:?}");
        }
        // The key holds every byte of a word of up to 7 bytes.
        assert_ne!(word_key("abcdefg"), word_key("abcxefg"));
    }

    #[test]
    fn dash_bytes_are_found_at_every_position() {
        for n in 0..20 {
            let plain = "x".repeat(n);
            assert!(!super::has_dash_byte(&plain), "{n}");
            for i in 0..n {
                for dash in ["-", "‐", "‑"] {
                    let w = format!("{}{dash}{}", &plain[..i], &plain[i..]);
                    assert!(super::has_dash_byte(&w), "{w}");
                }
            }
        }
        // Other multi-byte letters are no dash; the em dash starts with 0xE2 too (the rest
        // of `is_modifier_compound` rules it out).
        assert!(!super::has_dash_byte("Zürich São Paulo"));
        assert!(super::has_dash_byte("Zürich—"));
    }

    #[test]
    fn letters_words_agree_with_decoding() {
        for w in ["", "a", "ab", "abc", "Abc", "ABCD", "abcd", "ab1", "a-b", "Éa", "Éab", "éabc", "Zürich", "zü", "ab’", "東京都", "ǅemal"] {
            let decoded = (w.chars().nth(2).is_some() && w.chars().all(char::is_alphabetic))
                .then(|| (w.chars().next().is_some_and(char::is_uppercase), w.chars().nth(3).is_some()));
            assert_eq!(super::letters_word(w), decoded, "{w}");
        }
    }

    #[test]
    fn the_particle_filter_lets_every_particle_through() {
        for p in super::PARTICLES {
            assert!(super::is_particle(p), "{p}");
        }
    }

    fn names(text: &str) -> Vec<(String, Label)> {
        let doc = Document::parse(text);
        recognize(&doc)
            .into_iter()
            .map(|f| (f.span.text(text).to_string(), f.label))
            .collect()
    }

    fn has(text: &str, want: &[(&str, Label)]) {
        let got = names(text);
        for (t, l) in want {
            assert!(
                got.iter().any(|(gt, gl)| gt == t && gl == l),
                "{t:?} {l:?} not in {got:?}"
            );
        }
    }

    fn lacks(text: &str, unwanted: &[&str]) {
        let got = names(text);
        for u in unwanted {
            assert!(!got.iter().any(|(t, _)| t == u), "{u:?} in {got:?}");
        }
    }

    #[test]
    fn titles_are_left_out_of_persons() {
        let text = "Prime Minister Elena Vasquez and Mr. Adeyemi met in Madrid on Sunday.";
        has(
            text,
            &[("Elena Vasquez", Label::Person), ("Adeyemi", Label::Person)],
        );
        lacks(text, &["Prime Minister Elena Vasquez", "Mr. Adeyemi"]);
        lacks(
            "Provincial Party chief Zhou Hanbin toured a factory.",
            &["Provincial Party"],
        );
    }

    #[test]
    fn headline_capitals_make_no_name() {
        let text = "Chinese Military behind cyber attacks in Japan: Report\n\nThe Chinese military attacked targets in Japan.";
        has(text, &[("Chinese", Label::Norp), ("Japan", Label::Gpe)]);
        lacks(text, &["Chinese Military", "Military", "Report"]);
    }

    #[test]
    fn head_and_lead_words() {
        has(
            "The Baltic Maritime Authority or BMA closed the port. Students at Keio University and the University of Sheffield sailed near the Paracel Islands.",
            &[
                ("Baltic Maritime Authority", Label::Org),
                ("BMA", Label::Org),
                ("Keio University", Label::Org),
                ("University of Sheffield", Label::Org),
                ("Paracel Islands", Label::Loc),
            ],
        );
        has(
            "Ostrava Steel claimed that the Ministry of Health and Child Care (MoHCC) was wrong.",
            &[
                ("Ostrava Steel", Label::Org),
                ("Ministry of Health and Child Care", Label::Org),
                ("MoHCC", Label::Org),
            ],
        );
    }

    #[test]
    fn naming_cues_label_the_name_by_its_noun() {
        has(
            "They instructed a hacker group in China, called Tick, to attack. Boats sailed near the islands, known by the Chinese as Diaoyu.",
            &[("Tick", Label::Org), ("Diaoyu", Label::Loc)],
        );
    }

    #[test]
    fn nationality_and_institution() {
        has(
            "The Chinese Foreign Ministry summoned the Dutch ambassador.",
            &[
                ("Chinese Foreign Ministry", Label::Org),
                ("Dutch", Label::Norp),
            ],
        );
        let text =
            "The Chinese government has not commented, and the foreign ministry did not respond.";
        has(text, &[("Chinese", Label::Norp)]);
        lacks(text, &["Chinese government", "foreign ministry"]);
        has(
            "U.S. Space Command tracked the People’s Liberation Army over the Pacific Ocean.",
            &[
                ("U.S. Space Command", Label::Org),
                ("People’s Liberation Army", Label::Org),
                ("Pacific Ocean", Label::Loc),
            ],
        );
    }

    #[test]
    fn particles_hyphens_and_possessives() {
        has(
            "The inquiry was led by Pieter van der Berg and Sanne de Vries.",
            &[
                ("Pieter van der Berg", Label::Person),
                ("Sanne de Vries", Label::Person),
            ],
        );
        has(
            "Oman’s trade minister, Khalid al-Mansouri, arrived. Anne-Marie Lindqvist-Ohlsson chairs the board.",
            &[
                ("Oman", Label::Gpe),
                ("Khalid al-Mansouri", Label::Person),
                ("Anne-Marie Lindqvist-Ohlsson", Label::Person),
            ],
        );
        has(
            "Brazil's central bank raised rates.",
            &[("Brazil", Label::Gpe)],
        );
    }

    #[test]
    fn the_is_left_out_and_lone_words_follow_the_document() {
        has(
            "Photographs were distributed by The Associated Press.",
            &[("Associated Press", Label::Org)],
        );
        has(
            "Fumio Kishida spoke on Monday. Later that day, Kishida left, and Cassava Sciences Inc. said Cassava would grow.",
            &[
                ("Fumio Kishida", Label::Person),
                ("Kishida", Label::Person),
                ("Cassava Sciences Inc.", Label::Org),
                ("Cassava", Label::Org),
            ],
        );
        // Person-shaped pairs need a sign of a person.
        has(
            "Nguyễn Thị Lan was elected mayor. The inquiry heard Dorin Vasco, a lawyer.",
            &[
                ("Nguyễn Thị Lan", Label::Person),
                ("Dorin Vasco", Label::Person),
            ],
        );
        lacks(
            "Fans lined up for Epic Mickey and Bat Cave tours.",
            &["Epic Mickey", "Bat Cave"],
        );
        lacks(
            "Meanwhile, the talks went on.\nAccept Read More",
            &["Meanwhile", "Accept", "Read More"],
        );
    }

    #[test]
    fn acronyms_and_bracketed_names() {
        has(
            "Officials from the Energy Regulatory Commission (ERC) visited. Shares of Toho Seiki (東邦精機) fell.",
            &[
                ("Energy Regulatory Commission", Label::Org),
                ("ERC", Label::Org),
                ("Toho Seiki", Label::Org),
                ("東邦精機", Label::Org),
            ],
        );
        lacks("Cases of COVID-19 rose.", &["COVID-19"]);
    }
}
