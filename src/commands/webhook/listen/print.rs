//! How a delivery is shown: one line for people, one JSON object a line
//! for scripts.

use serde_json::Value;

/// The fields that matter for a delivery's event, on one line.
pub fn summarize(v: &Value) -> String {
    let s = |k: &str| {
        v.get(k).map(|x| match x {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        })
    };
    let s = |k: &str| s(k).unwrap_or_default();
    let event = s("event");
    let who = format!("by {}", s("user_email"));
    let what = if event.starts_with("Flag.") {
        format!(
            "flag {} ({}, {})",
            s("flag_name"),
            s("flag_id"),
            s("flag_type")
        )
    } else if event.starts_with("Campaign.") {
        format!(
            "campaign {} ({}, {}): {} -> {}",
            s("campaign_name"),
            s("campaign_id"),
            s("campaign_type"),
            s("campaign_previous_status"),
            s("campaign_status")
        )
    } else if event.starts_with("Project.") {
        let role = v
            .get("target_user_role")
            .map(|_| format!(" as {}", s("target_user_role")))
            .unwrap_or_default();
        format!(
            "project {} ({}): {}{role}",
            s("project_name"),
            s("project_id"),
            s("target_user_email")
        )
    } else if event.starts_with("Account.") {
        let role = v
            .get("target_user_role")
            .map(|_| format!(" as {}", s("target_user_role")))
            .unwrap_or_default();
        format!(
            "account {}: {}{role}",
            s("account_name"),
            s("target_user_email")
        )
    } else {
        String::new()
    };
    let env = v
        .get("environment_id")
        .map(|_| format!("  env {}", s("environment_id")))
        .unwrap_or_default();
    format!("{what}{env}  {who}").trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::{sample_body, SampleContext, EVENTS};

    #[test]
    fn summaries_name_what_matters() {
        let find = |id: &str| EVENTS.iter().find(|e| e.id == id).unwrap();
        let c = summarize(&sample_body(
            find("Campaign.status.changed"),
            &SampleContext::default(),
        ));
        assert!(
            c.contains("Checkout v2") && c.contains("draft -> active"),
            "{c}"
        );
        let f = summarize(&sample_body(
            find("Flag.created"),
            &SampleContext::default(),
        ));
        assert!(f.contains("new_checkout"), "{f}");
        let p = summarize(&sample_body(
            find("Project.edit_role.granted"),
            &SampleContext::default(),
        ));
        assert!(p.contains("dev@example.com as PROJECT_MANAGER"), "{p}");
        let a = summarize(&sample_body(
            find("Account.access.removed"),
            &SampleContext::default(),
        ));
        assert!(a.contains("dev@example.com") && !a.contains("env "), "{a}");
    }
}
