//! `strip_api_version`: progenitor sends `api-version: <info.version>` on every request;
//! none of these APIs define that header, so it is removed (with the header map when nothing
//! else uses it).

use syn::visit_mut::{self, VisitMut};
use syn::{Expr, ItemMod, Stmt, parse_quote};

use super::tokens;

/// Applies the rewrite to the `builder` module.
pub fn apply(builder: &mut ItemMod) {
    StripApiVersion.visit_item_mod_mut(builder);
}

/// Statement-level rewrites inside every function of the builder module.
struct StripApiVersion;

impl VisitMut for StripApiVersion {
    fn visit_block_mut(&mut self, block: &mut syn::Block) {
        let before = block.stmts.len();
        block
            .stmts
            .retain(|s| !(tokens(s).contains("\"api-version\"")));
        if block.stmts.len() != before {
            let others = block
                .stmts
                .iter()
                // An optional header parameter appends inside `if let Some(..)`.
                .filter(|s| tokens(s).contains("header_map . append"))
                .count();
            if others == 0 {
                block.stmts.retain(
                    |s| !matches!(s, Stmt::Local(l) if tokens(&l.pat).contains("header_map")),
                );
                DropHeadersCall.visit_block_mut(block);
            } else {
                let n = others;
                for s in &mut block.stmts {
                    if let Stmt::Local(l) = s
                        && tokens(&l.pat).contains("header_map")
                    {
                        *l.init.as_mut().expect("initialised").expr =
                            parse_quote!(::reqwest::header::HeaderMap::with_capacity(#n));
                    }
                }
            }
        }
        visit_mut::visit_block_mut(self, block);
    }
}

/// Removes `.headers(header_map)` from method chains.
struct DropHeadersCall;

impl VisitMut for DropHeadersCall {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        if let Expr::MethodCall(call) = expr
            && call.method == "headers"
            && tokens(&call.args) == "header_map"
        {
            *expr = (*call.receiver).clone();
            self.visit_expr_mut(expr);
            return;
        }
        visit_mut::visit_expr_mut(self, expr);
    }
}
