//! The contract's validation rules (docs/api.md, "Webhooks"): what fer
//! checks before it sends, and what fer-hub answers 400 to.

/// The longest URL a webhook takes.
pub const MAX_URL_LEN: usize = 2048;
/// The longest description a webhook takes, in characters.
pub const MAX_DESCRIPTION_LEN: usize = 255;

/// Whether a character would act on a terminal instead of being shown:
/// control characters (C0, DEL, C1), bidirectional marks, embeddings,
/// overrides and isolates, line and paragraph separators. None of them has a
/// place in a URL or a description.
pub fn acts_on_terminal(c: char) -> bool {
    matches!(
        c,
        '\u{0}'..='\u{1f}'
            | '\u{7f}'..='\u{9f}'
            | '\u{061c}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// Whether a character is invisible: a format character (zero-width
/// space and joiners, soft hyphen, word joiner, byte order mark, invisible
/// operators, tags…). Two URLs that differ only by one look the same.
pub fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00ad}'
            | '\u{034f}'
            | '\u{0600}'..='\u{0605}'
            | '\u{061c}'
            | '\u{06dd}'
            | '\u{070f}'
            | '\u{115f}'
            | '\u{1160}'
            | '\u{17b4}'
            | '\u{17b5}'
            | '\u{180b}'..='\u{180f}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{206f}'
            | '\u{3164}'
            | '\u{fe00}'..='\u{fe0f}'
            | '\u{feff}'
            | '\u{ffa0}'
            | '\u{fff9}'..='\u{fffb}'
            | '\u{1bca0}'..='\u{1bca3}'
            | '\u{1d173}'..='\u{1d17a}'
            | '\u{e0000}'..='\u{e0fff}'
    )
}

/// The URL rule: absolute http or https, a host, no whitespace, control or
/// invisible characters, at most 2048 characters. The error says what is wrong.
pub fn check_url(s: &str) -> Result<(), String> {
    if s.is_empty() {
        return Err("the URL is empty".into());
    }
    if s.chars().any(acts_on_terminal) {
        return Err("the URL must not contain control characters".into());
    }
    if let Some(c) = s.chars().find(|c| invisible(*c)) {
        return Err(format!(
            "the URL must not contain invisible characters (it holds U+{:04X})",
            c as u32
        ));
    }
    if s.chars().any(char::is_whitespace) {
        return Err("the URL must not contain whitespace".into());
    }
    if s.len() > MAX_URL_LEN {
        return Err(format!(
            "the URL is {} characters long; at most {MAX_URL_LEN} are allowed",
            s.len()
        ));
    }
    match url::Url::parse(s) {
        Ok(u) if !matches!(u.scheme(), "http" | "https") => Err(format!(
            "the URL must start with http:// or https://, not {}://",
            u.scheme()
        )),
        Ok(u) if u.host_str().is_none_or(str::is_empty) => Err("the URL has no host".into()),
        Ok(_) => Ok(()),
        Err(url::ParseError::RelativeUrlWithoutBase) => Err(
            "the URL must be absolute, with http:// or https:// (e.g. https://hooks.example.com/fer)"
                .into(),
        ),
        Err(e) => Err(format!("the URL is not valid: {e}")),
    }
}

/// The description rule: at most 255 characters, no control characters or
/// bidirectional overrides.
pub fn check_description(s: &str) -> Result<(), String> {
    if s.chars().any(acts_on_terminal) {
        return Err(
            "the description must not contain control characters (line breaks, escapes) or bidirectional overrides"
                .into(),
        );
    }
    let n = s.chars().count();
    if n > MAX_DESCRIPTION_LEN {
        return Err(format!(
            "the description is {n} characters long; at most {MAX_DESCRIPTION_LEN} are allowed"
        ));
    }
    Ok(())
}

/// Whether an endpoint's answer counts as delivered, by the platform's own
/// rule: its web app marks 20X and 30X Success, 40X and 50X Error. A 30X is
/// not followed.
pub fn delivered(status: u16) -> bool {
    (200..400).contains(&status)
}

/// Whether an id can stand as one path segment: not empty, not `.` or `..`
/// (which a URL would resolve away, turning a webhook's path into its
/// collection's or its environment's).
pub fn usable_id(id: &str) -> bool {
    !matches!(id, "" | "." | "..")
}

/// Whether a URL names this machine: `localhost` (and `*.localhost`),
/// `127.0.0.0/8`, `::1`.
pub fn is_loopback(u: &url::Url) -> bool {
    match u.host() {
        Some(url::Host::Domain(d)) => {
            let d = d.trim_end_matches('.');
            d.eq_ignore_ascii_case("localhost") || d.to_ascii_lowercase().ends_with(".localhost")
        }
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_characters_are_refused_in_urls() {
        for c in ['\u{200b}', '\u{00ad}', '\u{2060}', '\u{feff}', '\u{e0041}'] {
            let u = format!("https://hooks.example.com/a{c}b");
            assert!(check_url(&u).unwrap_err().contains("invisible"), "{u:?}");
        }
        assert!(check_url("https://xn--exmple-4nf.com/").is_ok());
    }

    #[test]
    fn url_rule() {
        assert!(check_url("https://hooks.example.com/abtasty").is_ok());
        assert!(check_url("http://127.0.0.1:8787").is_ok());
        assert!(check_url("http://[::1]:80/").is_ok());
        assert!(check_url("hooks.example.com")
            .unwrap_err()
            .contains("absolute"));
        assert!(check_url("ftp://x.example.com")
            .unwrap_err()
            .contains("http"));
        assert!(check_url("https://a b.example.com")
            .unwrap_err()
            .contains("whitespace"));
        assert!(check_url("https://x.example.com/\u{1b}[2J")
            .unwrap_err()
            .contains("control"));
        assert!(check_url("").is_err());
        assert!(check_url("http://").is_err());
        assert!(check_url("https://").is_err());
        let long = format!("https://x.example.com/{}", "a".repeat(2048));
        assert!(check_url(&long).unwrap_err().contains("2048"));
    }

    #[test]
    fn description_rule_counts_characters_and_refuses_controls() {
        assert!(check_description(&"é".repeat(255)).is_ok());
        assert!(check_description(&"a".repeat(256)).is_err());
        assert!(check_description("a\nb").is_err());
        assert!(check_description("evil\u{202e}txt").is_err());
        assert!(check_description("").is_ok());
    }

    #[test]
    fn ids_that_a_url_would_resolve_away_are_not_usable() {
        for bad in ["", ".", ".."] {
            assert!(!usable_id(bad), "{bad:?}");
        }
        for good in ["wh-1", "...", ".a", "7"] {
            assert!(usable_id(good), "{good:?}");
        }
    }
}
