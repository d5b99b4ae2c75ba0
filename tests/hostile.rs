//! Hostile and huge input, one test each: whatever people paste, the annotator
//! finishes, does not panic and keeps every invariant of `common::check`.
//!
//! Sizes are real (a 10 MB line, 1 MB of quotes, 200,000 brackets) so that anything
//! quadratic shows up as a test that never ends; there are no timing assertions.
//! Run them with `--release` (`make test` does): each takes a few seconds at most. An
//! unoptimised `cargo test` runs them at a sixteenth of the size (`SHRINK`).

mod common;

use common::{check, check_once};

/// Debug builds are 10-50 times slower: there the huge inputs are this much smaller.
const SHRINK: usize = if cfg!(debug_assertions) { 16 } else { 1 };

/// `piece` repeated until the text is at least `bytes / SHRINK` long.
fn repeat_to(piece: &str, bytes: usize) -> String {
    piece.repeat((bytes / SHRINK).div_ceil(piece.len()))
}

#[test]
fn empty() {
    let ann = check("");
    assert!(ann.sentences.is_empty() && ann.mentions.is_empty() && ann.claims.is_empty());
}

#[test]
fn whitespace_only() {
    for text in [
        " ",
        "\n",
        "\r\n\r\n",
        "\t \u{a0}\u{3000}\u{2028}\u{2029}\u{85}\u{feff}\u{200b}",
        &repeat_to(" \n\t\r\u{a0}\u{3000}\u{2003}", 1 << 20),
    ] {
        let ann = check(text);
        assert!(ann.sentences.is_empty(), "a sentence in whitespace only");
        assert!(ann.mentions.is_empty() && ann.claims.is_empty());
    }
}

#[test]
fn ten_megabyte_single_line() {
    // A pasted log line: no line breaks and no sentence end, with names, numbers,
    // quotes and cues scattered through it.
    let piece = "2026-11-25T20:09:27Z INFO [worker-3] GET /api/v1/items?id=1700 200 12ms \
                 user=\"Kishida\" msg=“Reuters said the deal was off” $2.5 billion 👍🏽 東京 ";
    let text = repeat_to(piece, 10 << 20);
    assert!(!text.contains('\n'));
    // Once: annotating 10 MB twice would only double the time (properties.rs checks
    // determinism).
    let ann = check_once(&text);
    assert!(!ann.sentences.is_empty());
}

#[test]
fn one_megabyte_of_quotation_marks() {
    let text = repeat_to("“”\"'“\"”'‘’\"“ ”'", 1 << 20);
    check(&text);
    let text = repeat_to("\"", 1 << 20);
    check(&text);
}

#[test]
fn two_hundred_thousand_nested_brackets() {
    let n = 200_000 / SHRINK;
    let text = format!("{}Smith said it{}", "(".repeat(n), ")".repeat(n));
    check(&text);
    let text = format!("{}{}", "([{".repeat(n / 3), "}])".repeat(n / 3));
    check(&text);
}

#[test]
fn all_capitals() {
    let text = repeat_to(
        "BREAKING: PRIME MINISTER FUMIO KISHIDA SAID ON MONDAY THE U.S. DEAL WAS OFF, ACCORDING TO REUTERS. ",
        1 << 20,
    );
    check(&text);
    // One capitalised run a megabyte long: the recogniser's worst case.
    let text = repeat_to("Kishida Merkel Obama Tokyo ", 1 << 20);
    check(&text);
}

#[test]
fn no_spaces() {
    let letters: String = ('a'..='z').chain('A'..='Z').collect();
    let text = repeat_to(&letters, 1 << 20);
    let ann = check(&text);
    assert_eq!(ann.sentences.len(), 1, "a single word is a single sentence");
    let text = repeat_to("Smith.said“it”,2016$5", 1 << 20);
    check(&text);
}

#[test]
fn control_characters_and_nul() {
    let controls: String = (0u32..0x20)
        .chain(0x7f..0xa0)
        .filter_map(char::from_u32)
        .collect();
    check(&controls);
    check(&repeat_to("\0", 1 << 16));
    let text = repeat_to(
        &format!("Smith\0said\u{7} the\u{1b}[31m deal{controls}was off. "),
        1 << 20,
    );
    check(&text);
}

#[test]
fn crlf_line_endings() {
    let text = "Headline Here\r\n\r\nFumio Kishida said on Monday the deal was off.\r\n\
                “We won,” Merkel said.\r\nAccording to Reuters, it failed.\r\n";
    let ann = check(text);
    for s in &ann.sentences {
        let t = s.text(text);
        assert!(
            !t.contains('\r') && !t.contains('\n'),
            "sentence {t:?} spans a line break"
        );
    }
    check(&repeat_to("Smith said it.\r\n", 1 << 20));
    check(&repeat_to("\r", 1 << 16));
}

#[test]
fn combining_marks() {
    check("e\u{301}");
    check("\u{301}\u{301}\u{301}");
    // A Zalgo text: every letter under dozens of marks.
    let zalgo: String = "Smith said the deal was off."
        .chars()
        .flat_map(|c| std::iter::once(c).chain((0x300u32..0x330).filter_map(char::from_u32)))
        .collect();
    check(&zalgo);
    check(&repeat_to(&zalgo, 1 << 20));
    // Marks with nothing to combine with, after spaces and punctuation.
    check(&repeat_to(" \u{301}.\u{20dd}“\u{308}", 1 << 20));
}

#[test]
fn rtl_text_with_bidi_controls() {
    let text = "\u{202b}قال رئيس الوزراء إن الاتفاق انتهى.\u{202c} \u{2067}שלום עולם\u{2069} \
                Kishida said \u{202e}ffo saw laed eht\u{202c}. \u{200f}Reuters\u{200e} said: “\u{2066}نعم\u{2069}”.";
    check(text);
    check(&repeat_to(text, 1 << 20));
    check(&repeat_to(
        "\u{202e}\u{2067}\u{200f}\u{2069}\u{202c}",
        1 << 16,
    ));
}

#[test]
fn emoji_zwj_sequences() {
    let text = "👨\u{200d}👩\u{200d}👧\u{200d}👦 said 🏳️\u{200d}🌈 👍🏽 🇯🇵🇺🇸 \
                Kishida\u{200d}Merkel 1\u{fe0f}\u{20e3} said “😀”.";
    check(text);
    check(&repeat_to(text, 1 << 20));
    check(&repeat_to("👩\u{200d}", 1 << 18));
}

#[test]
fn cjk() {
    let text = "岸田文雄首相は月曜日、合意は無効だと述べた。「我々は勝った」と彼は言った。東京 said 北京 denied it. 한국 정부는 부인했다.";
    check(text);
    check(&repeat_to(text, 1 << 20));
    // Ideographs without spaces or punctuation: one megabyte-long word.
    check(&repeat_to("東京北京上海", 1 << 20));
}

#[test]
fn long_run_of_said() {
    // Every "said" is a cue and each looks across its sentence: without the sentence
    // length limit (`sentences::MAX_SENTENCE_TOKENS`) one line of them was quadratic.
    // Linear now, but about 130 µs a cue in release, hence 50 KB rather than megabytes.
    let ann = check_once(&repeat_to("said ", 50_000));
    assert!(ann.sentences.len() > 1, "10,000 words in one sentence");
    check_once(&repeat_to("Smith said ", 50_000));
    check_once(&repeat_to("“said” ", 50_000));
}

#[test]
fn many_sentences_with_according_to() {
    let text = repeat_to(
        "According to Reuters, the deal was off. The plan failed, according to Fumio Kishida. ",
        1 << 20,
    );
    let ann = check(&text);
    assert!(ann.sentences.len() > 10_000 / SHRINK);
}

#[test]
fn html_and_script() {
    let text =
        "<script>alert(\"Smith said\")</script><p class=\"x\">Kishida said &ldquo;no&rdquo;.</p>";
    check(text);
    check(&repeat_to(text, 1 << 20));
}

#[test]
fn many_distinct_names() {
    // Grouping compares a new name with the entities seen so far: 50,000 distinct
    // capitalised names must not make that quadratic.
    let mut text = String::new();
    for i in 0..50_000 / SHRINK as u32 {
        let a = char::from(b'A' + (i % 26) as u8);
        let b = char::from(b'a' + (i / 26 % 26) as u8);
        let c = char::from(b'a' + (i / 676 % 26) as u8);
        text.push_str(&format!("{a}{b}{c}x Q{c}{b}z met in {}. ", 1900 + i % 120));
    }
    check(&text);
}

#[test]
fn text_ending_in_an_open_reference_marker() {
    // The reference-marker test ("[12]") read the token after the number: past the end of
    // the text when it ended in "[12" (found by `arbitrary_chars_between_words`).
    for text in ["It fell [12", "It fell.[12", "[12", "It fell [12]", "It fell.[12]"] {
        check(text);
    }
}
