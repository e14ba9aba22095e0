//! How the facade's client carries its credential, from the spec's `security` and
//! `securitySchemes` (or the settings row's `key_in_path`).

use std::collections::BTreeSet;

use openapiv3::{OpenAPI, ReferenceOr, SecurityScheme};

use crate::settings::ApiSettings;
use crate::spec::LoadedSpec;

/// How the credential travels, from the spec's global `security` and `securitySchemes`.
pub(super) enum Credential {
    Bearer,
    Header(String),
    /// In a path parameter (spec name, Rust parameter name, Rust type).
    Path {
        param: String,
        rust_param: String,
        rust_type: String,
    },
}

/// Why the facade cannot carry a spec's credential: the message, and the security schemes
/// it is about (to point at their definitions).
pub(super) struct Unsupported {
    pub(super) message: String,
    pub(super) schemes: Vec<String>,
}

impl From<String> for Unsupported {
    fn from(message: String) -> Self {
        Unsupported {
            message,
            schemes: Vec::new(),
        }
    }
}

pub(super) fn credential(api: &ApiSettings, spec: &OpenAPI) -> Result<Credential, Unsupported> {
    if let Some(param) = api.hooks.key_in_path {
        let schema = spec
            .operations()
            .flat_map(|(_, _, op)| op.parameters.iter())
            .chain(spec.components.iter().flat_map(|c| c.parameters.values()))
            .find_map(|p| {
                let p = match p {
                    ReferenceOr::Item(p) => p,
                    ReferenceOr::Reference { reference } => spec
                        .components
                        .as_ref()?
                        .parameters
                        .get(reference.rsplit('/').next()?)?
                        .as_item()?,
                };
                let data = p.parameter_data_ref();
                if data.name != param {
                    return None;
                }
                match &data.format {
                    openapiv3::ParameterSchemaOrContent::Schema(ReferenceOr::Reference {
                        reference,
                    }) => reference.rsplit('/').next().map(str::to_string),
                    _ => None,
                }
            })
            .ok_or_else(|| format!("key_in_path: no parameter `{param}` whose schema is a `$ref`"))
            .map_err(Unsupported::from)?;
        let rust_type = api
            .replacements
            .iter()
            .find(|r| r.schema == schema)
            .map(|r| r.rust_type.to_string())
            .ok_or_else(|| {
                format!("key_in_path: schema `{schema}` of `{param}` needs a replacement type")
            })
            .map_err(Unsupported::from)?;
        return Ok(Credential::Path {
            param: param.to_string(),
            rust_param: snake(param),
            rust_type,
        });
    }
    // Every scheme the spec names, globally or per operation (each counted once: an
    // operation may list the same scheme twice).
    let names: BTreeSet<&String> = spec
        .security
        .iter()
        .flatten()
        .chain(
            spec.operations()
                .flat_map(|(_, _, op)| op.security.iter().flatten()),
        )
        .flat_map(|req| req.keys())
        .collect();
    let mut found = Vec::new();
    for name in &names {
        let scheme = spec
            .components
            .as_ref()
            .and_then(|c| c.security_schemes.get(*name))
            .and_then(|s| s.as_item())
            .ok_or_else(|| Unsupported {
                message: format!("security scheme `{name}` is not defined"),
                schemes: Vec::new(),
            })?;
        found.push(match scheme {
            SecurityScheme::HTTP { scheme, .. } if scheme.eq_ignore_ascii_case("bearer") => {
                Credential::Bearer
            }
            SecurityScheme::APIKey {
                location: openapiv3::APIKeyLocation::Header,
                name,
                ..
            } => Credential::Header(name.to_ascii_lowercase()),
            other => {
                return Err(Unsupported {
                    message: format!(
                        "security scheme `{name}`: not supported by the facade: {other:?}"
                    ),
                    schemes: vec![name.to_string()],
                });
            }
        });
    }
    match found.len() {
        1 => Ok(found.pop().expect("one")),
        0 => Err(Unsupported::from(
            "the spec names no security scheme (and the settings row no key_in_path)".to_string(),
        )),
        _ => Err(Unsupported {
            message: format!(
                "the spec names {} security schemes ({}); the facade sends one credential",
                names.len(),
                names
                    .iter()
                    .map(|n| format!("`{n}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            // The second is the one to drop or to replace.
            schemes: names.iter().skip(1).map(|n| n.to_string()).collect(),
        }),
    }
}

/// Checks, before anything is generated, that the facade can carry the spec's credential;
/// otherwise names the place (`file:line`) and how to fix it.
pub fn check(api: &ApiSettings, spec: &LoadedSpec) -> Result<(), String> {
    let Err(Unsupported { message, schemes }) = credential(api, &spec.openapi) else {
        return Ok(());
    };
    let lines = &spec.source.lines;
    // The definition of the scheme at fault, else the top-level `security`, else
    // `components`.
    let line = schemes
        .first()
        .and_then(|n| lines.line_of(&["components", "securitySchemes", n]))
        .or_else(|| lines.line_of(&["security"]))
        .or_else(|| lines.line_of(&["components"]))
        .unwrap_or(1);
    Err(format!(
        "{}:{line}: {message}\n  hint: the generated client carries one credential, sent with \
         every operation but those marked `security: []`: name one scheme (an HTTP bearer \
         token or an API key in a header) in the top-level `security` or in each operation's, \
         or mark the operations that take no credential `security: []`",
        api.spec
    ))
}

/// `projectApiKey` -> `project_api_key`.
fn snake(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else if c.is_ascii_alphanumeric() {
            out.push(c);
        } else {
            out.push('_');
        }
    }
    out
}
