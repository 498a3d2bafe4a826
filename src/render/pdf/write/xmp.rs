//! Write stage, metadata and standards: the XMP packet that mirrors the Info dictionary,
//! the PDF/UA and PDF/A identification, and the PDF/A output intent.
//!
//! Input: the document's metadata and declared standards. Output, added to the lopdf
//! document: an uncompressed `/Metadata` stream in the catalog (title, author, subject,
//! language, dates, creator tool and producer equal to Info's, as PDF/A requires), and
//! for PDF/A a `GTS_PDFA1` output intent carrying the shipped sRGB ICC profile
//! (`icc/sRGB.icc`, zlib licence).

use crate::config::Standards;
use crate::render::xml::esc;
use lopdf::{Dictionary, Object, Stream};

/// The sRGB IEC61966-2.1 profile of "ICC Profiles Free" (see `icc/README.md`).
static SRGB_ICC: &[u8] = include_bytes!("../../../../icc/sRGB.icc");
/// The name the output intent gives the sRGB condition.
const SRGB: &str = "sRGB IEC61966-2.1";

/// What the packet says; each field as the Info dictionary has it.
pub(super) struct Meta<'a> {
    pub(super) title: &'a str,
    pub(super) author: &'a str,
    pub(super) subject: Option<&'a str>,
    pub(super) lang: &'a str,
    /// `D:YYYYMMDDHHmmSSZ`, as in Info.
    pub(super) date: &'a str,
    pub(super) creator: &'a str,
    pub(super) producer: &'a str,
    pub(super) standards: Standards,
}

/// `D:YYYYMMDDHHmmSSZ` → `YYYY-MM-DDTHH:mm:SSZ` (the same instant, as XMP writes it).
fn xmp_date(pdf: &str) -> String {
    let d = pdf.trim_start_matches("D:");
    let at = |a: usize, b: usize| d.get(a..b).unwrap_or("00");
    format!(
        "{}-{}-{}T{}:{}:{}Z",
        d.get(0..4).unwrap_or("1970"),
        at(4, 6),
        at(6, 8),
        at(8, 10),
        at(10, 12),
        at(12, 14)
    )
}

/// The XMP packet.
pub(super) fn packet(m: &Meta) -> String {
    let date = xmp_date(m.date);
    let mut ns = String::from(
        " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n   \
         xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n   \
         xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"",
    );
    let mut props = String::new();
    props.push_str("   <dc:format>application/pdf</dc:format>\n");
    props.push_str(&format!(
        "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt></dc:title>\n",
        esc(m.title)
    ));
    if !m.author.is_empty() {
        // One entry: Info's /Author is the names joined, and PDF/A wants them equal.
        props.push_str(&format!(
            "   <dc:creator><rdf:Seq><rdf:li>{}</rdf:li></rdf:Seq></dc:creator>\n",
            esc(m.author)
        ));
    }
    if let Some(s) = m.subject {
        props.push_str(&format!(
            "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt></dc:description>\n",
            esc(s)
        ));
    }
    props.push_str(&format!(
        "   <dc:language><rdf:Bag><rdf:li>{}</rdf:li></rdf:Bag></dc:language>\n",
        esc(m.lang)
    ));
    props.push_str(&format!(
        "   <xmp:CreatorTool>{}</xmp:CreatorTool>\n   <xmp:CreateDate>{date}</xmp:CreateDate>\n   \
         <xmp:ModifyDate>{date}</xmp:ModifyDate>\n   <xmp:MetadataDate>{date}</xmp:MetadataDate>\n",
        esc(m.creator)
    ));
    props.push_str(&format!(
        "   <pdf:Producer>{}</pdf:Producer>\n",
        esc(m.producer)
    ));
    if let Some((part, level)) = m.standards.pdfa {
        ns.push_str("\n   xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"");
        props.push_str(&format!(
            "   <pdfaid:part>{part}</pdfaid:part>\n   <pdfaid:conformance>{level}</pdfaid:conformance>\n"
        ));
    }
    if m.standards.ua1 {
        ns.push_str("\n   xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"");
        props.push_str("   <pdfuaid:part>1</pdfuaid:part>\n");
    }
    // PDF/A accepts only properties of known schemas: pdfuaid is declared as an extension.
    let extension = if m.standards.ua1 && m.standards.pdfa.is_some() {
        "  <rdf:Description rdf:about=\"\"\n   \
         xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n   \
         xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"\n   \
         xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n   \
         <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n    \
         <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n    \
         <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n    \
         <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n    \
         <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n     \
         <pdfaProperty:name>part</pdfaProperty:name>\n     \
         <pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n     \
         <pdfaProperty:category>internal</pdfaProperty:category>\n     \
         <pdfaProperty:description>Indicates which part of ISO 14289 the file conforms to</pdfaProperty:description>\n    \
         </rdf:li></rdf:Seq></pdfaSchema:property>\n   \
         </rdf:li></rdf:Bag></pdfaExtension:schemas>\n  \
         </rdf:Description>\n"
    } else {
        ""
    };
    format!(
        "<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n\
         <x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n \
         <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n  \
         <rdf:Description rdf:about=\"\"\n  {ns}>\n{props}  </rdf:Description>\n{extension} \
         </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>"
    )
}

/// Adds the metadata stream (and for PDF/A the output intent) to the catalog.
pub(super) fn add(lo: &mut lopdf::Document, m: &Meta) -> Result<(), String> {
    let mut dict = Dictionary::new();
    dict.set("Type", "Metadata");
    dict.set("Subtype", "XML");
    // Left unfiltered, so that any tool can find it (PDF/A-1 requires it; no harm later).
    let stream = Stream::new(dict, packet(m).into_bytes()).with_compression(false);
    let metadata = lo.add_object(stream);
    let intent = m.standards.pdfa.map(|_| {
        let mut icc = Dictionary::new();
        icc.set("N", 3);
        let profile = lo.add_object(Stream::new(icc, SRGB_ICC.to_vec()));
        let mut oi = Dictionary::new();
        oi.set("Type", "OutputIntent");
        oi.set("S", "GTS_PDFA1");
        oi.set("OutputConditionIdentifier", Object::string_literal(SRGB));
        oi.set("Info", Object::string_literal(SRGB));
        oi.set(
            "RegistryName",
            Object::string_literal("http://www.color.org"),
        );
        oi.set("DestOutputProfile", profile);
        oi
    });
    let root = lo
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .map_err(|e| format!("printpdf wrote no catalog: {e}"))?;
    let catalog = lo
        .get_object_mut(root)
        .and_then(Object::as_dict_mut)
        .map_err(|e| format!("bad catalog: {e}"))?;
    catalog.set("Metadata", metadata);
    if let Some(oi) = intent {
        catalog.set("OutputIntents", vec![Object::Dictionary(oi)]);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(standards: Standards) -> String {
        packet(&Meta {
            title: "Tom & Jerry <3",
            author: "A, B",
            subject: None,
            lang: "en-GB",
            date: "D:20261123000000Z",
            creator: "Quire",
            producer: "Quire (printpdf, lopdf)",
            standards,
        })
    }

    #[test]
    fn the_packet_mirrors_info_and_declares_what_is_asked() {
        let plain = meta(Standards::default());
        assert!(plain.contains(">Tom &amp; Jerry &lt;3</rdf:li>"), "{plain}");
        assert!(plain.contains("<xmp:CreateDate>2026-11-23T00:00:00Z<"));
        assert!(plain.contains("<rdf:li>A, B</rdf:li>"));
        assert!(!plain.contains("pdfaid") && !plain.contains("pdfuaid"));
        let both = meta(Standards {
            ua1: true,
            pdfa: Some((2, 'B')),
        });
        assert!(both.contains("<pdfaid:part>2</pdfaid:part>"));
        assert!(both.contains("<pdfaid:conformance>B</pdfaid:conformance>"));
        assert!(both.contains("<pdfuaid:part>1</pdfuaid:part>"));
        assert!(both.contains("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"));
        let ua = meta(Standards {
            ua1: true,
            pdfa: None,
        });
        assert!(ua.contains("<pdfuaid:part>1</pdfuaid:part>") && !ua.contains("pdfaExtension"));
    }

    #[test]
    fn the_profile_is_an_rgb_icc_profile() {
        assert_eq!(&SRGB_ICC[36..40], b"acsp");
        assert_eq!(&SRGB_ICC[16..20], b"RGB ");
        let size = u32::from_be_bytes(SRGB_ICC[0..4].try_into().unwrap()) as usize;
        assert_eq!(size, SRGB_ICC.len());
    }
}
