//! Upload checks and media processing (being written).
