//! Scoring against gold, exactly as `shared/spec/annotation-scheme.md` says:
//! entities match on start, end and label; claims pair one-to-one on overlapping cues.

use crate::jsonl::{GoldArticle, GoldClaim, GoldEntity, GoldSpan};
use crate::model::Label;
use std::collections::BTreeMap;
use std::fmt::Write;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores summed over the articles of one corpus.
#[derive(Clone, Debug, Default)]
pub struct Scores {
    pub articles: usize,
    pub entity_articles: usize,
    pub claim_articles: usize,
    /// Exact matches per label, over the labels scored in each article.
    pub per_label: BTreeMap<&'static str, Counts>,
    /// Micro-averaged over the core labels.
    pub core: Counts,
    /// Overlap with the same label counts (core labels).
    pub core_lenient: Counts,
    /// Cue overlap, whatever the kind.
    pub cue: Counts,
    /// Paired claims whose kinds agree.
    pub kind_agree: usize,
    pub gold_claims: usize,
    pub predicted_claims: usize,
    /// Paired claims with a gold source, and those whose predicted source overlaps it.
    pub sources: usize,
    pub sources_right: usize,
    /// Sum of content token F1 over paired claims.
    pub content_f1_sum: f64,
}

impl Scores {
    pub fn kind_aware(&self) -> Counts {
        Counts {
            tp: self.kind_agree,
            fp: self.predicted_claims - self.kind_agree,
            fn_: self.gold_claims - self.kind_agree,
        }
    }
    pub fn source_accuracy(&self) -> f64 {
        ratio(self.sources_right, self.sources)
    }
    pub fn content_f1(&self) -> f64 {
        if self.cue.tp == 0 {
            0.0
        } else {
            self.content_f1_sum / self.cue.tp as f64
        }
    }
}

/// The labels scored in an article: the core set, narrowed to `entity_labels` if given.
fn scored_labels(gold: &GoldArticle) -> Vec<&'static str> {
    Label::CORE
        .iter()
        .map(|l| l.as_str())
        .filter(|l| {
            gold.entity_labels
                .as_ref()
                .is_none_or(|ls| ls.iter().any(|x| x == l))
        })
        .collect()
}

/// One pairing of gold and predicted claims, for scores and for `--diff`.
pub struct ClaimPairs {
    /// (gold index, predicted index)
    pub pairs: Vec<(usize, usize)>,
    pub missed: Vec<usize>,
    pub false_alarms: Vec<usize>,
}

fn overlaps(a: &GoldSpan, b: &GoldSpan) -> bool {
    a.start < b.end && b.start < a.end
}

/// Pairs claims one-to-one on overlapping cues, largest overlap first.
pub fn pair_claims(gold: &[GoldClaim], predicted: &[GoldClaim]) -> ClaimPairs {
    let mut candidates = Vec::new();
    for (g, gc) in gold.iter().enumerate() {
        for (p, pc) in predicted.iter().enumerate() {
            if overlaps(&gc.cue, &pc.cue) {
                let shared = gc.cue.end.min(pc.cue.end) - gc.cue.start.max(pc.cue.start);
                let same_kind = gc.kind == pc.kind;
                candidates.push((std::cmp::Reverse((shared, same_kind)), g, p));
            }
        }
    }
    candidates.sort();
    let (mut gold_used, mut pred_used) = (vec![false; gold.len()], vec![false; predicted.len()]);
    let mut pairs = Vec::new();
    for (_, g, p) in candidates {
        if !gold_used[g] && !pred_used[p] {
            gold_used[g] = true;
            pred_used[p] = true;
            pairs.push((g, p));
        }
    }
    pairs.sort();
    ClaimPairs {
        pairs,
        missed: (0..gold.len()).filter(|&g| !gold_used[g]).collect(),
        false_alarms: (0..predicted.len()).filter(|&p| !pred_used[p]).collect(),
    }
}

/// Word tokens (letters and digits) of `text` inside a scalar-offset span, as positions.
fn content_tokens(chars: &[char], span: &GoldSpan) -> Vec<(usize, usize)> {
    let mut tokens = Vec::new();
    let end = span.end.min(chars.len());
    let mut i = span.start.min(end);
    while i < end {
        if chars[i].is_alphanumeric() {
            let s = i;
            while i < end && chars[i].is_alphanumeric() {
                i += 1;
            }
            tokens.push((s, i));
        } else {
            i += 1;
        }
    }
    tokens
}

pub fn content_f1(chars: &[char], gold: &GoldSpan, predicted: &GoldSpan) -> f64 {
    let g = content_tokens(chars, gold);
    let p = content_tokens(chars, predicted);
    let common = p.iter().filter(|t| g.binary_search(t).is_ok()).count();
    Counts {
        tp: common,
        fp: p.len() - common,
        fn_: g.len() - common,
    }
    .f1()
}

fn entity_key(e: &GoldEntity) -> (usize, usize, &str) {
    (e.start, e.end, e.label.as_str())
}

impl Scores {
    /// Adds one article: `predicted` must be our output for `gold.text`.
    pub fn add(&mut self, gold: &GoldArticle, predicted: &GoldArticle) {
        self.articles += 1;
        if gold.has_layer("entities") {
            self.entity_articles += 1;
            let labels = scored_labels(gold);
            for &label in &labels {
                let g: Vec<_> = gold.entities.iter().filter(|e| e.label == label).collect();
                let p: Vec<_> = predicted
                    .entities
                    .iter()
                    .filter(|e| e.label == label)
                    .collect();
                let tp = p
                    .iter()
                    .filter(|pe| g.iter().any(|ge| entity_key(ge) == entity_key(pe)))
                    .count();
                let exact = Counts {
                    tp,
                    fp: p.len() - tp,
                    fn_: g.len() - tp,
                };
                let lenient_tp = g
                    .iter()
                    .filter(|ge| p.iter().any(|pe| pe.start < ge.end && ge.start < pe.end))
                    .count();
                let lenient_fp = p
                    .iter()
                    .filter(|pe| !g.iter().any(|ge| pe.start < ge.end && ge.start < pe.end))
                    .count();
                self.per_label.entry(label).or_default().add(exact);
                self.core.add(exact);
                self.core_lenient.add(Counts {
                    tp: lenient_tp,
                    fp: lenient_fp,
                    fn_: g.len() - lenient_tp,
                });
            }
        }
        if gold.has_layer("claims") {
            self.claim_articles += 1;
            let chars: Vec<char> = gold.text.chars().collect();
            let paired = pair_claims(&gold.claims, &predicted.claims);
            self.gold_claims += gold.claims.len();
            self.predicted_claims += predicted.claims.len();
            self.cue.add(Counts {
                tp: paired.pairs.len(),
                fp: paired.false_alarms.len(),
                fn_: paired.missed.len(),
            });
            for &(g, p) in &paired.pairs {
                let (gc, pc) = (&gold.claims[g], &predicted.claims[p]);
                if gc.kind == pc.kind {
                    self.kind_agree += 1;
                }
                if let Some(gs) = &gc.source {
                    self.sources += 1;
                    if pc.source.as_ref().is_some_and(|ps| overlaps(gs, ps)) {
                        self.sources_right += 1;
                    }
                }
                self.content_f1_sum += content_f1(&chars, &gc.content, &pc.content);
            }
        }
    }

    /// The table `make eval` prints for one corpus.
    pub fn table(&self, name: &str) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "## {name} ({} articles)", self.articles);
        if self.entity_articles > 0 {
            let _ = writeln!(
                out,
                "\n| entities | gold | predicted | P | R | F1 |\n|---|---:|---:|---:|---:|---:|"
            );
            for (label, c) in &self.per_label {
                if c.tp + c.fn_ + c.fp > 0 {
                    let _ = writeln!(
                        out,
                        "| {label} | {} | {} | {:.3} | {:.3} | {:.3} |",
                        c.tp + c.fn_,
                        c.tp + c.fp,
                        c.precision(),
                        c.recall(),
                        c.f1()
                    );
                }
            }
            let c = self.core;
            let _ = writeln!(
                out,
                "| **core, exact** | {} | {} | {:.3} | {:.3} | **{:.3}** |",
                c.tp + c.fn_,
                c.tp + c.fp,
                c.precision(),
                c.recall(),
                c.f1()
            );
            let l = self.core_lenient;
            let _ = writeln!(
                out,
                "| core, lenient | {} | {} | {:.3} | {:.3} | {:.3} |",
                l.tp + l.fn_,
                l.tp + l.fp,
                l.precision(),
                l.recall(),
                l.f1()
            );
        }
        if self.claim_articles > 0 {
            let (c, k) = (self.cue, self.kind_aware());
            let _ = writeln!(
                out,
                "\n| claims | gold | predicted | P | R | F1 |\n|---|---:|---:|---:|---:|---:|"
            );
            let _ = writeln!(
                out,
                "| cue | {} | {} | {:.3} | {:.3} | **{:.3}** |",
                self.gold_claims,
                self.predicted_claims,
                c.precision(),
                c.recall(),
                c.f1()
            );
            let _ = writeln!(
                out,
                "| kind-aware | {} | {} | {:.3} | {:.3} | **{:.3}** |",
                self.gold_claims,
                self.predicted_claims,
                k.precision(),
                k.recall(),
                k.f1()
            );
            let _ = writeln!(out, "\n| source accuracy ({} paired claims with a gold source) | **{:.3}** |\n|---|---:|", self.sources, self.source_accuracy());
            let _ = writeln!(
                out,
                "| content token F1 (mean over {} paired claims) | **{:.3}** |",
                c.tp,
                self.content_f1()
            );
        }
        out
    }
}

/// Per-article error analysis: missed gold items and false alarms.
pub fn diff(gold: &GoldArticle, predicted: &GoldArticle) -> String {
    let mut out = String::new();
    if gold.has_layer("entities") {
        let labels = scored_labels(gold);
        let scored = |e: &&GoldEntity| labels.contains(&e.label.as_str());
        for g in gold.entities.iter().filter(scored) {
            if !predicted
                .entities
                .iter()
                .any(|p| entity_key(p) == entity_key(g))
            {
                let near: Vec<String> = predicted
                    .entities
                    .iter()
                    .filter(|p| p.start < g.end && g.start < p.end)
                    .map(|p| format!("{} {:?}", p.label, p.text))
                    .collect();
                let _ = writeln!(
                    out,
                    "  entity missed  {:<8} {:?}{}",
                    g.label,
                    g.text,
                    if near.is_empty() {
                        String::new()
                    } else {
                        format!("  (found {})", near.join(", "))
                    }
                );
            }
        }
        for p in predicted.entities.iter().filter(scored) {
            if !gold.entities.iter().any(|g| entity_key(p) == entity_key(g)) {
                let _ = writeln!(
                    out,
                    "  entity extra   {:<8} {:?} @{}",
                    p.label, p.text, p.start
                );
            }
        }
    }
    if gold.has_layer("claims") {
        let paired = pair_claims(&gold.claims, &predicted.claims);
        let show = |c: &GoldClaim| {
            format!(
                "{} cue={:?} source={:?} content={:?}{}",
                c.kind,
                c.cue.text,
                c.source.as_ref().map(|s| s.text.as_str()),
                shorten(&c.content.text),
                if c.direct { " direct" } else { "" }
            )
        };
        for &g in &paired.missed {
            let _ = writeln!(out, "  claim missed   {}", show(&gold.claims[g]));
        }
        for &p in &paired.false_alarms {
            let _ = writeln!(out, "  claim extra    {}", show(&predicted.claims[p]));
        }
        let chars: Vec<char> = gold.text.chars().collect();
        for &(g, p) in &paired.pairs {
            let (gc, pc) = (&gold.claims[g], &predicted.claims[p]);
            let source_wrong = gc
                .source
                .as_ref()
                .is_some_and(|gs| !pc.source.as_ref().is_some_and(|ps| overlaps(gs, ps)));
            let f1 = content_f1(&chars, &gc.content, &pc.content);
            if gc.kind != pc.kind || source_wrong || f1 < 0.8 {
                let _ = writeln!(
                    out,
                    "  claim differs  (content F1 {f1:.2})\n      gold {}\n      ours {}",
                    show(gc),
                    show(pc)
                );
            }
        }
    }
    out
}

fn shorten(s: &str) -> String {
    if s.chars().count() <= 90 {
        s.to_string()
    } else {
        let head: String = s.chars().take(60).collect();
        let tail: String = s
            .chars()
            .rev()
            .take(25)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        format!("{head} … {tail}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, end: usize) -> GoldSpan {
        GoldSpan {
            start,
            end,
            text: String::new(),
        }
    }

    fn claim(
        kind: &str,
        cue: (usize, usize),
        source: Option<(usize, usize)>,
        content: (usize, usize),
    ) -> GoldClaim {
        GoldClaim {
            kind: kind.into(),
            cue: span(cue.0, cue.1),
            source: source.map(|s| span(s.0, s.1)),
            content: span(content.0, content.1),
            direct: false,
        }
    }

    #[test]
    fn claims_pair_one_to_one_on_overlapping_cues() {
        let gold = [
            claim("attributed", (10, 14), Some((0, 9)), (15, 30)),
            claim("denied", (40, 46), None, (47, 60)),
        ];
        let pred = [
            claim("attributed", (10, 14), Some((5, 9)), (15, 30)),
            claim("attributed", (12, 14), None, (15, 20)),
            claim("alleged", (41, 44), None, (47, 60)),
        ];
        let p = pair_claims(&gold, &pred);
        assert_eq!(p.pairs, [(0, 0), (1, 2)]);
        assert_eq!(p.false_alarms, [1]);
        assert!(p.missed.is_empty());
    }

    #[test]
    fn content_f1_counts_word_tokens() {
        let chars: Vec<char> = "alpha beta gamma delta".chars().collect();
        assert_eq!(content_f1(&chars, &span(0, 16), &span(0, 16)), 1.0);
        // gold: alpha beta gamma; predicted: beta gamma delta -> P=R=2/3
        assert!((content_f1(&chars, &span(0, 16), &span(6, 22)) - 2.0 / 3.0).abs() < 1e-9);
    }
}
