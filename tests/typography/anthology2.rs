//! The second, hand-written anthology (`tests/fixtures/anthology2`): its pages.

use super::*;

/// The hand-written anthology's pages (its scene breaks, verse and one-line exchanges
/// strand more paragraphs than the generated one's): none short, none with a widow or
/// orphan, and in print every spread level.
#[test]
fn screen_anthology2_pages_full_without_widows() {
    let f = measured(&anthology2(), "screen");
    check_pages(&f, "screen", 25);
    check_tight(&f, "screen", 108);
}

#[test]
fn print_anthology2_pages_full_and_spreads_level() {
    let f = measured(&anthology2(), "print");
    check_pages(&f, "print", 25);
    check_tight(&f, "print", 78);
}
