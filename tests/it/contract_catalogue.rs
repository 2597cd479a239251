//! The event catalogue against CONTRACT.md itself, beside the checkout
//! (`../shared/CONTRACT.md`; required when CI is set): identifiers, labels,
//! descriptions, and each event's own delivery fields.

use std::collections::BTreeMap;

fn contract() -> Option<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/CONTRACT.md");
    std::fs::read_to_string(path).ok()
}

/// The `code` spans of a markdown table cell, in order.
fn codes(cell: &str) -> Vec<String> {
    cell.split('`')
        .skip(1)
        .step_by(2)
        .map(String::from)
        .collect()
}

/// The rows of the table under `heading`: cells, trimmed.
fn table(text: &str, heading: &str, first_header: &str) -> Vec<Vec<String>> {
    let section = &text[text.find(heading).unwrap_or_else(|| panic!("no {heading}"))..];
    section
        .lines()
        .skip_while(|l| !l.starts_with(&format!("| {first_header}")))
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .map(|l| {
            l.trim_matches('|')
                .split(" | ")
                .map(|c| c.trim().to_string())
                .collect()
        })
        .collect()
}

#[test]
fn the_catalogue_is_the_contracts() {
    let Some(text) = contract() else {
        // CI always has the contract beside the checkout: there, a missing
        // one is a failure, not a pass with nothing compared.
        assert!(
            std::env::var_os("CI").is_none(),
            "../shared/CONTRACT.md is not beside this checkout, and CI is set"
        );
        eprintln!("../shared/CONTRACT.md is not beside this checkout: nothing to compare");
        return;
    };
    let rows = table(&text, "## Event catalogue", "identifier");
    assert_eq!(rows.len(), fer::events::EVENTS.len(), "{rows:?}");
    for (row, event) in rows.iter().zip(fer::events::EVENTS) {
        assert_eq!(codes(&row[0]), [event.id]);
        assert_eq!(row[1], event.label, "{}", event.id);
        assert_eq!(row[2], event.description, "{}", event.id);
    }

    let mut own: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for row in table(&text, "## Deliveries", "event") {
        // Field names, without the value lists in parentheses.
        let cell = row[1]
            .split('(')
            .map(|p| p.rsplit(')').next().unwrap_or(""))
            .collect::<Vec<_>>()
            .join("");
        for id in codes(&row[0]) {
            own.insert(id, codes(&cell));
        }
    }
    assert_eq!(own.len(), fer::events::EVENTS.len(), "{own:?}");
    for event in fer::events::EVENTS {
        assert_eq!(own[event.id], event.fields, "{}", event.id);
        // Tied to an environment: Flag.*, Campaign.*, Project.*.
        let tied = !event.id.starts_with("Account.");
        assert_eq!(event.per_environment, tied, "{}", event.id);
    }
}
