//! Fimfiction's text downloads → the story's title, author and chapter headings, with
//! the download's chapter boxes taken.
//!
//! Input: a story file as [`Doc`] lines. Output: each chapter's box —
//! `//------------------------------//`, `// Chapter title`, `// Story: Story title`,
//! `// by Author`, the rule again — taken; the first box's story title and author filed
//! as the story's, and each chapter's title made a heading where it is not the story's
//! own (a one-shot's only chapter is usually named as the story). The rules need the
//! box's `// Story:` line between its two rules, which only the download writes.

use super::bylines::byline;
use super::doc::Doc;

/// A box's rule: `//` and dashes and `//`.
fn is_rule(t: &str) -> bool {
    t.len() >= 12
        && t.starts_with("//-")
        && t.ends_with("-//")
        && t[2..t.len() - 2].chars().all(|c| c == '-')
}

/// One chapter box: the line of its chapter title and its story title and author.
struct ChapterBox {
    from: usize,
    to: usize,
    chapter: Option<(usize, String)>,
    story: String,
    author: Option<String>,
}

/// The box opening at line `i`, if one does: a rule, `// …` lines with a `// Story:`
/// among them, and a rule.
fn chapter_box(doc: &Doc, i: usize) -> Option<ChapterBox> {
    if !is_rule(doc.trimmed(i)) {
        return None;
    }
    let end = (i + 1..doc.len().min(i + 8)).find(|&k| is_rule(doc.trimmed(k)))?;
    let mut b = ChapterBox {
        from: i,
        to: end + 1,
        chapter: None,
        story: String::new(),
        author: None,
    };
    for k in i + 1..end {
        let inner = doc.trimmed(k).strip_prefix("//")?.trim();
        if let Some(s) = inner.strip_prefix("Story:") {
            b.story = s.trim().to_string();
        } else if let Some(who) = byline(inner) {
            b.author = Some(who.to_string());
        } else if b.chapter.is_none() && !inner.is_empty() {
            b.chapter = Some((k, inner.to_string()));
        }
    }
    (!b.story.is_empty()).then_some(b)
}

/// Reads a Fimfiction download. Returns whether it found one.
pub(crate) fn read(doc: &mut Doc, allow_title: bool) -> bool {
    let Some(first) = doc.next_text(0) else {
        return false;
    };
    let Some(top) = chapter_box(doc, first) else {
        return false;
    };
    let boxes: Vec<ChapterBox> = (first..doc.len())
        .filter_map(|i| chapter_box(doc, i).filter(|b| b.story == top.story))
        .collect();
    doc.why(format!(
        "header: Fimfiction download: {} chapter box(es) (`// Story: {}`) give the title, \
         author and chapter titles",
        boxes.len(),
        top.story
    ));
    if allow_title {
        doc.out.title = Some(top.story.clone());
    }
    if let Some(a) = &top.author {
        doc.out.meta.author = Some(a.clone());
    }
    for b in &boxes {
        for k in b.from..b.to {
            if Some(k) == b.chapter.as_ref().map(|c| c.0) {
                continue;
            }
            let t = doc.trimmed(k).to_string();
            doc.drop_line(k, &t);
        }
        let Some((k, name)) = &b.chapter else {
            continue;
        };
        if *name == b.story && boxes.len() == 1 {
            let t = doc.trimmed(*k).to_string();
            doc.drop_line(*k, &t);
        } else {
            let markup = doc.trimmed(*k).to_string();
            doc.heading_in_markup(*k, &markup, name);
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    const ONE: &str = "//------------------------------//\n// The Kite Census\n// Story: The Kite \
Census\n// by Paper Gale\n//------------------------------//\n\nAuthor's Note: For the kite \
week.\n\n-----\n\nEvery kite in town was counted.\n";

    #[test]
    fn a_one_shot_box_gives_title_and_author() {
        let mut doc = Doc::new(ONE);
        assert!(read(&mut doc, true));
        assert_eq!(doc.out.title.as_deref(), Some("The Kite Census"));
        assert_eq!(doc.out.meta.author.as_deref(), Some("Paper Gale"));
        assert_eq!(
            doc.untaken(),
            "Author's Note: For the kite week.\n-----\nEvery kite in town was counted."
        );
    }

    #[test]
    fn each_chapter_box_names_its_chapter() {
        let text = "//------------------------------//\n// Up\n// Story: Kites\n// by Gale\n\
//------------------------------//\n\nThey flew.\n\n//------------------------------//\n\
// Down\n// Story: Kites\n// by Gale\n//------------------------------//\n\nThey fell.\n";
        let mut doc = Doc::new(text);
        assert!(read(&mut doc, true));
        assert_eq!(doc.untaken(), "Up\nThey flew.\nDown\nThey fell.");
        assert_eq!(doc.out.headings, vec![2, 10]);
    }

    #[test]
    fn a_story_with_slashes_is_no_download() {
        let mut doc = Doc::new("// a comment line\n\nThe story.\n");
        assert!(!read(&mut doc, true));
    }
}
