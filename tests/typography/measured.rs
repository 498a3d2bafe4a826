//! The figures `tools/pdf-figures.py` prints for a written PDF, read by name, and the
//! checks on them every anthology's tests share: loose and tight lines, pages ending
//! short, level spreads, widows and orphans.

use super::*;

/// The figures `tools/pdf-figures.py` prints for the anthology built in `profile`, by
/// name (each line is `name: value`).
pub(super) fn measured(book: &Path, profile: &str) -> HashMap<String, String> {
    let pdf = build_book(book, profile, "figures");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/pdf-figures.py");
    let out = common::tool(
        "python3",
        &[script.to_str().unwrap(), pdf.to_str().unwrap(), "14.3"],
    );
    out.lines()
        .filter_map(|l| l.split_once(": "))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// As [`measured`], the book set on pages of `trim` (its book.toml's `trim = "a5"` so
/// replaced, in a scratch copy).
pub(super) fn measured_in(book: &Path, profile: &str, trim: &str) -> HashMap<String, String> {
    let name = book.file_name().unwrap().to_str().unwrap();
    let src = common::scratch("typography", &format!("{name}-{trim}-{profile}-src"));
    for e in std::fs::read_dir(book).unwrap() {
        let p = e.unwrap().path();
        if p.is_file() {
            std::fs::copy(&p, src.join(p.file_name().unwrap())).unwrap();
        }
    }
    let toml = std::fs::read_to_string(src.join("book.toml")).unwrap();
    let toml = toml.replace("trim = \"a5\"", &format!("trim = \"{trim}\""));
    std::fs::write(src.join("book.toml"), toml).unwrap();
    measured(&src, profile)
}

/// A figure that is a count.
pub(super) fn count(figures: &HashMap<String, String>, name: &str) -> usize {
    let v = figures
        .get(name)
        .unwrap_or_else(|| panic!("no figure {name}"));
    v.parse().unwrap_or_else(|_| panic!("{name}: {v}"))
}

/// How many entries a figure that is a list of pages (`[('40', 2.0), ...]`) has.
pub(super) fn entries(figures: &HashMap<String, String>, name: &str) -> usize {
    let v = figures
        .get(name)
        .unwrap_or_else(|| panic!("no figure {name}"));
    v.matches("('").count()
}

/// Loose lines (word spaces over 1.5 times natural) as `tools/pdf-figures.py` counts
/// them on the written PDF: no more than before the hyphenation discipline (measured
/// at commit a526683 on this anthology: 79 screen, 68 print), when hyphens were four
/// times as frequent. Fewer hyphens must not be bought with looser lines.
///
/// And the pages as the same script sees them: no page but a chapter's last ending two
/// or more lines short, and in print every spread level (verso and recto end on the
/// same line), no widow, no orphan.
pub(super) fn check_loose_lines(profile: &str, before: usize, tight_before: usize) {
    let f = measured(&anthology(), profile);
    check_loose(&f, profile, before);
    check_tight(&f, profile, tight_before);
    check_pages(&f, profile, 30);
}

/// Loose lines in the figures `f` measured in `profile`: no more than `before`, over at
/// least 800 full lines.
pub(super) fn check_loose(f: &HashMap<String, String>, profile: &str, before: usize) {
    check_loose_over(f, profile, before, 800);
}

/// As [`check_loose`], over at least `least` full lines (a book of one-line replies has
/// fewer full lines to its pages).
pub(super) fn check_loose_over(
    f: &HashMap<String, String>,
    profile: &str,
    before: usize,
    least: usize,
) {
    let loose = count(f, "loose_gt1.5");
    let full = count(f, "full_lines");
    eprintln!("{profile}: {loose} loose lines of {full} full lines");
    assert!(full > least, "{profile}: only {full} full lines measured");
    assert!(
        loose <= before,
        "{profile}: {loose} loose lines, {before} before the typography change"
    );
}

/// Tight lines as `tools/pdf-figures.py` counts them (word spaces under 0.8 of natural):
/// fewer than `before` (measured at commit 15afe1b, when a fully shrunk line set its
/// spaces at 0.6 and italic looked cramped), and no line's spaces under 0.62 of natural.
pub(super) fn check_tight(f: &HashMap<String, String>, profile: &str, before: usize) {
    let tight = count(f, "tight_lt0.8");
    let least: f32 = f["space_ratio_min"].parse().unwrap();
    eprintln!("{profile}: {tight} tight lines, tightest {least}");
    assert!(
        tight < before,
        "{profile}: {tight} tight lines, {before} before"
    );
    assert!(
        least >= 0.62,
        "{profile}: a line's spaces at {least} of natural"
    );
}

/// The page figures `f` measured in `profile`: at least `least` text pages, none but a
/// chapter's last ending two or more lines short, no widow, no orphan, and in print
/// every spread level.
pub(super) fn check_pages(f: &HashMap<String, String>, profile: &str, least: usize) {
    let short = "pages_ending_short(>1.5 lines, excl chapter ends)";
    assert_eq!(entries(f, short), 0, "{profile}: {:?}", f[short]);
    let text_pages = count(f, "text_pages(excl chapter ends)");
    assert!(text_pages >= least, "{profile}: {text_pages} text pages");
    if profile == "print" {
        let uneven = "unbalanced_spreads";
        assert_eq!(entries(f, uneven), 0, "{profile}: {:?}", f[uneven]);
    }
    assert_eq!(entries(f, "widows"), 0, "{profile}: {:?}", f["widows"]);
    assert_eq!(entries(f, "orphans"), 0, "{profile}: {:?}", f["orphans"]);
}
