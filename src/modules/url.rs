//! `internalBinding('url')`: WHATWG URL parsing and setters for lib/internal/url.js, on the `url` crate.

use rquickjs::{Ctx, Function, Object, Result};
use url::{quirks, Url};

/// The URL's components in the order lib/internal/url.js reads them:
/// [href, origin, protocol, username, password, host, hostname, port, pathname, search, hash].
fn components(url: &Url) -> Vec<String> {
    vec![
        quirks::href(url).to_owned(),
        quirks::origin(url),
        quirks::protocol(url).to_owned(),
        quirks::username(url).to_owned(),
        quirks::password(url).to_owned(),
        quirks::host(url).to_owned(),
        quirks::hostname(url).to_owned(),
        quirks::port(url).to_owned(),
        quirks::pathname(url).to_owned(),
        quirks::search(url).to_owned(),
        quirks::hash(url).to_owned(),
    ]
}

fn parse_with_base(input: &str, base: Option<&str>) -> Option<Url> {
    match base {
        Some(b) => Url::parse(b).ok()?.join(input).ok(),
        None => Url::parse(input).ok(),
    }
}

/// parse(input, base?) -> components array, or undefined when invalid.
fn parse(input: String, base: Option<String>) -> Option<Vec<String>> {
    parse_with_base(&input, base.as_deref()).map(|u| components(&u))
}

/// canParse(input, base?) -> boolean
fn can_parse(input: String, base: Option<String>) -> bool {
    parse_with_base(&input, base.as_deref()).is_some()
}

/// update(href, property, value) -> components after the WHATWG setter, or undefined when the
/// href setter is given an invalid URL (other setters ignore bad values, as the spec says).
fn update(href: String, property: String, value: String) -> Option<Vec<String>> {
    let mut url = Url::parse(&href).ok()?;
    match property.as_str() {
        "href" => quirks::set_href(&mut url, &value).ok()?,
        "protocol" => { let _ = quirks::set_protocol(&mut url, &value); }
        "username" => { let _ = quirks::set_username(&mut url, &value); }
        "password" => { let _ = quirks::set_password(&mut url, &value); }
        "host" => { let _ = quirks::set_host(&mut url, &value); }
        "hostname" => { let _ = quirks::set_hostname(&mut url, &value); }
        "port" => { let _ = quirks::set_port(&mut url, &value); }
        "pathname" => quirks::set_pathname(&mut url, &value),
        "search" => quirks::set_search(&mut url, &value),
        "hash" => quirks::set_hash(&mut url, &value),
        _ => {}
    }
    Some(components(&url))
}

/// domainToASCII(domain) -> string ('' when invalid)
fn domain_to_ascii(domain: String) -> String {
    quirks::domain_to_ascii(&domain)
}

/// domainToUnicode(domain) -> string ('' when invalid)
fn domain_to_unicode(domain: String) -> String {
    quirks::domain_to_unicode(&domain)
}

pub fn init<'js>(ctx: &Ctx<'js>, target: &Object<'js>) -> Result<()> {
    target.set("parse", Function::new(ctx.clone(), parse)?)?;
    target.set("canParse", Function::new(ctx.clone(), can_parse)?)?;
    target.set("update", Function::new(ctx.clone(), update)?)?;
    target.set("domainToASCII", Function::new(ctx.clone(), domain_to_ascii)?)?;
    target.set("domainToUnicode", Function::new(ctx.clone(), domain_to_unicode)?)?;
    Ok(())
}
