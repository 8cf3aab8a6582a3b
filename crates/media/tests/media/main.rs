//! Integration tests of the public API of `yz-media`.

mod alloc;
mod common;
mod documents;
mod images;
mod models3d;
mod panorama;
mod robustness;
mod tables;
mod video;
mod xlsx_bombs;
mod zips;

/// Counts heap use per thread, for tests that must not allocate much.
#[global_allocator]
static ALLOC: alloc::Counting = alloc::Counting;
