//! Tables fitted to the terminal: free text is cut with "…" (by display
//! width, so wide characters never overflow), columns are dropped when
//! cutting is not enough, identifiers stay whole.

/// How a table gives way on a narrow terminal: the `shrink` columns are cut
/// with "…" (first listed, first cut, down to a floor); while that is not
/// enough, the `drop` columns are left out (first listed, first gone). Other
/// columns, the identifiers, stay whole.
#[derive(Debug, Clone, Copy, Default)]
pub struct Fit<'a> {
    pub shrink: &'a [usize],
    pub drop: &'a [usize],
}

/// Fits `rows` to `width` as `fitting` says.
pub(super) fn fit(headers: &mut Vec<&str>, fitting: &Fit, rows: &mut [Vec<String>], width: usize) {
    const GAP: usize = 2;
    const MIN: usize = 12;
    let natural = |headers: &[&str], rows: &[Vec<String>]| -> Vec<usize> {
        let mut widths: Vec<usize> = headers
            .iter()
            .map(|h| console::measure_text_width(h))
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
    let mut shrink: Vec<usize> = fitting.shrink.to_vec();
    let mut drop: Vec<usize> = fitting.drop.to_vec();
    drop.reverse();
    let widths = loop {
        let mut widths = natural(headers, rows);
        for &col in &shrink {
            let over = total(&widths).saturating_sub(width);
            if over == 0 {
                break;
            }
            let floor = MIN.max(headers.get(col).map_or(0, |h| h.len()));
            if let Some(w) = widths.get_mut(col) {
                *w = (*w).saturating_sub(over).max(floor.min(*w));
            }
        }
        let Some(gone) = drop.pop().filter(|_| total(&widths) > width) else {
            break widths;
        };
        // Still too wide: leave a column out, and renumber those after it.
        headers.remove(gone);
        for row in rows.iter_mut() {
            if gone < row.len() {
                row.remove(gone);
            }
        }
        shrink.retain(|c| *c != gone);
        for col in shrink.iter_mut().chain(drop.iter_mut()) {
            if *col > gone {
                *col -= 1;
            }
        }
    };
    for row in rows.iter_mut() {
        for &col in &shrink {
            if let (Some(cell), Some(&w)) = (row.get_mut(col), widths.get(col)) {
                if console::measure_text_width(cell) > w {
                    *cell = truncate(cell, w);
                }
            }
        }
    }
}

/// Shortens `s` to at most `max` columns of a terminal, marking the cut:
/// wide characters (CJK, emoji) count for two.
pub fn truncate(s: &str, max: usize) -> String {
    console::truncate_str(s, max, "…").into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fitting_cuts_the_shrinkable_columns_first_and_identifiers_never() {
        let mut headers = vec!["ID", "URL", "DESCRIPTION"];
        let mut rows = vec![vec![
            "wh-0123456789".to_string(),
            "https://hooks.example.com/a/long/path".to_string(),
            "a description that is long".to_string(),
        ]];
        let fitting = Fit {
            shrink: &[2, 1],
            drop: &[2],
        };
        fit(&mut headers, &fitting, &mut rows, 70);
        let line = rows[0].join("  ");
        assert!(console::measure_text_width(&line) <= 70, "{line}");
        assert_eq!(rows[0][0], "wh-0123456789");
        assert_eq!(
            rows[0][1], "https://hooks.example.com/a/long/path",
            "the URL fits once the description is cut"
        );
        assert!(rows[0][2].ends_with('…'));
        // Narrower still: the URL goes too, down to a floor.
        fit(&mut headers, &fitting, &mut rows, 45);
        assert!(rows[0][1].ends_with('…'));
        assert!(rows[0][2].chars().count() >= 12);
        assert!(rows[0].join("  ").chars().count() <= 45);
        // Too narrow for both: the description is left out, the URL stays.
        fit(&mut headers, &fitting, &mut rows, 30);
        assert_eq!(headers, ["ID", "URL"]);
        assert_eq!(rows[0].len(), 2);
        assert!(rows[0].join("  ").chars().count() <= 30, "{:?}", rows[0]);
        // Wide enough: nothing is cut.
        let mut wide = vec![vec!["a".to_string(), "b".to_string(), "c".to_string()]];
        fit(&mut headers, &fitting, &mut wide, 200);
        assert_eq!(wide[0], ["a", "b", "c"]);
    }

    #[test]
    fn cutting_counts_columns_not_characters() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
        let wide = truncate("漢字漢字漢字", 7);
        assert!(console::measure_text_width(&wide) <= 7, "{wide}");
        assert!(wide.ends_with('…'));
        let mut headers = vec!["ID", "DESCRIPTION"];
        let mut rows = vec![vec!["wh-1".to_string(), "配信".repeat(20)]];
        fit(
            &mut headers,
            &Fit {
                shrink: &[1],
                drop: &[],
            },
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
