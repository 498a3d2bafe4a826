//! Notes-app exports (Apple Notes, Google Keep, Samsung Notes, Simplenote): a note has
//! no title field, its first line is its name, and the exported file is named after that
//! line. Runs with the header readers, after them, on the file's first line.
//!
//! Input: the story's lines ([`Doc`]) and its file's stem. Output: the first line taken
//! as the title when it is the file's name and the note's next line follows it with no
//! blank line between (a title standing alone over a blank line is found by the title
//! stage as any other), and a name alone on that next line, over a blank line, taken as
//! the author's.

use super::doc::Doc;

/// A note's name is a line, not a paragraph: longer lines are text.
const MAX_NAME_CHARS: usize = 120;

/// Takes the first line as the title when it names the file (`stem`).
pub(crate) fn read(doc: &mut Doc, stem: &str, allow_title: bool) {
    if doc.out.title.is_some() || !allow_title {
        return;
    }
    let Some(k) = doc.next_text(0) else {
        return;
    };
    let line = doc.trimmed(k);
    let (key, file) = (name_key(line), name_key(stem));
    // The file may be named with more than the title ("41187730_last_day_at_dog-eared",
    // "fictober_day4_lost_signal"): then the title's words, two or more, stand together
    // in its name, and a name alone under the title must say it is one.
    let within = key.split(' ').count() >= 2 && format!(" {file} ").contains(&format!(" {key} "));
    if line.chars().count() > MAX_NAME_CHARS
        || k + 1 >= doc.len()
        || doc.blank(k + 1)
        || doc.taken[k + 1]
        || !(key == file || within)
        || file.is_empty()
    {
        return;
    }
    // The author's name alone on the next line, the text a blank line below ("La
    // costurera del faro" / "Lucía Berrocal"), as a poem is headed.
    // A rule may stand right under it ("Hollis Vantreight" over "--------"), and the
    // name may be a handle ("thimbleandfern").
    let b = k + 1;
    let ruled = b + 1 < doc.len() && super::paragraphs::is_scene_break(doc.trimmed(b + 1));
    let name = doc.trimmed(b);
    let named = (doc.para_end(b) == b + 1 || ruled)
        && doc.next_text(b + 1).is_some()
        && (super::bylines::is_bare_name(name) || is_handle(name));
    if key != file && !named {
        return;
    }
    doc.title_line(k, true, "the note's name, which the file is named after");
    if named {
        let who = doc.trimmed(b).to_string();
        doc.take(b, b + 1);
        doc.why(format!(
            "header: line {} is the author's name alone under the title",
            b + 1
        ));
        doc.out.meta.author.get_or_insert(who);
    }
}

/// A user's handle alone on a line: one word of lowercase letters, digits, `_`, `-` or
/// `.`, with a digit or `_` in it or ten letters or more ("thimbleandfern",
/// "ink_moth"), which no story's line is.
fn is_handle(t: &str) -> bool {
    let marked = t.contains(|c: char| c.is_ascii_digit() || c == '_');
    !t.is_empty()
        && t.chars()
            .all(|c| c.is_lowercase() || c.is_ascii_digit() || matches!(c, '_' | '-' | '.'))
        && t.chars().any(char::is_alphabetic)
        && (marked || t.chars().count() >= 10)
}

/// A name as a file system keeps it: letters and digits, lower-cased, in words — the
/// characters a file name may not hold (`/`, `:`, `?`) and the apostrophes and dashes an
/// app may change are left out.
fn name_key(name: &str) -> String {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn title(text: &str, stem: &str) -> Option<String> {
        let doc = Doc::read_by(text, |d, allow| read(d, stem, allow));
        doc.out.title
    }

    #[test]
    fn a_first_line_naming_the_file_over_the_notes_next_line_is_the_title() {
        let text = "the seven lakes (road trip fic)\nfor the zine!! final version\ntw: grief\n\nThe first text came at six.";
        assert_eq!(
            title(text, "the seven lakes (road trip fic)").as_deref(),
            Some("the seven lakes (road trip fic)")
        );
        // An app that cannot put `?` or `:` in a file name leaves them out.
        let text = "Who Keeps the Light? Part 2: Winter\nnotes first\n\nStory.";
        assert!(title(text, "Who Keeps the Light Part 2 Winter").is_some());
    }

    /// A poem's head: its title naming the file, the poet's name alone under it.
    #[test]
    fn a_name_alone_under_the_title_is_the_authors() {
        let run = |t: &str| Doc::read_by(t, |d, allow| read(d, "la costurera del faro", allow));
        let doc = run("La costurera del faro\nLucía Berrocal\n\nEn lo alto del faro vivía.");
        assert_eq!(doc.out.meta.author.as_deref(), Some("Lucía Berrocal"));
        assert_eq!(doc.untaken(), "En lo alto del faro vivía.");
        // A handle, and a name with a rule right under it.
        let doc = run("La costurera del faro\nthimbleandfern\n\nEn lo alto.");
        assert_eq!(doc.out.meta.author.as_deref(), Some("thimbleandfern"));
        let doc = run("La costurera del faro\nLucía Berrocal\n--------\n\nEn lo alto.");
        assert_eq!(doc.out.meta.author.as_deref(), Some("Lucía Berrocal"));
        // A short lowercase word is no handle.
        let doc = run("La costurera del faro\nsilencio\n\nEn lo alto.");
        assert_eq!(doc.out.meta.author, None);
        // A subtitle, a part's heading or the note's first line stays.
        for t in [
            "La costurera del faro\nUna Historia\n\nEn lo alto.",
            "La costurera del faro\nPart Two\n\nEn lo alto.",
            "La costurera del faro\nfor the zine\n\nEn lo alto.",
        ] {
            assert!(run(t).out.meta.author.is_none(), "{t}");
        }
    }

    /// A file named with more than the title (an archive's number, a challenge's day)
    /// over the title and its writer's handle: the title and the author. Without a
    /// name under it, a first line found inside the file's name stays.
    #[test]
    fn a_title_inside_the_files_name_over_a_handle() {
        let text = "Lost Signal\nneonbramble\n\nThe last bar of signal lives up the tower.";
        let doc = Doc::read_by(text, |d, allow| read(d, "fictober_day4_lost_signal", allow));
        assert_eq!(doc.out.title.as_deref(), Some("Lost Signal"));
        assert_eq!(doc.out.meta.author.as_deref(), Some("neonbramble"));
        let text = "Lost Signal\nThe tower was dark.\n\nShe climbed.";
        assert_eq!(title(text, "fictober_day4_lost_signal"), None);
        // One word of the title in the name is not enough.
        let text = "Signal\nneonbramble\n\nShe climbed.";
        assert_eq!(title(text, "fictober_day4_lost_signal"), None);
    }

    #[test]
    fn a_first_line_that_does_not_name_the_file_or_stands_alone_is_left() {
        let text = "The first text came at six.\nThen another.\n\nMore.";
        assert_eq!(title(text, "the seven lakes"), None);
        // Over a blank line the title stage finds it, as any title.
        let text = "the seven lakes\n\nThe first text came at six.";
        assert_eq!(title(text, "the seven lakes"), None);
        // A name the file was given by a tool, over the story's first lines.
        assert_eq!(
            title("Chapter 1\nIt rained.\n", "chapter-1"),
            Some("Chapter 1".to_string())
        );
    }
}
