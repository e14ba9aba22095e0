//! The spec's `servers`: the default base URL, and a `Region` per server when there are
//! several.

use openapiv3::OpenAPI;

/// A server of the spec, as a region.
pub(super) struct Server {
    pub(super) url: String,
    pub(super) variant: String,
}

pub(super) fn servers(spec: &OpenAPI) -> Result<Vec<Server>, String> {
    if spec.servers.is_empty() {
        return Err("the spec has no `servers`: the facade needs a default base URL".into());
    }
    let mut out: Vec<Server> = Vec::new();
    let hosts: Vec<Vec<&str>> = spec.servers.iter().map(|s| host_labels(&s.url)).collect();
    for (s, labels) in spec.servers.iter().zip(&hosts) {
        // A server without a description is named from its host: the labels that set it
        // apart from the others (`us.api.example.com` next to `api.example.com` -> `Us`).
        let description = match s.description.as_deref().map(str::trim) {
            Some(d) if !d.is_empty() => d.to_string(),
            _ => distinct_labels(labels, &hosts).join(" "),
        };
        let label = description.split('(').next().unwrap_or_default();
        let variant: String = label
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| {
                let mut cs = w.chars();
                let first = cs.next().expect("non-empty").to_ascii_uppercase();
                first.to_string() + &cs.as_str().to_ascii_lowercase()
            })
            .collect();
        if spec.servers.len() > 1
            && (variant.is_empty()
                || !variant.starts_with(|c: char| c.is_ascii_alphabetic())
                || out.iter().any(|o| o.variant == variant))
        {
            return Err(format!(
                "server {}: a spec with several servers names each by its description \
                 (a distinct word, e.g. `US (default)`, `India`); got {description:?}",
                s.url
            ));
        }
        out.push(Server {
            url: s.url.trim_end_matches('/').to_string(),
            variant,
        });
    }
    Ok(out)
}

/// The host of a server URL, split on dots (`https://us.api.example.com/v1` ->
/// `["us", "api", "example", "com"]`).
fn host_labels(url: &str) -> Vec<&str> {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = after_scheme.split(['/', ':']).next().unwrap_or_default();
    host.split('.').filter(|l| !l.is_empty()).collect()
}

/// The labels of `labels` left once the suffix every host shares is dropped (the whole
/// host when that leaves nothing, or when there is one server).
fn distinct_labels<'a>(labels: &[&'a str], all: &[Vec<&str>]) -> Vec<&'a str> {
    let shared = (0..labels.len())
        .take_while(|&i| {
            all.iter().all(|other| {
                other.len() > i && other[other.len() - 1 - i] == labels[labels.len() - 1 - i]
            })
        })
        .count();
    let rest = &labels[..labels.len() - shared];
    if rest.is_empty() || all.len() < 2 {
        labels.to_vec()
    } else {
        rest.to_vec()
    }
}

/// The path of a server URL (`https://api.example.com/v2` -> `/v2`).
pub(super) fn server_path(url: &str) -> String {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    match after_scheme.find('/') {
        Some(i) => after_scheme[i..].trim_end_matches('/').to_string(),
        None => String::new(),
    }
}
