//! The OpenAPI 3.1 document, generated from the route list: every JSON
//! route with its access rule, parameters and schemas. It cannot drift
//! from the router because both come from `routes::build`.

use serde_json::{Map, Value, json};
use yz_domain::Access;

use crate::routes::{self, RouteSpec};
use crate::state::AppState;

fn access_text(a: Access) -> String {
    match a {
        Access::Public => "Anyone.".into(),
        Access::Anonymous => "Only callers who are not signed in.".into(),
        Access::Authenticated => "Any signed-in account; only its own objects.".into(),
        Access::Session => "A signed-in account, also mid-login.".into(),
        Access::Permission(p) => format!("Requires permission `{}`.", p.as_str()),
        Access::DemoOnly => "Demo mode only.".into(),
        Access::Operator => {
            "The operator: this machine, or the operations token as a bearer token.".into()
        }
    }
}

fn problem_ref() -> Value {
    json!({"description": "Error", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}})
}

/// Moves a generated schema's `$defs` into the document's components and
/// points its `$ref`s there (inside an OpenAPI document, `#/$defs/...`
/// would resolve against the document root, not the schema).
fn hoist(mut schema: Value, components: &mut Map<String, Value>) -> Value {
    fn rewrite(v: &mut Value) {
        match v {
            Value::Object(m) => {
                if let Some(Value::String(r)) = m.get_mut("$ref") {
                    *r = r.replace("#/$defs/", "#/components/schemas/");
                }
                m.values_mut().for_each(rewrite);
            }
            Value::Array(a) => a.iter_mut().for_each(rewrite),
            _ => {}
        }
    }
    if let Value::Object(m) = &mut schema {
        m.remove("$schema");
        if let Some(Value::Object(defs)) = m.remove("$defs") {
            for (name, mut def) in defs {
                rewrite(&mut def);
                components.insert(name, def);
            }
        }
    }
    rewrite(&mut schema);
    schema
}

fn operation(spec: &RouteSpec, doc: &routes::ApiDoc, components: &mut Map<String, Value>) -> Value {
    let mut op = Map::new();
    op.insert("summary".into(), json!(spec.summary));
    op.insert("description".into(), json!(access_text(spec.access)));
    op.insert("tags".into(), json!([doc.tag]));
    let id: String = format!("{}_{}", spec.method.as_str().to_lowercase(), spec.path)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    op.insert("operationId".into(), json!(id.trim_matches('_')));
    let params: Vec<Value> = spec
        .params
        .iter()
        .map(|(name, p)| json!({"name": name, "in": "path", "required": true, "description": p.describe(), "schema": {"type": "string"}}))
        .collect();
    if !params.is_empty() {
        op.insert("parameters".into(), json!(params));
    }
    if let Some(req) = doc.request {
        op.insert(
            "requestBody".into(),
            json!({"required": true, "content": {"application/json": {"schema": hoist(req(), components)}}}),
        );
    }
    let mut responses = Map::new();
    match doc.response {
        Some(schema) => responses.insert(
            "200".into(),
            json!({"description": "OK", "content": {"application/json": {"schema": hoist(schema(), components)}}}),
        ),
        None => responses.insert("204".into(), json!({"description": "Done"})),
    };
    responses.insert("default".into(), problem_ref());
    op.insert("responses".into(), Value::Object(responses));
    if !matches!(spec.access, Access::Public) {
        op.insert("security".into(), json!([{"session": []}]));
    }
    Value::Object(op)
}

pub fn document(state: &AppState) -> Value {
    let (_, specs) = routes::build(state);
    let mut paths = Map::new();
    let mut components = Map::new();
    for spec in specs.iter() {
        let Some(doc) = &spec.api else { continue };
        let item = paths
            .entry(spec.path.to_owned())
            .or_insert_with(|| json!({}));
        if let Value::Object(m) = item {
            m.insert(
                spec.method.as_str().to_lowercase(),
                operation(spec, doc, &mut components),
            );
        }
    }
    components.insert(
        "Problem".into(),
        json!({
            "type": "object",
            "description": "RFC 9457 problem details; detail is in the caller's language.",
            "properties": {
                "type": {"type": "string"},
                "title": {"type": "string"},
                "status": {"type": "integer"},
                "detail": {"type": "string"},
                "instance": {"type": "string"}
            },
            "required": ["type", "title", "status"]
        }),
    );
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Yunzhan API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "The JSON API of Yunzhan (云展), a self-hostable platform for online trade fairs. Cookie-authenticated calls that change state send the CSRF token (the `csrf-token` meta tag of any page) in the X-CSRF-Token header.",
            "license": {"name": "AGPL-3.0-or-later", "identifier": "AGPL-3.0-or-later"}
        },
        "paths": paths,
        "components": {
            "securitySchemes": {
                "session": {"type": "apiKey", "in": "cookie", "name": if state.secure() { "__Host-yz_session" } else { "yz_session" }}
            },
            "schemas": components
        }
    })
}
