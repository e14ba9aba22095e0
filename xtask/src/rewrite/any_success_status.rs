//! `any_success_status`: a 2xx the spec does not list is still a success.
//!
//! In every `match response.status().as_u16()` of the builder module, the arms for listed
//! 2xx statuses (`200u16`, `201u16`, ...) become one `200u16..=299u16` arm with the same body,
//! so any 2xx decodes into the operation's success type. Operations without a success body
//! (`ResponseValue::empty`) and those whose success is a redirect the HTTP client follows
//! (`ResponseValue::stream`, the spec listing only a 3xx) already get a `200..=299` arm from
//! progenitor and are left as they are. A 2xx with an empty body on an operation that has a
//! success body still reports a decoding error with that 2xx status, never an unexpected status.
//! When listed 2xx statuses carry different bodies, their arms stay and the range arm (with
//! the first one's body) follows them.

use syn::visit_mut::{self, VisitMut};
use syn::{ItemMod, parse_quote};

use super::tokens;

/// Applies the rewrite to the `builder` module.
pub fn apply(builder: &mut ItemMod) {
    AnySuccessStatus.visit_item_mod_mut(builder);
}

struct AnySuccessStatus;

/// The status an arm pattern names, when it is one integer literal.
fn literal_status(pat: &syn::Pat) -> Option<u16> {
    match pat {
        syn::Pat::Lit(syn::PatLit {
            lit: syn::Lit::Int(i),
            ..
        }) => i.base10_parse().ok(),
        _ => None,
    }
}

impl VisitMut for AnySuccessStatus {
    fn visit_expr_match_mut(&mut self, m: &mut syn::ExprMatch) {
        if tokens(&m.expr) == "response . status () . as_u16 ()" {
            let listed: Vec<usize> = m
                .arms
                .iter()
                .enumerate()
                .filter(|(_, arm)| {
                    literal_status(&arm.pat).is_some_and(|s| (200..=299).contains(&s))
                        && !tokens(&arm.body).starts_with("Err")
                })
                .map(|(i, _)| i)
                .collect();
            if let Some(&first) = listed.first() {
                let body = m.arms[first].body.clone();
                let same = listed
                    .iter()
                    .all(|&i| tokens(&m.arms[i].body) == tokens(&body));
                let range: syn::Arm = parse_quote!(200u16..=299u16 => #body,);
                if same {
                    for &i in listed.iter().skip(1).rev() {
                        m.arms.remove(i);
                    }
                    m.arms[first] = range;
                } else {
                    let last = *listed.last().expect("non-empty");
                    m.arms.insert(last + 1, range);
                }
            }
        }
        visit_mut::visit_expr_match_mut(self, m);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use syn::ItemMod;

    fn rewrite(src: &str) -> String {
        let mut m: ItemMod = syn::parse_str(src).expect("valid module");
        apply(&mut m);
        tokens(&m)
    }

    #[test]
    fn listed_2xx_arms_become_one_range() {
        let out = rewrite(
            "mod builder { async fn f() { match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                201u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(x)),
                _ => Err(Error::UnexpectedResponse(response)),
            } } }",
        );
        assert!(
            out.contains("200u16 ..= 299u16 => ResponseValue :: from_response"),
            "{out}"
        );
        assert!(!out.contains("201u16"), "{out}");
        assert!(out.contains("400u16 ..= 499u16"), "{out}");
    }

    #[test]
    fn arms_with_different_bodies_stay_before_the_range() {
        let out = rewrite(
            "mod builder { async fn f() { match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                204u16 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            } } }",
        );
        let range = out.find("200u16 ..= 299u16").expect("a range arm");
        assert!(out.find("204u16").expect("kept") < range, "{out}");
    }

    #[test]
    fn other_matches_and_existing_ranges_are_untouched() {
        let src = "mod builder { async fn f() {
            match response.status().as_u16() { 200..=299 => Ok(ResponseValue::empty(response)), _ => Err(e) }
            match other.as_u16() { 200u16 => a, _ => b }
        } }";
        let before = tokens(&syn::parse_str::<ItemMod>(src).unwrap());
        assert_eq!(rewrite(src), before);
    }
}
