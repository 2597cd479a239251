//! The FE&R webhook event catalogue, the delivery bodies, their JSON
//! Schemas and the checks a receiver makes (docs/events.md).
//!
//! This is the one place the catalogue lives: the CLI, its completions, the
//! `listen` receiver and the `fer-hub` emulator all read it from here. Every
//! field of every body says where it comes from: a vendor page documents it,
//! it is inferred from a documented event, or it is assumed (chosen here).

use serde_json::{json, Map, Value};

/// Where a field of a delivery body comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Provenance {
    /// A vendor page documents it (the page named).
    Documented(&'static str),
    /// Carried over from a documented event by inference (the reason named).
    Inferred(&'static str),
    /// In no vendor source: chosen here.
    Assumed,
}

impl Provenance {
    /// "documented (…)", "inferred (…)" or "assumed".
    pub fn describe(self) -> String {
        match self {
            Provenance::Documented(src) => format!("documented ({src})"),
            Provenance::Inferred(why) => format!("inferred ({why})"),
            Provenance::Assumed => "assumed (in no vendor source; chosen by fer)".to_string(),
        }
    }
    pub fn is_documented(self) -> bool {
        matches!(self, Provenance::Documented(_))
    }
}

/// The vendor pages fields are documented on.
pub const PORTAL: &str = "developer portal, \"Webhooks Integrations\"";
pub const RC_API: &str = "Remote Control API reference";

/// User roles as the vendor names them: current ones first, then those of
/// older accounts.
pub const ROLES: &[&str] = &[
    "SUPER_ADMIN",
    "PROJECT_MANAGER",
    "MEMBER",
    "GUEST",
    "ADMIN",
    "OWNER",
    "VIEWER",
    "USER",
    "CREATOR",
    "ACCOUNT_ADMIN",
    "ACCOUNT_OWNER",
];
pub const CAMPAIGN_TYPES: &[&str] = &["ab", "toggle", "perso", "deployment"];
pub const CAMPAIGN_STATES: &[&str] = &["active", "paused", "interrupted", "draft"];
pub const FLAG_TYPES: &[&str] = &["string", "boolean", "number", "array", "object"];

/// One field of a delivery body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    pub name: &'static str,
    /// What it holds, for people and for the schema's description.
    pub about: &'static str,
    /// The values it takes, when the vendor names them.
    pub values: Option<&'static [&'static str]>,
    pub provenance: Provenance,
    /// What a sample delivery carries.
    pub sample: &'static str,
}

const fn field(
    name: &'static str,
    about: &'static str,
    provenance: Provenance,
    sample: &'static str,
) -> Field {
    Field {
        name,
        about,
        values: None,
        provenance,
        sample,
    }
}

const fn one_of(mut f: Field, values: &'static [&'static str]) -> Field {
    f.values = Some(values);
    f
}

const DOC: Provenance = Provenance::Documented(PORTAL);
const FEATURE_INFERRED: Provenance =
    Provenance::Inferred("documented for the Feature events, carried over");
const ASSUMED: Provenance = Provenance::Assumed;

/// The fields every delivery carries (documented).
pub const COMMON: &[Field] = &[
    field("event", "the event's identifier", DOC, ""),
    field("user_id", "the user who triggered it", DOC, "u-42"),
    field("user_email", "that user's e-mail", DOC, "ops@example.com"),
    one_of(
        field("user_role", "that user's role", DOC, "SUPER_ADMIN"),
        ROLES,
    ),
    field(
        "date",
        "when it happened, ISO-8601 with offset (the vendor's example is UTC)",
        DOC,
        "",
    ),
];

/// The names of the common fields.
pub const COMMON_FIELDS: &[&str] = &["event", "user_id", "user_email", "user_role", "date"];

const FEATURE_FIELDS: &[Field] = &[
    field("account_id", "the account", DOC, "acc-7f3a"),
    field("account_name", "the account's name", DOC, "Acme"),
    field("environment_id", "the environment", DOC, "env-9f8e"),
    field("campaign_id", "the campaign", DOC, "cmp-12"),
    field("campaign_name", "the campaign's name", DOC, "Checkout v2"),
    one_of(
        field("campaign_type", "the campaign's type", DOC, "ab"),
        CAMPAIGN_TYPES,
    ),
    one_of(
        field(
            "campaign_status",
            "the campaign's state (\"Live\" in the web app is `active`)",
            Provenance::Documented("developer portal; Remote Control API reference"),
            "active",
        ),
        CAMPAIGN_STATES,
    ),
];

const FEATURE_PAUSED_FIELDS: &[Field] = &[
    FEATURE_FIELDS[0],
    FEATURE_FIELDS[1],
    FEATURE_FIELDS[2],
    FEATURE_FIELDS[3],
    FEATURE_FIELDS[4],
    FEATURE_FIELDS[5],
    one_of(
        field(
            "campaign_status",
            "the campaign's state",
            Provenance::Documented("developer portal; Remote Control API reference"),
            "paused",
        ),
        CAMPAIGN_STATES,
    ),
];

const ACCOUNT_ASSUMED: [Field; 2] = [
    field("account_id", "the account", ASSUMED, "acc-7f3a"),
    field("account_name", "the account's name", ASSUMED, "Acme"),
];
const ENV_ASSUMED: Field = field("environment_id", "the environment", ASSUMED, "env-9f8e");

const FLAG_FIELDS: &[Field] = &[
    ACCOUNT_ASSUMED[0],
    ACCOUNT_ASSUMED[1],
    ENV_ASSUMED,
    field("flag_id", "the flag", ASSUMED, "flag-3c9d"),
    field("flag_name", "the flag's key", ASSUMED, "new_checkout"),
    one_of(
        field("flag_type", "the flag's type", ASSUMED, "boolean"),
        FLAG_TYPES,
    ),
];

const CAMPAIGN_FIELDS: &[Field] = &[
    field("account_id", "the account", FEATURE_INFERRED, "acc-7f3a"),
    field(
        "account_name",
        "the account's name",
        FEATURE_INFERRED,
        "Acme",
    ),
    field(
        "environment_id",
        "the environment",
        FEATURE_INFERRED,
        "env-9f8e",
    ),
    field("campaign_id", "the campaign", FEATURE_INFERRED, "cmp-12"),
    field(
        "campaign_name",
        "the campaign's name",
        FEATURE_INFERRED,
        "Checkout v2",
    ),
    one_of(
        field(
            "campaign_type",
            "the campaign's type",
            FEATURE_INFERRED,
            "ab",
        ),
        CAMPAIGN_TYPES,
    ),
    one_of(
        field(
            "campaign_status",
            "the new state (\"Live\" in the web app is `active`)",
            FEATURE_INFERRED,
            "active",
        ),
        CAMPAIGN_STATES,
    ),
    one_of(
        field(
            "campaign_previous_status",
            "the state before",
            ASSUMED,
            "draft",
        ),
        CAMPAIGN_STATES,
    ),
];

const PROJECT_ACCESS_FIELDS: &[Field] = &[
    ACCOUNT_ASSUMED[0],
    ACCOUNT_ASSUMED[1],
    ENV_ASSUMED,
    field("project_id", "the project", ASSUMED, "prj-5e1b"),
    field(
        "project_name",
        "the project's name",
        ASSUMED,
        "Web storefront",
    ),
    field(
        "target_user_email",
        "the user whose access changed",
        ASSUMED,
        "dev@example.com",
    ),
];

const PROJECT_ROLE_FIELDS: &[Field] = &[
    ACCOUNT_ASSUMED[0],
    ACCOUNT_ASSUMED[1],
    ENV_ASSUMED,
    field("project_id", "the project", ASSUMED, "prj-5e1b"),
    field(
        "project_name",
        "the project's name",
        ASSUMED,
        "Web storefront",
    ),
    field(
        "target_user_email",
        "the user whose role changed",
        ASSUMED,
        "dev@example.com",
    ),
    one_of(
        field(
            "target_user_role",
            "the role granted",
            ASSUMED,
            "PROJECT_MANAGER",
        ),
        ROLES,
    ),
];

const ACCOUNT_ACCESS_FIELDS: &[Field] = &[
    ACCOUNT_ASSUMED[0],
    ACCOUNT_ASSUMED[1],
    field(
        "target_user_email",
        "the user whose access changed",
        ASSUMED,
        "dev@example.com",
    ),
];

const ACCOUNT_ROLE_FIELDS: &[Field] = &[
    ACCOUNT_ASSUMED[0],
    ACCOUNT_ASSUMED[1],
    field(
        "target_user_email",
        "the user whose role changed",
        ASSUMED,
        "dev@example.com",
    ),
    one_of(
        field(
            "target_user_role",
            "the role granted",
            ASSUMED,
            "SUPER_ADMIN",
        ),
        ROLES,
    ),
];

const SYNC_FIELDS: &[Field] = &[ACCOUNT_ASSUMED[0], ACCOUNT_ASSUMED[1], ENV_ASSUMED];

/// One event of the catalogue (docs/events.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Event {
    /// Canonical identifier sent to the API, e.g. `Campaign.status.changed`.
    pub id: &'static str,
    /// The label the web app shows.
    pub label: &'static str,
    /// When the event fires.
    pub description: &'static str,
    /// An identifier of the older UI: a real account may still hold
    /// webhooks on it; not offered for new ones unless named.
    pub legacy: bool,
    /// The body's fields beyond the common ones, in order.
    pub fields: &'static [Field],
}

impl Event {
    /// Every field of the body: the common ones, then the event's own.
    pub fn all_fields(&self) -> impl Iterator<Item = &'static Field> {
        COMMON.iter().chain(self.fields.iter())
    }
    /// The names of the event's own fields.
    pub fn field_names(&self) -> Vec<&'static str> {
        self.fields.iter().map(|f| f.name).collect()
    }
    pub fn per_environment(&self) -> bool {
        self.fields.iter().any(|f| f.name == "environment_id")
    }
}

const fn event(
    id: &'static str,
    label: &'static str,
    description: &'static str,
    fields: &'static [Field],
) -> Event {
    Event {
        id,
        label,
        description,
        legacy: false,
        fields,
    }
}

const fn legacy(
    id: &'static str,
    label: &'static str,
    description: &'static str,
    fields: &'static [Field],
) -> Event {
    Event {
        id,
        label,
        description,
        legacy: true,
        fields,
    }
}

/// The catalogue: the current events, then the legacy ones.
pub const EVENTS: &[Event] = &[
    event(
        "Flag.created",
        "Flag created",
        "a feature flag is created",
        FLAG_FIELDS,
    ),
    event(
        "Flag.removed",
        "Flag removed",
        "a feature flag is deleted",
        FLAG_FIELDS,
    ),
    event(
        "Campaign.status.changed",
        "Campaign status changed",
        "a campaign changes state (active, paused, interrupted, draft)",
        CAMPAIGN_FIELDS,
    ),
    event(
        "Project.access.granted",
        "Project access granted to user",
        "a user is granted access to a project",
        PROJECT_ACCESS_FIELDS,
    ),
    event(
        "Project.edit_role.granted",
        "Project edit role granted to user",
        "a user is granted edit permissions within a project",
        PROJECT_ROLE_FIELDS,
    ),
    event(
        "Project.access.removed",
        "Project access removed",
        "a user's access to a project is revoked",
        PROJECT_ACCESS_FIELDS,
    ),
    event(
        "Account.access.granted",
        "Account access granted to user",
        "a user is granted access to an account",
        ACCOUNT_ACCESS_FIELDS,
    ),
    event(
        "Account.edit_role.granted",
        "Account edit role granted to user",
        "a user is granted edit permissions at the account level",
        ACCOUNT_ROLE_FIELDS,
    ),
    event(
        "Account.access.removed",
        "Account access removed",
        "a user's access to an account is revoked",
        ACCOUNT_ACCESS_FIELDS,
    ),
    legacy(
        "Feature.status",
        "Feature status (legacy)",
        "a feature (campaign) is switched ON or OFF",
        FEATURE_FIELDS,
    ),
    legacy(
        "Feature.active",
        "Feature active (legacy)",
        "a feature is turned ON",
        FEATURE_FIELDS,
    ),
    legacy(
        "Feature.paused",
        "Feature paused (legacy)",
        "a feature is turned OFF",
        FEATURE_PAUSED_FIELDS,
    ),
    legacy(
        "Flag.new",
        "Flag new (legacy)",
        "a new flag is created",
        FLAG_FIELDS,
    ),
    legacy(
        "Flag.deleted",
        "Flag deleted (legacy)",
        "a flag is deleted",
        FLAG_FIELDS,
    ),
    legacy(
        "Environment.synchronize",
        "Environment synchronized (legacy)",
        "a change on the platform affects the environment's campaigns",
        SYNC_FIELDS,
    ),
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
/// snake form (`flag-created`, `campaign_status_changed`). Legacy events
/// are found too.
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

/// A current (not legacy) event by its exact identifier: what the server
/// accepts for new webhooks.
pub fn current(id: &str) -> Option<&'static Event> {
    EVENTS.iter().find(|e| e.id == id && !e.legacy)
}

/// The current events: what create offers.
pub fn current_events() -> impl Iterator<Item = &'static Event> {
    EVENTS.iter().filter(|e| !e.legacy)
}

/// The current identifiers, for messages and completions.
pub fn ids() -> impl Iterator<Item = &'static str> {
    current_events().map(|e| e.id)
}

/// What a sample delivery is about: the account and environment it belongs to
/// and the user who triggered it. Unknown parts get realistic placeholders.
#[derive(Debug, Clone, Default)]
pub struct SampleContext {
    pub account_id: Option<String>,
    pub account_name: Option<String>,
    pub environment_id: Option<String>,
    pub user_email: Option<String>,
    /// `date`, ISO-8601 with offset; now (UTC) when `None`.
    pub date: Option<String>,
}

/// The current time as the vendor's example spells it, in UTC:
/// `2026-11-28T10:00:00+00:00`.
pub fn now_iso8601() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
}

/// The delivery body that FE&R posts for `event` (docs/events.md).
pub fn sample_body(event: &Event, ctx: &SampleContext) -> Value {
    let mut body = Map::new();
    for f in event.all_fields() {
        let v = match f.name {
            "event" => event.id.to_string(),
            "date" => ctx.date.clone().unwrap_or_else(now_iso8601),
            "user_email" => ctx.user_email.clone().unwrap_or(f.sample.to_string()),
            "account_id" => ctx.account_id.clone().unwrap_or(f.sample.to_string()),
            "account_name" => ctx.account_name.clone().unwrap_or(f.sample.to_string()),
            "environment_id" => ctx.environment_id.clone().unwrap_or(f.sample.to_string()),
            _ => f.sample.to_string(),
        };
        body.insert(f.name.to_string(), json!(v));
    }
    Value::Object(body)
}

/// The body a test delivery sends for an event id fer does not know (a
/// newer event, a typo on the server): the common fields only.
pub fn common_body(event_id: &str, ctx: &SampleContext) -> Value {
    let mut body = Map::new();
    for f in COMMON {
        let v = match f.name {
            "event" => event_id.to_string(),
            "date" => ctx.date.clone().unwrap_or_else(now_iso8601),
            "user_email" => ctx.user_email.clone().unwrap_or(f.sample.to_string()),
            _ => f.sample.to_string(),
        };
        body.insert(f.name.to_string(), json!(v));
    }
    Value::Object(body)
}

/// The JSON Schema (draft 2020-12) of `event`'s delivery body: every field a
/// string property whose description says where it comes from; `required`
/// holds the documented fields only; other properties are allowed.
pub fn schema(event: &Event) -> Value {
    let mut props = Map::new();
    let mut required = Vec::new();
    for f in event.all_fields() {
        let mut p = Map::new();
        p.insert("type".into(), json!("string"));
        match (f.name, f.values) {
            ("event", _) => {
                p.insert("const".into(), json!(event.id));
            }
            ("date", _) => {
                p.insert("format".into(), json!("date-time"));
            }
            (_, Some(values)) => {
                p.insert("enum".into(), json!(values));
            }
            _ => {}
        }
        p.insert(
            "description".into(),
            json!(format!("{}; {}", f.about, f.provenance.describe())),
        );
        if f.provenance.is_documented() {
            required.push(f.name);
        }
        props.insert(f.name.to_string(), Value::Object(p));
    }
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": format!("urn:fer:delivery:{}", event.id),
        "title": format!("{} delivery", event.id),
        "description": format!(
            "The body FE&R posts for {}{}: {}. Fields marked assumed are fer's choice, in no vendor source.",
            event.id,
            if event.legacy { " (a legacy identifier)" } else { "" },
            event.description
        ),
        "type": "object",
        "properties": props,
        "required": required,
        "additionalProperties": true,
    })
}

/// One schema for every event: `oneOf` the events' schemas, told apart by
/// `event`.
pub fn schema_all() -> Value {
    let all: Vec<Value> = EVENTS.iter().map(schema).collect();
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:fer:delivery",
        "title": "FE&R webhook delivery",
        "type": "object",
        "oneOf": all,
    })
}

/// Problems with a received delivery body, as warnings for a person. By the
/// schema's rules: a documented field that is missing or not a string, a
/// value outside a documented set. Assumed fields draw no warning.
pub fn check_delivery(body: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    let Some(obj) = body.as_object() else {
        problems.push("the body is JSON but not an object".to_string());
        return problems;
    };
    let event = match obj.get("event") {
        Some(Value::String(name)) => EVENTS.iter().find(|e| e.id == name),
        _ => None,
    };
    let fields: Vec<&Field> = match event {
        Some(e) => e.all_fields().collect(),
        None => COMMON.iter().collect(),
    };
    let mut missing = Vec::new();
    let mut wrong = Vec::new();
    for f in fields.iter().filter(|f| f.provenance.is_documented()) {
        match obj.get(f.name) {
            None => missing.push(f.name),
            Some(Value::String(v)) => {
                if let Some(values) = f.values {
                    if !values.contains(&v.as_str()) {
                        problems.push(format!(
                            "{} is '{v}', not one of the vendor's values ({})",
                            f.name,
                            values.join(", ")
                        ));
                    }
                }
            }
            Some(_) => wrong.push(f.name),
        }
    }
    if !missing.is_empty() {
        problems.push(format!("missing documented fields: {}", missing.join(", ")));
    }
    if !wrong.is_empty() {
        problems.push(format!("not a string: {}", wrong.join(", ")));
    }
    if let (Some(Value::String(name)), None) = (obj.get("event"), event) {
        problems.push(format!(
            "event '{name}' is not in fer's catalogue (a newer event?)"
        ));
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
                "Project edit role granted to user",
            ),
            ("account_access_removed", "Account.access.removed"),
            ("Flag.deleted", "Flag.deleted"),
            ("feature-active", "Feature.active"),
        ] {
            let want = find(id).map(|e| e.id);
            assert_eq!(find(input).map(|e| e.id), want, "{input}");
            assert!(want.is_some(), "{id}");
        }
        assert!(find("flag").is_none());
        assert!(find("").is_none());
        assert!(current("Feature.status").is_none());
        assert!(current("Flag.created").is_some());
        assert_eq!(ids().count(), 9);
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
    fn sample_bodies_carry_every_field_and_draw_no_warning() {
        for event in EVENTS {
            let body = sample_body(event, &SampleContext::default());
            assert!(check_delivery(&body).is_empty(), "{}: {body}", event.id);
            let obj = body.as_object().unwrap();
            assert_eq!(obj["event"], event.id);
            assert_eq!(obj.len(), COMMON.len() + event.fields.len(), "{}", event.id);
            for f in event.all_fields() {
                if let (Some(values), Some(v)) = (f.values, obj[f.name].as_str()) {
                    assert!(values.contains(&v), "{}.{} = {v}", event.id, f.name);
                }
            }
        }
    }

    #[test]
    fn samples_use_the_vendors_values_and_utc() {
        let body = sample_body(
            find("Campaign.status.changed").unwrap(),
            &Default::default(),
        );
        assert_eq!(body["campaign_status"], "active");
        assert_eq!(body["user_role"], "SUPER_ADMIN");
        assert!(body["date"].as_str().unwrap().ends_with("+00:00"), "{body}");
        let paused = sample_body(find("Feature.paused").unwrap(), &Default::default());
        assert_eq!(paused["campaign_status"], "paused");
    }

    #[test]
    fn check_delivery_warns_only_for_documented_fields() {
        let problems = check_delivery(&json!({"event": "Flag.exploded"}));
        assert!(problems
            .iter()
            .any(|p| p.contains("missing documented fields")));
        assert!(problems
            .iter()
            .any(|p| p.contains("not in fer's catalogue")));
        // A portal-shaped Feature body: no warning.
        let portal = json!({"event": "Feature.active", "user_id": "1", "user_email": "a@b.c",
            "user_role": "ADMIN", "date": "2005-08-15T15:52:01+00:00", "account_id": "a",
            "account_name": "A", "environment_id": "e", "campaign_id": "c", "campaign_name": "C",
            "campaign_type": "toggle", "campaign_status": "active"});
        assert_eq!(check_delivery(&portal), Vec::<String>::new());
        // An assumed field missing: no warning; a documented one: a warning.
        let mut body = sample_body(
            find("Campaign.status.changed").unwrap(),
            &Default::default(),
        );
        body.as_object_mut()
            .unwrap()
            .remove("campaign_previous_status");
        assert!(check_delivery(&body).is_empty());
        let mut body = portal.clone();
        body.as_object_mut().unwrap().remove("campaign_id");
        body["user_id"] = json!(42);
        assert_eq!(
            check_delivery(&body),
            vec![
                "missing documented fields: campaign_id".to_string(),
                "not a string: user_id".to_string()
            ]
        );
    }

    #[test]
    fn schemas_require_the_documented_fields_only() {
        let s = schema(find("Feature.status").unwrap());
        let req: Vec<&str> = s["required"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert!(req.contains(&"campaign_status") && req.contains(&"date"));
        let s = schema(find("Campaign.status.changed").unwrap());
        assert!(!s["required"]
            .as_array()
            .unwrap()
            .contains(&json!("campaign_previous_status")));
        assert!(s["properties"]["campaign_previous_status"]["description"]
            .as_str()
            .unwrap()
            .contains("assumed"));
    }
}
