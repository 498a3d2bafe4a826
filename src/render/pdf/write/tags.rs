//! Write stage, structure: the layout's structure tree and the pages' marked content →
//! a tagged PDF (ISO 32000-1 §14.7–14.8).
//!
//! Input: the tree, per page the structure element of each MCID (as the content
//! streams were made) and the link annotations. Output, added to the lopdf document:
//! a `StructElem` per element with its kids in reading order (child elements, then its
//! marked content, then the annotations of a `Link`), the `StructTreeRoot` with a
//! `ParentTree` (per page the element of each MCID, per link annotation its `Link`) and a
//! role map for `Aside`, `/StructParents` and `/Tabs /S` on pages, `/StructParent`,
//! `/Contents` and the print flag on link annotations, and `/MarkInfo` in the catalog.

use super::post::text;
use crate::render::pdf::frame::{Link, Tree};
use lopdf::{Dictionary, Object, ObjectId};

/// Adds the structure tree to `lo`. `pages` are the page objects in order; `mcids[p]`
/// gives the element of each MCID on page `p`; `links[p]` are page `p`'s link
/// annotations in the order of its `/Annots`.
pub(super) fn structure(
    lo: &mut lopdf::Document,
    tree: &Tree,
    pages: &[ObjectId],
    mcids: &[Vec<u32>],
    links: &[Vec<Link>],
) -> Result<(), String> {
    let bad = |e: lopdf::Error| format!("cannot write PDF structure: {e}");
    let n = tree.0.len();
    let ids: Vec<ObjectId> = (0..n).map(|_| lo.new_object_id()).collect();
    let root_id = lo.new_object_id();

    // Kids: child elements first, in the order they were added (reading order).
    let mut kids: Vec<Vec<Object>> = vec![Vec::new(); n];
    for (i, e) in tree.0.iter().enumerate().skip(1) {
        kids[e.parent as usize].push(Object::Reference(ids[i]));
    }

    // Marked content, page by page: the parent tree maps each MCID back to its element.
    let mut first_page: Vec<Option<usize>> = vec![None; n];
    let mut nums: Vec<Object> = Vec::new();
    for (p, (page_id, page_mcids)) in pages.iter().zip(mcids).enumerate() {
        let mut parents = Vec::with_capacity(page_mcids.len());
        for (mcid, &e) in page_mcids.iter().enumerate() {
            let e = e as usize;
            if e >= n {
                return Err(format!(
                    "cannot write PDF structure: page {} refers to element {e} of {n}",
                    p + 1
                ));
            }
            let home = *first_page[e].get_or_insert(p);
            kids[e].push(if home == p {
                Object::Integer(mcid as i64)
            } else {
                // Text continued on another page: a marked-content reference.
                let mut mcr = Dictionary::new();
                mcr.set("Type", "MCR");
                mcr.set("Pg", *page_id);
                mcr.set("MCID", mcid as i64);
                Object::Dictionary(mcr)
            });
            parents.push(Object::Reference(ids[e]));
        }
        let page = lo
            .get_object_mut(*page_id)
            .and_then(Object::as_dict_mut)
            .map_err(bad)?;
        page.set("Tabs", Object::Name(b"S".to_vec()));
        if !parents.is_empty() {
            page.set("StructParents", p as i64);
            nums.push(Object::Integer(p as i64));
            nums.push(Object::Array(parents));
        }
    }

    // Link annotations: each is a kid of its Link element, with its own parent-tree key.
    let mut key = pages.len() as i64;
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
            annot.set("StructParent", key);
            annot.set("Contents", text(&alt));
            // Printed, not hidden (PDF/A).
            annot.set("F", 4);
            let mut objr = Dictionary::new();
            objr.set("Type", "OBJR");
            objr.set("Pg", *page_id);
            objr.set("Obj", annot_id);
            kids[e].push(Object::Dictionary(objr));
            nums.push(Object::Integer(key));
            nums.push(Object::Reference(ids[e]));
            key += 1;
        }
    }

    // The elements.
    for (i, (e, k)) in tree.0.iter().zip(kids).enumerate() {
        let mut d = Dictionary::new();
        d.set("Type", "StructElem");
        d.set("S", Object::Name(e.role.name().as_bytes().to_vec()));
        d.set(
            "P",
            if i == 0 {
                root_id
            } else {
                ids[e.parent as usize]
            },
        );
        if let Some(p) = first_page[i] {
            d.set("Pg", pages[p]);
        }
        if let Some(alt) = &e.alt {
            d.set("Alt", text(alt));
        }
        d.set("K", k);
        lo.objects.insert(ids[i], Object::Dictionary(d));
    }

    let mut parent_tree = Dictionary::new();
    parent_tree.set("Nums", nums);
    let mut role_map = Dictionary::new();
    role_map.set("Aside", Object::Name(b"Sect".to_vec()));
    let mut root = Dictionary::new();
    root.set("Type", "StructTreeRoot");
    root.set("K", vec![Object::Reference(ids[0])]);
    root.set("ParentTree", parent_tree);
    root.set("ParentTreeNextKey", key);
    root.set("RoleMap", role_map);
    lo.objects.insert(root_id, Object::Dictionary(root));

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
    Ok(())
}
