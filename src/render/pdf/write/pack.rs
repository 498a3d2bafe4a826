//! Write stage, bytes: stream compression (one reusable zlib compressor per thread),
//! object streams and the cross-reference stream that ends the file, and the `/ID`
//! fingerprint of the finished file.
//!
//! lopdf writes the document with a classic cross-reference table; the structure tree is
//! appended after it as object streams (ISO 32000-1 §7.5.7), and the table is replaced
//! with a cross-reference stream (§7.5.8), the only kind that can point into an object
//! stream. lopdf's own object-stream writer does not fit: it clones every object and
//! writes each three times, on one thread; the tree's bytes are made here directly.

use flate2::{Compress, Compression, FlushCompress, Status};
use lopdf::{Object, ObjectId};
use rayon::prelude::*;
use std::io::Write;

/// Deflate level for streams. Measured on 1,000 stories (one thread, PDF alone): level 6
/// took 2.84 s and gave 19.3 MB, level 3 2.52 s and 21.4 MB, level 2 2.37 s and 23.0 MB,
/// level 1 2.34 s and 31.4 MB. Level 2 (zlib's fast strategy) buys a sixth of the PDF's
/// time for a fifth more bytes; level 1 would add another third of the size for little.
const COMPRESSION: u32 = 2;

/// A content stream: its bytes and whether they are deflated.
pub(super) struct Packed {
    pub(super) bytes: Vec<u8>,
    pub(super) deflated: bool,
}

/// A zlib compressor kept for many streams: a fresh one allocates and zeroes a few
/// hundred kilobytes of tables, which for thousands of page streams cost more than the
/// compressing (the kernel clearing fresh pages was a sixth of a 1,000-story build).
pub(super) struct Deflater(Compress);

thread_local! {
    /// The thread's compressor between uses ([`Deflater::kept`]).
    static KEPT: std::cell::Cell<Option<Deflater>> = const { std::cell::Cell::new(None) };
}

/// A thread's compressor, lent for a while and kept for its next use when dropped: the
/// seeds' build made ten (each stage, and each piece of work rayon split a stage into,
/// made its own), and making one clears a few hundred kilobytes.
pub(super) struct Kept(Option<Deflater>);

impl std::ops::Deref for Kept {
    type Target = Deflater;
    fn deref(&self) -> &Deflater {
        self.0
            .as_ref()
            .expect("a kept compressor is there until dropped")
    }
}

impl std::ops::DerefMut for Kept {
    fn deref_mut(&mut self) -> &mut Deflater {
        self.0
            .as_mut()
            .expect("a kept compressor is there until dropped")
    }
}

impl Drop for Kept {
    fn drop(&mut self) {
        KEPT.set(self.0.take());
    }
}

impl Deflater {
    pub(super) fn new() -> Self {
        Deflater(Compress::new(Compression::new(COMPRESSION), true))
    }

    /// This thread's compressor (a new one the first time, or while another use on
    /// this thread holds it). Every stream is packed from a reset compressor, so which
    /// one packs it does not change its bytes.
    pub(super) fn kept() -> Kept {
        Kept(Some(KEPT.take().unwrap_or_else(Deflater::new)))
    }

    /// `raw` deflated, or as it is when deflating does not make it smaller.
    pub(super) fn pack(&mut self, raw: Vec<u8>) -> Packed {
        self.0.reset();
        // Room for most page streams at once (level 2 leaves them at about two fifths
        // of their size): a stream that outgrows it is copied as it grows and deflate is
        // entered again. The compressed bytes do not depend on the room.
        let mut out = Vec::with_capacity(raw.len() / 2 + 64);
        let packed = loop {
            let read = usize::try_from(self.0.total_in()).unwrap_or(raw.len());
            match self
                .0
                .compress_vec(&raw[read.min(raw.len())..], &mut out, FlushCompress::Finish)
            {
                Ok(Status::StreamEnd) => break true,
                // Out of room: grow and go on.
                Ok(_) => out.reserve(out.capacity().max(1024)),
                Err(_) => break false,
            }
        };
        if packed && out.len() + 19 < raw.len() {
            Packed {
                bytes: out,
                deflated: true,
            }
        } else {
            Packed {
                bytes: raw,
                deflated: false,
            }
        }
    }
}

/// Deflates every stream that has no filter yet, in parallel; results are put back in
/// object order, so the output does not depend on scheduling.
pub(super) fn compress(lo: &mut lopdf::Document) {
    let jobs: Vec<(ObjectId, Vec<u8>)> = lo
        .objects
        .iter_mut()
        .filter_map(|(id, obj)| match obj {
            Object::Stream(s) if s.allows_compression && !s.dict.has(b"Filter") => {
                Some((*id, std::mem::take(&mut s.content)))
            }
            _ => None,
        })
        .collect();
    let done: Vec<(ObjectId, Packed)> = jobs
        .into_par_iter()
        .map_init(Deflater::kept, |z, (id, raw)| (id, z.pack(raw)))
        .collect();
    for (id, packed) in done {
        if let Some(Object::Stream(s)) = lo.objects.get_mut(&id) {
            if packed.deflated {
                s.dict.set("Filter", "FlateDecode");
            }
            s.set_content(packed.bytes);
        }
    }
}

/// An object stream: objects `first_id..first_id + count`, compressed.
pub(super) struct ObjStm {
    first_id: u32,
    count: u32,
    /// Offset of the first object in the decompressed stream.
    first: usize,
    packed: Packed,
}

impl ObjStm {
    /// The stream of the consecutive objects from `first_id` whose serialisations are
    /// `body`, starting at `offsets`.
    pub(super) fn new(z: &mut Deflater, first_id: u32, offsets: &[usize], body: &[u8]) -> Self {
        let mut raw = Vec::with_capacity(offsets.len() * 12 + body.len());
        for (k, off) in offsets.iter().enumerate() {
            let _ = write!(raw, "{} {off} ", first_id as usize + k);
        }
        let first = raw.len();
        raw.extend_from_slice(body);
        ObjStm {
            first_id,
            count: offsets.len() as u32,
            first,
            packed: z.pack(raw),
        }
    }
}

/// A cross-reference entry: type 0 (free), 1 (offset in the file) or 2 (object stream
/// and index in it).
#[derive(Clone, Copy)]
enum Entry {
    Free,
    At(u64),
    In(u32, u32),
}

/// Writes `lo` with `streams` appended (see [`finish`]) and the `/ID` filled in.
pub(super) fn save(mut lo: lopdf::Document, streams: Vec<ObjStm>) -> Result<Vec<u8>, String> {
    let trailer_ref = |key: &[u8]| lo.trailer.get(key).and_then(Object::as_reference).ok();
    let root = trailer_ref(b"Root").ok_or("cannot write PDF: printpdf wrote no catalog")?;
    let info = trailer_ref(b"Info");
    // Room for the whole file at once: growing by doubling would copy it and, for a
    // moment, hold it twice (room never written to costs no memory).
    let estimate: usize = lo
        .objects
        .values()
        .map(|o| match o {
            Object::Stream(s) => s.content.len() + 128,
            _ => 256,
        })
        .sum();
    let mut out = Vec::with_capacity(estimate + estimate / 8);
    // The table [`finish`] reads and replaces.
    lo.reference_table.cross_reference_type = lopdf::xref::XrefType::CrossReferenceTable;
    lo.save_to(&mut out)
        .map_err(|e| format!("cannot write PDF: {e}"))?;
    let next_id = lo.max_id + 1;
    drop(lo);
    finish(&mut out, streams, next_id, root, info)?;
    set_id(&mut out);
    Ok(out)
}

/// Ends `out`, a file lopdf wrote, with `streams` (numbered from `next_id`) and one
/// cross-reference stream for everything, in place of lopdf's table and trailer. The
/// trailer keeps `/Root` and `/Info`; `/ID` is the zero placeholder [`set_id`] fills.
fn finish(
    out: &mut Vec<u8>,
    streams: Vec<ObjStm>,
    next_id: u32,
    root: ObjectId,
    info: Option<ObjectId>,
) -> Result<(), String> {
    let bad = || "cannot write PDF: lopdf's cross-reference table is not as expected".to_string();
    let mut entries = table_entries(out).ok_or_else(bad)?;
    let table_at = startxref(out).ok_or_else(bad)?;
    out.truncate(table_at);

    let size = next_id as usize + streams.len() + 1;
    entries.resize(size, Entry::Free);
    let mut z = Deflater::kept();
    for (k, s) in streams.into_iter().enumerate() {
        let id = next_id + k as u32;
        for i in 0..s.count {
            entries[(s.first_id + i) as usize] = Entry::In(id, i);
        }
        entries[id as usize] = Entry::At(out.len() as u64);
        let _ = write!(
            out,
            "{id} 0 obj\n<</Type/ObjStm/N {}/First {}/Length {}{}>>\nstream\n",
            s.count,
            s.first,
            s.packed.bytes.len(),
            if s.packed.deflated {
                "/Filter/FlateDecode"
            } else {
                ""
            }
        );
        out.extend_from_slice(&s.packed.bytes);
        out.extend_from_slice(b"\nendstream\nendobj\n");
    }

    // The cross-reference stream: 1 byte type, 4 bytes offset or stream, 2 bytes
    // generation or index.
    let xref_id = size - 1;
    let xref_at = out.len() as u64;
    entries[xref_id] = Entry::At(xref_at);
    let mut rows = Vec::with_capacity(size * 7);
    for e in &entries {
        let (t, a, b): (u8, u64, u32) = match *e {
            Entry::Free => (0, 0, 0),
            Entry::At(off) => (1, off, 0),
            Entry::In(s, i) => (2, u64::from(s), i),
        };
        let a = u32::try_from(a).map_err(|_| "cannot write PDF: larger than 4 GB".to_string())?;
        let b = u16::try_from(b).map_err(|_| bad())?;
        rows.push(t);
        rows.extend_from_slice(&a.to_be_bytes());
        rows.extend_from_slice(&b.to_be_bytes());
    }
    // Entry 0 heads the free list with generation 65535.
    rows[5..7].copy_from_slice(&u16::MAX.to_be_bytes());
    let packed = z.pack(rows);
    let zeros = "0".repeat(32);
    let _ = write!(
        out,
        "{xref_id} 0 obj\n<</Type/XRef/Size {size}/W[1 4 2]/Root {} {} R",
        root.0, root.1
    );
    if let Some(info) = info {
        let _ = write!(out, "/Info {} {} R", info.0, info.1);
    }
    let _ = write!(
        out,
        "/ID[<{zeros}><{zeros}>]/Length {}{}>>\nstream\n",
        packed.bytes.len(),
        if packed.deflated {
            "/Filter/FlateDecode"
        } else {
            ""
        }
    );
    out.extend_from_slice(&packed.bytes);
    let _ = write!(out, "\nendstream\nendobj\nstartxref\n{xref_at}\n%%EOF\n");
    Ok(())
}

/// Where the file's last cross-reference section starts (`startxref`).
fn startxref(out: &[u8]) -> Option<usize> {
    let key = b"startxref";
    let at = out.windows(key.len()).rposition(|w| w == key)?;
    let tail = std::str::from_utf8(&out[at + key.len()..]).ok()?;
    tail.split_whitespace().next()?.parse().ok()
}

/// The entries of the classic cross-reference table lopdf wrote (subsections of
/// `start count` and 20-byte rows), indexed by object number.
fn table_entries(out: &[u8]) -> Option<Vec<Entry>> {
    let at = startxref(out)?;
    let mut rest = out.get(at..)?.strip_prefix(b"xref")?;
    let mut entries = Vec::new();
    loop {
        rest = rest.trim_ascii_start();
        if rest.starts_with(b"trailer") {
            return Some(entries);
        }
        let eol = rest.iter().position(|&b| b == b'\n')?;
        let head = std::str::from_utf8(&rest[..eol]).ok()?;
        let mut words = head.split_whitespace();
        let start: usize = words.next()?.parse().ok()?;
        let count: usize = words.next()?.parse().ok()?;
        rest = &rest[eol + 1..];
        if entries.len() < start + count {
            entries.resize(start + count, Entry::Free);
        }
        for i in 0..count {
            let row = std::str::from_utf8(rest.get(i * 20..i * 20 + 20)?).ok()?;
            if row.get(17..18)? == "n" {
                entries[start + i] = Entry::At(row.get(..10)?.parse().ok()?);
            }
        }
        rest = &rest[count * 20..];
    }
}

/// Replaces the zero `/ID` placeholder (the last one in the file: the trailer) with a
/// 128-bit fingerprint of the whole file.
pub(crate) fn set_id(out: &mut [u8]) {
    let hex = |v: &[u8]| v.iter().map(|b| format!("{b:02X}")).collect::<String>();
    let zeros = hex(&[0u8; 16]);
    let pattern = format!("<{zeros}>");
    let value = format!("<{}>", hex(&fingerprint(out)));
    let p = pattern.as_bytes();
    // Both array entries: the trailer is at the end, so search backwards.
    let mut end = out.len();
    for _ in 0..2 {
        let Some(at) = out[..end].windows(p.len()).rposition(|w| w == p) else {
            return;
        };
        out[at..at + p.len()].copy_from_slice(value.as_bytes());
        end = at;
    }
}

/// A 128-bit fingerprint of `bytes`: two independent multiply-rotate lanes over 8-byte
/// words, then a final avalanche. Not a security hash: `/ID` only has to change when
/// the content does, and this reads a 20 MB file in a few milliseconds.
fn fingerprint(bytes: &[u8]) -> [u8; 16] {
    const K1: u64 = 0x9E37_79B9_7F4A_7C15;
    const K2: u64 = 0xC2B2_AE3D_27D4_EB4F;
    let mut a = 0x243F_6A88_85A3_08D3_u64 ^ bytes.len() as u64;
    let mut b = 0x1319_8A2E_0370_7344_u64;
    let mut mix = |w: u64| {
        a = (a ^ w).wrapping_mul(K1).rotate_left(31);
        b = (b.rotate_left(27) ^ w).wrapping_mul(K2);
    };
    let mut words = bytes.chunks_exact(8);
    for c in &mut words {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        mix(u64::from_le_bytes(w));
    }
    let mut tail = [0u8; 8];
    tail[..words.remainder().len()].copy_from_slice(words.remainder());
    mix(u64::from_le_bytes(tail));
    let avalanche = |mut h: u64| {
        h ^= h >> 33;
        h = h.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
        h ^= h >> 33;
        h = h.wrapping_mul(0xC4CE_B9FE_1A85_EC53);
        h ^ (h >> 33)
    };
    let mut id = [0u8; 16];
    id[..8].copy_from_slice(&avalanche(a ^ b.rotate_left(17)).to_be_bytes());
    id[8..].copy_from_slice(&avalanche(b ^ a.rotate_left(43)).to_be_bytes());
    id
}

#[cfg(test)]
mod tests {
    use lopdf::{Document, Object, dictionary};

    #[test]
    fn objects_in_appended_streams_resolve_beside_lopdfs() {
        // lopdf writes a catalog and a page tree; two more objects, numbered after a
        // reserved gap, go into an object stream; a reader must find all of them.
        let mut lo = Document::with_version("1.7");
        let pages =
            lo.add_object(dictionary! { "Type" => "Pages", "Kids" => vec![], "Count" => 0 });
        let root = lo.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages });
        lo.trailer.set("Root", root);
        let first = lo.max_id + 2;
        lo.max_id += 3;
        let body = b"<</Answer 42>>\n[(deep) 7 0 R]\n";
        let mut z = super::Deflater::new();
        let stream = super::ObjStm::new(&mut z, first, &[0, 15], body);
        let out = super::save(lo, vec![stream]).unwrap();
        let back = Document::load_mem(&out).unwrap();
        let answer = back.get_dictionary((first, 0)).unwrap();
        assert_eq!(answer.get(b"Answer").unwrap().as_i64().unwrap(), 42);
        let array = back.get_object((first + 1, 0)).unwrap().as_array().unwrap();
        assert_eq!(array[1], Object::Reference((7, 0)));
        assert_eq!(
            back.catalog().unwrap().get(b"Pages").unwrap(),
            &Object::Reference(pages)
        );
        // The /ID placeholder was found and filled.
        let id = back.trailer.get(b"ID").unwrap().as_array().unwrap();
        assert_ne!(id[0].as_str().unwrap(), &[0u8; 16]);
        // And nothing of lopdf's table or trailer is left.
        assert!(!out.windows(7).any(|w| w == b"trailer"));
    }

    #[test]
    fn a_kept_compressor_packs_as_a_new_one() {
        let text: Vec<u8> = (0..20_000u32)
            .flat_map(|i| (i % 251).to_be_bytes())
            .collect();
        let other = b"BT /F1 11 Tf [(ab) -3 (cd)] TJ ET\n".repeat(300);
        let fresh = super::Deflater::new().pack(text.clone()).bytes;
        {
            let mut z = super::Deflater::kept();
            z.pack(other.clone());
        }
        // The same thread's compressor again, used before: the same bytes.
        let mut z = super::Deflater::kept();
        assert_eq!(z.pack(text.clone()).bytes, fresh);
        // A second use while the first holds it gets a compressor of its own.
        let mut y = super::Deflater::kept();
        assert_eq!(y.pack(text).bytes, fresh);
        assert!(z.pack(other).deflated);
    }

    #[test]
    fn fingerprint_sees_every_byte() {
        let base = vec![7u8; 29];
        let id = super::fingerprint(&base);
        assert_eq!(id, super::fingerprint(&base.clone()));
        for i in 0..base.len() {
            let mut other = base.clone();
            other[i] ^= 1;
            assert_ne!(id, super::fingerprint(&other), "byte {i}");
        }
        assert_ne!(id, super::fingerprint(&base[..28]));
    }
}
