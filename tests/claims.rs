//! Claims on the seed article (tests/data/seed-cyber-japan.txt, the text of
//! `seed-cyber-japan` in shared/corpus/news-dev.jsonl): what a reader sees, and the
//! invariants every claim keeps.

use article_annotator::{annotate, ClaimKind};

const SEED: &str = include_str!("data/seed-cyber-japan.txt");

struct View {
    kind: ClaimKind,
    cue: String,
    source: Option<String>,
    content: String,
    direct: bool,
}

fn claims(text: &str) -> Vec<View> {
    annotate(text)
        .claims
        .iter()
        .map(|c| View {
            kind: c.kind,
            cue: c.cue.text(text).to_string(),
            source: c.source.map(|s| s.text(text).to_string()),
            content: c.content.text(text).to_string(),
            direct: c.direct,
        })
        .collect()
}

fn find<'a>(
    all: &'a [View],
    kind: ClaimKind,
    cue: &str,
    source: impl Fn(Option<&str>) -> bool,
) -> &'a View {
    all.iter()
        .find(|c| c.kind == kind && c.cue == cue && source(c.source.as_deref()))
        .unwrap_or_else(|| panic!("no {kind:?} claim with cue {cue:?} and the expected source"))
}

#[test]
fn seed_allegations() {
    let all = claims(SEED);
    let c = find(&all, ClaimKind::Alleged, "suspected of", |s| s.is_none());
    assert!(c
        .content
        .starts_with("ordering hackers to attack hundreds of targets in Japan"));
    let c = find(&all, ClaimKind::Alleged, "on suspicion of", |_| true);
    assert_eq!(
        c.content,
        "forging digital records related to cyber-attacks"
    );
    let c = find(&all, ClaimKind::Alleged, "suspects", |s| {
        s == Some("Tokyo Police")
    });
    assert!(c
        .content
        .starts_with("the Chinese Communist Party and People’s Liberation Army had instructed"));
    let c = find(&all, ClaimKind::Alleged, "allegedly", |s| s.is_none());
    assert!(c
        .content
        .starts_with("instructed by a bureau in charge of cyberattacks"));
}

#[test]
fn seed_attributions() {
    let all = claims(SEED);
    let c = find(&all, ClaimKind::Attributed, "According to", |s| {
        s.is_some_and(|s| s.contains("NHK"))
    });
    assert!(c
        .content
        .starts_with("the police had sent papers to the prosecutors"));
    let c = find(&all, ClaimKind::Attributed, "told", |s| {
        s == Some("A JAXA spokesperson")
    });
    assert_eq!(
        c.content,
        "they did suffer the hack but experienced no data leaks or other damage"
    );
    find(&all, ClaimKind::Attributed, "reported", |s| {
        s == Some("Japan")
    });
    find(&all, ClaimKind::Attributed, "reported", |s| {
        s == Some("Microsoft")
    });
    let c = find(&all, ClaimKind::Attributed, "said", |s| {
        s == Some("The CNN")
    });
    assert!(
        c.direct
            && c.content
                .starts_with("The company had said there were four vulnerabilities")
    );
    let c = find(&all, ClaimKind::Attributed, "reported", |s| {
        s == Some("CNN")
    });
    assert!(c.direct && c.content.ends_with("to victim environments"));
    let c = find(&all, ClaimKind::Attributed, "said", |s| {
        s == Some("The company")
    });
    assert!(!c.direct && c.content.starts_with("there were four vulnerabilities"));
    let c = find(&all, ClaimKind::Attributed, "Report", |s| s.is_none());
    assert_eq!(c.content, "Chinese Military behind cyber attacks in Japan");
}

#[test]
fn seed_cookie_notice_has_no_claims() {
    let notice = SEED
        .find("This website uses cookies")
        .expect("seed has its cookie notice");
    let ann = annotate(SEED);
    assert!(ann
        .claims
        .iter()
        .all(|c| c.cue.end <= notice && c.content.end <= notice));
}

#[test]
fn claims_keep_their_invariants() {
    let texts = [
        SEED,
        "“A,” she said, “B.” The company said it would, the paper reported, citing sources. \u{201c}Unclosed said",
        "said said said , said “ ” according to , citing",
        "X denied it. Y allegedly did. “Q?” he asked. It is alleged that Z. Über said ÄÖÜ “ü”.",
    ];
    for text in texts {
        let ann = annotate(text);
        let again = annotate(text);
        assert_eq!(ann.claims, again.claims, "deterministic");
        for w in ann.claims.windows(2) {
            assert!(w[0].cue.start <= w[1].cue.start, "sorted by cue");
        }
        for c in &ann.claims {
            let mut spans = vec![c.cue, c.content];
            spans.extend(c.source);
            for s in &spans {
                assert!(
                    s.start < s.end && s.end <= text.len(),
                    "non-empty, within text"
                );
                assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            }
            for (i, a) in spans.iter().enumerate() {
                for b in &spans[i + 1..] {
                    assert!(!a.overlaps(*b), "disjoint spans in {c:?}");
                }
            }
        }
    }
}

/// Unnamed sources of wire copy keep what makes them sources: "familiar with", "close to",
/// "briefed on", "with knowledge of".
#[test]
fn unnamed_sources_keep_their_description() {
    for (text, source) in [
        ("Officials familiar with the matter said the deal could be announced next week.", "Officials familiar with the matter"),
        ("The deal could be announced next week, two people with knowledge of the talks said.", "two people with knowledge of the talks"),
        ("A source close to the president said he would resign.", "A source close to the president"),
        ("People briefed on the plan said it was delayed.", "People briefed on the plan"),
    ] {
        let found = claims(text);
        assert!(found.iter().any(|c| c.cue == "said" && c.source.as_deref() == Some(source)),
            "{source:?} in {text:?}: {:?}", found.iter().map(|c| (&c.cue, &c.source)).collect::<Vec<_>>());
    }
}

/// A wire dateline is no part of a claim's content, and its dash is no speaker tag.
#[test]
fn datelines_stay_out_of_contents() {
    for (text, source, content) in [
        ("SANTIAGO, Nov 12 (Reuters) - Chile produced a record 48,000 tonnes of lithium, the commission said on Tuesday.",
            "the commission", "Chile produced a record 48,000 tonnes of lithium"),
        ("NAIROBI, Kenya (AP) — Protesters will march on Friday, police said.", "police", "Protesters will march on Friday"),
        ("WASHINGTON — The bill will pass, the senator said.", "the senator", "The bill will pass"),
        ("Exclusive: Boeing weighs job cuts as strike drags on, sources say", "sources", "Boeing weighs job cuts as strike drags on"),
    ] {
        let found = claims(text);
        assert!(found.iter().any(|c| c.source.as_deref() == Some(source) && c.content == content),
            "{text:?}: {:?}", found.iter().map(|c| (&c.source, &c.content)).collect::<Vec<_>>());
    }
}

/// A place after "in"/"at" says where the speakers are: the source is the whole phrase.
#[test]
fn sources_keep_the_place_they_speak_from() {
    for (text, source) in [
        ("The Chinese consulate in New York dismissed the accusations.", "The Chinese consulate in New York"),
        ("Officials in Kyiv said the attack killed five.", "Officials in Kyiv"),
        ("A senior analyst at Jefferies said the deal was priced well.", "A senior analyst at Jefferies"),
    ] {
        let found = claims(text);
        assert!(found.iter().any(|c| c.source.as_deref() == Some(source)), "{source:?} in {text:?}: {:?}",
            found.iter().map(|c| &c.source).collect::<Vec<_>>());
    }
}

/// A quotation inside a content is whole: its "and" starts no clause of ours, while a comma
/// closing it before a speaker tag still ends the content.
#[test]
fn quotations_inside_contents_stay_whole() {
    let found = claims("Her office said the governor was \"shocked and disappointed\" and that Sun had been fired.");
    assert!(found.iter().any(|c| c.content == "the governor was \"shocked and disappointed\" and that Sun had been fired"),
        "{:?}", found.iter().map(|c| &c.content).collect::<Vec<_>>());
    let found = claims("He discussed how he had placed a note card in a “burn bag,” the Times reported.");
    assert!(found.iter().any(|c| c.cue == "discussed" && c.content == "how he had placed a note card in a “burn bag"),
        "{:?}", found.iter().map(|c| (&c.cue, &c.content)).collect::<Vec<_>>());
}

/// "WHO" is the World Health Organization, not a relative pronoun; a relative clause
/// without commas belongs to the speakers ("Officials who criticized the plan said").
#[test]
fn acronyms_and_relative_clauses_in_sources() {
    for (text, source) in [
        ("Romania had the most infections, WHO said.", "WHO"),
        ("The WHO said cases tripled.", "The WHO"),
        ("Officials who criticized the plan said it failed.", "Officials who criticized the plan"),
    ] {
        let found = claims(text);
        assert!(found.iter().any(|c| c.cue == "said" && c.source.as_deref() == Some(source)), "{source:?} in {text:?}: {:?}",
            found.iter().map(|c| (&c.cue, &c.source)).collect::<Vec<_>>());
    }
}

/// A work is the source with its authors ("a survey by Gallup found"), also when they are
/// a name with "&" in it.
#[test]
fn works_and_their_authors_are_sources() {
    for (text, source, content) in [
        ("Vaccine hesitancy has grown since 2020, a survey by the London School of Hygiene & Tropical Medicine found in March.",
            "a survey by the London School of Hygiene & Tropical Medicine", "Vaccine hesitancy has grown since 2020"),
        ("A study by Harvard University found that sleep matters.", "A study by Harvard University", "sleep matters"),
    ] {
        let found = claims(text);
        assert!(found.iter().any(|c| c.source.as_deref() == Some(source) && c.content == content), "{text:?}: {:?}",
            found.iter().map(|c| (&c.source, &c.content)).collect::<Vec<_>>());
    }
}

/// After "citing", "said" or "according to" too, an unnamed source keeps "familiar with X".
#[test]
fn unnamed_sources_after_the_cue() {
    let found = claims("The agency is investigating, The Information reported, citing people familiar with the matter.");
    assert!(found.iter().any(|c| c.cue == "citing" && c.source.as_deref() == Some("people familiar with the matter")),
        "{:?}", found.iter().map(|c| (&c.cue, &c.source)).collect::<Vec<_>>());
}

/// "Department of Justice" is a body, though "justice" is also a title.
#[test]
fn bodies_ending_in_a_title_word() {
    let text = "The U.S. Department of Justice is investigating, and the Ministry of Justice said so.";
    let ann = annotate(text);
    let names: Vec<&str> = ann.mentions.iter().map(|m| m.span.text(text)).collect();
    assert!(names.contains(&"U.S. Department of Justice") && names.contains(&"Ministry of Justice"), "{names:?}");
}

/// A spokesperson speaks for a body: the source is the whole phrase; a regulator's name with
/// "and" in it stands between the cue and "that".
#[test]
fn spokespeople_and_filings() {
    for (text, source) in [
        ("A spokeswoman for the State Department said the embassy would remain open.", "A spokeswoman for the State Department"),
        ("Lawyers for the family argued that the police had used excessive force.", "Lawyers for the family"),
    ] {
        let found = claims(text);
        assert!(found.iter().any(|c| c.source.as_deref() == Some(source)), "{:?}", found.iter().map(|c| &c.source).collect::<Vec<_>>());
    }
    let found = claims("The company said in a filing with the Securities and Exchange Commission that it had received a subpoena.");
    assert!(found.iter().any(|c| c.content == "it had received a subpoena"), "{:?}", found.iter().map(|c| &c.content).collect::<Vec<_>>());
}
