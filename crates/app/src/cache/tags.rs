//! What a cached entry depends on, and what a committed change makes
//! stale. The page cache drops exactly the entries that carry a tag a
//! change names; private writes (logins, sessions, favourites, profiles,
//! consents, views) name none.

use yz_domain::change::{Change, Kind, Verb};

/// One thing a cached entry was read from.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Tag {
    /// A fair's own settings, halls, booth plan and home showcase.
    Fair(String),
    /// One booth (its status and holder).
    Booth(String),
    /// An organisation as visitors see it: names, restrictions, whether it
    /// is verified on a fair.
    Org(String),
    /// What an organisation shows: its products and media.
    Products(String),
    /// One exhibit's page.
    Exhibit(String),
    /// Which exhibits are live at all (the fair homes' "new products").
    Newest,
}

impl Tag {
    /// The tag's name in the cache's index and on the wire between nodes.
    pub fn name(&self) -> String {
        match self {
            Tag::Fair(id) => format!("fair:{id}"),
            Tag::Booth(id) => format!("booth:{id}"),
            Tag::Org(id) => format!("org:{id}"),
            Tag::Products(id) => format!("products:{id}"),
            Tag::Exhibit(id) => format!("exhibit:{id}"),
            Tag::Newest => "newest".into(),
        }
    }
}

/// What a set of committed changes makes stale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stale {
    /// The entries carrying any of these tags (none: nothing public changed).
    Tags(Vec<Tag>),
    /// Everything (site settings, a fair's settings, or a change too coarse
    /// to follow).
    All,
}

impl Stale {
    pub fn is_nothing(&self) -> bool {
        matches!(self, Stale::Tags(t) if t.is_empty())
    }
}

/// Verbs that change whether an exhibit is live anywhere (so which are the
/// newest), not only what it says.
fn changes_liveness(verb: Verb) -> bool {
    !matches!(verb, Verb::Changed | Verb::Submitted)
}

/// The tags a committed change makes stale, or `None` for "everything".
fn tags_of(c: &Change, out: &mut Vec<Tag>) -> Option<()> {
    match c.kind {
        // Private to their owners: no public page reads them.
        Kind::Account
        | Kind::Session
        | Kind::Grant
        | Kind::Profile
        | Kind::Consent
        | Kind::Favourite
        | Kind::Invitation
        | Kind::Registration => {}
        // A pending revision changes nothing visitors see; media come with
        // the change of their exhibit.
        Kind::Revision | Kind::Media => {}
        // Rare, and read by every page (review rules, phases, the site).
        Kind::Settings | Kind::Fair => return None,
        Kind::Hall => out.push(Tag::Fair(c.fair_id.clone()?)),
        Kind::Booth => {
            out.push(Tag::Booth(c.id.clone()));
            out.push(Tag::Fair(c.fair_id.clone()?));
        }
        Kind::Application => {
            // Named "{fair}:{org}".
            let (_, org) = c.id.split_once(':')?;
            out.push(Tag::Fair(c.fair_id.clone()?));
            out.push(Tag::Org(org.to_owned()));
            out.push(Tag::Products(org.to_owned()));
            out.push(Tag::Newest);
        }
        Kind::Organisation => {
            out.push(Tag::Org(c.id.clone()));
            out.push(Tag::Products(c.id.clone()));
            out.push(Tag::Newest);
        }
        Kind::Exhibit => {
            out.push(Tag::Exhibit(c.id.clone()));
            out.push(Tag::Products(c.org_id.clone()?));
            if changes_liveness(c.verb) {
                out.push(Tag::Newest);
            }
            if let Some(f) = &c.fair_id {
                out.push(Tag::Fair(f.clone()));
            }
        }
    }
    Some(())
}

/// What `changes` make stale, each tag once.
pub fn stale_after(changes: &[Change]) -> Stale {
    let mut tags = Vec::new();
    for c in changes {
        if tags_of(c, &mut tags).is_none() {
            return Stale::All;
        }
    }
    let mut seen = std::collections::HashSet::new();
    tags.retain(|t| seen.insert(t.clone()));
    Stale::Tags(tags)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(changes: &[Change]) -> Vec<String> {
        match stale_after(changes) {
            Stale::Tags(t) => t.iter().map(Tag::name).collect(),
            Stale::All => vec!["*".into()],
        }
    }

    #[test]
    fn private_writes_make_nothing_stale() {
        let private = [
            Change::new(Kind::Session, "s1", Verb::Created),
            Change::new(Kind::Account, "u1", Verb::Changed),
            Change::new(Kind::Favourite, "exhibit:e1", Verb::Created),
            Change::new(Kind::Consent, "u1", Verb::Changed),
            Change::new(Kind::Registration, "f1:u1", Verb::Created).in_fair("f1"),
            Change::new(Kind::Revision, "e1:2", Verb::Submitted),
        ];
        assert!(stale_after(&private).is_nothing());
        assert!(stale_after(&[]).is_nothing());
    }

    #[test]
    fn an_exhibit_edit_names_its_page_and_its_owner_s_products() {
        let edit = Change::new(Kind::Exhibit, "e1", Verb::Changed).of_org("o1");
        assert_eq!(tags(&[edit]), ["exhibit:e1", "products:o1"]);
        let publish = Change::new(Kind::Exhibit, "e1", Verb::Published).of_org("o1");
        assert_eq!(
            tags(&[publish]),
            ["exhibit:e1", "products:o1", "newest"],
            "a publication changes which products are newest"
        );
        let approved = Change::new(Kind::Exhibit, "e1", Verb::Approved)
            .in_fair("f1")
            .of_org("o1");
        assert_eq!(
            tags(&[approved]),
            ["exhibit:e1", "products:o1", "newest", "fair:f1"]
        );
    }

    #[test]
    fn booths_and_applications_name_their_fair() {
        let booth = Change::new(Kind::Booth, "b1", Verb::Requested).in_fair("f1");
        let app = Change::new(Kind::Application, "f1:o1", Verb::Approved).in_fair("f1");
        assert_eq!(
            tags(&[booth, app]),
            ["booth:b1", "fair:f1", "org:o1", "products:o1", "newest"]
        );
    }

    #[test]
    fn what_cannot_be_followed_precisely_makes_everything_stale() {
        for c in [
            Change::new(Kind::Fair, "f1", Verb::Changed).in_fair("f1"),
            Change::new(Kind::Settings, "site", Verb::Changed),
            // An exhibit change that does not say whose it is.
            Change::new(Kind::Exhibit, "e1", Verb::Changed),
            Change::new(Kind::Booth, "b1", Verb::Requested),
        ] {
            assert_eq!(stale_after(std::slice::from_ref(&c)), Stale::All, "{c:?}");
        }
    }

    #[test]
    fn each_tag_once() {
        let a = Change::new(Kind::Exhibit, "e1", Verb::Changed).of_org("o1");
        let b = Change::new(Kind::Exhibit, "e2", Verb::Changed).of_org("o1");
        assert_eq!(
            tags(&[a.clone(), b, a]),
            ["exhibit:e1", "products:o1", "exhibit:e2"]
        );
    }
}
