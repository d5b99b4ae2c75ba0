//! Sentences: where a full stop, question or exclamation mark ends one, and where a
//! line break does (headlines, bylines and list items have no final punctuation).

use crate::lexicon::Lexicon;
use crate::model::Span;
use crate::tokens::{Token, TokenKind};
use std::ops::Range;
use std::sync::OnceLock;

/// A sentence: its byte span and the tokens it holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub tokens: Range<usize>,
}

fn abbreviations() -> &'static Lexicon {
    static LIST: OnceLock<Lexicon> = OnceLock::new();
    LIST.get_or_init(|| Lexicon::from_data(crate::data!("abbreviations.txt")))
}

/// Words that, capitalised after an initialism such as "U.S.", start a new sentence.
fn sentence_starters() -> &'static Lexicon {
    static LIST: OnceLock<Lexicon> = OnceLock::new();
    LIST.get_or_init(|| Lexicon::from_data(crate::data!("sentence_starters.txt")))
}

/// The most tokens a sentence holds. News sentences stay far below (the longest in the
/// development corpora has about 200); a pasted log line or a text without stops would
/// otherwise be one sentence, and every stage that looks across a sentence would go
/// quadratic on it. A longer run is cut, at a clause boundary where there is one.
pub const MAX_SENTENCE_TOKENS: usize = 400;

/// Where to cut a run of tokens `start..i` that reached the limit: after the last clause
/// punctuation in its second half, else at `i`.
fn forced_cut(text: &str, tokens: &[Token], start: usize, i: usize) -> usize {
    (start + MAX_SENTENCE_TOKENS / 2..i)
        .rev()
        .find(|&k| matches!(tokens[k].text(text), ";" | ":" | "," | "—" | "–"))
        .map_or(i, |k| k + 1)
}

fn is_closing(c: &str) -> bool {
    matches!(c, "\"" | "”" | "’" | "'" | ")" | "]" | "»")
}

pub fn split(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    // News sentences have about 25 tokens: room for most texts' without regrowing.
    let mut sentences = Vec::with_capacity(tokens.len() / 16 + 1);
    let mut start = 0;
    let push = |from: usize, to: usize, sentences: &mut Vec<Sentence>| {
        if from < to {
            sentences.push(Sentence {
                span: Span::new(tokens[from].span.start, tokens[to - 1].span.end),
                tokens: from..to,
            });
        }
    };
    let bytes = text.as_bytes();
    // Only a token ending in a full stop, question or exclamation mark can end one.
    let can_end = |t: &Token| matches!(bytes[t.span.end - 1], b'.' | b'?' | b'!');
    let mut i = 0;
    while i < tokens.len() {
        // Most tokens start no line, reach no limit and cannot end a sentence: passed over
        // in a loop that tests only that.
        let limit = tokens.len().min(start + MAX_SENTENCE_TOKENS);
        // (A sentence's first token may start a line: only later ones end the run so.)
        if i == start && i < limit && !can_end(&tokens[i]) {
            i += 1;
        }
        let rest = tokens.get(i..limit).unwrap_or_default();
        i += rest.iter().position(|t| t.breaks_before > 0 || can_end(t)).unwrap_or(rest.len());
        if i == tokens.len() {
            break;
        }
        if i > start && tokens[i].breaks_before > 0 {
            push(start, i, &mut sentences);
            start = i;
        }
        if i - start >= MAX_SENTENCE_TOKENS {
            let cut = forced_cut(text, tokens, start, i);
            push(start, cut, &mut sentences);
            start = cut;
        }
        if !can_end(&tokens[i]) {
            i += 1;
            continue;
        }
        let t = tokens[i].text(text);
        let ends = match t {
            "." => !after_abbreviation(text, tokens, i),
            "?" | "!" => true,
            _ => {
                // "U.S." ends a sentence only when a sentence plainly starts after it.
                tokens[i].kind == TokenKind::Word
                    && t.len() > 2
                    && t.ends_with('.')
                    && (starter_at(text, tokens, i + 1) || title_at(text, tokens, i + 1, matches!(t, "a.m." | "p.m."))
                        // ('at 9 a.m. “We are done,” he said': a quotation opening after a time;
                        // after "U.S." it may be a scare quote: 'The U.S. “strategy” failed'.)
                        || matches!(t, "a.m." | "p.m.") && tokens.get(i + 1).is_some_and(|n| n.space_before && n.text(text) == "“")
                        || matches!(t, "a.m." | "p.m.") && word_after_time_opens(text, tokens, i + 1))
            }
        };
        if ends {
            let mut end = i + 1;
            while end < tokens.len()
                && !tokens[end].space_before
                && (is_closing(tokens[end].text(text))
                    || matches!(tokens[end].text(text), "." | "?" | "!"))
            {
                end += 1;
            }
            // "... in 1984.[12] Critics argued": a reference marker after the stop is this sentence's.
            while end + 2 < tokens.len() && !tokens[end].space_before && tokens[end].text(text) == "[" {
                match (end + 1..tokens.len().min(end + 5)).find(|&k| tokens[k].text(text) == "]") {
                    Some(close) => end = close + 1,
                    None => break,
                }
            }
            // A closing quote after a space still belongs here when nothing else follows on the line.
            let next_starts = match tokens.get(end) {
                None => true,
                // "(D-N.Y.)": a single letter right after the stop, with no space, continues
                // an abbreviation.
                Some(n) if !n.space_before && n.breaks_before == 0 && n.text(text).len() == 1 && n.kind == TokenKind::Word => false,
                // "RM2.5 billion": digits right after the stop, after a word ending in one,
                // continue a number.
                Some(n) if !n.space_before && n.kind == TokenKind::Number && end == i + 1 && i > 0 && tokens[i - 1].text(text).ends_with(|c: char| c.is_ascii_digit()) => false,
                Some(n) => n.breaks_before > 0 || starts_sentence(n.text(text)),
            };
            // "“Why now?” Sanders asked." : a quoted question or exclamation followed by its
            // speaker tag is one sentence, so the speaker stays with the quote.
            let quoted = end > i + 1 && is_closing(tokens[end - 1].text(text));
            let speaker_tag = quoted && matches!(t, "?" | "!") && speaker_tag_follows(text, &tokens[end..]);
            let next_starts = next_starts && !speaker_tag;
            if next_starts {
                push(start, end, &mut sentences);
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    push(start, tokens.len(), &mut sentences);
    sentences
}

fn speech_verbs() -> &'static Lexicon {
    static LIST: OnceLock<Lexicon> = OnceLock::new();
    LIST.get_or_init(|| Lexicon::from_data(crate::data!("entities/speech_verbs.txt")))
}

/// A speech verb within the next few words of the same line ("Sanders said", "asked the
/// senator"), before any punctuation.
fn speaker_tag_follows(text: &str, rest: &[Token]) -> bool {
    for (k, t) in rest.iter().take(4).enumerate() {
        if (k > 0 && t.breaks_before > 0) || t.kind == TokenKind::Punct {
            return false;
        }
        if speech_verbs().contains(t.text(text)) {
            return true;
        }
    }
    false
}

/// Whether token `k` is a word that starts sentences, and no abbreviation ("No. 2").
fn starter_at(text: &str, tokens: &[Token], k: usize) -> bool {
    tokens.get(k).is_some_and(|n| sentence_starters().contains(n.text(text)))
        && !tokens.get(k + 1).is_some_and(|d| !d.space_before && d.text(text) == ".")
}

/// "at 8 p.m. Residents said": after a clock time, a capitalised word opens a sentence unless
/// it says more of the time: a zone ("ET", "Eastern", "Moscow time"), a day or a month. (The
/// words are written here: the splitter, an early stage, asks no later stage's word lists.)
fn word_after_time_opens(text: &str, tokens: &[Token], k: usize) -> bool {
    let Some(n) = tokens.get(k).filter(|n| n.kind == TokenKind::Word && n.space_before && n.breaks_before == 0) else { return false };
    let w = n.text(text);
    let zone = w.bytes().all(|b| b.is_ascii_uppercase()) || matches!(w, "Eastern" | "Pacific" | "Central" | "Mountain" | "Atlantic" | "Greenwich" | "Local")
        || tokens.get(k + 1).is_some_and(|t| t.text(text).eq_ignore_ascii_case("time"));
    // (A day or a month by its first three letters: "Monday", "Sept.", "January".)
    let day_or_month = w.get(..3).is_some_and(|p| matches!(p, "Mon" | "Tue" | "Wed" | "Thu" | "Fri" | "Sat" | "Sun" | "Jan" | "Feb" | "Mar" | "Apr" | "May" | "Jun" | "Jul" | "Aug" | "Sep" | "Oct" | "Nov" | "Dec"));
    w.starts_with(|c: char| c.is_ascii_uppercase()) && !zone && !day_or_month
}

/// Whether token `k` is a title's abbreviation and its full stop ("Dr.", "Sen."): after "p.m."
/// any title opens a sentence, after "U.S." only one no country names ("U.S. Sen." is one).
fn title_at(text: &str, tokens: &[Token], k: usize, any: bool) -> bool {
    let dot = tokens.get(k + 1).is_some_and(|d| !d.space_before && d.text(text) == ".");
    dot && match tokens[k].text(text) {
        "Dr" | "Mr" | "Mrs" | "Ms" | "Prof" => true,
        "Sen" | "Rep" | "Gov" | "Gen" | "Col" | "Lt" | "Sgt" | "Capt" | "Rev" | "Det" | "Insp" | "Supt" | "Adm" | "Maj" => any,
        _ => false,
    }
}

fn starts_sentence(word: &str) -> bool {
    word.chars().next().is_some_and(|c| {
        c.is_uppercase()
            || c.is_ascii_digit()
            || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[' | '—' | '-')
    })
}

fn after_abbreviation(text: &str, tokens: &[Token], dot: usize) -> bool {
    if dot == 0 || tokens[dot].space_before {
        return false;
    }
    let prev = &tokens[dot - 1];
    if prev.kind != TokenKind::Word {
        return false;
    }
    let word = prev.text(text);
    // A lone capital before a dot is an initial: "John F. Kennedy"; so is one after a
    // party's letter: "(D-W.Va.)".
    let party_state = word.len() == 3 && word.as_bytes()[1] == b'-' && word.bytes().all(|b| b.is_ascii_uppercase() || b == b'-');
    let mut chars = if party_state { word[2..].chars() } else { word.chars() };
    let single_capital = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    if !(single_capital || abbreviations().contains_lowercase(word)) {
        return false;
    }
    // ("a friend told The Sun. They left": the paper, not Sunday.)
    if word == "Sun" && dot >= 2 && tokens[dot - 2].text(text).eq_ignore_ascii_case("the") {
        return false;
    }
    // ("They each said no. The leaders ...": "No." is short for a number only before one.)
    if word.eq_ignore_ascii_case("no") || word.eq_ignore_ascii_case("nos") {
        return tokens.get(dot + 1).is_some_and(|next| next.kind == TokenKind::Number);
    }
    // ("he wrote on X. Poland scrambled jets": the platform after a word in lower case, not
    // "Malcolm X." or "John X. Smith".)
    if word == "X" && dot >= 2 && tokens[dot - 2].text(text).starts_with(|c: char| c.is_ascii_lowercase()) {
        return false;
    }
    // "... to the Mt." never ends, but "a deal with Apple Inc. The" does.
    match tokens.get(dot + 1) {
        Some(next) if next.breaks_before == 0 => {
            // "in a post on X. His lawyers said": no name goes on with "His" or "The".
            let listed = sentence_starters().contains(next.text(text));
            let lower = word.to_ascii_lowercase();
            let suffix = matches!(lower.as_str(), "inc" | "corp" | "co" | "ltd");
            // ("would sue Microsoft Corp. CrowdStrike denied ...": a name and a verb after a
            // company's suffix start a sentence; "Corp. Chief Executive ..." goes on.)
            let clause_after = suffix
                && next.text(text).starts_with(|c: char| c.is_uppercase())
                && tokens.get(dot + 2).is_some_and(|verb| {
                    let v = verb.text(text);
                    verb.kind == TokenKind::Word && (v.ends_with("ed") && v.starts_with(|c: char| c.is_ascii_lowercase()) || matches!(v, "said" | "says" | "told"))
                });
            !(single_capital && listed && next.text(text).len() > 1) && !(listed && (suffix || matches!(lower.as_str(), "etc" | "jr" | "sr"))) && !clause_after
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn sentences(text: &str) -> Vec<&str> {
        split(text, &tokenize(text))
            .iter()
            .map(|s| s.span.text(text))
            .collect()
    }

    #[test]
    fn splits_on_stops_and_lines() {
        assert_eq!(
            sentences("Headline here\n\nMr. Kishida spoke. He left at 9 a.m. on Monday! Why? “We won.” She smiled."),
            ["Headline here", "Mr. Kishida spoke.", "He left at 9 a.m. on Monday!", "Why?", "“We won.”", "She smiled."]
        );
    }

    #[test]
    fn initialisms_end_a_sentence_only_before_a_sentence_start() {
        assert_eq!(
            sentences("He flew to the U.S. The talks began."),
            ["He flew to the U.S.", "The talks began."]
        );
        assert_eq!(
            sentences("Rep. Gregory Meeks (D-N.Y.), the chairman, said so."),
            ["Rep. Gregory Meeks (D-N.Y.), the chairman, said so."]
        );
        assert_eq!(
            sentences("The U.S. Navy sailed."),
            ["The U.S. Navy sailed."]
        );
    }

    #[test]
    fn overlong_runs_are_cut_at_clause_boundaries() {
        let text = "word ".repeat(1000);
        let split = sentences(&text);
        assert_eq!(split.len(), 3);
        assert!(split
            .iter()
            .all(|s| s.split(' ').count() <= MAX_SENTENCE_TOKENS));
        let text = "a b c, ".repeat(200);
        for s in sentences(&text) {
            assert!(s.ends_with(','), "{s:?} is not cut after a comma");
        }
    }

    #[test]
    fn a_quoted_question_keeps_its_speaker_tag() {
        assert_eq!(
            sentences("“Why now?” Sanders asked. “Stop!” she said. “Really?” Next came the vote."),
            ["“Why now?” Sanders asked.", "“Stop!” she said.", "“Really?”", "Next came the vote."]
        );
    }

    #[test]
    fn initials_do_not_end_sentences() {
        assert_eq!(
            sentences("John F. Kennedy spoke. P. A. Smith wrote."),
            ["John F. Kennedy spoke.", "P. A. Smith wrote."]
        );
    }

    #[test]
    fn a_lone_capital_before_his_or_the_ends_a_sentence() {
        assert_eq!(
            sentences("He wrote in a post on X. His lawyers said so."),
            ["He wrote in a post on X.", "His lawyers said so."]
        );
    }
}
