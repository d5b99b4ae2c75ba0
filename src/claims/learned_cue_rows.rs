// The learned cue rows of `src/data/cues/reporting_verbs.txt` the annotator keeps. Included
// by `claims/cues.rs` and by `build.rs` (which leaves the other rows out of the binary).

/// A learned reporting form is used as a cue only when at least this share of its
/// occurrences in PolNeAR train were gold cues (in thousandths: the rows' precisions are
/// read as whole numbers, which keeps float parsing out of the wasm module).
pub const MIN_PRECISION: u32 = 450;
/// ... and when it was a gold cue at least this often.
pub const MIN_GOLD: usize = 4;

/// `(gold count, precision outside quotations in thousandths)` from a data line's value
/// columns (`lemma gold occ precision gold_out occ_out precision_out`); the overall
/// precision stands in where the outside-quotation one is missing.
pub fn cols(value: &str) -> (usize, u32) {
    let c: Vec<&str> = value.split('\t').collect();
    let gold = c.get(1).and_then(|g| g.parse().ok()).unwrap_or(0);
    let p = c.get(6).or(c.get(3)).and_then(|p| thousandths(p)).unwrap_or(0);
    (gold, p)
}

/// "0.923" -> 923, "1.000" -> 1000, "0.5" -> 500: a precision as the scripts write it.
pub fn thousandths(decimal: &str) -> Option<u32> {
    let (whole, fraction) = decimal.trim().split_once('.').unwrap_or((decimal.trim(), ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let whole: u32 = whole.parse().ok()?;
    let digits = fraction.bytes().chain(std::iter::repeat(b'0')).take(3);
    Some(digits.fold(whole, |n, d| n * 10 + u32::from(d - b'0')))
}

/// The precision (thousandths) of a learned row the annotator uses as a cue, `None` for a
/// row it leaves out: under the thresholds, or a form no verb cue can be.
pub fn kept_precision(form: &str, value: &str) -> Option<u32> {
    let (gold, p) = cols(value);
    (p >= MIN_PRECISION && gold >= MIN_GOLD && usable_verb_form(form)).then_some(p)
}

/// Closed-class and non-verb forms never used as attributed verb cues, whatever their
/// learned precision ("statement", "repeatedly").
fn usable_verb_form(form: &str) -> bool {
    const SUFFIXES: [&str; 17] = [
        "ly", "ment", "tion", "ism", "ity", "ness", "ion", "ions", "nce", "ant", "ent", "ive",
        "ous", "ful", "er", "ers", "ary",
    ];
    const NOT_VERBS: [&str; 60] = [
        "according",
        "accord",
        "known",
        "clear",
        "question",
        "view",
        "name",
        "named",
        "read",
        "went",
        "talking",
        "call",
        "calls",
        "states",
        "made",
        "make",
        "see",
        "saw",
        "know",
        "knew",
        "got",
        "get",
        "gave",
        "took",
        "came",
        "letter",
        "poll",
        "polls",
        "survey",
        "words",
        "tweet",
        "interview",
        "remarks",
        "speech",
        "comments",
        "report",
        "reports",
        "eager",
        "wary",
        "keen",
        "adamant",
        "assumption",
        "complaints",
        "chants",
        "ruled",
        "titled",
        "dubbed",
        "labeled",
        "nominated",
        "listed",
        "balked",
        "pivoted",
        "singled",
        "distanced",
        "aiming",
        "lays",
        "angered",
        "restricting",
        "negotiated",
        "convinced",
    ];
    !(form.contains(' ') || SUFFIXES.iter().any(|s| form.ends_with(s)) || NOT_VERBS.contains(&form))
}

#[cfg(test)]
mod learned_row_tests {
    use super::*;

    #[test]
    fn precisions_read_in_thousandths() {
        assert_eq!(thousandths("0.923"), Some(923));
        assert_eq!(thousandths("1.000"), Some(1000));
        assert_eq!(thousandths("0.5"), Some(500));
        assert_eq!(thousandths("1"), Some(1000));
        assert_eq!(thousandths("0.1234"), None);
        assert_eq!(cols("say\t4480\t4853\t0.923\t4474\t4657\t0.961"), (4480, 961));
        assert_eq!(kept_precision("say", "say\t4\t8\t0.5"), Some(500));
        assert_eq!(kept_precision("say", "say\t3\t3\t1.000"), None);
        assert_eq!(kept_precision("statement", "state\t9\t9\t1.000"), None);
    }
}
