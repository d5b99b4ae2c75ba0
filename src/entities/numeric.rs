//! Dates, times and amounts: DATE TIME MONEY PERCENT CARDINAL ORDINAL QUANTITY.
//!
//! One left-to-right pass over the tokens; at each token the longest pattern that
//! starts there wins and the scan continues after it, so the pass stays linear.

use super::lists;
use super::Found;
use crate::claims::words::{class, in_class};
use crate::document::Document;
use crate::lexicon::{entries, keep_for_process, Fold, Table};
use crate::model::Label;
use crate::tokens::TokenKind;

struct Scan<'d, 't> {
    doc: &'d Document<'t>,
    /// Start and end of the sentence holding the current token: patterns never cross it.
    start: usize,
    end: usize,
    /// Per token: `MAY_START`, `COMPOUND` and the word's `MODIFIER` and `NUMBER` roles.
    marks: &'d [u16],
    /// The last `number` worked out, (token, answer): the patterns tried at a token ask it
    /// of the same token several times ("amount", "relative", "twice a month").
    last_number: std::cell::Cell<Option<(usize, Option<usize>)>>,
}

fn is_digits(w: &str) -> bool {
    !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
}

/// "1,700", "2.5", "40": a plain number token.
fn is_plain_number(w: &str) -> bool {
    w.bytes().next().is_some_and(|b| b.is_ascii_digit())
        && w.bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
}

/// A number with its multiplier stuck to it, as British and financial copy write amounts:
/// "40bn", "2.5tn", "300m", "10k".
fn has_glued_multiplier(w: &str) -> bool {
    let digits = w.bytes().take_while(|b| b.is_ascii_digit() || *b == b'.' || *b == b',').count();
    digits > 0 && w.as_bytes()[0].is_ascii_digit() && matches!(&w[digits..], "bn" | "mn" | "m" | "tn" | "trn" | "k")
}

/// "RM2", "KSh2", "Rs400", "R5bn": a currency code glued to a number, as one word; the
/// code's length, also of a one-letter sign (rand, naira, peso), which `Scan::amount`
/// takes only with a multiplier ("N95" is a mask).
fn glued_currency_code(w: &str) -> Option<usize> {
    let code_len = w.bytes().position(|b| b.is_ascii_digit())?;
    let (code, rest) = w.split_at(code_len);
    // ("N80.2", "N70,000": one token, the tokenizer joins separators between digits.)
    let digits = rest.bytes().take_while(|b| b.is_ascii_digit() || *b == b'.' || *b == b',').count();
    let glued_multiplier = has_glued_multiplier(rest);
    if digits != rest.len() && !glued_multiplier {
        return None;
    }
    (code_len >= 2 && is_currency_code(code) || matches!(code, "R" | "N" | "P")).then_some(code_len)
}

/// Whether a word ending in byte `b` may be a `glued_currency_code` amount: it ends in a
/// digit or a multiplier ("bn", "mn", "m", "tn", "trn", "k"). Asked first of every
/// capitalised word, most of which it rules out without a search for digits.
fn may_end_glued_amount(b: u8) -> bool {
    matches!(b, b'0'..=b'9' | b'n' | b'm' | b'k')
}

/// (And 2100, the horizon of climate projections: "by 2100".)
fn is_year(w: &str) -> bool {
    w.len() == 4
        && is_digits(w)
        && (w.starts_with("1") && w.as_bytes()[1] >= b'5' || w.starts_with("20") || w == "2100")
}

/// "5th", "21st", "85th".
fn is_numeric_ordinal(w: &str) -> bool {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    let suffix = &w[digits..];
    digits > 0 && ["st", "nd", "rd", "th"].iter().any(|s| suffix.eq_ignore_ascii_case(s))
}

/// A currency sign written as a token of its own before an amount ("$", "€", "₹").
pub fn is_currency_symbol(w: &str) -> bool {
    matches!(
        w,
        "$" | "€" | "£" | "¥" | "₹" | "₩" | "₦" | "₽" | "₺" | "₪" | "₱"
    )
}

/// Currency codes written before an amount ("KES", "Rs."): `currency_codes.txt`, as written.
fn is_currency_code(w: &str) -> bool {
    lists::currency_codes().contains(w)
}

fn is_time_zone(w: &str) -> bool {
    lists::time_zones().contains(w)
}

fn is_meridiem(w: &str) -> bool {
    matches!(
        w,
        "a.m." | "p.m." | "am" | "pm" | "AM" | "PM" | "A.M." | "P.M." | "a.m" | "p.m"
    )
}

/// "9:30", "6:00am", "10pm", "9.30pm".
/// Returns whether `w` is a clock time by itself ("9:30", "6:00am", "9.30pm") and whether
/// it is one when a meridiem or time zone follows ("10.40 a.m.", "19.45 GMT": a decimal
/// number otherwise).
fn clock_token(w: &str) -> (bool, bool) {
    // Case matters only to the suffix: the body is checked for digits, ':' and '.'.
    let suffix = w.len().checked_sub(2).and_then(|k| w.get(k..)).unwrap_or("");
    let meridiem = suffix.eq_ignore_ascii_case("am") || suffix.eq_ignore_ascii_case("pm");
    let body = if meridiem { &w[..w.len() - 2] } else { w };
    let mut parts = body.split([':', '.']);
    let h = parts.next().unwrap_or("");
    let m = parts.next();
    let ok_h = is_digits(h) && h.len() <= 2 && h.parse::<u32>().is_ok_and(|h| h <= 24);
    let ok_m = match m {
        Some(m) => m.len() == 2 && is_digits(m) && parts.next().is_none(),
        None => true,
    };
    let is_clock = ok_h && ok_m && (m.is_some() && body.contains(':') || meridiem);
    (is_clock, is_clock || (ok_h && ok_m && m.is_some()))
}

/// Units of measure after a number, as written (case matters: "MW", "kWh").
const QUANTITY_UNITS: &[&str] = &[
    "km",
    "kilometres",
    "kilometers",
    "kilometre",
    "kilometer",
    "miles",
    "mile",
    "metres",
    "meters",
    "metre",
    "meter",
    "feet",
    "foot",
    "ft",
    "inches",
    "inch",
    "cm",
    "mm",
    "kg",
    "kilograms",
    "kilogram",
    "grams",
    "gram",
    "tonnes",
    "tons",
    "tonne",
    "ton",
    "pounds-weight",
    "lbs",
    "lb",
    "barrels",
    "barrel",
    "litres",
    "liters",
    "gallons",
    "acres",
    "hectares",
    "degrees",
    "mph",
    "km/h",
    "kph",
    "megawatts",
    "MW",
    "GW",
    "kWh",
    "square",
];

/// Whether `w` is one of `QUANTITY_UNITS`. Its first byte is compared before the whole
/// word, so most units cost no call to memcmp (a byte loop in wasm).
fn is_quantity_unit(w: &str) -> bool {
    let first = w.as_bytes().first();
    QUANTITY_UNITS.iter().any(|u| u.as_bytes().first() == first && *u == w)
}

/// "12-16" in "Sept. 12-16": a range of days, the first before the last ("2-0" is a score).
#[inline(never)]
fn day_range(w: &str) -> bool {
    let day = |d: &[u8]| if (1..=2).contains(&d.len()) && d.iter().all(u8::is_ascii_digit) { d.iter().fold(0, |n, &b| n * 10 + (b - b'0')) } else { 0 };
    let b = w.as_bytes();
    let Some(dash) = b.iter().position(|&c| c == b'-') else { return false };
    let (first, last) = (day(&b[..dash]), day(&b[dash + 1..]));
    first > 0 && first < last && last <= 31
}

impl<'d, 't> Scan<'d, 't> {
    fn w(&self, i: usize) -> &'t str {
        if i < self.end {
            self.doc.word(i)
        } else {
            ""
        }
    }
    #[inline]
    fn is(&self, i: usize, word: &str) -> bool {
        self.w(i).eq_ignore_ascii_case(word)
    }
    /// `Document::lower` within the sentence: equal to a lower-case ASCII word (no
    /// apostrophe) exactly when `w(i)` in ASCII lower case is, without a copy.
    fn lower(&self, i: usize) -> &'d str {
        if i < self.end {
            self.doc.lower(i)
        } else {
            ""
        }
    }
    /// Whether `w(i)` is in the word list of `role`, in any case: looked up once per token,
    /// in `pattern_starts`.
    fn lower_in(&self, i: usize, role: u16) -> bool {
        i < self.end && self.marks[i] & role != 0
    }
    fn kind(&self, i: usize) -> Option<TokenKind> {
        (i < self.end).then(|| self.doc.tokens[i].kind)
    }
    fn space_before(&self, i: usize) -> bool {
        i < self.end && self.doc.tokens[i].space_before
    }

    fn number_word(&self, i: usize) -> bool {
        // Most words are neither a number word nor a compound: the marks say so without a lookup.
        if i < self.end
            && self.doc.tokens[i].kind == TokenKind::Word
            && self.marks[i] & (NUMBER | COMPOUND) == 0
        {
            return false;
        }
        let w = self.w(i);
        if w.is_empty() || !w.chars().next().is_some_and(char::is_alphabetic) {
            return false;
        }
        // Capitalised only at a sentence start: "Group of Seven" is a name.
        if w.chars().next().is_some_and(char::is_uppercase)
            && i != self.start
            && (matches!(self.doc.word(i - 1), "of" | "the" | "The")
                || self
                    .doc
                    .word(i - 1)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
                || self.w(i + 1).chars().next().is_some_and(char::is_uppercase))
        {
            return false;
        }
        // The document's lower case where it is the same (ASCII words), without a copy.
        let lower: std::borrow::Cow<str> = if w.is_ascii() && !self.doc.lower(i).is_empty() {
            self.doc.lower(i).into()
        } else {
            crate::lexicon::lower_case_string(w).into()
        };
        if lower.contains('-') {
            return lower
                .split('-')
                .all(|p| lists::number_words().contains(p));
        }
        lists::number_words().contains(&lower)
    }

    /// A number phrase at `i`: "40", "1 000", "2.5 billion", "twenty-five", "a dozen".
    /// Returns the end token.
    fn number(&self, i: usize) -> Option<usize> {
        if let Some((at, end)) = self.last_number.get() {
            if at == i {
                return end;
            }
        }
        let end = self.find_number(i);
        self.last_number.set(Some((i, end)));
        end
    }

    fn find_number(&self, i: usize) -> Option<usize> {
        let w = self.w(i);
        let mut j;
        if is_plain_number(w) {
            j = i + 1;
            // "1 000": groups of three digits after a space.
            while self.w(j).len() == 3 && is_digits(self.w(j)) && w.len() <= 3 {
                j += 1;
            }
        } else if self.number_word(i) {
            j = i + 1;
            while self.number_word(j) || (self.is(j, "and") && self.number_word(j + 1)) {
                j += if self.is(j, "and") { 2 } else { 1 };
            }
        } else if self.is(i, "a") && self.is(i + 1, "dozen") {
            j = i + 2;
        } else {
            return None;
        }
        while self.lower_in(j, MULTIPLIER) && !self.is(j, "m")
            || self.w(j) == "m" && !self.space_before(j)
        {
            j += 1;
        }
        Some(j)
    }

    /// An age that no "aged" or "-year-old" marks: "at the age of 12", "when she was six",
    /// "until he turned 18", "He was 91.", "died at 91" (ages are DATE). Returns the end of
    /// the number. The number must end its clause, so that "when he was 12 points behind"
    /// stays a count.
    fn age(&self, i: usize) -> Option<usize> {
        let e = self.number(i)?;
        let clause_ends = e >= self.end || self.kind(e) == Some(TokenKind::Punct) || matches!(self.lower(e), "and" | "but" | "so" | "when");
        let before = |k: usize| if i >= self.start + k { self.lower(i - k) } else { "" };
        // "died at 91" (whatever follows: "at his home").
        let died_at = before(1) == "at" && matches!(before(2), "died" | "dies");
        if self.number_range(i) != Some(e) || !(clause_ends || died_at) {
            return None;
        }
        let age_of = before(2) == "age" && before(1) == "of";
        let turned = before(1) == "turned";
        let was = matches!(before(1), "was" | "were")
            && matches!(before(2), "he" | "she" | "i" | "they" | "we" | "you")
            && (in_class(class::TIME_CLAUSE_WORD, before(3))
                // ("He was 91." closing an obituary's sentence; "she was five when ...".)
                || matches!(before(2), "he" | "she") && e < self.end && self.w(e) == "."
                || self.is(e, "when"));
        (age_of || turned || was || died_at).then_some(e)
    }

    /// A range of numbers: "8–10", "8 to 10".
    fn number_range(&self, i: usize) -> Option<usize> {
        let j = self.number(i)?;
        if is_year(self.w(i)) && j == i + 1 {
            return Some(j);
        }
        if matches!(self.w(j), "–" | "-" | "—") || self.is(j, "to") {
            if let Some(k) = self.number(j + 1) {
                return Some(k);
            }
        }
        // "between 700 and 800 million euros", "between 5 and 10 percent": "and" after
        // "between", before a unit both share (not "between 3 and 4 p.m.").
        if self.is(j, "and") && i > self.start && self.is(i - 1, "between") {
            if let Some(k) = self.number(j + 1).filter(|_| self.lower_in(j + 2, MULTIPLIER) || matches!(self.w(j + 2), "%" | "percent" | "per")) {
                return Some(k);
            }
        }
        // "two and a half (hours)": the half is part of the number.
        if self.is(j, "and") && self.is(j + 1, "a") && self.is(j + 2, "half") && !self.lower_in(j + 3, MULTIPLIER) {
            return Some(j + 3);
        }
        Some(j)
    }

    /// An amount modifier at `i`: "more than", "some", "about". Returns its length.
    fn modifier(&self, i: usize) -> usize {
        // Asked at most tokens that may start a pattern: the marks rule most out.
        if i >= self.end || self.marks[i] & MODIFIER == 0 {
            return 0;
        }
        let first = self.w(i);
        for m in lists::amount_modifiers() {
            let Some((head, rest)) = m.split_first() else { return 0 };
            // The first word by its length first: the modifiers are compared with one word.
            if head.len() == first.len()
                && head.eq_ignore_ascii_case(first)
                && rest.iter().enumerate().all(|(k, word)| self.is(i + 1 + k, word))
            {
                return m.len();
            }
        }
        0
    }

    /// Amounts, durations and counts that take modifiers.
    fn amount(&self, i: usize) -> Option<(usize, Label)> {
        let w = self.w(i);
        // Currency code stuck to a symbol: "US$", "A$", "HK$".
        // "RM2 billion", "KSh2,000", "N5 billion": a code glued to the number's first digits.
        if self.kind(i) == Some(TokenKind::Word) {
            if let Some(code_len) = glued_currency_code(w) {
                let mut j = i + 1;
                // (The tokenizer keeps separators between digits in the word: "RM2.5bn",
                // "N70,000" come whole.)
                let glued = has_glued_multiplier(&w[code_len..]);
                // "R70,000": thousands in groups make a one-letter code an amount too.
                let thousands = w[code_len..].split(',').skip(1).any(|g| g.len() >= 3 && g.bytes().take(3).all(|b| b.is_ascii_digit()));
                if self.lower_in(j, MULTIPLIER) {
                    j += 1;
                } else if code_len == 1 && !glued && !thousands {
                    return None;
                }
                return Some((j, Label::Money));
            }
        }
        let (sym, start_num) = if is_currency_symbol(w) {
            (true, i + 1)
        } else if self.kind(i) == Some(TokenKind::Word)
            && w.len() <= 3
            && w.chars().all(|c| c.is_ascii_uppercase())
            && is_currency_symbol(self.w(i + 1))
            && !self.space_before(i + 1)
        {
            (true, i + 2)
        } else if is_currency_code(w) {
            // "Rs. 2.5 lakh": the code's dot is a token of its own.
            (true, if self.w(i + 1) == "." && !self.space_before(i + 1) { i + 2 } else { i + 1 })
        } else {
            (false, i)
        };
        if sym {
            // "£40bn", "$300m": the multiplier stuck to the number is one token.
            let j = self.number(start_num).or_else(|| has_glued_multiplier(self.w(start_num)).then_some(start_num + 1))?;
            return Some((j, Label::Money));
        }
        // "40bn yuan", "5m euros".
        if has_glued_multiplier(w) && self.lower_in(i + 1, CURRENCY) {
            return Some((i + 2, Label::Money));
        }
        let j = self.number_range(i)?;
        let next = self.w(j);
        if next == "%" {
            return Some((j + 1, Label::Percent));
        }
        if self.is(j, "percent") || self.is(j, "pct") {
            return Some((j + 1, Label::Percent));
        }
        if self.is(j, "per") && self.is(j + 1, "cent") {
            return Some((j + 2, Label::Percent));
        }
        if self.is(j, "percentage") && (self.is(j + 1, "points") || self.is(j + 1, "point")) {
            return Some((j + 2, Label::Percent));
        }
        // "won" and "real" are words too: currencies only after a multiplier ("1.2 trillion won").
        // (Or a figure in thousands, no year: "184,900 won".)
        let multiplied = j > i && (matches!(self.lower(j - 1), "million" | "billion" | "trillion" | "bn" | "mln") || self.w(j - 1).contains(','));
        // ("3 pounds of cocaine": a weight.)
        let weight = matches!(self.lower(j), "pound" | "pounds") && self.is(j + 1, "of") && !multiplied;
        if self.lower_in(j, CURRENCY) && !weight && (multiplied || !self.is(j, "won") && !self.is(j, "real")) {
            return Some((j + 1, Label::Money));
        }
        // "300 billion Egyptian pounds", "5 Swiss francs": the currency named for its country.
        if self.w(j).bytes().next().is_some_and(|b| b.is_ascii_uppercase()) && self.lower_in(j + 1, CURRENCY) {
            return Some((j + 2, Label::Money));
        }
        // "5 business days", "10 working days"
        if matches!(self.lower(j), "business" | "working" | "calendar" | "trading") && self.lower_in(j + 1, DATE_UNIT) {
            return Some((j + 2, Label::Date));
        }
        // Looked up once for the three rules below.
        let date_unit = self.lower_in(j, DATE_UNIT);
        // "19 year old", "2000 year old".
        if date_unit && self.is(j + 1, "old") && !self.w(j).ends_with('s') {
            return Some((j + 2, Label::Date));
        }
        if date_unit && self.is(j + 1, "-") && self.is(j + 2, "old") {
            return Some((j + 3, Label::Date));
        }
        let unit_date = date_unit && !(j == i + 1 && is_year(w) && !next.ends_with('s'));
        let unit_time = matches!(
            self.lower(j),
            "hour" | "hours" | "minute" | "minutes" | "second" | "seconds"
        );
        if unit_date || unit_time {
            let mut e = j + 1;
            if self.is(e, "ago") || self.is(e, "later") || self.is(e, "earlier") {
                e += 1;
            }
            return Some((e, if unit_time { Label::Time } else { Label::Date }));
        }
        if is_quantity_unit(next) {
            return Some((j + 1, Label::Quantity));
        }
        // A count of things: digits, or number words other than the lone article-like "one".
        if is_plain_number(w) || (self.number_word(i) && !(j == i + 1 && self.is(i, "one"))) {
            if matches!(self.lower(i), "several" | "few" | "half") && j == i + 1 {
                return None;
            }
            return Some((j, Label::Cardinal));
        }
        None
    }

    /// "half an hour", "a year ago".
    fn article_duration(&self, i: usize) -> Option<(usize, Label)> {
        if self.is(i, "half") && (self.is(i + 1, "an") || self.is(i + 1, "a")) {
            if self.is(i + 2, "hour") {
                return Some((i + 3, Label::Time));
            }
            if self.lower_in(i + 2, DATE_UNIT) {
                return Some((i + 3, Label::Date));
            }
            // "half a percentage point"
            if self.is(i + 2, "percentage") && self.is(i + 3, "point") {
                return Some((i + 4, Label::Percent));
            }
        }
        if (self.is(i, "a") || self.is(i, "an"))
            && (self.is(i + 2, "ago") || self.is(i + 2, "later") || self.is(i + 2, "earlier"))
        {
            if self.lower_in(i + 1, DATE_UNIT) {
                return Some((i + 3, Label::Date));
            }
            if self.is(i + 1, "hour") || self.is(i + 1, "minute") {
                return Some((i + 3, Label::Time));
            }
        }
        None
    }

    fn month(&self, i: usize) -> bool {
        let w = self.w(i);
        w.chars().next().is_some_and(char::is_uppercase)
            && lists::months().contains(w)
            && (w != "May" || self.is(i + 1, ",") || self.day(i + 1) || is_year(self.w(i + 1)))
            && (w.len() > 3 || w == "May" || self.w(i + 1) == "." || self.day(i + 1) || is_year(self.w(i + 1)))
    }

    /// A month that stands alone: "in August". "May" and "March" need a clear context.
    fn lone_month(&self, i: usize) -> bool {
        let w = self.w(i);
        if !(w.chars().next().is_some_and(char::is_uppercase)
            && lists::months().contains(w)
            && w.len() > 3)
        {
            // ("the May deadline", not "the May government": Theresa May's.)
            return w == "May" && i > 0 && (self.prev_is_date_preposition(i) || self.listed_with_month(i) || self.before_noun(i) && !in_class(class::MAY_OWNED, self.w(i + 1)));
        }
        if w == "March" {
            return i > 0 && (self.prev_is_date_preposition(i) || self.before_noun(i) || self.listed_with_month(i));
        }
        true
    }

    /// "in March, May and June": a month word listed beside a month.
    fn listed_with_month(&self, i: usize) -> bool {
        let other = |k: usize| k > self.start && lists::months().contains(self.w(k)) && self.w(k).len() > 3;
        (i >= self.start + 2 && matches!(self.w(i - 1), "," | "and" | "or" | "to") && other(i - 2))
            || (matches!(self.w(i + 1), "," | "and" | "or" | "to") && other(i + 2))
    }

    /// "the March deadline", "the March international break", not "the March on Rome": a
    /// month word between "the" (or "a", a possessive) and a noun.
    fn before_noun(&self, i: usize) -> bool {
        i > self.start
            // ("The May meeting", "a March hike", "the ECB's March meeting".)
            && matches!(self.doc.word(i - 1), "the" | "The" | "a" | "A" | "'s" | "’s")
            && self.kind(i + 1) == Some(TokenKind::Word)
            && self.w(i + 1).starts_with(|c: char| c.is_ascii_lowercase())
            && !lists::place_prepositions().contains(self.w(i + 1))
            && !matches!(self.w(i + 1), "of" | "for" | "on" | "against")
    }

    fn prev_is_date_preposition(&self, i: usize) -> bool {
        let p = self.doc.word(i - 1);
        lists::date_prepositions().contains(p)
    }

    /// A day of the month: "8", "28", "5th".
    fn day(&self, i: usize) -> bool {
        let w = self.w(i);
        (is_digits(w) && w.len() <= 2 && w.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d)))
            || (is_numeric_ordinal(w) && w.len() <= 4)
            || day_range(w)
    }

    /// Business periods: "first quarter (of 2024)", "Q2 (2024)", "fiscal (year) 2025".
    fn quarter(&self, i: usize) -> Option<(usize, Label)> {
        let w = self.lower(i);
        if matches!(w, "q1" | "q2" | "q3" | "q4") && self.w(i).starts_with('Q') {
            return Some((if is_year(self.w(i + 1)) { i + 2 } else { i + 1 }, Label::Date));
        }
        if w == "fiscal" {
            let y = if self.is(i + 1, "year") { i + 2 } else { i + 1 };
            return is_year(self.w(y)).then_some((y + 1, Label::Date));
        }
        // "third-quarter (2019) earnings": one token.
        if let Some(("first" | "second" | "third" | "fourth" | "1st" | "2nd" | "3rd" | "4th", "quarter")) = w.split_once('-') {
            return Some((if is_year(self.w(i + 1)) { i + 2 } else { i + 1 }, Label::Date));
        }
        // "the first half of 2025", "the second half of the year".
        let half = matches!(w, "first" | "second") && self.is(i + 1, "half") && self.is(i + 2, "of")
            && (is_year(self.w(i + 3)) || self.is(i + 3, "the") && self.is(i + 4, "year"));
        // "the first nine months (of the year)": a span of a period.
        let months = w == "first" && self.number(i + 1) == Some(i + 2) && matches!(self.lower(i + 2), "months" | "weeks" | "days");
        if matches!(w, "first" | "second" | "third" | "fourth" | "1st" | "2nd" | "3rd" | "4th") && (self.is(i + 1, "quarter") || half) || months {
            let e = if months { i + 3 } else { i + 2 };
            let e = if self.is(e, "of") && is_year(self.w(e + 1)) {
                e + 2
            } else if self.is(e, "of") && self.is(e + 1, "the") && self.is(e + 2, "year") {
                e + 3
            } else if is_year(self.w(e)) {
                e + 1
            } else {
                e
            };
            return Some((e, Label::Date));
        }
        None
    }

    /// A weekday named by the capitalised word before it, after a preposition: "on Super
    /// Tuesday", "since Black Friday", "on Good Friday" (not "on Senate Tuesday": a known
    /// name; not a given name or a title).
    fn named_day(&self, i: usize) -> bool {
        if i < self.start + 2 || !self.weekday(i) {
            return false;
        }
        let w = self.w(i - 1);
        let gaz = super::gazetteer::get();
        w.len() >= 3
            && w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).all(char::is_lowercase)
            && in_class(class::DATE_LEAD, self.doc.word(i - 2))
            && !self.doc.tokens[i - 1].hyphenated
            && !lists::months().contains(w)
            && !self.weekday(i - 1)
            && gaz.lookup_any_case(w).is_none()
            && !gaz.is_given_name(w)
            && !gaz.is_title(w)
    }

    /// "India Today", "USA Today": a capitalised day word ending a known name (a news
    /// outlet) is part of the name, no date.
    fn ends_known_name(&self, i: usize) -> bool {
        if i == self.start || !self.w(i).starts_with(|c: char| c.is_ascii_uppercase()) {
            return false;
        }
        let gaz = super::gazetteer::get();
        let end = self.doc.tokens[i].span.end;
        (i.saturating_sub(2).max(self.start)..i).any(|k| {
            let start = self.doc.tokens[k].span.start;
            gaz.name_at(self.doc.text, start).is_some_and(|(e, _)| e == end)
        })
    }

    /// Whether a name the gazetteer knows starts at token `i` and runs past it ("Sunday
    /// Times", "Christmas Island").
    fn starts_known_name(&self, i: usize) -> bool {
        let token = self.doc.tokens[i].span;
        super::gazetteer::get().name_at(self.doc.text, token.start).is_some_and(|(e, _)| e > token.end)
    }

    /// "the Sunday Times", "the January 6 Committee", "the Sunday Tribune": a day or month
    /// opening a known name, or a weekday before an organisation's head word, is no date.
    fn opens_name(&self, i: usize) -> bool {
        let w = self.w(i);
        if !w.starts_with(|c: char| c.is_ascii_uppercase()) || !(self.weekday(i) || lists::months().contains(w)) {
            return false;
        }
        if self.starts_known_name(i) {
            return true;
        }
        self.weekday(i) && i + 1 < self.end && self.doc.tokens[i + 1].breaks_before == 0 && lists::org_heads().contains(self.w(i + 1))
    }

    fn weekday(&self, i: usize) -> bool {
        let w = self.w(i);
        w.len() >= 6 && lists::weekdays().contains(w)
    }

    fn part_of_day(&self, i: usize) -> bool {
        matches!(self.lower(i), "morning" | "afternoon" | "evening" | "night" | "overnight")
    }

    /// Calendar dates: "Friday, July 21, 2017", "Oct. 8, 2013", "5 December 2019",
    /// "September 2010", "the fourth of December", "Wednesday", "August".
    fn calendar(&self, i: usize) -> Option<(usize, Label)> {
        let mut j = i;
        let mut weekday = false;
        if self.weekday(i) {
            weekday = true;
            j = i + 1;
            if self.w(j) == "," && (self.month(j + 1) || self.day(j + 1) && self.month(j + 2)) {
                j += 1;
            } else if self.part_of_day(j) {
                return Some((j + 1, Label::Time));
            } else if !(self.month(j) || self.day(j) && self.month(j + 1)) {
                return Some((j, Label::Date));
            }
        }
        if self.month(j) {
            let mut k = j + 1;
            if self.w(k) == "." && !self.space_before(k) {
                k += 1;
            }
            if self.day(k) {
                k += 1;
                // "Oct. 3–6": a range written with a spaced or separate dash.
                if matches!(self.w(k), "-" | "–") && self.day(k + 1) {
                    k += 2;
                }
                if self.w(k) == "," && is_year(self.w(k + 1)) {
                    k += 2;
                } else if is_year(self.w(k)) {
                    k += 1;
                }
                return Some((k, Label::Date));
            }
            if is_year(self.w(k)) {
                return Some((k + 1, Label::Date));
            }
            if self.lone_month(j) {
                return Some((j + 1, Label::Date));
            }
            return weekday.then_some((j, Label::Date));
        }
        // ("on 2 May.": after a day, "May" is the month whatever follows.)
        if self.day(j) && (self.month(j + 1) || self.w(j + 1) == "May") {
            let mut k = j + 2;
            // "3 Sept." keeps its dot; after "14 July" a dot ends the sentence.
            if self.w(k) == "." && !self.space_before(k) && (self.w(j + 1).len() == 3 && self.w(j + 1) != "May" || self.w(j + 1) == "Sept") {
                k += 1;
            }
            if is_year(self.w(k)) {
                k += 1;
            }
            return Some((k, Label::Date));
        }
        // "the fourth of December"
        if (self.lower_in(j, ORDINAL) || is_numeric_ordinal(self.w(j)))
            && self.is(j + 1, "of")
            && self.month(j + 2)
        {
            let mut k = j + 3;
            if is_year(self.w(k)) {
                k += 1;
            }
            return Some((k, Label::Date));
        }
        if self.lone_month(j) {
            return Some((j + 1, Label::Date));
        }
        weekday.then_some((j, Label::Date))
    }

    /// Relative dates: "last month", "past two years", "Earlier this week", "every year",
    /// "next Tuesday night", "this morning", "today", "twice a month".
    fn relative(&self, i: usize) -> Option<(usize, Label)> {
        let mut j = i;
        if self.is(j, "earlier") || self.is(j, "later") {
            if self.lower_in(j + 1, RELATIVE_DAY) {
                return Some((j + 2, Label::Date));
            }
            if self.lower_in(j + 1, DATE_MODIFIER) {
                j += 1;
            }
        } else if (self.is(j, "late") || self.is(j, "early")) && (self.is(j + 1, "last") || self.is(j + 1, "next") || self.is(j + 1, "this")) {
            // "late last month", "early next year"
            j += 1;
        }
        // "in the fall", "by summer", "in the spring of 2025": a season after a preposition of
        // time (not "in the fall of Kabul").
        if matches!(self.lower(i), "summer" | "winter" | "spring" | "autumn" | "fall") && i > self.start + 1 {
            let p = if self.is(i - 1, "the") { i - 2 } else { i - 1 };
            let year_after = self.is(i + 1, "of") && is_year(self.w(i + 2));
            if matches!(self.lower(p), "in" | "by" | "until" | "during" | "through" | "since") && (year_after || !self.is(i + 1, "of")) {
                return Some((if year_after { i + 3 } else { i + 1 }, Label::Date));
            }
        }
        // "over Christmas", "Christmas Day": a holiday named alone, capitalised ("lent" is a
        // verb), neither the first word of a known name ("Christmas Island") nor the last
        // of a capitalised run ("illustrator Johnnie Christmas").
        let after_capital = i > self.start && self.doc.tokens[i - 1].kind == TokenKind::Word && self.w(i - 1).starts_with(|c: char| c.is_uppercase());
        if self.lower_in(i, HOLIDAY) && self.w(i).starts_with(|c: char| c.is_ascii_uppercase()) && !after_capital {
            if self.starts_known_name(i) {
                return None;
            }
            return Some((if matches!(self.w(i + 1), "Day" | "Eve") { i + 2 } else { i + 1 }, Label::Date));
        }
        // "USA TODAY": a day word in capitals after a word in capitals ends a name.
        let in_capitals = |k: usize| self.w(k).len() > 1 && !self.w(k).chars().any(|c| !c.is_uppercase());
        // (Nor a programme's title: "the Today programme", "NBC's “Today” show".)
        let next = if matches!(self.w(i + 1), "”" | "\"") { i + 2 } else { i + 1 };
        let programme = self.w(i).starts_with(|c: char| c.is_uppercase())
            && (matches!(self.lower(next), "programme" | "program" | "show" | "podcast") || i > self.start + 1 && matches!(self.w(i - 1), "’s" | "'s") || i > self.start + 2 && matches!(self.w(i - 2), "’s" | "'s"));
        if self.lower_in(i, RELATIVE_DAY) && !(i > self.start && in_capitals(i) && in_capitals(i - 1)) && !self.ends_known_name(i) && !programme {
            if self.part_of_day(i + 1) {
                return Some((i + 2, Label::Time));
            }
            return Some((i + 1, Label::Date));
        }
        // Parts of a day are TIME, a bare "weekend" a DATE.
        if self.part_of_day(i) && self.w(i).chars().all(char::is_lowercase) && !self.is(i, "night")
        {
            return Some((i + 1, Label::Time));
        }
        if self.w(i) == "weekend" {
            return Some((i + 1, Label::Date));
        }
        // (Not the first word of a name: "Midnight Blizzard", "Noon Pharmacy".)
        let named = i + 1 < self.end && self.w(i).starts_with(|c: char| c.is_uppercase()) && self.w(i + 1).starts_with(|c: char| c.is_uppercase()) && !self.weekday(i + 1) && !self.month(i + 1);
        if (self.is(i, "tonight") || self.is(i, "midnight") || self.is(i, "noon")) && !named {
            return Some((i + 1, Label::Time));
        }
        // (Not a paper: "the pro-government daily Magyar Nemzet", "the daily Nation", "the
        // Clarín daily said".)
        let paper = |n: usize| self.w(n).starts_with(|c: char| c.is_uppercase());
        if self.lower_in(i, FREQUENCY)
            && self.w(i).chars().all(|c| c.is_lowercase())
            && !(matches!(self.w(i), "daily" | "weekly") && (paper(i + 1) || i > self.start && paper(i - 1)))
        {
            return Some((i + 1, Label::Date));
        }
        // "twice a month", "three times a year"
        let times_end = if self.is(i, "once") || self.is(i, "twice") || self.is(i, "thrice") {
            Some(i + 1)
        } else {
            self.number(i)
                .filter(|&k| self.is(k, "times"))
                .map(|k| k + 1)
        };
        if let Some(k) = times_end {
            if (self.is(k, "a") || self.is(k, "per") || self.is(k, "every") || self.is(k, "each"))
                && self.lower_in(k + 1, DATE_UNIT)
            {
                return Some((k + 2, Label::Date));
            }
        }
        // "expected to last two weeks", "could last a few days": the verb, no modifier ("up
        // to last year" is one).
        let verb_last = self.is(j, "last")
            && j > self.start
            && in_class(class::BEFORE_LAST, self.lower(j - 1))
            && !self.lower_in(j + 1, DATE_UNIT);
        let modifier =
            (self.lower_in(j, DATE_MODIFIER) && !verb_last) || self.is(j, "every") || self.is(j, "each");
        if modifier {
            let mut k = j + 1;
            if let Some(n) = self.number(k) {
                k = n;
            } else if self.is(k, "few") || self.is(k, "several") || self.is(k, "couple") {
                k += 1;
                if self.is(k, "of") {
                    k += 1;
                }
            }
            // "this fiscal year", "last financial quarter"
            if k == j + 1 && matches!(self.lower(k), "fiscal" | "financial" | "calendar" | "academic" | "school") && self.lower_in(k + 1, DATE_UNIT) {
                k += 1;
            }
            if self.lower_in(k, DATE_UNIT) {
                let mut e = k + 1;
                if self.weekday(e) {
                    e += 1;
                }
                return Some((e, Label::Date));
            }
            if self.lower_in(k, TIME_UNIT) && k == j + 1
                || matches!(self.lower(k), "hours" | "minutes")
            {
                return Some((k + 1, Label::Time));
            }
            if k == j + 1 && self.weekday(k) {
                if self.part_of_day(k + 1) {
                    return Some((k + 2, Label::Time));
                }
                return Some((k + 1, Label::Date));
            }
            if k == j + 1 && self.lone_month(k) && !self.is(j, "every") {
                return Some((k + 1, Label::Date));
            }
        }
        // "the end of 2025", "the end of June", "early 2026": a part of a named year or month.
        let part_of = matches!(self.lower(i), "end" | "beginning" | "start" | "middle") && self.is(i + 1, "of");
        if part_of || (matches!(self.lower(i), "early" | "late") && is_year(self.w(i + 1))) {
            let k = i + 1 + usize::from(part_of);
            if let Some((e, Label::Date)) = self.calendar(k).or_else(|| self.one_token(k)) {
                return Some((e, Label::Date));
            }
        }
        // "end of the year", "end of the day Saturday"
        if part_of
            && (self.is(i + 2, "the")
                || self.is(i + 2, "this")
                || self.is(i + 2, "last")
                || self.is(i + 2, "next"))
            && self.lower_in(i + 3, DATE_UNIT)
        {
            let mut e = i + 4;
            if self.weekday(e) {
                e += 1;
            }
            return Some((e, Label::Date));
        }
        None
    }

    /// Where the time zone after a clock time at `e` ends: "GMT", "Pacific time" (`e` itself
    /// when none follows; "local time" is no zone, left out as rules.jsonl says).
    fn zone_end(&self, e: usize) -> usize {
        if is_time_zone(self.w(e)) {
            e + 1
        } else if self.w(e + 1) == "time" && matches!(self.w(e), "Pacific" | "Eastern" | "Central" | "Mountain") {
            e + 2
        } else {
            e
        }
    }

    /// Clock times: "9:30 a.m.", "2 a.m.", "6:00am", "1435 GMT", "15:11 GMT".
    fn clock(&self, i: usize) -> Option<(usize, Label)> {
        let w = self.w(i);
        if self.kind(i) != Some(TokenKind::Number) {
            return None;
        }
        let (is_clock, clock_before_unit) = clock_token(w);
        let hour_only = is_digits(w) && w.len() <= 2;
        let four_digits = is_digits(w) && w.len() == 4;
        let next = self.w(i + 1);
        if (clock_before_unit || hour_only) && is_meridiem(next) {
            return Some((self.zone_end(i + 2), Label::Time));
        }
        if (clock_before_unit || four_digits) && self.zone_end(i + 1) > i + 1 {
            return Some((self.zone_end(i + 1), Label::Time));
        }
        if is_clock {
            return Some((i + 1, Label::Time));
        }
        None
    }

    /// Token-internal forms: "37-year-old", "six-month", "20-minute", "1990s", "2000-2050", "1-0".
    fn one_token(&self, i: usize) -> Option<(usize, Label)> {
        let w = self.w(i);
        // "2.5pc": British papers' percentage, glued.
        if w.strip_suffix("pc").is_some_and(is_plain_number) {
            return Some((i + 1, Label::Percent));
        }
        // "the 2024/25 season", "fiscal 2023/2024": a season or fiscal year across two years.
        if let Some((a, b)) = w.split_once('/').filter(|(a, _)| is_year(a)) {
            let next = a.parse::<u32>().map_or(0, |y| y + 1);
            if b.parse::<u32>().is_ok_and(|y| is_digits(b) && (b.len() == 2 && y == next % 100 || b.len() == 4 && y == next)) {
                return Some((i + 1, Label::Date));
            }
        }
        if w.contains('-') {
            // The document's lower case where it is the same (ASCII words), without a copy.
            let lower: std::borrow::Cow<str> = match self.doc.lower(i) {
                form if w.is_ascii() && !form.is_empty() => form.into(),
                _ => w.to_ascii_lowercase().into(),
            };
            let parts: Vec<&str> = lower.split(['-', '‐', '‑']).collect();
            // "mid-2016", "mid-1980s", "late-March": a part of a year, decade or month.
            if let [part, when] = parts[..] {
                let decade = when.strip_suffix('s').is_some_and(|d| is_digits(d) && d.len() == 4 && d.ends_with('0'));
                let month = w.split_once(['-', '‐', '‑']).is_some_and(|(_, m)| m.len() > 3 && lists::months().contains(m));
                if matches!(part, "mid" | "early" | "late") && (is_year(when) || decade || month) {
                    return Some((i + 1, Label::Date));
                }
            }
            let numeric = |p: &str| is_digits(p) || lists::number_words().contains(p);
            if parts.len() >= 2 && numeric(parts[0]) {
                let unit_at = if parts.len() >= 3 && numeric(parts[1]) {
                    2
                } else {
                    1
                };
                let unit = parts[unit_at];
                let rest = &parts[unit_at + 1..];
                let unit_date = matches!(
                    unit,
                    "year"
                        | "month"
                        | "week"
                        | "day"
                        | "decade"
                        | "years"
                        | "months"
                        | "weeks"
                        | "days"
                );
                let unit_time = matches!(unit, "hour" | "minute" | "second");
                if unit_date && (rest.is_empty() || rest == ["old"]) {
                    return Some((i + 1, Label::Date));
                }
                if unit_time && rest.is_empty() {
                    return Some((i + 1, Label::Time));
                }
                // ("2025-03-12": a date written the ISO way.)
                let iso = parts.len() == 3 && parts[1..].iter().all(|p| p.len() == 2 && is_digits(p));
                if is_year(parts[0]) && (iso || parts.len() == 2 && is_digits(parts[1]) && (parts[1].len() == 4 || parts[1].len() == 2))
                {
                    return Some((i + 1, Label::Date));
                }
                if parts.len() == 2
                    && is_digits(parts[0])
                    && is_digits(parts[1])
                    && parts[0].len() <= 2
                    && parts[1].len() <= 2
                {
                    return Some((i + 1, Label::Cardinal));
                }
            }
        }
        if self.kind(i) == Some(TokenKind::Number) {
            // "1990s", "80s"
            if let Some(d) = w.strip_suffix(['s', 'S']) {
                if is_digits(d) && (d.len() == 4 || d.len() == 2) && d.ends_with('0') {
                    return Some((i + 1, Label::Date));
                }
            }
            if is_numeric_ordinal(w) {
                if self.is(i + 1, "minute") {
                    return Some((i + 2, Label::Time));
                }
                if self.lower_in(i + 1, DATE_UNIT) {
                    return Some((i + 2, Label::Date));
                }
                return Some((i + 1, Label::Ordinal));
            }
            if is_year(w) {
                // "2004-2009" is one token and one date; "2006 to 2009" two dates.
                if matches!(self.w(i + 1), "-" | "–" | "—") && is_year(self.w(i + 2)) {
                    return Some((i + 3, Label::Date));
                }
                // A year, unless it counts things: "1709 schoolchildren", "2000 people".
                let prev = if i > self.start {
                    self.doc.word(i - 1)
                } else {
                    ""
                };
                let date_preposition = lists::year_prepositions().contains(prev);
                let next = self.w(i + 1);
                let counts_things = next.chars().next().is_some_and(char::is_lowercase)
                    && next.ends_with('s')
                    && !next.ends_with("ss")
                    && !matches!(
                        next,
                        "was" | "is" | "has" | "as" | "elections" | "years" | "levels" | "polls" | "midterms" | "primaries" | "caucuses"
                    );
                let early = w.as_bytes()[0] == b'1' && w.as_bytes()[1] < b'8';
                if date_preposition || !(counts_things || early) {
                    return Some((i + 1, Label::Date));
                }
            }
        }
        None
    }

    fn ordinal_word(&self, i: usize) -> Option<(usize, Label)> {
        let w = self.w(i);
        if w.chars().all(char::is_lowercase) && lists::ordinal_words().contains(w) {
            if self.is(i + 1, "minute") {
                return Some((i + 2, Label::Time));
            }
            if self.is(i + 1, "day") || self.is(i + 1, "week") || self.is(i + 1, "year") {
                return Some((i + 2, Label::Date));
            }
            if w == "second" && (self.is(i + 1, "half") || self.w(i + 1).is_empty()) {
                return None;
            }
            return Some((i + 1, Label::Ordinal));
        }
        None
    }

    /// "hundreds", "thousands", "dozens", "millions".
    fn vague_count(&self, i: usize) -> Option<(usize, Label)> {
        // ("Thousands of people marched": at a sentence's start too.)
        let w = self.lower(i);
        if matches!(
            w,
            "hundreds" | "thousands" | "dozens" | "millions" | "billions" | "tens"
        ) {
            let mut e = i + 1;
            if self.is(e, "of") && matches!(self.w(e + 1), "thousands" | "millions" | "billions") {
                e += 2;
            }
            // "billions of dollars", "tens of thousands of euros": an amount of money.
            if self.is(e, "of") && self.lower_in(e + 1, CURRENCY) {
                return Some((e + 2, Label::Money));
            }
            return Some((e, Label::Cardinal));
        }
        None
    }

    /// Whether any pattern can start at `i`: a number, a currency sign or one of the
    /// words that start dates and amounts. Most tokens fail this one lookup.
    fn may_start(&self, i: usize) -> bool {
        self.marks[i] & MAY_START != 0
    }

    /// The longest pattern starting at `i`.
    fn at(&self, i: usize) -> Option<(usize, usize, Label)> {
        if !self.may_start(i) {
            return None;
        }
        if self.opens_name(i) {
            return None;
        }
        // Modified amounts: the modifier belongs to amounts, durations and counts.
        let m = self.modifier(i);
        // "around 3 a.m.": a clock time is a point, like a date; the modifier stays out.
        if m > 0 && self.clock(i + m).is_some() {
            return None;
        }
        if m > 0 {
            if let Some((e, label)) = self.amount(i + m).or_else(|| self.article_duration(i + m)) {
                return Some((i, e, label));
            }
            // "about 2016": the modifier stays out of a single date.
        }
        // "aged 14", "at age seventeen": ages are DATE.
        if (self.is(i, "aged") || self.is(i, "age"))
            && self.number(i + 1) == Some(i + 2)
            && self.number_range(i + 1) == Some(i + 2)
            && !self.lower_in(i + 2, DATE_UNIT)
        {
            return Some((i + 1, i + 2, Label::Date));
        }
        if let Some(e) = self.age(i) {
            return Some((i, e, Label::Date));
        }
        let candidates = [
            self.relative(i),
            self.calendar(i),
            self.clock(i),
            self.one_token(i),
            self.article_duration(i),
            self.amount(i),
            self.ordinal_word(i),
            self.vague_count(i),
            self.quarter(i),
        ];
        // The longest wins; on a tie, the earlier pattern in this list.
        let mut best: Option<(usize, Label)> = None;
        for (e, l) in candidates.into_iter().flatten() {
            if best.is_none_or(|(b, _)| e > b) {
                best = Some((e, l));
            }
        }
        best.map(|(e, l)| (i, e, l))
    }
}

/// What a word can be in a date, time or amount (bits, any case).
const STARTS: u16 = 1;
/// Words that every pattern holds at least one of (a number, a unit, a month, "today"...),
/// except the patterns that start with one: "about", "a", "this", "at" and the other
/// common words that can lead a pattern only try when one of these follows closely.
const ANCHOR: u16 = 2;
/// The first word of an amount modifier ("more" of "more than"), in any case: `Scan::modifier`
/// compares the rest.
const MODIFIER: u16 = 4;
/// A number word ("twenty"), in any case.
const NUMBER: u16 = 8;
/// Membership of the word lists the patterns ask about (`Scan::lower_in`), in any case.
const CURRENCY: u16 = 1 << 4;
const DATE_MODIFIER: u16 = 1 << 5;
const DATE_UNIT: u16 = 1 << 6;
const FREQUENCY: u16 = 1 << 7;
const MULTIPLIER: u16 = 1 << 8;
const ORDINAL: u16 = 1 << 9;
const RELATIVE_DAY: u16 = 1 << 10;
const TIME_UNIT: u16 = 1 << 11;
const HOLIDAY: u16 = 1 << 14;
const LISTS: u16 = CURRENCY | DATE_MODIFIER | DATE_UNIT | FREQUENCY | MULTIPLIER | ORDINAL | RELATIVE_DAY | TIME_UNIT | HOLIDAY;
/// Marks of a token (`pattern_starts`), besides its word's roles: whether a pattern may
/// start there, and whether it is a word with a hyphen.
const MAY_START: u16 = 1 << 12;
const COMPOUND: u16 = 1 << 13;
/// How far after a leading word its pattern's anchor can be: "as many as 50",
/// "the end of next month" ("end" .. "month").
const ANCHOR_WINDOW: usize = 4;

/// The first word of each amount modifier ("more" of "more than").
fn modifier_first_words() -> impl Iterator<Item = &'static str> {
    lists::amount_modifiers().iter().filter_map(|m| m.first()).map(String::as_str)
}

/// The words with a role, and their first three bytes (`Prefixes`).
struct WordRoles {
    table: Table<u16>,
    prefixes: Prefixes,
    /// The first characters of the entries of the word lists (`LISTS`) in lower case, the
    /// ASCII ones as bits: a token starting with another ASCII character is in none.
    list_firsts: u128,
}

impl WordRoles {
    /// The lists (`LISTS`) holding a number or a sign ("5", "%"), in any case. The lists hold
    /// words: most numbers and signs are ruled out by their first character.
    fn lists_of_non_word(&self, w: &str) -> u16 {
        match w.as_bytes().first() {
            Some(&b) if b.is_ascii() && self.list_firsts & (1 << b.to_ascii_lowercase()) == 0 => 0,
            _ => self.get(w) & LISTS,
        }
    }

    #[inline]
    fn get(&self, w: &str) -> u16 {
        if !self.prefixes.admits(w) {
            return 0;
        }
        self.table.get(w).copied().unwrap_or(0)
    }
}

/// The first three bytes (ASCII, any case) and length up to three of every word with a
/// role, hashed to a bit: most words of a text ("the", "said") share none with any, and
/// a bit test says so before the table is hashed. A word whose first bytes are not ASCII
/// is always let through, and so is every word once an entry's are not (the Unicode fold
/// could then make an ASCII word equal to it).
struct Prefixes {
    bits: [u64; 64],
    open: bool,
}

impl Prefixes {
    fn bit(w: &str) -> Option<usize> {
        // The first three bytes as one number (asked of nearly every word): read as four at
        // once from most words, gathered a byte at a time from shorter ones.
        let bytes = w.as_bytes();
        let first = match bytes.get(..4) {
            Some(four) => crate::bytes::u32_le(four) & 0x00ff_ffff,
            None => bytes.iter().rev().fold(0, |x, &b| x << 8 | u32::from(b)),
        };
        if first & 0x0080_8080 != 0 || bytes.is_empty() {
            return None; // not ASCII, or no word (let through, as before)
        }
        // Any case: 0x20 set in every byte (which joins a few signs with others too, and
        // only lets more words through), and the length up to three in the top byte.
        let key = (first | 0x0020_2020) | (bytes.len().min(3) as u32) << 24;
        Some((key.wrapping_mul(0x9e37_79b1) >> 20) as usize)
    }

    fn add(&mut self, w: &str) {
        match Prefixes::bit(w) {
            Some(bit) => self.bits[bit / 64] |= 1 << (bit % 64),
            None => self.open = true,
        }
    }

    fn admits(&self, w: &str) -> bool {
        self.open || Prefixes::bit(w).is_none_or(|bit| self.bits[bit / 64] & (1 << (bit % 64)) != 0)
    }
}

fn word_roles() -> &'static WordRoles {
    static TABLE: std::sync::OnceLock<WordRoles> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut modifiers = String::new();
        for w in modifier_first_words() {
            modifiers.push_str(w);
            modifiers.push('\n');
        }
        let lists: [(&'static str, u16); 18] = [
            (keep_for_process(modifiers), STARTS | MODIFIER),
            (crate::data!("entities/date_modifiers.txt"), STARTS | DATE_MODIFIER),
            (crate::data!("entities/number_words.txt"), STARTS | ANCHOR | NUMBER),
            (crate::data!("entities/ordinal_words.txt"), STARTS | ANCHOR | ORDINAL),
            (crate::data!("entities/relative_days.txt"), STARTS | ANCHOR | RELATIVE_DAY),
            (crate::data!("entities/holidays.txt"), STARTS | ANCHOR | HOLIDAY),
            (crate::data!("entities/frequency_words.txt"), STARTS | ANCHOR | FREQUENCY),
            (crate::data!("entities/months.txt"), STARTS | ANCHOR),
            (crate::data!("entities/weekdays.txt"), STARTS | ANCHOR),
            (crate::data!("entities/time_units.txt"), STARTS | ANCHOR | TIME_UNIT),
            ("a\nan\naged\nage\nend\nbeginning\nstart\nmiddle\nearlier\nlater\nevery\neach\n", STARTS),
            (crate::data!("entities/currency_codes.txt"), STARTS),
            ("half\nonce\ntwice\nthrice\nhundreds\nthousands\ndozens\nmillions\nbillions\ntens\nweekend\nq1\nq2\nq3\nq4\n", STARTS | ANCHOR),
            ("fiscal\nsummer\nwinter\nspring\nautumn\nfall\n", STARTS),
            (crate::data!("entities/date_units.txt"), ANCHOR | DATE_UNIT),
            (crate::data!("entities/multipliers.txt"), ANCHOR | MULTIPLIER),
            (crate::data!("entities/currencies.txt"), ANCHOR | CURRENCY),
            ("percent\nper\n", ANCHOR),
        ];
        let capacity = lists.iter().map(|(d, _)| d.len() / 4).sum();
        let mut table = Table::new(Fold::Unicode, capacity);
        let mut prefixes = Prefixes { bits: [0; 64], open: false };
        let mut list_firsts = 0;
        for (data, role) in lists {
            for (word, _) in entries(data) {
                *table.insert(word, 0) |= role;
                prefixes.add(word);
                let first = word.chars().next().and_then(|c| c.to_lowercase().next());
                if let Some(c) = first.filter(|c| c.is_ascii() && role & LISTS != 0) {
                    list_firsts |= 1 << u32::from(c);
                }
            }
        }
        WordRoles { table, prefixes, list_firsts }
    })
}

/// Per token, whether a date, time or amount may start there (`MAY_START`), with the roles
/// the patterns ask of it again (`COMPOUND`, `MODIFIER`, `NUMBER`). One lookup per word; a
/// common word that can lead a pattern ("a", "about", "at") only counts when an anchor
/// (a number, unit, month...) follows within `ANCHOR_WINDOW` tokens, which spares the
/// pattern functions most of their calls.
fn pattern_starts(doc: &Document) -> Vec<u16> {
    let roles = word_roles();
    let n = doc.tokens.len();
    let mut marks = vec![0; n];
    let mut next_anchor = usize::MAX;
    for i in (0..n).rev() {
        let w = doc.word(i);
        let word = doc.tokens[i].kind == TokenKind::Word;
        // "two-dozen", "mid-2016": compounds are looked into by the patterns.
        let compound = word && doc.tokens[i].hyphenated;
        // "RM112,000": an amount in one word, and an anchor for "an estimated" before it.
        let glued = word && w.as_bytes()[0].is_ascii_uppercase() && may_end_glued_amount(w.as_bytes()[w.len() - 1]) && glued_currency_code(w).is_some();
        let (role, anchor, lists) = match doc.tokens[i].kind {
            // Numbers and signs have roles of their own; their list memberships are for
            // `Scan::lower_in`.
            TokenKind::Number => (STARTS, true, roles.lists_of_non_word(w)),
            TokenKind::Punct => {
                let currency = is_currency_symbol(w);
                (if currency { STARTS } else { 0 }, currency, roles.lists_of_non_word(w))
            }
            TokenKind::Word => {
                let role = roles.get(w);
                (role, role & ANCHOR != 0 || compound || glued, 0)
            }
        };
        // A currency code stuck to a sign ("US$", "HK$") is the one pattern a short capitalised
        // word without a role starts (`Scan::amount`).
        let code_before_sign = || {
            doc.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Punct && !t.space_before)
                && is_currency_symbol(doc.word(i + 1))
        };
        let starts = (role & STARTS != 0 && (anchor || next_anchor - i <= ANCHOR_WINDOW))
            || compound
            || (word && w.len() <= 3 && w.bytes().all(|c| c.is_ascii_uppercase()) && code_before_sign())
            || glued;
        marks[i] = role
            | lists
            | if starts { MAY_START } else { 0 }
            | if compound { COMPOUND } else { 0 };
        if anchor {
            next_anchor = i;
        }
    }
    marks
}

/// All dates, times and amounts in the document, in text order, non-overlapping.
pub fn find(doc: &Document) -> Vec<Found> {
    // Room for a date or amount every 32 tokens (more than most articles have): no regrowth.
    let mut found = Vec::with_capacity(doc.tokens.len() / 32);
    let marks = pattern_starts(doc);
    for s in &doc.sentences {
        let scan = Scan {
            doc,
            start: s.tokens.start,
            end: s.tokens.end,
            marks: &marks,
            last_number: std::cell::Cell::new(None),
        };
        let mut i = s.tokens.start;
        while i < s.tokens.end {
            // Asked here, not only in `at`: most tokens start nothing, and a call of
            // that large function costs more than its test.
            if !scan.may_start(i) {
                i += 1;
                continue;
            }
            match scan.at(i) {
                // "[12]": a reference marker, no number of the text's.
                Some((start, end, Label::Cardinal)) if start > 0 && end == start + 1 && doc.word(start - 1) == "[" && end < s.tokens.end && doc.word(end) == "]" => i = end,
                Some((start, end, label)) if end > start => {
                    // A year inside a modified count ("about 2016") stays a year.
                    // Not before a plural noun: "at least 1650 soldiers" counts them.
                    let counted = end < s.tokens.end && {
                        let next = doc.word(end);
                        next.len() > 3 && next.ends_with('s') && next.bytes().all(|b| b.is_ascii_lowercase())
                    };
                    let (start, label) = if label == Label::Cardinal
                        && scan.modifier(start) > 0
                        && end == start + scan.modifier(start) + 1
                        && is_year(doc.word(end - 1))
                        && !counted
                    {
                        (end - 1, Label::Date)
                    } else {
                        (start, label)
                    };
                    let start = if label == Label::Date && end == start + 1 && scan.named_day(start) { start - 1 } else { start };
                    found.push(Found {
                        span: doc.span_of(start, end),
                        label,
                    });
                    i = end;
                }
                _ => i += 1,
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_prefixes_let_every_role_word_through_in_any_case() {
        let roles = word_roles();
        assert!(!roles.prefixes.open);
        for w in ["January", "jan", "about", "a", "an", "twenty", "percent", "per", "rs.", "today"] {
            assert!(roles.table.get(w).is_some(), "{w}");
            for form in [w.to_string(), w.to_uppercase(), w.to_lowercase()] {
                assert!(roles.prefixes.admits(&form), "{form}");
                assert_eq!(roles.get(&form), roles.table.get(&form).copied().unwrap_or(0), "{form}");
            }
        }
        assert!(roles.prefixes.admits("Ärger") && roles.prefixes.admits(""));
        let common = ["the", "said", "and", "of", "to", "in", "that", "for", "with", "he", "was", "his"];
        assert!(common.iter().filter(|w| !roles.prefixes.admits(w)).count() >= common.len() / 2);
    }

    #[test]
    fn every_glued_amount_passes_its_last_byte_test() {
        for code in ["RM", "KSh", "Rs", "R", "N", "P", "Rp", "XYZ"] {
            for amount in ["2", "400", "5bn", "2.5tn", "1,5trn", "300m", "40mn", "10k", "9x", "5bnx", "2.5"] {
                let w = format!("{code}{amount}");
                let last = *w.as_bytes().last().unwrap();
                assert!(glued_currency_code(&w).is_none() || may_end_glued_amount(last), "{w}");
            }
        }
    }

    fn spans(text: &str) -> Vec<(String, Label)> {
        let doc = Document::parse(text);
        find(&doc)
            .into_iter()
            .map(|f| (f.span.text(text).to_string(), f.label))
            .collect()
    }

    fn has(text: &str, want: &str, label: Label) {
        let got = spans(text);
        assert!(
            got.iter().any(|(t, l)| t == want && *l == label),
            "{want:?} {label:?} not in {got:?}"
        );
    }

    #[test]
    fn dates() {
        has(
            "Voters went to the polls on March 3, 2024.",
            "March 3, 2024",
            Label::Date,
        );
        has("It was built in the 1990s.", "1990s", Label::Date);
        has("idle since about 2016.", "2016", Label::Date);
        has("The court will rule on Tuesday.", "Tuesday", Label::Date);
        has("workers last month.", "last month", Label::Date);
        has("A 37-year-old man", "37-year-old", Label::Date);
        has("serving a six-month ban", "six-month", Label::Date);
        has("sail twice a month.", "twice a month", Label::Date);
        has(
            "Earlier this week, he left.",
            "Earlier this week",
            Label::Date,
        );
        has("over the past two years.", "past two years", Label::Date);
        has(
            "On Friday, July 21, 2017 it rained.",
            "Friday, July 21, 2017",
            Label::Date,
        );
        has(
            "signed on Oct. 8, 2013 in Conakry",
            "Oct. 8, 2013",
            Label::Date,
        );
        has(
            "by the fourth of December.",
            "fourth of December",
            Label::Date,
        );
        has("for nearly two decades.", "nearly two decades", Label::Date);
        has("He is 19 year old.", "19 year old", Label::Date);
        has("The report is published daily.", "daily", Label::Date);
        has("from 2004 to 2009.", "2004", Label::Date);
        has("from 2004 to 2009.", "2009", Label::Date);
        has("over 2000-2050 on", "2000-2050", Label::Date);
        has(
            "He will meet next week Wednesday.",
            "next week Wednesday",
            Label::Date,
        );
    }

    #[test]
    fn times() {
        has("halted at 9:30 a.m. on Friday", "9:30 a.m.", Label::Time);
        has("on Wednesday night and", "Wednesday night", Label::Time);
        has("by the evening.", "evening", Label::Time);
        has("up at 6:00am daily", "6:00am", Label::Time);
        has("trading at 1435 GMT.", "1435 GMT", Label::Time);
        has(
            "lasted about five minutes.",
            "about five minutes",
            Label::Time,
        );
        has("in the 20th minute.", "20th minute", Label::Time);
    }

    #[test]
    fn amounts() {
        has(
            "paid more than $2.5 billion for",
            "more than $2.5 billion",
            Label::Money,
        );
        has("spend €40 million on", "€40 million", Label::Money);
        has("paid US$20,000 to", "US$20,000", Label::Money);
        has("fell 97 cents to", "97 cents", Label::Money);
        has(
            "fell almost 40 per cent.",
            "almost 40 per cent",
            Label::Percent,
        );
        has("reached 12.5% in May.", "12.5%", Label::Percent);
        has("Some 1,700 candidates", "Some 1,700", Label::Cardinal);
        has("more than 1 000 cases", "more than 1 000", Label::Cardinal);
        has(
            "attacks on hundreds of targets",
            "hundreds",
            Label::Cardinal,
        );
        has(
            "cost over 422,000 euros",
            "over 422,000 euros",
            Label::Money,
        );
    }
}

    #[test]
    fn leading_words_start_a_pattern_only_near_an_anchor() {
        let doc = Document::parse("Then a man said it was about 300, as many as 50 a year, at the end of next month, the two-dozen.");
        let marks = pattern_starts(&doc);
        let starting: Vec<&str> = (0..doc.tokens.len()).filter(|&i| marks[i] & MAY_START != 0).map(|i| doc.word(i)).collect();
        assert_eq!(starting, ["about", "300", "as", "as", "50", "a", "end", "next", "two-dozen"]);
        // A short capitalised word starts a pattern only as a currency code stuck to a sign.
        let doc = Document::parse("The FBI paid HK$ 20 and US$5 to A US $ fund.");
        let marks = pattern_starts(&doc);
        let starting: Vec<&str> = (0..doc.tokens.len()).filter(|&i| marks[i] & MAY_START != 0).map(|i| doc.word(i)).collect();
        assert_eq!(starting, ["HK", "$", "20", "US", "$", "5", "A", "$"]);
    }
