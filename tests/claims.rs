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
