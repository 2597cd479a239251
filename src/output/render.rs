//! The one output path: a command hands over what it has (a list, an item,
//! several items) and the printer picks the form: JSON for `-o json`, ids
//! for `-q`, a table or key/value lines for people. No command picks a
//! format, and everything shown for people is sanitised on the way.

use serde::Serialize;

use super::{Column, Printer};
use crate::events::Event;
use fer_contract::wire::Webhook;

/// Something shown as a row of a table.
pub trait Row {
    /// The columns, named, with how each gives way on a narrow terminal.
    fn columns() -> &'static [Column];
    fn cells(&self) -> Vec<String>;
    /// What `-q` prints.
    fn id(&self) -> String;
}

/// Something shown on its own, as key/value lines.
pub trait Fields {
    fn fields(&self) -> Vec<(&'static str, String)>;
    /// What `-q` prints.
    fn id(&self) -> String;
}

impl Printer {
    /// A list: a JSON array, ids, or a table.
    pub fn list<T: Row + Serialize>(&self, items: &[T]) {
        if self.json() {
            self.print_json(items);
        } else if self.quiet {
            for i in items {
                self.data(&i.id());
            }
        } else {
            self.table(T::columns(), items.iter().map(Row::cells).collect());
        }
    }

    /// One item: a JSON object, its id, or key/value lines.
    pub fn item<T: Fields + Serialize>(&self, item: &T) {
        if self.json() {
            self.print_json(item);
        } else if self.quiet {
            self.data(&item.id());
        } else {
            self.fields(&item.fields());
        }
    }

    /// Several items shown one by one: a JSON array, ids, or blocks of
    /// key/value lines apart by a blank line.
    pub fn items<T: Fields + Serialize>(&self, items: &[T]) {
        if self.json() {
            self.print_json(items);
            return;
        }
        for (i, item) in items.iter().enumerate() {
            if i > 0 && !self.quiet {
                self.data("");
            }
            self.item(item);
        }
    }
}

/// 2026-11-28T10:00:00Z -> 2026-11-28 10:00; anything else as it is.
pub fn short_time(s: &str) -> String {
    match (s.get(..10), s.get(10..11), s.get(11..16)) {
        (Some(date), Some("T"), Some(time)) => format!("{date} {time}"),
        _ => s.to_string(),
    }
}

impl Row for Webhook {
    fn columns() -> &'static [Column] {
        // The description is cut before the URL, CREATED goes first.
        const COLUMNS: &[Column] = &[
            Column::new("ID", 0),
            Column::new("ENVIRONMENT", 0),
            Column::new("EVENT", 0),
            Column::url("URL", 1),
            Column::text("DESCRIPTION", 2).dropped(1),
            Column::new("CREATED", 2),
        ];
        COLUMNS
    }
    fn cells(&self) -> Vec<String> {
        vec![
            Webhook::id(self),
            self.environment().to_string(),
            self.event().to_string(),
            crate::api::redact_url(&self.url()),
            self.description().to_string(),
            short_time(&self.created_at()),
        ]
    }
    fn id(&self) -> String {
        Webhook::id(self)
    }
}

impl Fields for Webhook {
    fn fields(&self) -> Vec<(&'static str, String)> {
        vec![
            ("id", Webhook::id(self)),
            (
                "environment",
                format!("{} ({})", self.environment(), self.environment_id()),
            ),
            ("event", self.event().to_string()),
            ("url", crate::api::redact_url(&self.url())),
            ("description", self.description().to_string()),
            ("created", self.created_at().to_string()),
            ("created by", self.created_by().to_string()),
        ]
    }
    fn id(&self) -> String {
        Webhook::id(self)
    }
}

/// An event of the catalogue, as `fer events list` shows it.
#[derive(Serialize)]
pub struct EventRow {
    #[serde(rename = "event")]
    pub id: &'static str,
    pub label: &'static str,
    pub description: &'static str,
    /// The event's own fields in a delivery.
    pub fields: Vec<&'static str>,
    /// An identifier of the older UI, not offered for new webhooks.
    pub legacy: bool,
}

impl From<&Event> for EventRow {
    fn from(e: &Event) -> EventRow {
        EventRow {
            id: e.id,
            label: e.label,
            description: e.description,
            fields: e.field_names(),
            legacy: e.legacy,
        }
    }
}

impl Row for EventRow {
    fn columns() -> &'static [Column] {
        const COLUMNS: &[Column] = &[
            Column::new("EVENT", 0),
            Column::text("LABEL", 1),
            Column::text("DESCRIPTION", 2).dropped(1),
        ];
        COLUMNS
    }
    fn cells(&self) -> Vec<String> {
        let legacy = if self.legacy { " (legacy)" } else { "" };
        vec![
            self.id.to_string(),
            self.label.trim_end_matches(" (legacy)").to_string(),
            format!("{}{legacy}", self.description),
        ]
    }
    fn id(&self) -> String {
        self.id.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn created_times_are_shortened_and_odd_ones_kept() {
        assert_eq!(short_time("2026-11-28T10:00:00Z"), "2026-11-28 10:00");
        assert_eq!(short_time("yesterday"), "yesterday");
        assert_eq!(short_time("2026-11-28Tñññññ"), "2026-11-28Tñññññ");
        assert_eq!(short_time(""), "");
    }
}
