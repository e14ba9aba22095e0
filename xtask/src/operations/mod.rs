//! The operations of one API, as the spec declares them and progenitor generated them.

/// Splits `Result<ResponseValue<T>, Error<E>>` into `(T, E)` tokens.
pub fn send_types(ret: &syn::ReturnType) -> Option<(syn::Type, syn::Type)> {
    let syn::ReturnType::Type(_, ty) = ret else {
        return None;
    };
    let syn::Type::Path(p) = &**ty else {
        return None;
    };
    let seg = p.path.segments.last()?;
    let syn::PathArguments::AngleBracketed(args) = &seg.arguments else {
        return None;
    };
    let mut it = args.args.iter().filter_map(|a| match a {
        syn::GenericArgument::Type(t) => Some(t),
        _ => None,
    });
    let inner_arg = |t: &syn::Type| -> Option<syn::Type> {
        let syn::Type::Path(p) = t else { return None };
        let seg = p.path.segments.last()?;
        let syn::PathArguments::AngleBracketed(args) = &seg.arguments else {
            return None;
        };
        args.args.iter().find_map(|a| match a {
            syn::GenericArgument::Type(t) => Some(t.clone()),
            _ => None,
        })
    };
    let ok = inner_arg(it.next()?)?;
    let err = inner_arg(it.next()?)?;
    Some((ok, err))
}
