//! Every route, in one place, with the access it requires. The router and
//! the list of [`RouteSpec`]s come from the same calls, so a route cannot
//! exist without its declared access; the OpenAPI document and the
//! permission matrix test are generated from the list.

use axum::Router;
use axum::handler::Handler;
use axum::middleware::from_fn_with_state;
use axum::routing::{MethodRouter, delete, get, post};
use yz_domain::{Access, Permission};

use crate::guard::{GuardState, guard};
use crate::state::AppState;
use crate::{api, pages};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Delete,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Delete => "DELETE",
        }
    }
}

/// How the OpenAPI document describes a JSON route.
#[derive(Clone, Copy)]
pub struct ApiDoc {
    pub tag: &'static str,
    pub response: Option<fn() -> serde_json::Value>,
    pub request: Option<fn() -> serde_json::Value>,
}

/// What a path parameter names. Every `{name}` in a route's path is one of
/// these, so the route table says which scope a route opens and which
/// objects it loads through that scope; the cross-scope test calls every
/// route with another scope's ids from this declaration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Param {
    /// A fair, by slug: a scope (its staff's grants name it).
    Fair,
    /// An organisation, by id: a scope (its staff's grants name it).
    Org,
    /// A hall of the fair in the path, by code.
    Hall,
    /// A booth of the fair in the path, by code.
    Booth,
    /// An exhibit: of the organisation in the path, under review on the
    /// fair in the path, or shown publicly.
    Exhibit,
    /// A media file of an exhibit, by id.
    Media,
    /// An organisation applying to the fair in the path.
    Applicant,
    /// An organisation shown publicly as an exhibitor.
    Exhibitor,
    /// A visitor registered for the fair in the path, by account id.
    Visitor,
    /// An account, by id (platform administrators' routes).
    Account,
    /// One of the signed-in account's sessions, by public id.
    Session,
    /// A secret token sent by e-mail (the token is the authority).
    Token,
    /// A static asset's file or package name.
    Asset,
    /// A media file's variant (`main`, a thumbnail size, `poster`).
    Variant,
    /// What to do (`lock`, `unlock`, ...).
    Action,
}

impl Param {
    const ALL: [(&'static str, Param); 17] = [
        ("fair", Param::Fair),
        ("org", Param::Org),
        ("hall", Param::Hall),
        ("booth", Param::Booth),
        ("exhibit", Param::Exhibit),
        ("media", Param::Media),
        ("applicant", Param::Applicant),
        ("exhibitor", Param::Exhibitor),
        ("visitor", Param::Visitor),
        ("account", Param::Account),
        ("session", Param::Session),
        ("token", Param::Token),
        ("name", Param::Asset),
        ("package", Param::Asset),
        ("file", Param::Asset),
        ("variant", Param::Variant),
        ("action", Param::Action),
    ];

    pub fn of(name: &str) -> Option<Param> {
        Param::ALL.iter().find(|(n, _)| *n == name).map(|(_, p)| *p)
    }

    /// A scope the route guard checks the caller's grants in.
    pub fn is_scope(self) -> bool {
        matches!(self, Param::Fair | Param::Org)
    }

    /// An object loaded from the store (through the scope in the path,
    /// if any), as opposed to scopes, tokens, assets and words.
    pub fn is_object(self) -> bool {
        matches!(
            self,
            Param::Hall
                | Param::Booth
                | Param::Exhibit
                | Param::Media
                | Param::Applicant
                | Param::Exhibitor
                | Param::Visitor
                | Param::Account
                | Param::Session
        )
    }

    /// How the API document describes it.
    pub fn describe(self) -> &'static str {
        match self {
            Param::Fair => "A fair's slug",
            Param::Org => "An organisation's id",
            Param::Hall => "A hall's code within the fair",
            Param::Booth => "A booth's code within the fair",
            Param::Exhibit => "An exhibit's id",
            Param::Media => "A media file's id",
            Param::Applicant => "The id of an organisation applying to the fair",
            Param::Exhibitor => "An exhibitor organisation's id",
            Param::Visitor => "The account id of a visitor registered for the fair",
            Param::Account => "An account's id",
            Param::Session => "A session's public id",
            Param::Token => "A token sent by e-mail",
            Param::Asset => "A file name",
            Param::Variant => "A media variant",
            Param::Action => "The action",
        }
    }
}

/// The parameters of a path, in order: `(name, what it names)`. Panics on
/// a name [`Param`] does not know, when the route table is built (every
/// test builds it), so a route cannot land with an undeclared parameter.
pub fn params_of(path: &str) -> Vec<(&str, Param)> {
    path.split('/')
        .filter_map(|seg| seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
        .map(|name| {
            let p = Param::of(name).unwrap_or_else(|| {
                panic!("route {path}: path parameter {{{name}}} names nothing Param knows")
            });
            (name, p)
        })
        .collect()
}

#[derive(Clone)]
pub struct RouteSpec {
    pub method: Method,
    pub path: &'static str,
    pub access: Access,
    pub summary: &'static str,
    pub api: Option<ApiDoc>,
    /// What each path parameter names.
    pub params: Vec<(&'static str, Param)>,
    /// A multipart upload of at most this many bytes.
    pub upload: Option<usize>,
}

struct Registry {
    app: AppState,
    router: Router<AppState>,
    specs: Vec<RouteSpec>,
}

impl Registry {
    fn add<H, T>(
        mut self,
        method: Method,
        path: &'static str,
        access: Access,
        summary: &'static str,
        api: Option<ApiDoc>,
        h: H,
    ) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        let mr: MethodRouter<AppState> = match method {
            Method::Get => get(h),
            Method::Post => post(h),
            Method::Delete => delete(h),
        };
        let gs = GuardState {
            app: self.app.clone(),
            access,
            admin_area: path.starts_with("/admin") || path.starts_with("/api/v1/admin"),
        };
        let mr = mr.layer(from_fn_with_state(gs, guard));
        self.router = self.router.route(path, mr);
        self.specs.push(RouteSpec {
            method,
            path,
            access,
            summary,
            api,
            params: params_of(path),
            upload: None,
        });
        self
    }
    /// A route that accepts uploads up to `limit` bytes.
    fn upload<H: Handler<T, AppState>, T: 'static>(
        mut self,
        path: &'static str,
        access: Access,
        summary: &'static str,
        limit: usize,
        h: H,
    ) -> Self {
        let gs = GuardState {
            app: self.app.clone(),
            access,
            admin_area: false,
        };
        let mr: MethodRouter<AppState> = post(h)
            .layer(axum::extract::DefaultBodyLimit::max(limit))
            .layer(from_fn_with_state(gs, guard));
        self.router = self.router.route(path, mr);
        self.specs.push(RouteSpec {
            method: Method::Post,
            path,
            access,
            summary,
            api: None,
            params: params_of(path),
            upload: Some(limit),
        });
        self
    }
    fn page<H: Handler<T, AppState>, T: 'static>(
        self,
        m: Method,
        path: &'static str,
        access: Access,
        summary: &'static str,
        h: H,
    ) -> Self {
        self.add(m, path, access, summary, None, h)
    }
    fn api<H: Handler<T, AppState>, T: 'static>(
        self,
        m: Method,
        path: &'static str,
        access: Access,
        summary: &'static str,
        doc: ApiDoc,
        h: H,
    ) -> Self {
        self.add(m, path, access, summary, Some(doc), h)
    }
}

use Access::{Anonymous, Authenticated, DemoOnly, Operator, Public, Session};
use Method::{Delete, Get, Post};

const fn perm(p: Permission) -> Access {
    Access::Permission(p)
}

/// Builds the router and the route list: one route a line, read as a table.
#[rustfmt::skip]
pub fn build(app: &AppState) -> (Router<AppState>, Vec<RouteSpec>) {
    let r = Registry {
        app: app.clone(),
        router: Router::new(),
        specs: Vec::new(),
    };
    let r = r
        // Public pages and operations.
        .page(Get, "/", Public, "Home page", pages::home::home)
        .page(Post, "/language", Public, "Choose the interface language", pages::home::set_language)
        .page(Get, "/static/{name}", Public, "Static assets (CSS, JavaScript)", crate::assets::serve)
        .page(Get, "/static/vendor/{package}/{file}", Public, "Vendored viewer libraries (3D models, panoramas)", crate::assets::serve_vendor)
        .page(Get, "/healthz", Public, "Liveness", pages::ops::healthz)
        .page(Get, "/readyz", Public, "Readiness: all three databases answer", pages::ops::readyz)
        .page(Get, "/metrics", Operator, "Prometheus metrics (this machine, or with the operations token)", pages::ops::metrics)
        .page(Get, "/api/openapi.json", Public, "This API's OpenAPI 3.1 document", pages::ops::openapi)
        // Registration and login.
        .page(Get, "/register", Anonymous, "Registration form", pages::auth::register_form)
        .page(Post, "/register", Anonymous, "Register", pages::auth::register)
        .page(Get, "/confirm-email/{token}", Public, "Confirm an e-mail address", pages::auth::confirm_email)
        .page(Get, "/login", Anonymous, "Login form", pages::auth::login_form)
        .page(Post, "/login", Anonymous, "Log in with e-mail and password", pages::auth::login)
        .page(Get, "/login/totp", Session, "Second-factor form", pages::totp::totp_form)
        .page(Post, "/login/totp", Session, "Submit the TOTP code", pages::totp::totp_submit)
        .page(Get, "/login/totp/enrol", Session, "TOTP enrolment (QR code)", pages::totp::enrol_form)
        .page(Post, "/login/totp/enrol", Session, "Confirm TOTP enrolment", pages::totp::enrol_submit)
        .page(Post, "/logout", Public, "Log out", pages::auth::logout)
        .page(Get, "/password/forgot", Anonymous, "Forgotten-password form", pages::auth::forgot_form)
        .page(Post, "/password/forgot", Anonymous, "Send a password-reset link", pages::auth::forgot)
        .page(Get, "/password/reset/{token}", Public, "Password-reset form", pages::auth::reset_form)
        .page(Post, "/password/reset/{token}", Public, "Set a new password", pages::auth::reset)
        // The signed-in account.
        .page(Get, "/account", Authenticated, "Account overview", pages::account::overview)
        .page(Get, "/account/password", Session, "Change-password form", pages::account::password_form)
        .page(Post, "/account/password", Session, "Change the password", pages::account::change_password)
        .page(Get, "/account/email", Authenticated, "Change-e-mail form", pages::account::email_form)
        .page(Post, "/account/email", Authenticated, "Change the e-mail address", pages::account::change_email)
        .page(Get, "/account/reauth", Authenticated, "Re-authentication form", pages::account::reauth_form)
        .page(Post, "/account/reauth", Authenticated, "Re-authenticate", pages::account::reauth)
        .page(Get, "/account/sessions", Authenticated, "My sessions", pages::account::sessions)
        .page(Post, "/account/sessions/{session}/end", Authenticated, "End one of my sessions", pages::account::end_session)
        .page(Post, "/account/sessions/end-others", Authenticated, "End my other sessions", pages::account::end_other_sessions)
        .page(Get, "/account/logins", Authenticated, "My login history", pages::account::logins)
        .page(Get, "/account/profile", Authenticated, "My visitor profile and consents", pages::privacy::profile)
        .page(Post, "/account/profile", Authenticated, "Change my profile and consents", pages::privacy::save_profile)
        .page(Get, "/account/data", Authenticated, "Download all my personal data", pages::privacy::download)
        .page(Get, "/account/delete", Authenticated, "Account deletion form", pages::privacy::delete_form)
        .page(Post, "/account/delete", Authenticated, "Delete my account and personal data", pages::privacy::delete)
        // Administrators.
        .page(Get, "/admin", Authenticated, "Administration overview", pages::admin::overview)
        .page(Get, "/admin/accounts", perm(Permission::AccountsManage), "Accounts", pages::admin::accounts)
        .page(Post, "/admin/accounts", perm(Permission::AccountsManage), "Create an account", pages::admin::create_account)
        .page(Post, "/admin/accounts/{account}/lock", perm(Permission::AccountsManage), "Lock an account", pages::admin::lock_account)
        .page(Post, "/admin/accounts/{account}/unlock", perm(Permission::AccountsManage), "Unlock an account", pages::admin::unlock_account)
        .page(Post, "/admin/accounts/{account}/disable", perm(Permission::AccountsManage), "Disable an account", pages::admin::disable_account)
        .page(Post, "/admin/accounts/{account}/enable", perm(Permission::AccountsManage), "Enable an account", pages::admin::enable_account)
        .page(Get, "/admin/settings", perm(Permission::ConfigManage), "Site configuration", pages::admin::settings_form)
        .page(Post, "/admin/settings", perm(Permission::ConfigManage), "Change the site configuration", pages::admin::save_settings)
        .page(Get, "/admin/roles", perm(Permission::RolesManage), "Roles and grants", pages::admin::roles)
        .page(Post, "/admin/roles/grant", perm(Permission::RolesManage), "Grant a role", pages::admin::grant_role)
        .page(Post, "/admin/roles/revoke", perm(Permission::RolesManage), "Revoke a role", pages::admin::revoke_role)
        .page(Post, "/admin/roles/administrators/{account}/{action}", perm(Permission::RolesManage), "Lock, unlock, disable or enable an administrator", pages::admin::administrator_action)
        .page(Get, "/admin/security", perm(Permission::SecurityPolicyManage), "Security policy", pages::admin::policy_form)
        .page(Post, "/admin/security", perm(Permission::SecurityPolicyManage), "Change the security policy", pages::admin::save_policy)
        .page(Get, "/admin/audit", perm(Permission::AuditRead), "Search the audit log", pages::audit::search)
        .page(Get, "/admin/audit/export.csv", perm(Permission::AuditExport), "Export the audit log as CSV", pages::audit::export_csv)
        .page(Post, "/admin/audit/verify", perm(Permission::AuditRead), "Verify the audit chain", pages::audit::verify)
        // Fairs: public pages, then the organizers' management.
        .page(Get, "/fairs", Public, "Fairs on this platform", pages::fairs::list)
        .page(Get, "/fairs/{fair}", Public, "A fair's home: halls, featured exhibitors, new products, schedule, search box", pages::fairs::home)
        .page(Get, "/fairs/{fair}/search", Public, "Search a fair's exhibitors and products", pages::fairs::search)
        .page(Get, "/fairs/{fair}/halls/{hall}", Public, "A hall and its plan", pages::fairs::hall)
        .page(Get, "/fairs/{fair}/booths/{booth}", Public, "A booth", pages::fairs::booth)
        .page(Post, "/fairs/{fair}/register", Authenticated, "Register as a visitor of the fair", pages::fairs::register)
        .page(Get, "/manage/fairs/new", perm(Permission::FairCreate), "New-fair form", pages::fairs::new_form)
        .page(Post, "/manage/fairs", perm(Permission::FairCreate), "Create a fair", pages::fairs::create)
        .page(Get, "/manage/fairs/{fair}", perm(Permission::FairManage), "Manage a fair", pages::fairs::manage)
        .page(Post, "/manage/fairs/{fair}", perm(Permission::FairManage), "Change a fair's details and phases", pages::fairs::update)
        .page(Post, "/manage/fairs/{fair}/halls", perm(Permission::FairManage), "Add a hall with its booths", pages::fairs::add_hall)
        .page(Get, "/manage/fairs/{fair}/booths", perm(Permission::FairManage), "Booth requests to decide", pages::fairs::requests)
        .page(Post, "/manage/fairs/{fair}/booths/{booth}", perm(Permission::FairManage), "Approve or reject a booth request", pages::fairs::decide_booth)
        .page(Get, "/manage/fairs/{fair}/visitors", perm(Permission::FairManage), "Visitors, to verify trade visitors", pages::privacy::visitors)
        .page(Post, "/manage/fairs/{fair}/visitors/{visitor}/verify", perm(Permission::FairManage), "Verify (or withdraw) a trade visitor", pages::privacy::verify_visitor)
        .page(Post, "/org/{org}/booths", perm(Permission::BoothManage), "Request a booth for my organisation", pages::fairs::request_booth)
        .page(Get, "/org/{org}/staff", perm(Permission::StaffManage), "My organisation's staff", pages::staff::show)
        .page(Post, "/org/{org}/staff", perm(Permission::StaffManage), "Invite staff by e-mail", pages::staff::invite)
        .page(Post, "/org/{org}/staff/remove", perm(Permission::StaffManage), "Remove a staff member", pages::staff::remove)
        .page(Get, "/invites/{token}", Public, "A staff invitation", pages::staff::view_invite)
        .page(Post, "/invites/{token}", Authenticated, "Accept a staff invitation", pages::staff::accept_invite)
        // Exhibitor onboarding and review (S3.4).
        .page(Get, "/org/new", Authenticated, "Register an organisation form", pages::orgs::new_form)
        .page(Post, "/org", Authenticated, "Register an organisation", pages::orgs::create)
        .page(Get, "/org/{org}", perm(Permission::OrgManage), "My organisation and its review", pages::orgs::show)
        .page(Post, "/org/{org}", perm(Permission::OrgManage), "Change my organisation's profile", pages::orgs::update)
        .upload("/org/{org}/licence", perm(Permission::OrgManage), "Upload the business licence", yz_app::organisations::LICENCE_MAX + 65_536, pages::orgs::upload_licence)
        .page(Get, "/org/{org}/licence", perm(Permission::OrgManage), "View the uploaded licence", pages::orgs::licence)
        .page(Post, "/org/{org}/applications/{fair}", perm(Permission::OrgManage), "Apply again to a fair that rejected the application", pages::orgs::resubmit)
        .page(Post, "/org/{org}/visibility", perm(Permission::OrgManage), "Restrict who sees my booth", pages::orgs::set_visibility)
        .page(Get, "/manage/fairs/{fair}/review", perm(Permission::ExhibitorReview), "Review queue", pages::orgs::queue)
        .page(Get, "/manage/fairs/{fair}/review/{applicant}", perm(Permission::ExhibitorReview), "Review an organisation", pages::orgs::review)
        .page(Get, "/manage/fairs/{fair}/review/{applicant}/licence", perm(Permission::ExhibitorReview), "An applicant's licence", pages::orgs::review_licence)
        .page(Post, "/manage/fairs/{fair}/review/{applicant}", perm(Permission::ExhibitorReview), "Approve or reject an organisation", pages::orgs::decide)
        // Exhibits: the organisation's editor, the public page, media.
        .page(Get, "/org/{org}/exhibits", perm(Permission::ExhibitEdit), "My organisation's exhibits", pages::exhibits::list)
        .page(Post, "/org/{org}/exhibits", perm(Permission::ExhibitEdit), "Create an exhibit", pages::exhibits::create)
        .page(Get, "/org/{org}/catalogue", perm(Permission::ExhibitEdit), "Catalogue import and export", pages::catalogue::show)
        .upload("/org/{org}/catalogue", perm(Permission::ExhibitEdit), "Import a catalogue (XLSX or CSV), all rows or none", 20 * 1024 * 1024 + 65_536, pages::catalogue::import)
        .page(Get, "/org/{org}/catalogue/template.xlsx", perm(Permission::ExhibitEdit), "The catalogue template", pages::catalogue::template)
        .page(Get, "/org/{org}/catalogue/export.xlsx", perm(Permission::ExhibitEdit), "Export the catalogue as XLSX", pages::catalogue::export_xlsx)
        .page(Get, "/org/{org}/catalogue/export.csv", perm(Permission::ExhibitEdit), "Export the catalogue as CSV", pages::catalogue::export_csv)
        .page(Get, "/org/{org}/exhibits/{exhibit}", perm(Permission::ExhibitEdit), "Edit an exhibit", pages::exhibits::edit)
        .page(Post, "/org/{org}/exhibits/{exhibit}", perm(Permission::ExhibitEdit), "Change an exhibit", pages::exhibits::update)
        .page(Post, "/org/{org}/exhibits/{exhibit}/publish", perm(Permission::ExhibitEdit), "Publish an exhibit (or send it to review)", pages::exhibits::publish)
        .page(Post, "/org/{org}/exhibits/{exhibit}/translate", perm(Permission::ExhibitEdit), "Fill the missing languages with machine drafts", pages::exhibits::translate)
        .page(Post, "/org/{org}/exhibits/{exhibit}/visibility", perm(Permission::ExhibitEdit), "Restrict who sees an exhibit", pages::exhibits::set_visibility)
        .upload("/org/{org}/exhibits/{exhibit}/images", perm(Permission::ExhibitEdit), "Add an image to an exhibit", 20 * 1024 * 1024 + 65_536, pages::media::upload)
        .upload("/org/{org}/exhibits/{exhibit}/media", perm(Permission::ExhibitEdit), "Add a video, panorama, document, table or 3D model to an exhibit", 220 * 1024 * 1024, pages::media::upload)
        .page(Get, "/exhibits/{exhibit}", Public, "An exhibit", pages::exhibits::show)
        .page(Get, "/exhibitors/{exhibitor}", Public, "An exhibitor's page: profile, media, products", pages::exhibitor::show)
        .page(Post, "/favourites", Authenticated, "Save or forget an exhibitor or product", pages::favourites::toggle)
        .page(Get, "/account/favourites", Authenticated, "My saved exhibitors and products", pages::favourites::list)
        .page(Get, "/manage/fairs/{fair}/exhibits", perm(Permission::ExhibitorReview), "Exhibits waiting for review", pages::exhibit_review::queue)
        .page(Get, "/manage/fairs/{fair}/exhibits/{exhibit}", perm(Permission::ExhibitorReview), "Review an exhibit", pages::exhibit_review::review)
        .page(Post, "/manage/fairs/{fair}/exhibits/{exhibit}", perm(Permission::ExhibitorReview), "Approve or reject a revision of an exhibit", pages::exhibit_review::decide)
        .page(Get, "/manage/fairs/{fair}/media/{media}/{variant}", perm(Permission::ExhibitorReview), "A media file of an exhibit under review", pages::exhibit_review::media)
        .page(Get, "/media/{media}/{variant}", Public, "An exhibit's media file (main or a thumbnail size)", pages::media::serve)
        // Demo mode only.
        .page(Get, "/dev/mail", DemoOnly, "Demo mail folder", pages::dev::mail)
        // JSON API.
        .api(Get, "/api/v1/me", Authenticated, "The signed-in account", api::me::DOC_ME, api::me::me)
        .api(Get, "/api/v1/me/sessions", Authenticated, "My sessions", api::me::DOC_SESSIONS, api::me::sessions)
        .api(Delete, "/api/v1/me/sessions/{session}", Authenticated, "End one of my sessions", api::me::DOC_END, api::me::end_session)
        .api(Get, "/api/v1/me/logins", Authenticated, "My login history", api::me::DOC_LOGINS, api::me::logins)
        .api(Get, "/api/v1/admin/audit", perm(Permission::AuditRead), "Search the audit log", api::audit::DOC_SEARCH, api::audit::search);
    let r = if app.web.bench_routes {
        r.page(
            Get,
            "/bench/static",
            Public,
            "Benchmark: a static page of the home page's size",
            pages::ops::bench_static,
        )
    } else {
        r
    };
    (r.router, r.specs)
}
