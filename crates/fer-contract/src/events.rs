//! The FE&R webhook event catalogue and the sample delivery bodies.
//!
//! This is the one place the catalogue lives: the CLI, its completions, the
//! `listen` receiver and the `fer-hub` emulator all read it from here.

use serde_json::{json, Map, Value};

/// One event of the catalogue (CONTRACT.md, "Event catalogue").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Event {
    /// Canonical identifier sent to the API, e.g. `Campaign.status.changed`.
    pub id: &'static str,
    /// The label the web app shows.
    pub label: &'static str,
    /// When the event fires.
    pub description: &'static str,
    /// Whether the event is tied to an environment (it then carries `environment_id`).
    pub per_environment: bool,
    /// The event's own fields in a delivery body, in order.
    pub fields: &'static [&'static str],
}

/// The fields every delivery carries.
pub const COMMON_FIELDS: &[&str] = &["event", "user_id", "user_email", "user_role", "date"];

pub const EVENTS: &[Event] = &[
    Event {
        id: "Flag.created",
        label: "Flag created",
        description: "a feature flag is created",
        per_environment: true,
        fields: &["flag_id", "flag_name", "flag_type"],
    },
    Event {
        id: "Flag.removed",
        label: "Flag removed",
        description: "a feature flag is deleted",
        per_environment: true,
        fields: &["flag_id", "flag_name", "flag_type"],
    },
    Event {
        id: "Campaign.status.changed",
        label: "Campaign status changed",
        description: "a campaign changes lifecycle status (draft, live, paused, interrupted)",
        per_environment: true,
        fields: &[
            "campaign_id",
            "campaign_name",
            "campaign_type",
            "campaign_status",
            "campaign_previous_status",
        ],
    },
    Event {
        id: "Project.access.granted",
        label: "Project access granted to user",
        description: "a user is granted access to a project",
        per_environment: true,
        fields: &["project_id", "project_name", "target_user_email"],
    },
    Event {
        id: "Project.edit_role.granted",
        label: "Project edit role granted to user",
        description: "a user is granted edit permissions within a project",
        per_environment: true,
        fields: &[
            "project_id",
            "project_name",
            "target_user_email",
            "target_user_role",
        ],
    },
    Event {
        id: "Project.access.removed",
        label: "Project access removed",
        description: "a user's access to a project is revoked",
        per_environment: true,
        fields: &["project_id", "project_name", "target_user_email"],
    },
    Event {
        id: "Account.access.granted",
        label: "Account access granted to user",
        description: "a user is granted access to an account",
        per_environment: false,
        fields: &["target_user_email"],
    },
    Event {
        id: "Account.edit_role.granted",
        label: "Account edit role granted to user",
        description: "a user is granted edit permissions at the account level",
        per_environment: false,
        fields: &["target_user_email", "target_user_role"],
    },
    Event {
        id: "Account.access.removed",
        label: "Account access removed",
        description: "a user's access to an account is revoked",
        per_environment: false,
        fields: &["target_user_email"],
    },
];

/// Folds an event name to a form where case, `.`, `-`, `_` and spaces do not matter.
fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '.' | '-' | '_' | ' '))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Finds an event from any accepted form: its identifier in any case
/// (`campaign.status.changed`), its label (`Flag created`), or a kebab or
/// snake form (`flag-created`, `campaign_status_changed`).
pub fn find(name: &str) -> Option<&'static Event> {
    let name = name.trim();
    if let Some(e) = EVENTS.iter().find(|e| e.id == name) {
        return Some(e);
    }
    let folded = fold(name);
    if folded.is_empty() {
        return None;
    }
    EVENTS
        .iter()
        .find(|e| fold(e.id) == folded || fold(e.label) == folded)
}

/// The identifiers, for messages and completions.
pub fn ids() -> impl Iterator<Item = &'static str> {
    EVENTS.iter().map(|e| e.id)
}

/// What a sample delivery is about: the account and environment it belongs to
/// and the user who triggered it. Unknown parts get realistic placeholders.
#[derive(Debug, Clone, Default)]
pub struct SampleContext {
    pub account_id: Option<String>,
    pub account_name: Option<String>,
    pub environment_id: Option<String>,
    pub user_email: Option<String>,
    /// `date`, ISO-8601 with offset; now when `None`.
    pub date: Option<String>,
}

/// The current time as CONTRACT.md spells it: `2026-11-28T10:00:00+00:00`.
pub fn now_iso8601() -> String {
    chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
}

/// Builds the delivery body that FE&R posts for `event` (CONTRACT.md, "Deliveries").
pub fn sample_body(event: &Event, ctx: &SampleContext) -> Value {
    let mut body = Map::new();
    let user_email = ctx
        .user_email
        .clone()
        .unwrap_or_else(|| "ops@example.com".to_string());
    body.insert("event".into(), json!(event.id));
    body.insert("user_id".into(), json!("u-42"));
    body.insert("user_email".into(), json!(user_email));
    body.insert("user_role".into(), json!("ADMIN"));
    body.insert(
        "date".into(),
        json!(ctx.date.clone().unwrap_or_else(now_iso8601)),
    );
    body.insert(
        "account_id".into(),
        json!(ctx.account_id.as_deref().unwrap_or("acc-7f3a")),
    );
    body.insert(
        "account_name".into(),
        json!(ctx.account_name.as_deref().unwrap_or("Acme")),
    );
    if event.per_environment {
        body.insert(
            "environment_id".into(),
            json!(ctx.environment_id.as_deref().unwrap_or("env-9f8e")),
        );
    }
    for field in event.fields {
        body.insert((*field).to_string(), sample_value(event.id, field));
    }
    Value::Object(body)
}

fn sample_value(event: &str, field: &str) -> Value {
    let v = match field {
        "flag_id" => "flag-3c9d",
        "flag_name" => "new_checkout",
        "flag_type" => "boolean",
        "campaign_id" => "cmp-12",
        "campaign_name" => "Checkout v2",
        "campaign_type" => "ab",
        "campaign_status" => "live",
        "campaign_previous_status" => "draft",
        "project_id" => "prj-5e1b",
        "project_name" => "Web storefront",
        "target_user_email" => "dev@example.com",
        "target_user_role" if event.starts_with("Account.") => "ADMIN",
        "target_user_role" => "EDITOR",
        _ => "",
    };
    json!(v)
}

/// Problems with a received delivery body, as warnings for a person.
pub fn check_delivery(body: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    let Some(obj) = body.as_object() else {
        problems.push("the body is JSON but not an object".to_string());
        return problems;
    };
    let missing: Vec<&str> = COMMON_FIELDS
        .iter()
        .copied()
        .filter(|f| !obj.contains_key(*f))
        .collect();
    if !missing.is_empty() {
        problems.push(format!("missing common fields: {}", missing.join(", ")));
    }
    match obj.get("event").and_then(Value::as_str) {
        Some(name) => match EVENTS.iter().find(|e| e.id == name) {
            Some(event) => {
                let missing: Vec<&str> = event
                    .fields
                    .iter()
                    .copied()
                    .filter(|f| !obj.contains_key(*f))
                    .collect();
                if !missing.is_empty() {
                    problems.push(format!(
                        "missing {} fields: {}",
                        event.id,
                        missing.join(", ")
                    ));
                }
            }
            None => problems.push(format!("unknown event '{name}'")),
        },
        None if obj.contains_key("event") => problems.push("'event' is not a string".to_string()),
        None => {}
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_accepted_form_finds_the_event() {
        for (input, id) in [
            ("Campaign.status.changed", "Campaign.status.changed"),
            ("campaign.status.changed", "Campaign.status.changed"),
            ("campaign_status_changed", "Campaign.status.changed"),
            ("campaign-status-changed", "Campaign.status.changed"),
            ("Flag created", "Flag.created"),
            ("flag-created", "Flag.created"),
            ("FLAG.REMOVED", "Flag.removed"),
            ("project-edit-role-granted", "Project.edit_role.granted"),
            (
                "Project edit role granted to user",
                "Project.edit_role.granted",
            ),
            ("account_access_removed", "Account.access.removed"),
        ] {
            assert_eq!(find(input).map(|e| e.id), Some(id), "{input}");
        }
        assert!(find("flag").is_none());
        assert!(find("").is_none());
        assert!(find("Flag.deleted").is_none());
    }

    #[test]
    fn identifiers_and_labels_are_unambiguous() {
        for a in EVENTS {
            let hits = EVENTS
                .iter()
                .filter(|b| fold(b.id) == fold(a.id) || fold(b.label) == fold(a.id))
                .count();
            assert_eq!(hits, 1, "{}", a.id);
        }
    }

    #[test]
    fn sample_bodies_carry_common_account_and_own_fields() {
        for event in EVENTS {
            let body = sample_body(event, &SampleContext::default());
            assert!(check_delivery(&body).is_empty(), "{}: {body}", event.id);
            let obj = body.as_object().unwrap();
            assert_eq!(obj["event"], event.id);
            assert!(obj.contains_key("account_id") && obj.contains_key("account_name"));
            assert_eq!(obj.contains_key("environment_id"), event.per_environment);
            // Exactly the common, account and own fields: nothing else.
            let expected =
                COMMON_FIELDS.len() + 2 + usize::from(event.per_environment) + event.fields.len();
            assert_eq!(obj.len(), expected, "{}", event.id);
        }
    }

    #[test]
    fn date_has_an_offset() {
        let d = now_iso8601();
        assert!(chrono::DateTime::parse_from_rfc3339(&d).is_ok(), "{d}");
        assert!(d.ends_with(":00") || d.contains('+') || d.contains('-'));
    }

    #[test]
    fn check_delivery_reports_problems() {
        let problems = check_delivery(&json!({"event": "Flag.exploded"}));
        assert!(problems.iter().any(|p| p.contains("missing common fields")));
        assert!(problems.iter().any(|p| p.contains("unknown event")));
        let mut body = sample_body(&EVENTS[0], &SampleContext::default());
        body.as_object_mut().unwrap().remove("flag_type");
        assert_eq!(
            check_delivery(&body),
            vec!["missing Flag.created fields: flag_type".to_string()]
        );
    }
}
