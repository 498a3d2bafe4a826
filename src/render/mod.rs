//! Renderers: each turns a [`crate::model::Book`] into one output format. None of them
//! parses story text; they only render the model.

pub mod cover;
pub mod epub;
pub mod pages;
pub mod pdf;
pub(crate) mod xml;
