//! Tables fitted to the terminal by named columns with priorities: free
//! text is cut with "…" (by display width, so wide characters never
//! overflow), a URL keeps its host and last path segment and loses its
//! middle, columns are dropped when cutting is not enough, identifiers stay
//! whole.

/// How a column's cells may be cut on a narrow terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cut {
    /// Never (identifiers, names, statuses).
    Never,
    /// Free text: cut at the end.
    Text,
    /// A URL: cut in the middle, keeping the host and the last segment, so
    /// that rows stay apart.
    Url,
}

/// One column of a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub name: &'static str,
    pub cut: Cut,
    /// Among cuttable columns, the higher is cut first.
    pub cut_priority: u8,
    /// The higher is left out first when cutting is not enough; 0: never.
    pub drop_priority: u8,
}

impl Column {
    /// A column never cut; `drop`: its drop priority (0: never dropped).
    pub const fn new(name: &'static str, drop: u8) -> Column {
        Column {
            name,
            cut: Cut::Never,
            cut_priority: 0,
            drop_priority: drop,
        }
    }
    /// Free text, cut at the end; the higher `cut`, the sooner.
    pub const fn text(name: &'static str, cut: u8) -> Column {
        Column {
            name,
            cut: Cut::Text,
            cut_priority: cut,
            drop_priority: 0,
        }
    }
    /// A URL, cut in the middle; the higher `cut`, the sooner.
    pub const fn url(name: &'static str, cut: u8) -> Column {
        Column {
            name,
            cut: Cut::Url,
            cut_priority: cut,
            drop_priority: 0,
        }
    }
    /// Left out (the higher, the sooner) when cutting is not enough.
    pub const fn dropped(mut self, priority: u8) -> Column {
        self.drop_priority = priority;
        self
    }
}

/// Fits `rows` to `width`: cuttable columns are cut in priority order down
/// to a floor; while that is not enough, droppable columns are left out.
/// Returns the columns kept.
pub(super) fn fit(columns: &[Column], rows: &mut [Vec<String>], width: usize) -> Vec<Column> {
    const GAP: usize = 2;
    const MIN: usize = 12;
    let mut cols: Vec<Column> = columns.to_vec();
    let natural = |cols: &[Column], rows: &[Vec<String>]| -> Vec<usize> {
        let mut widths: Vec<usize> = cols
            .iter()
            .map(|c| console::measure_text_width(c.name))
            .collect();
        for row in rows {
            for (i, cell) in row.iter().enumerate() {
                if let Some(w) = widths.get_mut(i) {
                    *w = (*w).max(console::measure_text_width(cell));
                }
            }
        }
        widths
    };
    let total = |w: &[usize]| w.iter().sum::<usize>() + GAP * w.len().saturating_sub(1);
    let widths = loop {
        let mut widths = natural(&cols, rows);
        let mut order: Vec<usize> = (0..cols.len())
            .filter(|&i| cols[i].cut != Cut::Never)
            .collect();
        order.sort_by_key(|&i| std::cmp::Reverse(cols[i].cut_priority));
        // A URL's floor keeps every row's host and last segment whole, so
        // that rows stay apart; free text goes down to MIN.
        let floor = |col: usize| {
            let own = match cols[col].cut {
                Cut::Url => rows
                    .iter()
                    .filter_map(|r| r.get(col))
                    .map(|u| url_floor(u))
                    .max()
                    .unwrap_or(0),
                _ => 0,
            };
            MIN.max(cols[col].name.len()).max(own)
        };
        let cut_to = |widths: &mut Vec<usize>, floors: &dyn Fn(usize) -> usize| {
            for &col in &order {
                let over = total(widths).saturating_sub(width);
                if over == 0 {
                    break;
                }
                let w = &mut widths[col];
                *w = (*w).saturating_sub(over).max(floors(col).min(*w));
            }
        };
        cut_to(&mut widths, &floor);
        if total(&widths) <= width {
            break widths;
        }
        // Still too wide: leave a column out.
        let gone = (0..cols.len())
            .filter(|&i| cols[i].drop_priority > 0)
            .max_by_key(|&i| (cols[i].drop_priority, i));
        let Some(gone) = gone else {
            // Nothing left to drop: below the floors, rather than wrap.
            cut_to(&mut widths, &|col| MIN.max(cols[col].name.len()));
            break widths;
        };
        cols.remove(gone);
        for row in rows.iter_mut() {
            if gone < row.len() {
                row.remove(gone);
            }
        }
    };
    for row in rows.iter_mut() {
        for (i, c) in cols.iter().enumerate() {
            if let (Some(cell), Some(&w)) = (row.get_mut(i), widths.get(i)) {
                if console::measure_text_width(cell) > w {
                    *cell = match c.cut {
                        Cut::Never => continue,
                        Cut::Text => truncate(cell, w),
                        Cut::Url => cut_url(cell, w),
                    };
                }
            }
        }
    }
    cols
}

/// The narrowest a URL is cut to while its rows stay apart: its scheme and
/// host, "…", and its last path segment.
fn url_floor(u: &str) -> usize {
    let (head, _, last) = url_parts(u);
    let whole = console::measure_text_width(u);
    if last.is_empty() {
        return whole;
    }
    (console::measure_text_width(head) + 2 + console::measure_text_width(last)).min(whole)
}

/// A URL's scheme and host, the rest, and the rest's last path segment.
fn url_parts(u: &str) -> (&str, &str, &str) {
    let host_end = u
        .find("://")
        .map(|i| i + 3)
        .and_then(|start| u[start..].find('/').map(|j| start + j))
        .unwrap_or(u.len());
    let (head, tail) = u.split_at(host_end);
    let last = tail.trim_end_matches('/').rsplit('/').next().unwrap_or("");
    (head, tail, last)
}

/// A URL in at most `max` columns: its scheme and host, "…", and as much of
/// its end (the last path segment first) as fits.
pub fn cut_url(u: &str, max: usize) -> String {
    if console::measure_text_width(u) <= max {
        return u.to_string();
    }
    let (head, tail, last) = url_parts(u);
    let head_w = console::measure_text_width(head);
    if tail.is_empty() {
        return truncate(u, max);
    }
    // Too narrow for the whole host and the last segment: the last
    // segment whole (it is what tells rows apart), the host's start.
    let last_w = console::measure_text_width(last);
    if head_w + 2 + last_w > max && max >= last_w + 10 {
        let start = console::truncate_str(head, max - last_w - 2, "");
        return format!("{start}…/{last}");
    }
    if head_w + 2 > max {
        return truncate(u, max);
    }
    let room = max - head_w - 1;
    // The end of the URL that fits in `room` columns.
    let mut end = String::new();
    let mut w = 0;
    for c in tail.chars().rev() {
        let cw = console::measure_text_width(c.encode_utf8(&mut [0; 4]));
        if w + cw > room {
            break;
        }
        w += cw;
        end.insert(0, c);
    }
    // Start the kept end at a segment boundary when there is one.
    if let Some(i) = end.find('/') {
        end.drain(..i);
    }
    format!("{head}…{end}")
}

/// Shortens `s` to at most `max` columns of a terminal, marking the cut:
/// wide characters (CJK, emoji) count for two.
pub fn truncate(s: &str, max: usize) -> String {
    console::truncate_str(s, max, "…").into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLS: &[Column] = &[
        Column::new("ID", 0),
        Column::url("URL", 1),
        Column::text("DESCRIPTION", 2).dropped(1),
    ];

    #[test]
    fn fitting_cuts_by_priority_and_identifiers_never() {
        let mut rows = vec![vec![
            "wh-0123456789".to_string(),
            "https://hooks.example.com/a/long/path".to_string(),
            "a description that is long".to_string(),
        ]];
        let kept = fit(COLS, &mut rows, 70);
        assert_eq!(kept.len(), 3);
        let line = rows[0].join("  ");
        assert!(console::measure_text_width(&line) <= 70, "{line}");
        assert_eq!(rows[0][0], "wh-0123456789");
        assert_eq!(
            rows[0][1], "https://hooks.example.com/a/long/path",
            "the URL fits once the description is cut"
        );
        assert!(rows[0][2].ends_with('…'));
        // Narrower still: the URL loses its middle, never its host or end.
        let mut rows2 = rows.clone();
        fit(COLS, &mut rows2, 60);
        assert_eq!(
            rows2[0][1], "https://hooks.example.com…/path",
            "{:?}",
            rows2[0]
        );
        assert!(rows2[0].join("  ").chars().count() <= 60);
        // Too narrow for both: the description is left out, the URL stays.
        let mut rows3 = rows.clone();
        let kept = fit(COLS, &mut rows3, 30);
        assert_eq!(
            kept.iter().map(|c| c.name).collect::<Vec<_>>(),
            ["ID", "URL"]
        );
        assert!(rows3[0].join("  ").chars().count() <= 30, "{:?}", rows3[0]);
        // Wide enough: nothing is cut.
        let mut wide = vec![vec!["a".to_string(), "b".to_string(), "c".to_string()]];
        fit(COLS, &mut wide, 200);
        assert_eq!(wide[0], ["a", "b", "c"]);
    }

    #[test]
    fn urls_keep_host_and_end_so_rows_stay_apart() {
        let a = cut_url("http://127.0.0.1:8787/hooks/sandbox/flag-created", 36);
        let b = cut_url("http://127.0.0.1:8787/hooks/sandbox/campaign", 36);
        assert_eq!(a, "http://127.0.0.1:8787…/flag-created");
        assert!(b.ends_with("/campaign"), "{b}");
        assert_ne!(a, b);
        assert!(console::measure_text_width(&a) <= 36);
    }

    #[test]
    fn cutting_counts_columns_not_characters() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
        let wide = truncate("漢字漢字漢字", 7);
        assert!(console::measure_text_width(&wide) <= 7, "{wide}");
        assert!(wide.ends_with('…'));
        let mut rows = vec![vec!["wh-1".to_string(), "配信".repeat(20)]];
        fit(
            &[Column::new("ID", 0), Column::text("DESCRIPTION", 1)],
            &mut rows,
            30,
        );
        assert!(
            console::measure_text_width(&rows[0].join("  ")) <= 30,
            "{:?}",
            rows[0]
        );
    }
}
