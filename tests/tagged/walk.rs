//! The machine-checkable rules of the Matterhorn Protocol (PDF/UA-1) and PDF/A-2, by
//! walking a built PDF with lopdf: marked content and its parent tree, page keys, link
//! annotations in the tree, embedded fonts with ToUnicode maps, heading levels, the
//! catalog and its XMP.

use lopdf::{Document, Object, ObjectId};
use std::collections::BTreeMap;

fn name(o: &Object) -> String {
    o.as_name()
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .unwrap_or_default()
}

fn dict<'a>(doc: &'a Document, o: &'a Object) -> &'a lopdf::Dictionary {
    match o {
        Object::Reference(id) => doc.get_dictionary(*id).unwrap(),
        Object::Dictionary(d) => d,
        Object::Stream(s) => &s.dict,
        _ => panic!("not a dictionary: {o:?}"),
    }
}

fn get<'a>(doc: &'a Document, d: &'a lopdf::Dictionary, key: &str) -> Option<&'a Object> {
    let o = d.get(key.as_bytes()).ok()?;
    Some(match o {
        Object::Reference(id) => doc.get_object(*id).ok()?,
        o => o,
    })
}

/// The machine-checkable rules, by walking the file with lopdf. Returns the problems.
pub(super) fn walk(path: &str, ua: bool, pdfa: bool) -> Vec<String> {
    let mut bad = Vec::new();
    let doc = Document::load(path).unwrap();
    let root = dict(&doc, doc.trailer.get(b"Root").unwrap());
    if doc.trailer.get(b"Encrypt").is_ok() {
        bad.push("encrypted".into());
    }
    if get(&doc, root, "Lang")
        .and_then(|l| l.as_str().ok())
        .is_none_or(|l| l.len() <= 2)
    {
        bad.push("no /Lang".into());
    }
    let marked = get(&doc, root, "MarkInfo").map(|m| dict(&doc, m));
    if marked
        .and_then(|m| m.get(b"Marked").ok())
        .and_then(|b| b.as_bool().ok())
        != Some(true)
    {
        bad.push("no /MarkInfo /Marked true".into());
    }
    let vp = get(&doc, root, "ViewerPreferences").map(|m| dict(&doc, m));
    if vp
        .and_then(|m| m.get(b"DisplayDocTitle").ok())
        .and_then(|b| b.as_bool().ok())
        != Some(true)
    {
        bad.push("no /DisplayDocTitle true".into());
    }
    // XMP: uncompressed, mirrors Info, declares what was asked.
    let xmp = match get(&doc, root, "Metadata") {
        Some(Object::Stream(s)) if !s.dict.has(b"Filter") => {
            String::from_utf8_lossy(&s.content).into_owned()
        }
        _ => {
            bad.push("no unfiltered XMP /Metadata stream".into());
            String::new()
        }
    };
    let info = dict(&doc, doc.trailer.get(b"Info").unwrap());
    let info_text = |k: &str| {
        info.get(k.as_bytes())
            .ok()
            .and_then(|o| o.as_str().ok())
            .map(|b| {
                let u: Vec<u16> = b[2..]
                    .chunks(2)
                    .map(|c| u16::from_be_bytes([c[0], c[1]]))
                    .collect();
                String::from_utf16_lossy(&u)
            })
            .unwrap_or_default()
    };
    for (k, tag) in [
        ("Title", "rdf:li xml:lang=\"x-default\">"),
        ("Producer", "pdf:Producer>"),
    ] {
        let v = info_text(k).replace('&', "&amp;");
        if !xmp.contains(&format!("{tag}{v}<")) {
            bad.push(format!("XMP does not carry Info /{k} {v:?}"));
        }
    }
    if ua != xmp.contains("<pdfuaid:part>1</pdfuaid:part>") {
        bad.push(format!("XMP pdfuaid:part 1 is {}, asked {ua}", !ua));
    }
    let a2b = xmp.contains("<pdfaid:part>2</pdfaid:part>")
        && xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>");
    if pdfa != a2b {
        bad.push(format!("XMP pdfaid 2B is {a2b}, asked {pdfa}"));
    }
    let intent = get(&doc, root, "OutputIntents")
        .and_then(|o| o.as_array().ok())
        .and_then(|a| a.first())
        .map(|o| dict(&doc, o));
    let icc_ok = intent.is_some_and(|oi| {
        name(oi.get(b"S").unwrap_or(&Object::Null)) == "GTS_PDFA1"
            && matches!(get(&doc, oi, "DestOutputProfile"), Some(Object::Stream(s))
                if s.dict.get(b"N").and_then(Object::as_i64).ok() == Some(3))
    });
    if pdfa != icc_ok {
        bad.push(format!(
            "GTS_PDFA1 output intent with an RGB ICC profile is {icc_ok}, asked {pdfa}"
        ));
    }

    // The structure tree: elements, what each MCID of each page belongs to.
    let Some(tree) = get(&doc, root, "StructTreeRoot").map(|t| dict(&doc, t)) else {
        bad.push("no /StructTreeRoot".into());
        return bad;
    };
    let roles = [
        "Document", "Sect", "Aside", "TOC", "TOCI", "Link", "H1", "H2", "H3", "P",
    ];
    let role_map = get(&doc, tree, "RoleMap").map(|m| dict(&doc, m));
    let nums = get(&doc, tree, "ParentTree")
        .map(|p| dict(&doc, p))
        .and_then(|p| p.get(b"Nums").ok())
        .and_then(|n| n.as_array().ok())
        .cloned()
        .unwrap_or_default();
    let parents: BTreeMap<i64, &Object> = nums
        .chunks(2)
        .filter_map(|c| Some((c.first()?.as_i64().ok()?, c.get(1)?)))
        .collect();
    // Walk the elements in order: headings never skip a level; every (page, MCID) kid.
    let mut kids_of: BTreeMap<(ObjectId, i64), ObjectId> = BTreeMap::new();
    let mut level = 0;
    let mut stack: Vec<ObjectId> = tree
        .get(b"K")
        .and_then(Object::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|o| o.as_reference().ok())
                .rev()
                .collect()
        })
        .unwrap_or_default();
    let mut elements = 0;
    while let Some(id) = stack.pop() {
        elements += 1;
        let e = doc.get_dictionary(id).unwrap();
        let s = name(e.get(b"S").unwrap());
        let std_name = role_map
            .and_then(|m| m.get(s.as_bytes()).ok())
            .map(name)
            .unwrap_or(s.clone());
        if !roles.contains(&std_name.as_str()) || std_name == "Aside" {
            bad.push(format!(
                "element type {s} is neither standard nor role-mapped"
            ));
        }
        if let Some(n) = s.strip_prefix('H').and_then(|n| n.parse::<i32>().ok()) {
            if n > level + 1 {
                bad.push(format!("heading {s} after H{level}: a level skipped"));
            }
            level = n;
        }
        let pg = e.get(b"Pg").and_then(Object::as_reference).ok();
        let kids: Vec<Object> = match e.get(b"K") {
            Ok(Object::Array(a)) => a.clone(),
            Ok(o) => vec![o.clone()],
            Err(_) => Vec::new(),
        };
        let mut children = Vec::new();
        for k in kids {
            match k {
                Object::Integer(m) => {
                    kids_of.insert((pg.expect("/Pg for MCID kids"), m), id);
                }
                Object::Reference(c) => children.push(c),
                Object::Dictionary(d) => {
                    let t = name(d.get(b"Type").unwrap_or(&Object::Null));
                    if t == "MCR" {
                        let p = d.get(b"Pg").and_then(Object::as_reference).unwrap();
                        let m = d.get(b"MCID").and_then(Object::as_i64).unwrap();
                        kids_of.insert((p, m), id);
                    } else if t == "OBJR" {
                        let a = d.get(b"Obj").and_then(Object::as_reference).unwrap();
                        let annot = doc.get_dictionary(a).unwrap();
                        let key = annot.get(b"StructParent").and_then(Object::as_i64);
                        if key
                            .ok()
                            .and_then(|k| parents.get(&k))
                            .and_then(|o| o.as_reference().ok())
                            != Some(id)
                        {
                            bad.push("a link annotation's /StructParent is not its Link".into());
                        }
                    }
                }
                _ => {}
            }
        }
        stack.extend(children.into_iter().rev());
    }
    if elements < 10 {
        bad.push(format!("only {elements} structure elements"));
    }

    // Pages: every text operator inside exactly one marked-content sequence; every MCID
    // maps back through the parent tree to the element that lists it.
    let mut artifacts = 0;
    for (_, page_id) in doc.get_pages() {
        let page = doc.get_dictionary(page_id).unwrap();
        if name(page.get(b"Tabs").unwrap_or(&Object::Null)) != "S" {
            bad.push("a page without /Tabs /S".into());
        }
        for a in page
            .get(b"Annots")
            .and_then(Object::as_array)
            .into_iter()
            .flatten()
        {
            let a = dict(&doc, a);
            if !a.has(b"StructParent")
                || !a.has(b"Contents")
                || a.get(b"F").and_then(Object::as_i64).ok() != Some(4)
            {
                bad.push("a link annotation without /StructParent, /Contents or /F 4".into());
            }
        }
        let content = doc.get_and_decode_page_content(page_id).unwrap();
        let key = page.get(b"StructParents").and_then(Object::as_i64).ok();
        let row = key
            .and_then(|k| parents.get(&k))
            .and_then(|o| o.as_array().ok())
            .cloned()
            .unwrap_or_default();
        let mut depth = 0;
        let mut mcids = 0;
        for op in &content.operations {
            match op.operator.as_str() {
                "BDC" | "BMC" => {
                    depth += 1;
                    if depth > 1 {
                        bad.push("nested marked content".into());
                    }
                    if name(&op.operands[0]) == "Artifact" {
                        artifacts += 1;
                    }
                    if let Some(Ok(m)) = op.operands.get(1).map(|p| {
                        p.as_dict()
                            .and_then(|d| d.get(b"MCID"))
                            .and_then(Object::as_i64)
                    }) {
                        mcids += 1;
                        let owner = row.get(m as usize).and_then(|o| o.as_reference().ok());
                        if owner.is_none() || owner != kids_of.get(&(page_id, m)).copied() {
                            bad.push(format!("MCID {m} not mapped to the element that has it"));
                        }
                    }
                }
                "EMC" => depth -= 1,
                "Tj" | "TJ" | "'" | "\"" if depth != 1 => {
                    bad.push("text outside marked content".into());
                }
                "Do" if depth != 1 => {
                    bad.push("an image outside marked content".into());
                }
                _ => {}
            }
        }
        if mcids != row.len() {
            bad.push(format!(
                "{mcids} MCIDs on a page, {} in its parent tree row",
                row.len()
            ));
        }
        // Fonts: embedded (TrueType as FontFile2; a CFF face from the system fallback,
        // such as Noto CJK, as FontFile3), with ToUnicode.
        if let Ok(fonts) = doc.get_page_fonts(page_id) {
            for (_, f) in fonts {
                let desc = f
                    .get(b"DescendantFonts")
                    .and_then(Object::as_array)
                    .ok()
                    .and_then(|a| a.first())
                    .map(|d| dict(&doc, d))
                    .and_then(|d| get(&doc, d, "FontDescriptor"))
                    .map(|d| dict(&doc, d));
                if !f.has(b"ToUnicode")
                    || !desc.is_some_and(|d| d.has(b"FontFile2") || d.has(b"FontFile3"))
                {
                    bad.push("a font without ToUnicode or embedded program".into());
                }
            }
        }
    }
    if artifacts == 0 {
        bad.push("no artifacts: running heads and folios read as text".into());
    }
    bad.sort();
    bad.dedup();
    bad
}
