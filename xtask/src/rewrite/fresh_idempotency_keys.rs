//! `fresh_idempotency_keys`: an `Idempotency-Key` header parameter the caller leaves unset
//! is filled with a fresh key, once per call.

use syn::visit_mut::{self, VisitMut};
use syn::{Expr, ItemMod, Stmt, parse_quote};

/// Applies the rewrite to the `builder` module.
pub fn apply(builder: &mut ItemMod) {
    FreshIdempotencyKeys.visit_item_mod_mut(builder);
}

/// `Idempotency-Key` header parameters: when the caller sets none, the request carries a
/// fresh key (`client_core::idempotency_key`), made once per call and kept across its
/// retries (the runtime resends the same request, and treats a keyed request as safe to
/// retry). progenitor writes `if let Some(value) = p { header_map.append("Idempotency-Key", ..) }`;
/// this adds the `else`.
struct FreshIdempotencyKeys;

impl VisitMut for FreshIdempotencyKeys {
    fn visit_expr_if_mut(&mut self, e: &mut syn::ExprIf) {
        let keyed = e.else_branch.is_none()
            && matches!(&*e.cond, Expr::Let(_))
            && e.then_branch.stmts.iter().any(|s| {
                let Stmt::Expr(Expr::MethodCall(call), _) = s else {
                    return false;
                };
                call.method == "append"
                    && matches!(
                        call.args.first(),
                        Some(Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(name), .. }))
                            if name.value().eq_ignore_ascii_case("idempotency-key")
                    )
            });
        if keyed {
            let Some(Stmt::Expr(Expr::MethodCall(call), _)) = e.then_branch.stmts.first() else {
                return;
            };
            let (map, name) = (&call.receiver, &call.args[0]);
            let fresh: Expr = parse_quote! {
                { #map.append(#name, ::client_core::idempotency_key().try_into()?); }
            };
            e.else_branch = Some((Default::default(), Box::new(fresh)));
        }
        visit_mut::visit_expr_if_mut(self, e);
    }
}
