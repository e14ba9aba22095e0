//! The generated type names a crate's hand-written code uses (`crate::types::X`) must still
//! be generated: a spec that renames or drops such a schema is refused before anything is
//! written, naming the hand-written file and the type, instead of leaving a crate that no
//! longer compiles.

use std::collections::BTreeSet;
use std::path::Path;

use syn::Item;

use crate::settings::ApiSettings;

/// Names of the items of the generated `types` module.
fn generated_types(file: &syn::File) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for item in &file.items {
        let Item::Mod(m) = item else { continue };
        if m.ident != "types" {
            continue;
        }
        for item in m.content.iter().flat_map(|(_, items)| items) {
            let name = match item {
                Item::Struct(s) => &s.ident,
                Item::Enum(e) => &e.ident,
                Item::Type(t) => &t.ident,
                Item::Mod(m) => &m.ident,
                _ => continue,
            };
            out.insert(name.to_string());
        }
    }
    out
}

/// The type names `text` takes from `crate::types` (`crate::types::X`, or each name of
/// `crate::types::{X, Y as Z}`); paths into submodules (`builder::X`) are left out.
pub fn used_names(text: &str) -> BTreeSet<String> {
    let ident = |s: &str| -> String {
        s.trim()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let mut out = BTreeSet::new();
    for (at, _) in text.match_indices("crate::types::") {
        let rest = &text[at + "crate::types::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let group = &group[..group.find('}').unwrap_or(group.len())];
            for part in group.split(',') {
                let name = ident(part);
                if !name.is_empty() && !part.trim()[name.len()..].starts_with("::") {
                    out.insert(name);
                }
            }
        } else {
            let name = ident(rest);
            if !name.is_empty() && !rest[name.len()..].starts_with("::") {
                out.insert(name);
            }
        }
    }
    out
}

/// Refuses generated code that lacks a type the crate's hand-written files name.
pub fn check(root: &Path, api: &ApiSettings, file: &syn::File) -> Result<(), String> {
    let src = Path::new(api.crate_dir).join("src");
    let Ok(entries) = std::fs::read_dir(root.join(&src)) else {
        return Ok(());
    };
    let mut files: Vec<_> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|x| x == "rs")
                && !p
                    .file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with("generated"))
        })
        .collect();
    files.sort();
    let generated = generated_types(file);
    let mut missing = Vec::new();
    for path in files {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        for name in used_names(&text) {
            if !generated.contains(&name) {
                let shown = src.join(path.file_name().unwrap_or_default());
                missing.push(format!("{} uses `crate::types::{name}`", shown.display()));
            }
        }
    }
    if missing.is_empty() {
        return Ok(());
    }
    Err(format!(
        "{}: hand-written code names types this spec no longer generates: {}; keep (or \
         rename back) the schemas they come from, or update that code",
        api.spec,
        missing.join(", ")
    ))
}

#[cfg(test)]
mod tests {
    use super::used_names;

    #[test]
    fn names_taken_from_the_types_module() {
        let text = "use crate::types::{ErrorCode, ErrorResponse as E, builder::X};\n\
                    fn f(_: crate::types::Customer, _: crate::types::builder::Y) {}";
        let names: Vec<String> = used_names(text).into_iter().collect();
        assert_eq!(names, ["Customer", "ErrorCode", "ErrorResponse"]);
    }
}
