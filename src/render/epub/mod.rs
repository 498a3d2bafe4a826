//! EPUB renderer (in progress).
