//! Shaping stage, its memory: a cache by (face, text) shared by the threads typesetting a
//! book ([`Sharded`]), and the cache of shaped words ([`ShapeCache`]) with the glyph →
//! text table the PDF's ToUnicode maps are written from.

use super::run::{Glyph, Run, Shaped};
use crate::render::pdf::fonts::FontKey;
use rustc_hash::FxBuildHasher;
use std::collections::{BTreeMap, HashMap};
use std::hash::BuildHasher;
use std::sync::{Arc, Mutex};

/// Shards of a [`Sharded`] cache: enough that two to eight threads rarely wait on each
/// other.
const SHARDS: usize = 16;

/// A cache by (face, text) shared by every thread typesetting a book, in shards under
/// their own locks. Its values must be pure functions of (face, text), so which thread
/// fills an entry first does not change any output.
pub struct Sharded<V> {
    shards: Vec<Shard<V>>,
}

/// One shard: text → value, for one face.
type Shard<V> = Mutex<HashMap<Box<str>, Arc<V>, FxBuildHasher>>;

impl<V> Default for Sharded<V> {
    fn default() -> Self {
        Sharded {
            shards: (0..SHARDS * FontKey::ALL.len())
                .map(|_| Mutex::default())
                .collect(),
        }
    }
}

impl<V> Sharded<V> {
    /// The value for (`font`, `text`), made by `make` outside the lock if absent; if
    /// another thread made it meanwhile, its value is kept.
    pub fn get_or(&self, font: FontKey, text: &str, make: impl FnOnce() -> V) -> Arc<V> {
        let h = FxBuildHasher.hash_one(text) as usize % SHARDS;
        let shard = &self.shards[font as usize * SHARDS + h];
        if let Some(hit) = shard.lock().unwrap_or_else(|e| e.into_inner()).get(text) {
            return hit.clone();
        }
        let value = Arc::new(make());
        shard
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry(text.into())
            .or_insert(value)
            .clone()
    }

    /// Calls `f` on every value, shard by shard.
    fn for_each(&self, mut f: impl FnMut(&V)) {
        for shard in &self.shards {
            let map = shard.lock().unwrap_or_else(|e| e.into_inner());
            map.values().for_each(|v| f(v));
        }
    }
}

/// Shaped words by (face, text).
#[derive(Default)]
pub struct ShapeCache(Sharded<Shaped>);

impl ShapeCache {
    /// The shaped `text` in `font`, made by `make` unless a thread has made it already.
    pub(super) fn get_or(
        &self,
        font: FontKey,
        text: &str,
        make: impl FnOnce() -> Shaped,
    ) -> Arc<Shaped> {
        self.0.get_or(font, text, make)
    }

    /// For every glyph ever shaped, the text it stands for: per face, glyph id → text
    /// (a bracket the shaper mirrored in a right-to-left run stands for the character
    /// it shows: the glyph of ")" drawn for "(" is ")", as it is in any other run; the
    /// writer's mirror copy of the face gives "(" where it is drawn so).
    /// A glyph met with different texts (a base letter that also starts a letter+mark
    /// cluster) keeps the shortest, then smallest, so the choice does not depend on
    /// which thread shaped what first. [`Glyph::spelled`] glyphs carry their text in
    /// codes of their own and are left out.
    pub fn glyph_texts(&self) -> BTreeMap<FontKey, BTreeMap<u16, String>> {
        let mut out: BTreeMap<FontKey, BTreeMap<u16, String>> = BTreeMap::new();
        self.0.for_each(|shaped| {
            for run in &shaped.runs {
                let face = out.entry(run.font).or_default();
                for g in run.glyphs.iter().filter(|g| !g.spelled) {
                    let t = natural(run, g);
                    let t = t.as_ref();
                    if t.is_empty() {
                        continue;
                    }
                    match face.get_mut(&g.gid) {
                        Some(old) if (old.len(), old.as_str()) <= (t.len(), t) => {}
                        Some(old) => *old = t.to_string(),
                        None => {
                            face.insert(g.gid, t.to_string());
                        }
                    }
                }
            }
        });
        out
    }
}

/// The text glyph `g` of `run` shows: its own text, but for a mirroring character in a
/// run shaped right to left, which the shaper drew as its mirror image.
fn natural<'a>(run: &'a Run, g: &Glyph) -> std::borrow::Cow<'a, str> {
    let t = run.glyph_text(g);
    let mut cs = t.chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) if run.rtl => match unicode_bidi_mirroring::get_mirrored(c) {
            Some(m) => m.to_string().into(),
            None => t.into(),
        },
        _ => t.into(),
    }
}
