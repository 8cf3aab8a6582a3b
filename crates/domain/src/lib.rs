//! Yunzhan's domain: the rules and types every other crate builds on.
//!
//! Nothing here performs I/O or reads the clock: time comes in through
//! [`clock::Clock`], so tests control it.

pub mod audit;
pub mod change;
pub mod clock;
pub mod email;
pub mod fair;
pub mod hs;
pub mod ids;
pub mod kinds;
pub mod lang;
pub mod measures;
mod names;
pub mod net;
pub mod password;
pub mod permission;
pub mod role;
pub mod status;
pub mod uscc;
pub mod visibility;

pub use clock::Clock;
pub use permission::{Access, Permission};
pub use role::{Role, Scope};
