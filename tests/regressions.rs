//! Inputs that once broke the annotator, each named after what it broke (most found by
//! `make fuzz`; the fuzz target and these tests check the same invariants, in
//! `tests/common`). Add new ones at the end, with where they came from.
//!
//! Fuzz inputs cut from the shared corpora are not copied here (their licences forbid
//! it): such a test holds a hand-written text that breaks the same way.

mod common;

use common::check;

/// fuzz/annotate crash-f3507afd, crash-a9e2b635: a claim noun ("reports", "denials") as
/// the very last token; the noun-cue pattern read the token after it
/// (`self.w(i + 1.min(hi))` is `self.w(i + 1)`): "index out of bounds: the len is 4 but
/// the index is 4" in `Document::word`, via `claims::cues::low`. Fixed by making `low`
/// return "" past the last token.
#[test]
fn claim_noun_as_last_token() {
    check("Government dismisses Covid-19 reports");
    check("\u{fffd}\u{4}\u{fffd}l\u{fffd}denials");
    check("reports");
    check("The allegations");
    check("Smith's denial");
}

/// fuzz/annotate crash-ec4a2a50 ("IS"), crash-e70e075c ("''It"): a one- or two-token
/// sentence; the sentence patterns looked one token past the end of the text (the same
/// `claims::cues::low` panic).
#[test]
fn claim_patterns_on_tiny_sentences() {
    for text in [
        "IS",
        "''It",
        "It",
        "\"",
        "He said",
        "said",
        "On",
        "according",
        "According to",
    ] {
        check(text);
    }
}

/// fuzz/annotate crash-09f8d3dd, crash-decad486 (cut from corpus articles): a verb cue
/// that takes a preposition ("accused of", "charged with") or names something ("calling
/// it") as the last token of the text (the same `claims::cues::low` panic).
#[test]
fn claim_verb_cue_as_last_token() {
    for text in [
        "Pope Francis calling",
        "He was accused",
        "She was suspected",
        "They charged",
        "He was indicted",
        "The minister was convicted",
        "“If they wait,” he added. Pope Francis calling",
    ] {
        check(text);
    }
}

/// fuzz/annotate crash-556f6caa, crash-a1636445, crash-ce0772c6 (minimised to
/// "claim that;"): a claim noun, "that", then at once a comma or semicolon left the
/// content empty and `Document::span_of(start, start)` failed its debug assertion
/// "from < to" (release builds dropped the reversed span; `cargo test` panicked).
#[test]
fn noun_cue_with_empty_content() {
    for text in [
        "claim that;",
        "Claim that ,",
        "He responded to accusations that, he said, were false.",
        "Regulators are examining claims that; the company lied.",
    ] {
        check(text);
    }
}

/// Session 21's own rules, found by the debug run of `tests/properties.rs` in CI
/// ("said Fumio Kishida, and the, "): a test of the token after a comma or after
/// "maintained" read one past the last token ("index out of bounds: the len is 7 but the
/// index is 7" in `claims::sources::is_cap`, from `clause_end` and `Ctx::keeps_object`).
#[test]
fn comma_or_maintained_as_last_token() {
    check("said Fumio Kishida, and the, ");
    check("He maintained");
    check("The minister denied it, and his lawyer,");
    check("They maintain");
}

/// Session 20's rule for a participle opening the sentence ("Denying media reports of an
/// incursion, the Foreign Office summoned ..."), found by annotating every truncation of the
/// rule cases: with nothing after the clause's comma it asked `after_dateline` about the
/// empty stretch past the last token ("index out of bounds: the len is 9 but the index is
/// 9" in `Document::word`).
#[test]
fn fronted_participle_clause_ending_the_text() {
    check("Denying reports of a raid across the border,");
    check("Clearly indicating that it would not, ");
}

/// The quantifier-subject test ("All told," is no speaker) read the token after "told"
/// when "told" ended the text ("... Susan Rice all told"), found by annotating every
/// truncation of the dev corpora: "index out of bounds" in `Document::word`.
#[test]
fn all_told_as_last_token() {
    check("Hillary and Obama and Biden all told");
    check("All told");
}

/// Session 28's truncation fuzz (the dev corpora cut at every length): a known place joined
/// by a hyphen as the text's last token ("US-China") starts inside that token, so the token
/// cursor puts it past the last one; the plural-verb team test (`teams::plural_team`) read
/// the line start of that token first: "index out of bounds: the len is 2 but the index is
/// 2" in `Document::opens_line`. Fixed by testing the bounds before anything else.
#[test]
fn hyphen_joined_place_as_last_token() {
    check("They discussed US-China");
    check("US-China");
    check("Barcelona were fined by UEFA-FIFA");
}
