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

    /// A list that arrives in parts (an environment at a time), the parts
    /// in order, `keep` choosing what is shown. For scripts it is written
    /// as it comes, so that a long list is never held whole; for people
    /// it is gathered into one table, or, when none is kept, `empty()` is
    /// said on stderr. Returns how many were shown.
    pub async fn list_parts<T, S>(
        &self,
        mut parts: S,
        keep: impl Fn(&T) -> bool,
        empty: impl FnOnce() -> String,
    ) -> crate::error::Result<usize>
    where
        T: Row + Serialize,
        S: futures::Stream<Item = crate::error::Result<Vec<T>>> + Unpin,
    {
        use futures::StreamExt;
        if self.json() {
            let mut out = self.json_array();
            let mut n = 0;
            while let Some(part) = parts.next().await {
                for item in part?.iter().filter(|i| keep(i)) {
                    out.item(item);
                    n += 1;
                }
            }
            out.end();
            return Ok(n);
        }
        let mut all = Vec::new();
        while let Some(part) = parts.next().await {
            all.extend(part?.into_iter().filter(|i| keep(i)));
        }
        if all.is_empty() {
            self.info(&empty());
        } else {
            self.list(&all);
        }
        Ok(all.len())
    }

    /// What a command did: `data` as JSON for scripts, `message` as a
    /// success line for people.
    pub fn done<T: Serialize + ?Sized>(&self, data: &T, message: &str) {
        if self.json() {
            self.print_json(data);
        } else {
            self.success(message);
        }
    }

    /// As `done`, with a plain note for people (nothing needed doing).
    pub fn done_note<T: Serialize + ?Sized>(&self, data: &T, message: &str) {
        if self.json() {
            self.print_json(data);
        } else {
            self.info(message);
        }
    }

    /// A description: `data` as JSON for scripts, key/value lines for people.
    pub fn described<T: Serialize + ?Sized>(&self, data: &T, fields: &[(&str, String)]) {
        if self.json() {
            self.print_json(data);
        } else {
            self.fields(fields);
        }
    }

    /// A document in one of two forms, only the one asked for built: JSON
    /// for `-o json`, else `text` as it is (a file's content, e.g. TOML).
    pub fn document<J: Serialize>(&self, json: impl FnOnce() -> J, text: impl FnOnce() -> String) {
        if self.json() {
            self.print_json(&json());
        } else {
            self.io.out.data_str(&text());
        }
    }

    /// Key/value lines for people only (before an error, which scripts get
    /// as their document).
    pub fn fields_for_people(&self, fields: &[(&str, String)]) {
        if !self.json() {
            self.fields(fields);
        }
    }

    /// One item that scripts always get; people see it when `for_people`
    /// (an error message says the rest).
    pub fn item_for_scripts<T: Fields + Serialize>(&self, item: &T, for_people: bool) {
        if for_people || self.json() {
            self.item(item);
        }
    }

    /// Ids of what was done, one a line, for `-q` with text output (JSON
    /// output has them in its document).
    pub fn quiet_id(&self, id: &str) {
        if self.quiet && !self.json() {
            self.data(id);
        }
    }

    /// A JSON document for scripts only: people had a line for each part.
    pub fn json_only<T: Serialize + ?Sized>(&self, data: &T) {
        if self.json() {
            self.print_json(data);
        }
    }

    /// An empty list: `[]` for scripts, `note` on stderr for people.
    pub fn nothing_listed(&self, note: &str) {
        if self.json() {
            self.print_json(&[(); 0]);
        } else {
            self.info(note);
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
