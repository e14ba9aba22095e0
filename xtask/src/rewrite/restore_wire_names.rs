//! `restore_wire_names`: a parameter `normalise` renamed for progenitor (a query `id` next to
//! the path's `id` becomes `query_id`) is sent under its name in the spec again.

use std::collections::{BTreeMap, BTreeSet};

use syn::visit_mut::VisitMut;

use crate::normalise::WireName;
use crate::rust_names::progenitor_pascal;

/// Applies the rewrite to the client code (its builders).
pub fn client(file: &mut syn::File, input: &super::Input<'_>) -> Result<(), String> {
    restore_wire_names(&mut file.items, &input.spec.wire_names, "")
}

/// Applies the rewrite to the mock module (its `When` types).
pub fn mocks(file: &mut syn::File, input: &super::Input<'_>) -> Result<(), String> {
    restore_wire_names(&mut file.items, &input.spec.wire_names, "When")
}

/// Puts the wire names back in progenitor's output: in the builder of each renamed
/// operation (`QueryParam::new("query_id", ..)`, `header_map.append("header_id", ..)`)
/// or in its httpmock `When` (`query_param("query_id", ..)`). `suffix` is `""` for the
/// client's builders and `"When"` for the mocks. Every rename must be found.
fn restore_wire_names(
    items: &mut [syn::Item],
    renames: &[WireName],
    suffix: &str,
) -> Result<(), String> {
    if renames.is_empty() {
        return Ok(());
    }
    let mut wanted: BTreeMap<String, Vec<&WireName>> = BTreeMap::new();
    for r in renames {
        wanted
            .entry(format!("{}{suffix}", progenitor_pascal(&r.operation_id)))
            .or_default()
            .push(r);
    }
    let mut found: BTreeSet<(String, String)> = BTreeSet::new();
    let visit = |items: &mut [syn::Item], found: &mut BTreeSet<(String, String)>| {
        for item in items.iter_mut() {
            let syn::Item::Impl(i) = item else { continue };
            let syn::Type::Path(p) = &*i.self_ty else {
                continue;
            };
            let Some(name) = p.path.segments.last().map(|s| s.ident.to_string()) else {
                continue;
            };
            let Some(group) = wanted.get(&name) else {
                continue;
            };
            let mut restorer = Restorer {
                renames: group,
                restored: BTreeSet::new(),
            };
            restorer.visit_item_impl_mut(i);
            for r in restorer.restored {
                found.insert((name.clone(), r));
            }
        }
    };
    visit(&mut *items, &mut found);
    for item in items.iter_mut() {
        if let syn::Item::Mod(m) = item
            && let Some((_, inner)) = &mut m.content
        {
            visit(inner, &mut found);
        }
    }
    for (name, group) in &wanted {
        for r in group {
            if !found.contains(&(name.clone(), r.renamed.clone())) {
                return Err(format!(
                    "operation `{}`: the parameter `{}` was renamed `{}` for progenitor, and \
                     its wire name could not be restored in `{name}`",
                    r.operation_id, r.wire, r.renamed
                ));
            }
        }
    }
    Ok(())
}

/// Replaces the renamed name where it is the first argument of a call that sends it.
struct Restorer<'a> {
    renames: &'a [&'a WireName],
    restored: BTreeSet<String>,
}

impl Restorer<'_> {
    fn first_arg(&mut self, arg: Option<&mut syn::Expr>) {
        if let Some(syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(s),
            ..
        })) = arg
            && let Some(r) = self.renames.iter().find(|r| r.renamed == s.value())
        {
            *s = syn::LitStr::new(&r.wire, s.span());
            self.restored.insert(r.renamed.clone());
        }
    }
}

impl VisitMut for Restorer<'_> {
    fn visit_expr_call_mut(&mut self, call: &mut syn::ExprCall) {
        syn::visit_mut::visit_expr_call_mut(self, call);
        if let syn::Expr::Path(p) = &*call.func {
            let segments: Vec<String> = p
                .path
                .segments
                .iter()
                .map(|s| s.ident.to_string())
                .collect();
            if segments.ends_with(&["QueryParam".into(), "new".into()]) {
                self.first_arg(call.args.first_mut());
            }
        }
    }

    fn visit_expr_method_call_mut(&mut self, call: &mut syn::ExprMethodCall) {
        syn::visit_mut::visit_expr_method_call_mut(self, call);
        let method = call.method.to_string();
        if [
            "append",
            "query_param",
            "query_param_missing",
            "query_param_exists",
            "header",
            "header_missing",
            "header_exists",
        ]
        .contains(&method.as_str())
        {
            self.first_arg(call.args.first_mut());
        }
    }
}
