//! The one sanitiser for text that came from the network (API fields and
//! messages, a receiver's answer, a delivery's fields), and the redaction of
//! secrets from everything fer prints.
//!
//! Control characters are made visible rather than dropped, as gh does, so
//! that a person sees that something odd was there: C0 controls and DEL in
//! caret notation (`^[` for ESC, `^M` for CR), C1 controls and the Unicode
//! bidirectional overrides and isolates as `<U+202E>`. JSON output is not
//! sanitised: it escapes what it must and keeps values exact.

use std::borrow::Cow;
use std::sync::{Arc, RwLock};

/// Whether a character would act on a terminal instead of being shown:
/// control characters, bidirectional overrides, line separators. Such
/// characters have no place in a URL or a description either.
pub fn acts_on_terminal(c: char) -> bool {
    fer_contract::rules::acts_on_terminal(c)
}

/// The one set (fer-contract's rules): what acts on a terminal, and what is
/// invisible (so that rows differing by one never look alike).
fn hazardous(c: char, keep_newlines: bool) -> bool {
    match c {
        '\n' => !keep_newlines,
        c => fer_contract::rules::acts_on_terminal(c) || fer_contract::rules::invisible(c),
    }
}

/// `s` with every control character made visible. `keep_newlines`: a line
/// break stays one (for messages of several lines); elsewhere (a table cell,
/// a field) it is shown as `^J` so that a value cannot forge a row.
pub fn sanitize(s: &str, keep_newlines: bool) -> Cow<'_, str> {
    if !s.chars().any(|c| hazardous(c, keep_newlines)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if !hazardous(c, keep_newlines) {
            out.push(c);
        } else if (c as u32) < 0x20 {
            out.push('^');
            out.push(char::from(c as u8 + 0x40));
        } else if c == '\u{7f}' {
            out.push_str("^?");
        } else {
            out.push_str(&format!("<U+{:04X}>", c as u32));
        }
    }
    Cow::Owned(out)
}

/// The secrets of this run (the client secret, access tokens, a password in
/// a base URL): none of them is ever printed, whatever its source.
#[derive(Clone, Default)]
pub struct Redactor(Arc<RwLock<Known>>);

/// The run's secrets, and the values that are not secret (the account and
/// client ids) but may share a piece with one.
#[derive(Default)]
struct Known {
    secrets: Vec<String>,
    public: Vec<String>,
}

impl std::fmt::Debug for Redactor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Redactor")
    }
}

/// Shorter values are not redacted: they would blot out ordinary text.
const MIN_SECRET: usize = 4;

impl Redactor {
    pub fn add(&self, secret: &str) {
        let secret = secret.trim();
        if secret.len() < MIN_SECRET {
            return;
        }
        let mut known = self.0.write().unwrap_or_else(|e| e.into_inner());
        if !known.secrets.iter().any(|s| s == secret) {
            known.secrets.push(secret.to_string());
            // Longest first, so that a secret holding another is covered whole.
            known.secrets.sort_by_key(|s| std::cmp::Reverse(s.len()));
        }
    }

    /// A value shown freely (a client id): a cut piece of a secret that is
    /// part of it where it appears is left as it is ("fer-hub-admin" beside
    /// the secret "hub-admin-secret").
    pub fn add_public(&self, value: &str) {
        let mut known = self.0.write().unwrap_or_else(|e| e.into_inner());
        if !value.is_empty() && !known.public.iter().any(|s| s == value) {
            known.public.push(value.to_string());
        }
    }

    /// `s` with every known secret replaced by `***`, also in the forms a
    /// server echoing it would use (JSON-escaped, URL-encoded), and a cut
    /// prefix of one (8 characters or more: a message cut to fit must not
    /// show 35 of a secret's 36 characters).
    pub fn redact<'a>(&self, s: &'a str) -> Cow<'a, str> {
        let known = self.0.read().unwrap_or_else(|e| e.into_inner());
        let mut out = Cow::Borrowed(s);
        let forms: Vec<Cow<'_, str>> = known.secrets.iter().flat_map(|s| forms(s)).collect();
        for form in &forms {
            if out.contains(form.as_ref()) {
                out = Cow::Owned(out.replace(form.as_ref(), "***"));
            }
        }
        // Then what is left of one, cut.
        for form in &forms {
            if let Some(masked) = mask_prefixes(&out, form, &known.public) {
                out = Cow::Owned(masked);
            }
        }
        out
    }
}

/// The shortest piece of a secret that is masked when it appears cut.
const MIN_PREFIX: usize = 8;

/// `text` with every run that is a prefix of `secret` of MIN_PREFIX or
/// more characters replaced by `***`, unless the run lies inside one of the
/// `public` values where it appears; `None` when nothing was masked.
fn mask_prefixes(text: &str, secret: &str, public: &[String]) -> Option<String> {
    let head: String = secret.chars().take(MIN_PREFIX).collect();
    if head.chars().count() < MIN_PREFIX || !text.contains(&head) {
        return None;
    }
    // Where public values sit in the text.
    let spans: Vec<(usize, usize)> = public
        .iter()
        .flat_map(|p| {
            text.match_indices(p.as_str())
                .map(|(i, m)| (i, i + m.len()))
        })
        .collect();
    let mut out = String::with_capacity(text.len());
    let mut masked = false;
    let mut at = 0;
    while let Some(i) = text[at..].find(&head) {
        let start = at + i;
        let tail = &text[start..];
        let len: usize = tail
            .char_indices()
            .zip(secret.chars())
            .take_while(|((_, a), b)| a == b)
            .map(|((_, a), _)| a.len_utf8())
            .sum();
        out.push_str(&text[at..start]);
        if spans.iter().any(|&(a, b)| a <= start && start + len <= b) {
            out.push_str(&tail[..len]);
        } else {
            out.push_str("***");
            masked = true;
        }
        at = start + len;
    }
    out.push_str(&text[at..]);
    masked.then_some(out)
}

fn forms(secret: &str) -> Vec<Cow<'_, str>> {
    let mut v = vec![Cow::Borrowed(secret)];
    let json = serde_json::to_string(secret).unwrap_or_default();
    let json = json.trim_matches('"');
    if json != secret {
        v.push(Cow::Owned(json.to_string()));
    }
    let encoded: String = url::form_urlencoded::byte_serialize(secret.as_bytes()).collect();
    if encoded != secret {
        v.push(Cow::Owned(encoded));
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_piece_of_a_secret_inside_a_public_id_stays() {
        let r = Redactor::default();
        r.add("hub-admin-secret");
        r.add_public("fer-hub-admin");
        assert_eq!(
            r.redact("as client fer-hub-admin"),
            "as client fer-hub-admin"
        );
        // Elsewhere the cut secret is still masked, and the whole one always.
        assert_eq!(r.redact("got hub-admin-sec…"), "got ***…");
        assert_eq!(
            r.redact("fer-hub-admin: hub-admin-secret"),
            "fer-hub-admin: ***"
        );
    }

    #[test]
    fn controls_are_made_visible() {
        assert_eq!(sanitize("plain text é 漢字", false), "plain text é 漢字");
        assert_eq!(sanitize("a\x1b[2Jb", false), "a^[[2Jb");
        assert_eq!(
            sanitize("\x1b]52;c;ZXZpbA==\x07", false),
            "^[]52;c;ZXZpbA==^G"
        );
        assert_eq!(sanitize("row\rfake", false), "row^Mfake");
        assert_eq!(sanitize("x\u{7f}\u{9b}y", false), "x^?<U+009B>y");
        assert_eq!(
            sanitize("evil\u{202e}lmth.exe", false),
            "evil<U+202E>lmth.exe"
        );
        assert_eq!(sanitize("\u{2066}x\u{2069}", false), "<U+2066>x<U+2069>");
        assert_eq!(sanitize("a\nb\tc", false), "a^Jb^Ic");
        assert_eq!(sanitize("a\nb\rc", true), "a\nb^Mc");
        assert!(matches!(sanitize("nothing odd", true), Cow::Borrowed(_)));
    }

    #[test]
    fn secrets_are_redacted_in_every_form() {
        let r = Redactor::default();
        r.add("s3cr/et+\"x");
        r.add("ab");
        assert_eq!(r.redact("got s3cr/et+\"x back"), "got *** back");
        assert_eq!(
            r.redact(r#"{"client_secret":"s3cr/et+\"x"}"#),
            r#"{"client_secret":"***"}"#
        );
        assert_eq!(
            r.redact("client_secret=s3cr%2Fet%2B%22x"),
            "client_secret=***"
        );
        assert_eq!(
            r.redact("ab stays: too short to redact"),
            "ab stays: too short to redact"
        );
    }

    #[test]
    fn a_cut_secret_is_masked_too() {
        let r = Redactor::default();
        let secret = "0123456789abcdefghijklmnopqrstuvwxyz";
        r.add(secret);
        assert_eq!(
            r.redact(&format!("bad secret {}…", &secret[..35])),
            "bad secret ***…"
        );
        assert_eq!(r.redact("01234567 and 0123456"), "*** and 0123456");
        assert_eq!(r.redact("nothing here"), "nothing here");
    }
}
