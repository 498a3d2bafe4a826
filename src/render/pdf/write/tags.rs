//! Write stage, structure: the layout's structure tree and the pages' marked content →
//! a tagged PDF (ISO 32000-1 §14.7–14.8).
//!
//! Input: the tree, per page the structure element of each MCID (as the content
//! streams were made) and the link annotations. Output: in the lopdf document,
//! `/StructParents` and `/Tabs /S` on pages, `/StructParent`, `/Contents` and the print
//! flag on link annotations, `/StructTreeRoot` and `/MarkInfo` in the catalog; and, as
//! compressed object streams to append to the file ([`Structure::object_streams`]), a
//! `StructElem` per element with its kids in reading order (child elements, then its
//! marked content, then the annotations of a `Link`) and the `StructTreeRoot` with a
//! `ParentTree` (per page the element of each MCID, per link annotation its `Link`) and a
//! role map for `Aside`.
//!
//! The elements are written as bytes straight from the tree, not as lopdf objects: a
//! thousand-story book has some 70,000 elements and 230,000 marked-content sequences,
//! and as lopdf dictionaries (then written out uncompressed, one indirect object each)
//! they made the build a third bigger in memory and the file half again as large.

use super::pack::{Deflater, ObjStm};
use super::post::text;
use crate::render::pdf::frame::{Link, Tree};
use lopdf::{Dictionary, Object, ObjectId};
use rayon::prelude::*;

/// Objects per object stream: large enough to compress well, small enough that the
/// streams spread over the threads (and a reader fetching one element inflates little).
const PER_STREAM: usize = 256;

/// A kid of a structure element.
enum Kid {
    /// A child element (its index).
    Elem(u32),
    /// Marked content on the element's own page (`/Pg`).
    Mcid(u32),
    /// Marked content on another page: (page index, MCID).
    Mcr(u32, u32),
    /// A link annotation: (page index, annotation object number).
    Objr(u32, u32),
}

/// The structure tree with its object numbers, ready to be written.
pub(super) struct Structure<'a> {
    tree: &'a Tree,
    /// Object number of element 0; element `i` is `first + i`, the tree root follows
    /// the last element.
    first: u32,
    /// Page object numbers.
    pages: Vec<u32>,
    kids: Vec<Vec<Kid>>,
    /// Per element, the page its first marked content is on.
    home: Vec<Option<u32>>,
    /// Per page, the element of each MCID.
    mcids: &'a [Vec<u32>],
    /// Per link annotation, in key order after the pages' keys, its element.
    link_parents: Vec<u32>,
}

/// Marks `lo`'s pages, annotations and catalog for the structure tree and returns the
/// tree to write. `pages` are the page objects in order; `mcids[p]` gives the element of
/// each MCID on page `p`; `links[p]` are page `p`'s link annotations in the order of its
/// `/Annots`.
pub(super) fn structure<'a>(
    lo: &mut lopdf::Document,
    tree: &'a Tree,
    pages: &[ObjectId],
    mcids: &'a [Vec<u32>],
    links: &[Vec<Link>],
) -> Result<Structure<'a>, String> {
    let bad = |e: lopdf::Error| format!("cannot write PDF structure: {e}");
    let n = tree.0.len();
    // Object numbers: the elements, then the tree root, contiguous.
    let first = lo.max_id + 1;
    lo.max_id += n as u32 + 1;
    let root_id: ObjectId = (first + n as u32, 0);

    // Kids: child elements first, in the order they were added (reading order).
    let mut kids: Vec<Vec<Kid>> = (0..n).map(|_| Vec::new()).collect();
    for (i, e) in tree.0.iter().enumerate().skip(1) {
        kids[e.parent as usize].push(Kid::Elem(i as u32));
    }

    // Marked content, page by page: the parent tree maps each MCID back to its element.
    let mut home: Vec<Option<u32>> = vec![None; n];
    for (p, (page_id, page_mcids)) in pages.iter().zip(mcids).enumerate() {
        let p = p as u32;
        for (mcid, &e) in page_mcids.iter().enumerate() {
            let e = e as usize;
            if e >= n {
                return Err(format!(
                    "cannot write PDF structure: page {} refers to element {e} of {n}",
                    p + 1
                ));
            }
            let mcid = mcid as u32;
            kids[e].push(if *home[e].get_or_insert(p) == p {
                Kid::Mcid(mcid)
            } else {
                // Text continued on another page: a marked-content reference.
                Kid::Mcr(p, mcid)
            });
        }
        let page = lo
            .get_object_mut(*page_id)
            .and_then(Object::as_dict_mut)
            .map_err(bad)?;
        page.set("Tabs", Object::Name(b"S".to_vec()));
        if !page_mcids.is_empty() {
            page.set("StructParents", i64::from(p));
        }
    }

    // Link annotations: each is a kid of its Link element, with its own parent-tree key.
    let mut link_parents = Vec::new();
    for (p, (page_id, page_links)) in pages.iter().zip(links).enumerate() {
        if page_links.is_empty() {
            continue;
        }
        // printpdf writes annotations inline: an object reference needs them indirect.
        let inline: Vec<Object> = lo
            .get_object_mut(*page_id)
            .and_then(Object::as_dict_mut)
            .ok()
            .and_then(|d| d.remove(b"Annots"))
            .and_then(|a| a.as_array().ok().cloned())
            .unwrap_or_default();
        let annots: Vec<ObjectId> = inline
            .into_iter()
            .map(|o| match o {
                Object::Reference(id) => id,
                other => lo.add_object(other),
            })
            .collect();
        let refs: Vec<Object> = annots.iter().map(|id| Object::Reference(*id)).collect();
        lo.get_object_mut(*page_id)
            .and_then(Object::as_dict_mut)
            .map_err(bad)?
            .set("Annots", refs);
        if annots.len() != page_links.len() {
            return Err(format!(
                "cannot write PDF structure: page {} has {} links but {} annotations",
                p + 1,
                page_links.len(),
                annots.len()
            ));
        }
        for (annot_id, link) in annots.into_iter().zip(page_links) {
            let Some(e) = link.elem.map(|e| e as usize).filter(|e| *e < n) else {
                continue;
            };
            let alt = tree.0[e].alt.clone().unwrap_or_default();
            let annot = lo
                .get_object_mut(annot_id)
                .and_then(Object::as_dict_mut)
                .map_err(bad)?;
            annot.set("StructParent", (pages.len() + link_parents.len()) as i64);
            annot.set("Contents", text(&alt));
            // Printed, not hidden (PDF/A).
            annot.set("F", 4);
            kids[e].push(Kid::Objr(p as u32, annot_id.0));
            link_parents.push(e as u32);
        }
    }

    let catalog_id = lo
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .map_err(bad)?;
    let catalog = lo
        .get_object_mut(catalog_id)
        .and_then(Object::as_dict_mut)
        .map_err(bad)?;
    catalog.set("StructTreeRoot", root_id);
    let mut mark = Dictionary::new();
    mark.set("Marked", true);
    catalog.set("MarkInfo", mark);
    Ok(Structure {
        tree,
        first,
        pages: pages.iter().map(|id| id.0).collect(),
        kids,
        home,
        mcids,
        link_parents,
    })
}

impl Structure<'_> {
    /// The elements and the tree root as compressed object streams, in object order
    /// (made in parallel, collected in order: the bytes do not depend on scheduling).
    pub(super) fn object_streams(&self) -> Vec<ObjStm> {
        let count = self.kids.len() + 1;
        let starts: Vec<usize> = (0..count).step_by(PER_STREAM).collect();
        starts
            .into_par_iter()
            .map_init(Deflater::kept, |z, start| {
                let end = (start + PER_STREAM).min(count);
                let mut offsets = Vec::with_capacity(end - start);
                let mut body = Vec::new();
                for i in start..end {
                    offsets.push(body.len());
                    if i < self.kids.len() {
                        self.element(&mut body, i);
                    } else {
                        self.root(&mut body);
                    }
                    body.push(b'\n');
                }
                ObjStm::new(z, self.first + start as u32, &offsets, &body)
            })
            .collect()
    }

    /// Element `i`'s dictionary.
    fn element(&self, out: &mut Vec<u8>, i: usize) {
        let e = &self.tree.0[i];
        out.extend_from_slice(b"<</Type/StructElem/S/");
        out.extend_from_slice(e.role.name().as_bytes());
        out.extend_from_slice(b"/P ");
        let parent = if i == 0 {
            self.first + self.kids.len() as u32
        } else {
            self.first + e.parent
        };
        reference(out, parent);
        if let Some(p) = self.home[i] {
            out.extend_from_slice(b"/Pg ");
            reference(out, self.pages[p as usize]);
        }
        if let Some(alt) = &e.alt {
            out.extend_from_slice(b"/Alt");
            hex_text(out, alt);
        }
        if let Some(lang) = &e.lang {
            // A language tag is ASCII letters, digits and hyphens (checked when read).
            out.extend_from_slice(b"/Lang(");
            out.extend(
                lang.bytes()
                    .filter(|b| b.is_ascii_alphanumeric() || *b == b'-'),
            );
            out.push(b')');
        }
        out.extend_from_slice(b"/K[");
        for (k, kid) in self.kids[i].iter().enumerate() {
            if k > 0 {
                out.push(b' ');
            }
            match *kid {
                Kid::Elem(c) => reference(out, self.first + c),
                Kid::Mcid(m) => number(out, m),
                Kid::Mcr(p, m) => {
                    out.extend_from_slice(b"<</Type/MCR/Pg ");
                    reference(out, self.pages[p as usize]);
                    out.extend_from_slice(b"/MCID ");
                    number(out, m);
                    out.extend_from_slice(b">>");
                }
                Kid::Objr(p, annot) => {
                    out.extend_from_slice(b"<</Type/OBJR/Pg ");
                    reference(out, self.pages[p as usize]);
                    out.extend_from_slice(b"/Obj ");
                    reference(out, annot);
                    out.extend_from_slice(b">>");
                }
            }
        }
        out.extend_from_slice(b"]>>");
    }

    /// The `StructTreeRoot` with its parent tree (one `Nums` array: keys are pages, then
    /// link annotations) and role map.
    fn root(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"<</Type/StructTreeRoot/K[");
        reference(out, self.first);
        out.extend_from_slice(b"]/ParentTree<</Nums[");
        let mut key = 0u32;
        for page_mcids in self.mcids.iter().take(self.pages.len()) {
            if !page_mcids.is_empty() {
                number(out, key);
                out.push(b'[');
                for (k, &e) in page_mcids.iter().enumerate() {
                    if k > 0 {
                        out.push(b' ');
                    }
                    reference(out, self.first + e);
                }
                out.extend_from_slice(b"] ");
            }
            key += 1;
        }
        for &e in &self.link_parents {
            number(out, key);
            out.push(b' ');
            reference(out, self.first + e);
            out.push(b' ');
            key += 1;
        }
        out.extend_from_slice(b"]>>/ParentTreeNextKey ");
        number(out, key);
        out.extend_from_slice(b"/RoleMap<</Aside/Sect>>>>");
    }
}

fn number(out: &mut Vec<u8>, n: u32) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

fn reference(out: &mut Vec<u8>, id: u32) {
    number(out, id);
    out.extend_from_slice(b" 0 R");
}

/// A PDF text string in hexadecimal UTF-16BE with a byte-order mark (as [`text`]).
fn hex_text(out: &mut Vec<u8>, s: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    out.extend_from_slice(b"<FEFF");
    for u in s.encode_utf16() {
        for b in u.to_be_bytes() {
            out.push(HEX[usize::from(b >> 4)]);
            out.push(HEX[usize::from(b & 15)]);
        }
    }
    out.push(b'>');
}
