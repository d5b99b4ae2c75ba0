//! The rule word lists of `src/data/entities/`, each parsed once on first use.

use crate::lexicon::{entries, Lexicon};
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

macro_rules! word_list {
    ($(#[$doc:meta])* $name:ident, $file:literal) => {
        $(#[$doc])*
        pub fn $name() -> &'static Lexicon {
            static LIST: OnceLock<Lexicon> = OnceLock::new();
            LIST.get_or_init(|| Lexicon::from_data(crate::data!(concat!("entities/", $file))))
        }
    };
}

word_list!(
    /// Last words that make a capitalised run an ORG: "Inc", "Agency", "University".
    org_heads, "org_heads.txt");
word_list!(
    /// First words of "X of Y" organisation names: "University", "Ministry".
    org_leads, "org_leads.txt");
word_list!(
    /// Last words of LOC names: "Sea", "Islands".
    loc_heads, "loc_heads.txt");
word_list!(
    /// First words of LOC names: "Mount", "Lake".
    loc_leads, "loc_leads.txt");
word_list!(
    /// Last words of FAC names: "Stadium", "Airport".
    fac_heads, "fac_heads.txt");
word_list!(
    /// Last words of GPE names: "City", "Province".
    gpe_heads, "gpe_heads.txt");
word_list!(
    /// Last words of EVENT names: "Cup", "Olympics".
    event_heads, "event_heads.txt");
word_list!(
    /// Single LOC names no gazetteer holds: "Earth".
    loc_names, "loc_names.txt");
word_list!(
    /// Last words of LAW names: "Act", "Treaty".
    law_heads, "law_heads.txt");
word_list!(
    /// Last words of studies and reports: "Study", "Survey".
    work_heads, "work_heads.txt");
word_list!(
    /// First words of organisation names: "Radio", "Club".
    org_first_words, "org_first_words.txt");
word_list!(
    /// Nouns whose "of"/"at" complement is a body: "shares of X".
    org_context, "org_context.txt");
word_list!(months, "months.txt");
word_list!(weekdays, "weekdays.txt");
word_list!(multipliers, "multipliers.txt");
word_list!(ordinal_words, "ordinal_words.txt");
word_list!(date_modifiers, "date_modifiers.txt");
word_list!(date_units, "date_units.txt");
word_list!(time_units, "time_units.txt");
word_list!(currencies, "currencies.txt");
word_list!(frequency_words, "frequency_words.txt");
word_list!(relative_days, "relative_days.txt");
word_list!(
    /// Capitalised words that never start a name: "The", "Meanwhile".
    non_name_words, "non_name_words.txt");
word_list!(speech_verbs, "speech_verbs.txt");
word_list!(
    /// Political and religious groups: "Republicans", "Muslims".
    norp_groups, "norp_groups.txt");
word_list!(naming_cues, "naming_cues.txt");
word_list!(org_nouns, "org_nouns.txt");
word_list!(loc_nouns, "loc_nouns.txt");
word_list!(gpe_nouns, "gpe_nouns.txt");
word_list!(person_nouns, "person_nouns.txt");

/// Number words with their values: "four" -> 4.
pub fn number_words() -> &'static HashMap<String, u64> {
    static MAP: OnceLock<HashMap<String, u64>> = OnceLock::new();
    MAP.get_or_init(|| {
        entries(crate::data!("entities/number_words.txt"))
            .map(|(w, v)| (w.to_string(), v.parse().unwrap_or(0)))
            .collect()
    })
}

/// Amount modifiers as word sequences, longest first: ["more", "than"], ["some"].
pub fn amount_modifiers() -> &'static [Vec<String>] {
    static LIST: OnceLock<Vec<Vec<String>>> = OnceLock::new();
    LIST.get_or_init(|| {
        let mut list: Vec<Vec<String>> =
            entries(crate::data!("entities/amount_modifiers.txt"))
                .map(|(w, _)| w.split_whitespace().map(str::to_string).collect())
                .collect();
        list.sort_by_key(|l| std::cmp::Reverse(l.len()));
        list
    })
}
