//! The annotations every stage produces and every shell (CLI, wasm) prints.
//!
//! All offsets here are byte offsets into the annotated `&str`; conversion to UTF-16
//! (JavaScript) or Unicode scalar values (gold JSONL) happens only in `output`.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into the annotated text.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// OntoNotes 5 entity labels, spelled as spaCy and the gold files spell them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Label {
    Person,
    Norp,
    Fac,
    Org,
    Gpe,
    Loc,
    Product,
    Event,
    WorkOfArt,
    Law,
    Language,
    Date,
    Time,
    Percent,
    Money,
    Quantity,
    Ordinal,
    Cardinal,
}

impl Label {
    pub const ALL: [Label; 18] = [
        Label::Person,
        Label::Norp,
        Label::Fac,
        Label::Org,
        Label::Gpe,
        Label::Loc,
        Label::Product,
        Label::Event,
        Label::WorkOfArt,
        Label::Law,
        Label::Language,
        Label::Date,
        Label::Time,
        Label::Percent,
        Label::Money,
        Label::Quantity,
        Label::Ordinal,
        Label::Cardinal,
    ];
    /// The labels the headline figures are computed on.
    pub const CORE: [Label; 9] = [
        Label::Person,
        Label::Org,
        Label::Gpe,
        Label::Loc,
        Label::Norp,
        Label::Date,
        Label::Time,
        Label::Money,
        Label::Percent,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Norp => "NORP",
            Label::Fac => "FAC",
            Label::Org => "ORG",
            Label::Gpe => "GPE",
            Label::Loc => "LOC",
            Label::Product => "PRODUCT",
            Label::Event => "EVENT",
            Label::WorkOfArt => "WORK_OF_ART",
            Label::Law => "LAW",
            Label::Language => "LANGUAGE",
            Label::Date => "DATE",
            Label::Time => "TIME",
            Label::Percent => "PERCENT",
            Label::Money => "MONEY",
            Label::Quantity => "QUANTITY",
            Label::Ordinal => "ORDINAL",
            Label::Cardinal => "CARDINAL",
        }
    }

    pub fn parse(name: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.as_str() == name)
    }

    pub fn is_core(self) -> bool {
        Label::CORE.contains(&self)
    }
}

/// One occurrence of an entity in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub span: Span,
    pub label: Label,
    /// Index into `Annotations::entities`: mentions of the same thing share it.
    pub entity: usize,
}

/// A distinct entity: all the mentions that name the same person, place or body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    pub label: Label,
    /// The longest mention's span: its text is the name to show in lists. A span, not a
    /// copy: a string and a list an entity were a third of an article's allocations.
    pub name: Span,
    /// How many mentions name it: the `Annotations::mentions` whose `entity` is its index.
    pub mentions: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    /// Reported as coming from a source: said, told, according to ...
    Attributed,
    /// Presented as an accusation or suspicion: allegedly, suspected of ...
    Alleged,
    /// A source rejects a claim: denied, dismissed, called it false ...
    Denied,
}

impl ClaimKind {
    pub const ALL: [ClaimKind; 3] = [ClaimKind::Attributed, ClaimKind::Alleged, ClaimKind::Denied];
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Attributed => "attributed",
            ClaimKind::Alleged => "alleged",
            ClaimKind::Denied => "denied",
        }
    }
    pub fn parse(name: &str) -> Option<ClaimKind> {
        ClaimKind::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

/// A proposition the article presents as coming from someone, or as unproven.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
    pub kind: ClaimKind,
    /// The words that signal the claim ("said", "according to", "allegedly").
    pub cue: Span,
    /// Who makes the claim; `None` when the text names nobody.
    pub source: Option<Span>,
    /// The entity the source refers to, when known (also for pronoun sources).
    pub source_entity: Option<usize>,
    /// The proposition itself, without cue and source.
    pub content: Span,
    /// The whole content is one quotation.
    pub direct: bool,
}

/// Everything the annotator found in one text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Annotations {
    /// Sentences in text order; together with the gaps between them they cover the text.
    pub sentences: Vec<Span>,
    /// Entity mentions in text order, never overlapping one another.
    pub mentions: Vec<Mention>,
    pub entities: Vec<Entity>,
    /// Claims in text order of their cue; a claim may lie inside another's content.
    pub claims: Vec<Claim>,
}

#[cfg(test)]
mod tests {
    use super::Label;

    /// `Label::ALL` lists the labels in declaration order: `ALL[label as usize]` is the label
    /// (tables that keep labels as indices rely on it).
    #[test]
    fn all_is_in_declaration_order() {
        for (i, &label) in Label::ALL.iter().enumerate() {
            assert_eq!(label as usize, i, "{label:?}");
        }
    }
}
