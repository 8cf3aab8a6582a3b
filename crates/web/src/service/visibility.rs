//! Exhibitors restrict who sees their booth or a product (req. 8).

use serde_json::json;
use yz_domain::visibility::parse_countries;
use yz_store::{exhibits, organisations};

use super::{Failure, ServiceResult};
use crate::audit::{self, Actor};
use crate::error::{Msg, WebError};
use crate::state::AppState;

fn countries(raw: &str) -> Result<Vec<String>, Failure> {
    parse_countries(raw).map_err(|bad| {
        Failure::Form(
            bad.into_iter()
                .map(|b| Msg::new("error-country").with("code", b))
                .collect(),
        )
    })
}

/// Sets who may see one product.
pub async fn set_exhibit(
    state: &AppState,
    actor: &Actor,
    org_id: &str,
    id: &str,
    raw_countries: &str,
    trade_only: bool,
) -> ServiceResult<()> {
    super::exhibits::of_org(state, org_id, id).await?;
    let list = countries(raw_countries)?;
    let mut tx = state.stores.main.begin().await?;
    exhibits::set_visibility(&mut tx, id, &list, trade_only, state.now()).await?;
    state.commit(tx).await?;
    audit::ok(
        state,
        actor,
        "exhibit.visibility",
        &format!("exhibit:{id}"),
        json!({"countries": list, "trade_only": trade_only}),
    )
    .await?;
    Ok(())
}

/// Sets who may see the organisation's whole booth.
pub async fn set_org(
    state: &AppState,
    actor: &Actor,
    org_id: &str,
    raw_countries: &str,
    trade_only: bool,
) -> ServiceResult<()> {
    organisations::by_id(&state.stores.main, org_id)
        .await?
        .ok_or(WebError::NotFound)?;
    let list = countries(raw_countries)?;
    let mut tx = state.stores.main.begin().await?;
    organisations::set_visibility(&mut tx, org_id, &list, trade_only, state.now()).await?;
    state.commit(tx).await?;
    audit::ok(
        state,
        actor,
        "org.visibility",
        &format!("org:{org_id}"),
        json!({"countries": list, "trade_only": trade_only}),
    )
    .await?;
    Ok(())
}
