//! `#[options]`: what every field of a Civic options struct means to serde, said once.
//!
//! govuk-frontend's macros tell a `null` option from a missing one (an `id` of `null` gives a
//! hint id of `null-hint`; a missing one gives none), and Civic keeps that difference in
//! `Text` and `TrustedHtml` (`Some(Text::null())` is `null`, `None` is missing). serde's own
//! `Option<T>` reads `null` as `None`, so without this attribute every such field needed
//! `#[serde(deserialize_with = "Text::or_null")]`, 356 times over. Written back to JSON (the
//! showcase's JSON tab, `civic::canonical_options`), an options struct leaves out what was
//! missing and what equals its default, so the JSON says only what was chosen.
//!
//! Put `#[options]` above the struct's `#[derive(…, Deserialize, Serialize, …)]`. For each
//! field it adds, unless the field already says otherwise:
//! - to an `Option<Text>` or `Option<TrustedHtml>`: `deserialize_with = "<type>::or_null"`;
//! - to any `Option<…>`: `skip_serializing_if = "Option::is_none"`;
//! - to any other field: `skip_serializing_if = "crate::is_default"`.

use proc_macro::TokenStream;
use quote::quote;
use syn::{parse_macro_input, Data, DeriveInput, Fields, GenericArgument, PathArguments, Type};

/// Adds serde's null-keeping reading and default-skipping writing to an options struct's
/// fields (see the crate's documentation).
#[proc_macro_attribute]
pub fn options(arguments: TokenStream, item: TokenStream) -> TokenStream {
    if !arguments.is_empty() {
        return syn::Error::new(
            proc_macro2::Span::call_site(),
            "#[options] takes no arguments",
        )
        .to_compile_error()
        .into();
    }
    let mut input = parse_macro_input!(item as DeriveInput);
    let Data::Struct(data) = &mut input.data else {
        return syn::Error::new_spanned(&input.ident, "#[options] is for structs")
            .to_compile_error()
            .into();
    };
    let Fields::Named(fields) = &mut data.fields else {
        return syn::Error::new_spanned(
            &input.ident,
            "#[options] is for structs with named fields",
        )
        .to_compile_error()
        .into();
    };
    for field in &mut fields.named {
        let said = match serde_keys(&field.attrs) {
            Ok(said) => said,
            Err(error) => return error.to_compile_error().into(),
        };
        let has = |key: &str| said.iter().any(|said| said == key);
        // A field's own default would make "equal to the type's default" the wrong test for
        // leaving it out when written back.
        if has("default") {
            return syn::Error::new_spanned(
                &field.ty,
                "#[options] leaves out a field equal to its type's Default when writing; give the type the default instead of `#[serde(default = …)]`",
            )
            .to_compile_error()
            .into();
        }
        if has("skip") || has("flatten") {
            continue;
        }
        let inner = option_of(&field.ty);
        if let Some(keeps_null) = inner.and_then(keeps_null)
            && !has("deserialize_with")
            && !has("with")
        {
            let reader = format!("{keeps_null}::or_null");
            field
                .attrs
                .push(syn::parse_quote!(#[serde(deserialize_with = #reader)]));
        }
        if !has("skip_serializing_if") && !has("skip_serializing") {
            let test = if inner.is_some() {
                "Option::is_none"
            } else {
                "crate::is_default"
            };
            field
                .attrs
                .push(syn::parse_quote!(#[serde(skip_serializing_if = #test)]));
        }
    }
    quote!(#input).into()
}

/// The keys of a field's `#[serde(…)]` attributes (`deserialize_with`, `skip`, …).
fn serde_keys(attributes: &[syn::Attribute]) -> syn::Result<Vec<String>> {
    let mut keys = Vec::new();
    for attribute in attributes.iter().filter(|a| a.path().is_ident("serde")) {
        attribute.parse_nested_meta(|meta| {
            if let Some(name) = meta.path.get_ident() {
                keys.push(name.to_string());
            }
            if meta.input.peek(syn::Token![=]) {
                let _: syn::Expr = meta.value()?.parse()?;
            } else if meta.input.peek(syn::token::Paren) {
                // `rename(serialize = "…")` and the like: read past the list.
                meta.parse_nested_meta(|inner| {
                    if inner.input.peek(syn::Token![=]) {
                        let _: syn::Expr = inner.value()?.parse()?;
                    }
                    Ok(())
                })?;
            }
            Ok(())
        })?;
    }
    Ok(keys)
}

/// `T` when `ty` is `Option<T>`.
fn option_of(ty: &Type) -> Option<&Type> {
    let Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    if last.ident != "Option" {
        return None;
    }
    let PathArguments::AngleBracketed(arguments) = &last.arguments else {
        return None;
    };
    match arguments.args.first()? {
        GenericArgument::Type(inner) if arguments.args.len() == 1 => Some(inner),
        _ => None,
    }
}

/// `Text` or `TrustedHtml`, when `ty` is one of the types that carry `null` themselves.
fn keeps_null(ty: &Type) -> Option<&'static str> {
    let Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    match last.ident.to_string().as_str() {
        "Text" => Some("Text"),
        "TrustedHtml" => Some("TrustedHtml"),
        _ => None,
    }
}
