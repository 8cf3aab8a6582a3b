//! The integration suite: one test binary (one link), a real server per
//! test on a random port, a fresh database per test, SQLite always and
//! PostgreSQL when YUNZHAN_TEST_PG names a server.

mod accounts;
mod admin;
mod audit;
mod booking;
mod cache;
mod catalogue;
mod changes;
mod exhibits;
mod fairs;
mod fixtures;
mod harness;
mod hygiene;
mod matrix;
mod media;
mod orgs;
mod outbox;
mod privacy;
mod quotas;
mod revisions;
mod scopes;
mod showcase;
mod smtp;
mod translate;
mod workplaces;
