//! What every sender of deliveries shares (docs/events.md, "What counts as
//! delivered"): the test-delivery header and how an error is said. The HTTP
//! clients themselves belong to fer and to fer-hub.

/// The header a test delivery sent by fer carries.
pub const TEST_HEADER: &str = "X-Fer-Test-Delivery";

/// The innermost cause of an error, which is the one that says what happened.
pub fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
    let mut cur = e;
    while let Some(next) = cur.source() {
        cur = next;
    }
    cur.to_string()
}
