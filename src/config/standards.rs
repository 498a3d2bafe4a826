//! The `[pdf] standards` resolve stage: the names a user lists → the [`Standards`] the
//! PDF declares.
//!
//! Input: the list as written (`["ua-1", "a-2b"]`). Output: PDF/UA-1 on or off and at
//! most one PDF/A part and level, or a message naming the value that is unknown or the
//! two that conflict (a file has one PDF/A identification: `a-2b` and `a-3u` cannot both
//! hold), with the accepted names as the hint.

/// The standards a PDF declares conformance to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Standards {
    /// PDF/UA-1 (ISO 14289-1).
    pub ua1: bool,
    /// PDF/A (ISO 19005): the part (2 or 3) and the conformance level (`'B'`, `'U'` or
    /// `'A'`).
    pub pdfa: Option<(u8, char)>,
}

/// Every accepted name, for hints.
pub const ACCEPTED: &str = "ua-1, a-2b, a-2u, a-2a, a-3b, a-3u, a-3a";

/// What one name declares.
fn one(name: &str) -> Option<Standards> {
    let n = name.trim().to_ascii_lowercase();
    if n == "ua-1" || n == "pdf/ua-1" {
        return Some(Standards {
            ua1: true,
            pdfa: None,
        });
    }
    let rest = n.strip_prefix("pdf/").unwrap_or(&n).strip_prefix("a-")?;
    let mut chars = rest.chars();
    let part = match chars.next()? {
        '2' => 2,
        '3' => 3,
        _ => return None,
    };
    let level = match chars.next()? {
        'b' => 'B',
        'u' => 'U',
        'a' => 'A',
        _ => return None,
    };
    chars.next().is_none().then_some(Standards {
        ua1: false,
        pdfa: Some((part, level)),
    })
}

/// Resolves the list. The error is a message and a hint.
pub fn resolve_standards(names: &[String]) -> Result<Standards, (String, String)> {
    let mut out = Standards::default();
    let mut pdfa_from: Option<&str> = None;
    for name in names {
        let Some(s) = one(name) else {
            return Err((
                format!("unknown `[pdf] standards` value \"{name}\""),
                format!("use any of {ACCEPTED}"),
            ));
        };
        out.ua1 |= s.ua1;
        if let Some(a) = s.pdfa {
            match (out.pdfa, pdfa_from) {
                (Some(b), Some(first)) if b != a => {
                    return Err((
                        format!("`[pdf] standards` lists both \"{first}\" and \"{name}\""),
                        "a PDF declares one PDF/A part and level: keep one of them (ua-1 goes \
                         with any)"
                            .to_string(),
                    ));
                }
                _ => {
                    out.pdfa = Some(a);
                    pdfa_from = Some(name);
                }
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn every_accepted_name_resolves() {
        for n in ACCEPTED.split(", ") {
            let s = resolve_standards(&names(&[n])).unwrap();
            assert!(s.ua1 || s.pdfa.is_some(), "{n}");
        }
        let s = resolve_standards(&names(&["ua-1", "A-2b"])).unwrap();
        assert_eq!(
            s,
            Standards {
                ua1: true,
                pdfa: Some((2, 'B'))
            }
        );
        assert_eq!(
            resolve_standards(&names(&["a-3a"])).unwrap().pdfa,
            Some((3, 'A'))
        );
        assert_eq!(resolve_standards(&[]).unwrap(), Standards::default());
    }

    #[test]
    fn unknown_and_conflicting_names_are_refused_with_both_named() {
        let (m, h) = resolve_standards(&names(&["ua-2"])).unwrap_err();
        assert!(m.contains("\"ua-2\"") && h.contains("a-2b"), "{m} {h}");
        for bad in ["a-1b", "a-4", "a-2x", "a-2bb", ""] {
            assert!(resolve_standards(&names(&[bad])).is_err(), "{bad}");
        }
        let (m, _) = resolve_standards(&names(&["a-2b", "ua-1", "a-3u"])).unwrap_err();
        assert!(m.contains("\"a-2b\"") && m.contains("\"a-3u\""), "{m}");
        // The same level twice is no conflict.
        assert!(resolve_standards(&names(&["a-2u", "a-2u"])).is_ok());
    }
}
