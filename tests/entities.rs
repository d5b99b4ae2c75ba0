//! Golden test on the project's seed article: the names it must find, with labels,
//! and the acronym grouped with its long form.

use article_annotator::{annotate, Label};

const SEED: &str = include_str!("data/seed-cyber-japan.txt");

fn labels_of<'a>(text: &'a str, ann: &article_annotator::Annotations) -> Vec<(&'a str, Label)> {
    ann.mentions
        .iter()
        .map(|m| (m.span.text(text), m.label))
        .collect()
}

#[test]
fn seed_article_names() {
    let ann = annotate(SEED);
    let found = labels_of(SEED, &ann);
    let want = [
        ("Japan", Label::Gpe),
        ("JAXA", Label::Org),
        ("Japanese Aerospace Exploration Agency", Label::Org),
        ("Mitsubishi Electric", Label::Org),
        ("Keio University", Label::Org),
        ("Tick", Label::Org),
        ("NHK", Label::Org),
        ("CNN", Label::Org),
        ("Microsoft", Label::Org),
        ("Australia", Label::Gpe),
        ("East China Sea", Label::Loc),
        ("Senkaku Islands", Label::Loc),
        ("Diaoyu", Label::Loc),
        ("2016", Label::Date),
        ("Chinese", Label::Norp),
    ];
    for (text, label) in want {
        assert!(
            found.contains(&(text, label)),
            "{text:?} {label:?} not found in {found:?}"
        );
    }
    // Headline capitals make no name; "Report" and "Military" are words here.
    assert!(!found
        .iter()
        .any(|(t, _)| *t == "Report" || t.contains("Military")));
    // Sentence adverbs and page furniture are not names.
    assert!(!found
        .iter()
        .any(|(t, _)| *t == "Meanwhile" || *t == "Accept"));
}

#[test]
fn seed_acronym_grouped_with_long_form() {
    let ann = annotate(SEED);
    let entity_of = |name: &str| {
        ann.mentions
            .iter()
            .find(|m| m.span.text(SEED) == name)
            .map(|m| m.entity)
            .unwrap_or_else(|| panic!("{name} not found"))
    };
    assert_eq!(
        entity_of("JAXA"),
        entity_of("Japanese Aerospace Exploration Agency")
    );
    assert_ne!(entity_of("JAXA"), entity_of("NHK"));
}

#[test]
fn mentions_sorted_and_disjoint() {
    let ann = annotate(SEED);
    for pair in ann.mentions.windows(2) {
        assert!(pair[0].span.end <= pair[1].span.start, "{pair:?}");
    }
}

/// In a match report the places that play are teams, ORG; places after "in" stay GPE, and a
/// story that only mentions sport keeps its countries GPE.
#[test]
fn national_teams_in_match_reports() {
    let label_of = |text: &str, name: &str, nth: usize| {
        let ann = annotate(text);
        labels_of(text, &ann).into_iter().filter(|(t, _)| *t == name).nth(nth).map(|(_, l)| l)
    };
    let report = "Sweden defeated South Korea 1–0 in Nizhny Novgorod, and Belgium beat Panama 3-0 in Sochi. \
                  The striker scored from the penalty spot after the goalkeeper fouled him; the match ended late.";
    for team in ["Sweden", "South Korea", "Belgium", "Panama"] {
        assert_eq!(label_of(report, team, 0), Some(Label::Org), "{team}");
    }
    assert_eq!(label_of(report, "Sochi", 0), Some(Label::Gpe));
    // One score and sports words: a doping story, not a match report.
    let story = "Sweden banned the striker after a 1–0 match in which he scored; the goalkeeper was cleared.";
    assert_eq!(label_of(story, "Sweden", 0), Some(Label::Gpe));
    // Scores without match words: a vote count.
    let vote = "France and Germany voted 5-4 and 6-3 on the two motions.";
    assert_eq!(label_of(vote, "France", 0), Some(Label::Gpe));
}

/// A lower-case title before a capitalised pair no list knows makes it a PERSON; a title
/// that is also an adjective ("a major Capitol Hill role") does not.
#[test]
fn lower_case_title_before_unknown_name() {
    for (text, name) in [
        ("Four minutes later, the goalkeeper Mouez Hassen was substituted off.", "Mouez Hassen"),
        ("Former members include musician Tiziano Lugli and others.", "Tiziano Lugli"),
        ("Crowds watched city mayor Hau Lung-bin fly the first lantern.", "Hau Lung-bin"),
        ("According to the team's coach, Alireza Mehraban, they lost.", "Alireza Mehraban"),
    ] {
        let ann = annotate(text);
        assert!(labels_of(text, &ann).contains(&(name, Label::Person)), "{name} in {text:?}: {:?}", labels_of(text, &ann));
    }
    let text = "He never played a major Capitol Hill role before.";
    let ann = annotate(text);
    assert!(!labels_of(text, &ann).iter().any(|&(_, l)| l == Label::Person), "{:?}", labels_of(text, &ann));
}

/// Ages are DATE also without "aged" or "-year-old"; a count after "was" stays a count.
#[test]
fn ages_without_aged() {
    for (text, age) in [
        ("She left school at the age of 12.", "12"),
        ("They moved to the United Kingdom when she was six so they could be closer.", "six"),
        ("Most registered before they turned 18.", "18"),
    ] {
        let ann = annotate(text);
        assert!(labels_of(text, &ann).contains(&(age, Label::Date)), "{age} in {text:?}: {:?}", labels_of(text, &ann));
    }
    let text = "When he was 12 points behind, he quit.";
    let ann = annotate(text);
    assert!(labels_of(text, &ann).contains(&("12", Label::Cardinal)), "{:?}", labels_of(text, &ann));
}

/// A place after a whole organisation name, or a second name after "and", is not part of it;
/// an official name with "of the" stays whole.
#[test]
fn organisation_names_end_before_a_place_or_a_second_name() {
    let text = "A team from the Massachusetts Institute of Technology and Colorado State University of the US \
                and the University of Sheffield of the UK said so. The Supreme Court of the United States ruled.";
    let ann = annotate(text);
    let found = labels_of(text, &ann);
    for want in [
        ("Massachusetts Institute of Technology", Label::Org),
        ("Colorado State University", Label::Org),
        ("US", Label::Gpe),
        ("University of Sheffield", Label::Org),
        ("UK", Label::Gpe),
        ("Supreme Court of the United States", Label::Org),
    ] {
        assert!(found.contains(&want), "{want:?} not in {found:?}");
    }
}

/// A role "T of X" before a name leaves the name a PERSON, and what follows "and" is read
/// on ("Secretary of State John Kerry and Foreign Minister Sergei Lavrov").
#[test]
fn names_after_a_role_of_a_department() {
    let text = "The talks were led by Secretary of State John Kerry and Foreign Minister Sergei Lavrov in Geneva. \
                On Monday, Minister of Education Stefania Giannini said so.";
    let ann = annotate(text);
    let found = labels_of(text, &ann);
    for name in ["John Kerry", "Sergei Lavrov", "Stefania Giannini"] {
        assert!(found.contains(&(name, Label::Person)), "{name} not in {found:?}");
    }
    assert!(!found.iter().any(|(t, _)| t.contains("Secretary") || t.contains("Education")), "{found:?}");
}

/// Web names are one ORG, with a company suffix ("Amazon.com Inc"), also when their first
/// part is a known name; a sentence-initial verb before one stays out.
#[test]
fn web_names() {
    let text = "Amazon.com said so. Shares of Amazon.com Inc fell. Visit Gawker.com today.";
    let ann = annotate(text);
    let found = labels_of(text, &ann);
    for want in [("Amazon.com", Label::Org), ("Amazon.com Inc", Label::Org), ("Gawker.com", Label::Org)] {
        assert!(found.contains(&want), "{want:?} not in {found:?}");
    }
    assert!(!found.iter().any(|(t, l)| *t == "com" || *l == Label::Person), "{found:?}");
}

/// Credit lines name people, whatever their given names.
#[test]
fn credit_lines() {
    let text = "Additional reporting by Kanishka Singh; Writing by Daphne Psaledakis; Editing by Chizu Nomiyama";
    let ann = annotate(text);
    let found = labels_of(text, &ann);
    for name in ["Kanishka Singh", "Daphne Psaledakis", "Chizu Nomiyama"] {
        assert!(found.contains(&(name, Label::Person)), "{name} not in {found:?}");
    }
}

/// A lower-case body noun before an unknown name makes it an ORG ("copper commission
/// Cochilco", "chipmaker Nvidia"); a body's name in Spanish, French, Italian or Portuguese is
/// an ORG though shaped like a person's name.
#[test]
fn bodies_by_noun_and_by_first_word() {
    let text = "The copper commission Cochilco said so. Shares of chipmaker Xentrix rose. \
                Groups including the Observatorio Plurinacional de Salares Andinos objected.";
    let ann = annotate(text);
    let found = labels_of(text, &ann);
    for name in ["Cochilco", "Xentrix", "Observatorio Plurinacional de Salares Andinos"] {
        assert!(found.contains(&(name, Label::Org)), "{name} not in {found:?}");
    }
}

/// A dateline's town in capitals before its state is a GPE, not an acronym or a company of
/// the same name.
#[test]
fn dateline_towns() {
    for (text, town) in [
        ("FLINT, Michigan — The water crisis deepened on Monday, officials said.", "FLINT"),
        ("WOODSIDE, Calif. — The president met Xi on Wednesday in a long meeting.", "WOODSIDE"),
    ] {
        let ann = annotate(text);
        assert!(labels_of(text, &ann).contains(&(town, Label::Gpe)), "{town}: {:?}", labels_of(text, &ann));
    }
}

/// "Brent crude" is a benchmark, not a person called Brent.
#[test]
fn benchmarks_are_no_persons() {
    let text = "Oil prices fell, with Brent crude down 3% and Brent futures lower. Brent Smith said so.";
    let ann = annotate(text);
    let found = labels_of(text, &ann);
    assert!(!found.contains(&("Brent", Label::Person)) && found.contains(&("Brent Smith", Label::Person)), "{found:?}");
}

/// A known name before a hyphen and a lower-case word is a mention of its own:
/// "Tokyo-based", "Soviet-era", "United Nations-mediated"; not "Spanish-language".
#[test]
fn names_inside_hyphenated_compounds() {
    let text = "The Tokyo-based firm, a Soviet-era plant and a United Nations-mediated deal. Spanish-language media.";
    let ann = annotate(text);
    let found = labels_of(text, &ann);
    for want in [("Tokyo", Label::Gpe), ("Soviet", Label::Norp), ("United Nations", Label::Org)] {
        assert!(found.contains(&want), "{want:?} not in {found:?}");
    }
    assert!(!found.iter().any(|(t, _)| *t == "Spanish"), "{found:?}");
}

/// Known names joined by hyphens are each a mention ("US-China"); a hyphenated people is
/// one ("Cuban-Americans"); a name inside a longer one stays in it.
#[test]
fn known_names_joined_by_hyphens() {
    let text = "The US-China trade war and the Israeli-Palestinian talks worried Cuban-Americans \
                at the University of Wisconsin-Milwaukee.";
    let ann = annotate(text);
    let found = labels_of(text, &ann);
    for want in [("US", Label::Gpe), ("China", Label::Gpe), ("Israeli", Label::Norp), ("Palestinian", Label::Norp),
        ("Cuban-Americans", Label::Norp), ("University of Wisconsin-Milwaukee", Label::Org)] {
        assert!(found.contains(&want), "{want:?} not in {found:?}");
    }
}

/// Initials lead a person's name; a company name ending in its legal form is whole before
/// "and".
#[test]
fn initials_and_company_suffixes() {
    let text = "H.R. McMaster and J.K. Rowling met. Volkswagen AG and Siemens Energy AG said profits rose.";
    let ann = annotate(text);
    let found = labels_of(text, &ann);
    for want in [("H.R. McMaster", Label::Person), ("J.K. Rowling", Label::Person), ("Volkswagen AG", Label::Org),
        ("Siemens Energy AG", Label::Org)] {
        assert!(found.contains(&want), "{want:?} not in {found:?}");
    }
}
