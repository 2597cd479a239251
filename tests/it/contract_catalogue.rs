//! The event catalogue against the project's own documentation of it
//! (`docs/events.md`): identifiers, labels, descriptions, legacy marks, and
//! each event's delivery fields with their provenance.

fn doc() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/events.md");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
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
fn the_catalogue_is_the_documented_one() {
    let text = doc();
    let rows = table(&text, "## The catalogue", "identifier");
    assert_eq!(rows.len(), fer::events::EVENTS.len(), "{rows:?}");
    for (row, event) in rows.iter().zip(fer::events::EVENTS) {
        assert_eq!(codes(&row[0]), [event.id]);
        assert_eq!(row[1], event.label, "{}", event.id);
        assert_eq!(row[2], event.description, "{}", event.id);
        assert_eq!(row[3] == "legacy", event.legacy, "{}", event.id);
    }
}

#[test]
fn every_field_and_its_provenance_is_documented() {
    let text = doc();
    let rows = table(&text, "## Delivery fields", "event");
    let mut documented = std::collections::BTreeMap::new();
    for row in &rows {
        for id in codes(&row[0]) {
            let fields: Vec<(String, String)> = row[1]
                .split(", ")
                .map(|f| {
                    let name = codes(f).first().cloned().unwrap_or_default();
                    let prov = f
                        .rsplit(' ')
                        .next()
                        .unwrap_or("")
                        .trim_matches(['(', ')'])
                        .to_string();
                    (name, prov)
                })
                .collect();
            documented.insert(id, fields);
        }
    }
    for event in fer::events::EVENTS {
        let want: Vec<(String, String)> = event
            .fields
            .iter()
            .map(|f| {
                let p = match f.provenance {
                    fer::events::Provenance::Documented(_) => "documented",
                    fer::events::Provenance::Inferred(_) => "inferred",
                    fer::events::Provenance::Assumed => "assumed",
                };
                (f.name.to_string(), p.to_string())
            })
            .collect();
        assert_eq!(documented.get(event.id), Some(&want), "{}", event.id);
    }
}
