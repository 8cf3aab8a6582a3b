//! Where a signed-in account works: the organisations and the fairs in
//! which it holds a grant, with what it may do there. The account page
//! links to them, so nobody has to know an address by heart.

use yz_domain::Permission;
use yz_domain::role::Scope;
use yz_store::{fairs, organisations};

use crate::error::AppResult;
use crate::{Actor, App};

/// An organisation the account belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgPlace {
    pub id: String,
    pub name_zh: String,
    pub name_en: String,
    /// May change the profile, apply to fairs and invite staff.
    pub manage: bool,
}

/// A fair in which the account holds a staff grant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FairPlace {
    pub slug: String,
    pub name_zh: String,
    pub name_en: String,
    /// May change the fair, its halls and booths.
    pub manage: bool,
    /// May decide applications and exhibits.
    pub review: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Workplaces {
    pub orgs: Vec<OrgPlace>,
    pub fairs: Vec<FairPlace>,
    /// May create fairs.
    pub create_fairs: bool,
}

/// The caller's organisations and fairs; nothing for someone anonymous.
pub async fn of(app: &App, actor: &Actor) -> AppResult<Workplaces> {
    let Some(p) = actor.principal.as_deref() else {
        return Ok(Workplaces::default());
    };
    let mut out = Workplaces {
        create_fairs: p.can(Permission::FairCreate),
        ..Default::default()
    };
    let mut seen: Vec<&Scope> = Vec::new();
    for g in &p.grants {
        if seen.contains(&&g.scope) {
            continue;
        }
        seen.push(&g.scope);
        match &g.scope {
            Scope::Organisation(id) => {
                if let Some(o) = organisations::by_id(&app.stores.main, id).await? {
                    out.orgs.push(OrgPlace {
                        manage: p.can_in(Permission::OrgManage, &g.scope),
                        id: o.id,
                        name_zh: o.legal_name_zh,
                        name_en: o.legal_name_en,
                    });
                }
            }
            // Fair grants name the fair by its slug.
            Scope::Fair(slug) => {
                if let Some(f) = fairs::by_slug(&app.stores.main, slug).await? {
                    out.fairs.push(FairPlace {
                        manage: p.can_in(Permission::FairManage, &g.scope),
                        review: p.can_in(Permission::ExhibitorReview, &g.scope),
                        slug: f.slug,
                        name_zh: f.name_zh,
                        name_en: f.name_en,
                    });
                }
            }
            Scope::Platform => {}
        }
    }
    Ok(out)
}
