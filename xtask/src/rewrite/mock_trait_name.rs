//! The mock trait of each crate gets the crate's own name (`BillingV2MockServerExt`).
//!
//! progenitor names every crate's extension trait `MockServerExt`, and two crates often
//! share operation names (`get_customer`): a test using the mocks of both cannot call the
//! method (E0034) nor import both traits without renaming one. With a name per crate both
//! traits import as they are, and a shared method is called through its trait:
//! `BillingV2MockServerExt::get_customer(&server, |when, then| ...)`. The short name stays
//! as an alias, so code written against one crate keeps compiling.

use quote::format_ident;
use syn::{Item, parse_quote};

/// `billing-v2` -> `BillingV2MockServerExt`.
pub fn trait_name(package: &str) -> String {
    let camel: String = package
        .split(['-', '_'])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect();
    format!("{camel}MockServerExt")
}

/// Applies the rewrite to the mock module of `input`'s API.
pub fn apply(file: &mut syn::File, input: &super::Input<'_>) -> Result<(), String> {
    own_trait_name(file, crate::scaffold::package_name(input.api));
    Ok(())
}

/// Renames progenitor's `MockServerExt` (the trait and its impl), replaces its doc (whose
/// explicit links rustdoc calls redundant once `MockServer` is re-exported beside it) and
/// adds the short name as an alias.
fn own_trait_name(file: &mut syn::File, package: &str) {
    let name = format_ident!("{}", trait_name(package));
    let doc = format!(
        " One method per operation on [`MockServer`]: `when` declares what the request must \
         hold, `then` what the server answers.\n\n Named for this crate so that the mocks of \
         several crates can be used in one test; where two of them have a method of the \
         same name, call it through the trait: `{name}::method(&server, |when, then| ...)`."
    );
    let mut renamed = false;
    for item in &mut file.items {
        match item {
            Item::Trait(t) if t.ident == "MockServerExt" => {
                t.ident = name.clone();
                t.attrs.retain(|a| !a.path().is_ident("doc"));
                t.attrs.insert(0, parse_quote!(#[doc = #doc]));
                renamed = true;
            }
            Item::Impl(i) => {
                if let Some((path, _)) = &mut i.trait_
                    && path.is_ident("MockServerExt")
                {
                    *path = parse_quote!(#name);
                }
            }
            _ => {}
        }
    }
    if renamed {
        file.items.push(parse_quote! {
            /// The same trait under the name every crate's mocks share: import this one when a
            /// test uses the mocks of one crate only.
            pub use self::#name as MockServerExt;
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_package() {
        assert_eq!(trait_name("billing-v2"), "BillingV2MockServerExt");
        assert_eq!(trait_name("flexprice"), "FlexpriceMockServerExt");
        assert_eq!(
            trait_name("qonversion-analytics"),
            "QonversionAnalyticsMockServerExt"
        );
    }

    #[test]
    fn trait_and_impl_are_renamed_and_aliased() {
        let mut file: syn::File = syn::parse_quote! {
            /// old doc
            pub trait MockServerExt { fn a(&self); }
            impl MockServerExt for ::httpmock::MockServer { fn a(&self) {} }
        };
        own_trait_name(&mut file, "billing-v2");
        let text = quote::ToTokens::to_token_stream(&file).to_string();
        assert!(text.contains("pub trait BillingV2MockServerExt"), "{text}");
        assert!(text.contains("impl BillingV2MockServerExt for"), "{text}");
        assert!(
            text.contains("pub use self :: BillingV2MockServerExt as MockServerExt"),
            "{text}"
        );
        assert!(!text.contains("old doc"), "{text}");
    }
}
