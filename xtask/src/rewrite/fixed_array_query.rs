//! `fixed_array_query`: a query array with `minItems == maxItems` becomes `[T; N]`, which the
//! query serializer cannot encode; it is sent as a slice (the key repeated once per value).

use std::collections::{BTreeMap, BTreeSet};

use syn::visit_mut::{self, VisitMut};
use syn::{Expr, Item, ItemMod, parse_quote};

use super::{mod_items, tokens};

/// Applies the rewrite to the `builder` module.
pub fn apply(builder: &mut ItemMod) {
    let items = mod_items(builder);
    let arrays = fixed_array_fields(items);
    for item in items.iter_mut() {
        if let Item::Impl(i) = item
            && i.trait_.is_none()
        {
            let name = match &*i.self_ty {
                syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
                _ => None,
            };
            if let Some(fields) = name.and_then(|n| arrays.get(&n)) {
                SliceQueryArgs(fields).visit_item_impl_mut(i);
            }
        }
    }
}

/// Builder fields of type `Result<Option<[T; N]>, String>`, per builder struct.
fn fixed_array_fields(items: &[Item]) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for item in items {
        if let Item::Struct(s) = item {
            for f in &s.fields {
                let ty = tokens(&f.ty);
                if ty.starts_with("Result < Option < [") {
                    out.entry(s.ident.to_string())
                        .or_insert_with(BTreeSet::new)
                        .insert(f.ident.as_ref().expect("named").to_string());
                }
            }
        }
    }
    out
}

struct SliceQueryArgs<'a>(&'a BTreeSet<String>);

impl VisitMut for SliceQueryArgs<'_> {
    fn visit_expr_call_mut(&mut self, call: &mut syn::ExprCall) {
        if tokens(&call.func).ends_with("QueryParam :: new")
            && let Some(Expr::Reference(r)) = call.args.iter_mut().nth(1)
            && let Expr::Path(p) = &*r.expr
            && self.0.contains(&tokens(p))
        {
            let ident = p.clone();
            *call.args.iter_mut().nth(1).expect("two args") =
                parse_quote!(&#ident.as_ref().map(|v| v.as_slice()));
        }
        visit_mut::visit_expr_call_mut(self, call);
    }
}
