//! Integration tests of the public API of `yz-media`.

mod common;
mod documents;
mod images;
mod models3d;
mod panorama;
mod robustness;
mod tables;
mod video;
