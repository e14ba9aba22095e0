//! `lazy_codegen`: every non-generic function of the generated code is `#[inline]`, so that
//! machine code is made only for what a program calls.
//!
//! rustc compiles every non-generic function of a library to machine code when the library
//! is built, called or not; an `#[inline]` function (like a generic one) is compiled in the
//! crate that calls it, and only if it does. A client of a whole API has hundreds of
//! operations, each an `async` state machine that pulls in its response type's decoder,
//! and a builder and conversions per type: most programs call a handful of them. With this
//! rewrite the client crate's own build type-checks everything but compiles to machine
//! code only what it uses itself, and a program pays for the operations it calls. The
//! attribute is only a hint to the optimiser: behaviour does not change.
//!
//! The client-core macros the generated code calls (`type_builder!`, `tolerant_enum!`)
//! mark their functions the same way; the facade applies [`mark`] to its own file.

use syn::{ImplItem, Item, parse_quote};

/// Marks every non-generic function of `file`, in every module and `impl` block.
pub fn apply(file: &mut syn::File) {
    mark(&mut file.items);
}

/// Marks the functions among `items` (and below them).
pub fn mark(items: &mut [Item]) {
    for item in items {
        match item {
            Item::Fn(f) => mark_fn(&mut f.attrs, &f.sig),
            Item::Mod(m) => {
                if let Some((_, items)) = &mut m.content {
                    mark(items);
                }
            }
            Item::Impl(i) => {
                // An impl generic over a type is compiled only where it is used already.
                if i.generics.type_params().next().is_some() {
                    continue;
                }
                for item in &mut i.items {
                    if let ImplItem::Fn(f) = item {
                        mark_fn(&mut f.attrs, &f.sig);
                    }
                }
            }
            _ => {}
        }
    }
}

fn mark_fn(attrs: &mut Vec<syn::Attribute>, sig: &syn::Signature) {
    let generic = sig.generics.type_params().next().is_some()
        || sig
            .inputs
            .iter()
            .any(|a| matches!(a, syn::FnArg::Typed(t) if matches!(*t.ty, syn::Type::ImplTrait(_))));
    let marked = attrs.iter().any(|a| a.path().is_ident("inline"));
    if !generic && !marked {
        attrs.push(parse_quote!(#[inline]));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::ToTokens;

    fn marked(code: &str) -> String {
        let mut file: syn::File = syn::parse_str(code).unwrap();
        apply(&mut file);
        file.to_token_stream().to_string()
    }

    #[test]
    fn plain_functions_are_marked_generic_ones_are_not() {
        let out = marked(
            "mod builder { impl A { pub async fn send(self) {} fn set<V>(self, v: V) {} \
             #[inline] fn once(&self) {} } } impl<T> B<T> { fn f(&self) {} } \
             fn any(x: impl Into<u8>) {}",
        );
        assert!(out.contains("# [inline] pub async fn send"), "{out}");
        assert!(!out.contains("# [inline] fn set"), "{out}");
        assert_eq!(out.matches("# [inline] fn once").count(), 1, "{out}");
        assert!(!out.contains("# [inline] # [inline]"), "{out}");
        assert!(!out.contains("# [inline] fn f"), "{out}");
        assert!(!out.contains("# [inline] fn any"), "{out}");
    }
}
