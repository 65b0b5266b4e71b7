//! `internalBinding('buffer')`: the byte work behind `buffer`, `string_decoder` and TextEncoder/TextDecoder.
//!
//! Every function reads and writes the Uint8Array's own memory; strings cross as QuickJS's WTF-8 view
//! (lone surrogates kept as 3-byte sequences), so each encoder sees exactly the UTF-16 units node sees.

use rquickjs::{qjs, ArrayBuffer, Ctx, Error, Function, Object, Result, Value};

const UTF8: u8 = 0;
const UCS2: u8 = 1;
const LATIN1: u8 = 2;
const ASCII: u8 = 3;
const HEX: u8 = 4;
const BASE64: u8 = 5;
const BASE64URL: u8 = 6;

/// The bytes of a Uint8Array (or ArrayBuffer); a pending JS TypeError otherwise.
fn bytes_of<'a>(ctx: &Ctx<'_>, v: &Value<'_>) -> Result<&'a mut [u8]> {
    let c = ctx.as_raw().as_ptr();
    let mut len = 0 as qjs::size_t;
    unsafe {
        let mut ptr = qjs::JS_GetUint8Array(c, &mut len, v.as_raw());
        if ptr.is_null() && qjs::JS_HasException(c) {
            qjs::JS_FreeValue(c, qjs::JS_GetException(c));
            ptr = qjs::JS_GetArrayBuffer(c, &mut len, v.as_raw());
            if ptr.is_null() && qjs::JS_HasException(c) {
                return Err(Error::Exception);
            }
        }
        if ptr.is_null() || len == 0 {
            return Ok(&mut []);
        }
        Ok(std::slice::from_raw_parts_mut(ptr, len as usize))
    }
}

/// Borrowed WTF-8 bytes of a JS string, freed on drop.
struct JsStr<'js> {
    ctx: Ctx<'js>,
    ptr: *const std::os::raw::c_char,
    len: usize,
}

impl<'js> JsStr<'js> {
    fn new(ctx: &Ctx<'js>, v: &Value<'js>) -> Result<Self> {
        let mut len = 0 as qjs::size_t;
        let ptr = unsafe { qjs::JS_ToCStringLen2(ctx.as_raw().as_ptr(), &mut len, v.as_raw(), false) };
        if ptr.is_null() {
            return Err(Error::Exception);
        }
        Ok(JsStr { ctx: ctx.clone(), ptr, len: len as usize })
    }
    fn bytes(&self) -> &[u8] {
        unsafe { std::slice::from_raw_parts(self.ptr as *const u8, self.len) }
    }
}

impl Drop for JsStr<'_> {
    fn drop(&mut self) {
        unsafe { qjs::JS_FreeCString(self.ctx.as_raw().as_ptr(), self.ptr) }
    }
}

/// Calls `f` with each UTF-16 code unit of a WTF-8 string (surrogates come through unpaired or as pairs).
fn for_each_unit(s: &[u8], mut f: impl FnMut(u16) -> bool) {
    let mut i = 0;
    while i < s.len() {
        let b = s[i];
        let (cp, n) = if b < 0x80 {
            (b as u32, 1)
        } else if b < 0xE0 {
            (((b as u32 & 0x1F) << 6) | (s.get(i + 1).copied().unwrap_or(0) as u32 & 0x3F), 2)
        } else if b < 0xF0 {
            let b1 = s.get(i + 1).copied().unwrap_or(0) as u32 & 0x3F;
            let b2 = s.get(i + 2).copied().unwrap_or(0) as u32 & 0x3F;
            (((b as u32 & 0x0F) << 12) | (b1 << 6) | b2, 3)
        } else {
            let b1 = s.get(i + 1).copied().unwrap_or(0) as u32 & 0x3F;
            let b2 = s.get(i + 2).copied().unwrap_or(0) as u32 & 0x3F;
            let b3 = s.get(i + 3).copied().unwrap_or(0) as u32 & 0x3F;
            (((b as u32 & 0x07) << 18) | (b1 << 12) | (b2 << 6) | b3, 4)
        };
        i += n;
        if cp >= 0x10000 {
            let c = cp - 0x10000;
            if !f(0xD800 | (c >> 10) as u16) || !f(0xDC00 | (c & 0x3FF) as u16) {
                return;
            }
        } else if !f(cp as u16) {
            return;
        }
    }
}

/// Length in bytes of the UTF-8 sequence starting with `b`.
fn seq_len(b: u8) -> usize {
    match b {
        0..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// Copies whole characters of WTF-8 `src` into `dst` as UTF-8 (lone surrogates become U+FFFD).
fn write_utf8(src: &[u8], dst: &mut [u8]) -> usize {
    // 0xED only leads surrogates and U+D000..U+D7FF; without it the bytes are already valid UTF-8.
    if src.len() <= dst.len() && !src.contains(&0xED) {
        dst[..src.len()].copy_from_slice(src);
        return src.len();
    }
    let mut i = 0;
    while i < src.len() {
        let n = seq_len(src[i]);
        if i + n > dst.len() {
            break;
        }
        if n == 3 && src[i] == 0xED && src.get(i + 1).is_some_and(|b| *b >= 0xA0) {
            dst[i..i + 3].copy_from_slice(&[0xEF, 0xBF, 0xBD]);
        } else {
            dst[i..i + n].copy_from_slice(&src[i..(i + n).min(src.len())]);
        }
        i += n;
    }
    i.min(src.len())
}

fn hex_val(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// base64 digit values for both alphabets; 64 marks bytes that are not digits.
const B64_VALUES: [u8; 256] = {
    let mut t = [64u8; 256];
    let digits = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut i = 0;
    while i < 64 {
        t[digits[i] as usize] = i as u8;
        i += 1;
    }
    t[b'-' as usize] = 62;
    t[b'_' as usize] = 63;
    t
};

/// Node's lenient base64: both alphabets, skips anything else, stops at '='.
/// (The `base64` crate is strict by design, so this small decoder stays here.)
fn decode_base64(src: &[u8], dst: &mut [u8]) -> usize {
    let (mut i, mut out) = (0usize, 0usize);
    // Fast path: whole groups of four digits.
    while i + 4 <= src.len() && out + 3 <= dst.len() {
        let v = [B64_VALUES[src[i] as usize], B64_VALUES[src[i + 1] as usize],
            B64_VALUES[src[i + 2] as usize], B64_VALUES[src[i + 3] as usize]];
        if (v[0] | v[1] | v[2] | v[3]) & 64 != 0 {
            break;
        }
        let n = ((v[0] as u32) << 18) | ((v[1] as u32) << 12) | ((v[2] as u32) << 6) | v[3] as u32;
        dst[out..out + 3].copy_from_slice(&[(n >> 16) as u8, (n >> 8) as u8, n as u8]);
        i += 4;
        out += 3;
    }
    let (mut acc, mut bits) = (0u32, 0u32);
    for &b in &src[i..] {
        if b == b'=' {
            break;
        }
        let v = B64_VALUES[b as usize];
        if v == 64 {
            continue;
        }
        acc = (acc << 6) | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            if out >= dst.len() {
                return out;
            }
            dst[out] = (acc >> bits) as u8;
            out += 1;
        }
    }
    out
}

/// Bytes node's decoder produces for a base64 string of this shape.
fn base64_decoded_len(src: &[u8]) -> usize {
    let mut n = src.len();
    if n > 0 && src[n - 1] == b'=' {
        n -= 1;
    }
    if n > 0 && src[n - 1] == b'=' {
        n -= 1;
    }
    (n * 3) >> 2
}

fn encode_into(enc: u8, s: &[u8], dst: &mut [u8]) -> usize {
    match enc {
        UTF8 => write_utf8(s, dst),
        UCS2 => {
            let mut n = 0;
            for_each_unit(s, |u| {
                if n + 2 > dst.len() {
                    return false;
                }
                dst[n..n + 2].copy_from_slice(&u.to_le_bytes());
                n += 2;
                true
            });
            n
        }
        LATIN1 | ASCII => {
            let mut n = 0;
            for_each_unit(s, |u| {
                if n >= dst.len() {
                    return false;
                }
                dst[n] = u as u8;
                n += 1;
                true
            });
            n
        }
        HEX => {
            let mut n = 0;
            for (d, pair) in dst.iter_mut().zip(s.chunks_exact(2)) {
                match (hex_val(pair[0]), hex_val(pair[1])) {
                    (Some(h), Some(l)) => *d = (h << 4) | l,
                    _ => break,
                }
                n += 1;
            }
            n
        }
        _ => decode_base64(s, dst),
    }
}

/// Exact byte count `string` encodes to (hex counts only the valid leading pairs).
fn encoded_len(enc: u8, s: &[u8]) -> usize {
    match enc {
        UTF8 => s.len(),
        UCS2 | LATIN1 | ASCII => {
            let mut n = 0;
            for_each_unit(s, |_| {
                n += 1;
                true
            });
            if enc == UCS2 {
                n * 2
            } else {
                n
            }
        }
        HEX => s.len() / 2,
        _ => base64_decoded_len(s),
    }
}

/// `write<enc>(buf, string, offset, length)`: bytes written into `buf[offset..offset+length]`.
fn write<'js, const E: u8>(ctx: Ctx<'js>, buf: Value<'js>, s: Value<'js>, offset: f64, length: f64) -> Result<usize> {
    let dst = bytes_of(&ctx, &buf)?;
    let start = (offset.max(0.0) as usize).min(dst.len());
    let end = start + (length.max(0.0) as usize).min(dst.len() - start);
    let s = JsStr::new(&ctx, &s)?;
    Ok(encode_into(E, s.bytes(), &mut dst[start..end]))
}

/// `fromString(string, enc)`: a new ArrayBuffer holding the encoded string.
fn from_string<'js>(ctx: Ctx<'js>, s: Value<'js>, enc: u8) -> Result<ArrayBuffer<'js>> {
    let s = JsStr::new(&ctx, &s)?;
    let src = s.bytes();
    let mut out = vec![0u8; encoded_len(enc, src)];
    let n = encode_into(enc, src, &mut out);
    out.truncate(n);
    ArrayBuffer::new(ctx, out)
}

/// `byteLengthUtf8(string)`
fn byte_length_utf8<'js>(ctx: Ctx<'js>, s: Value<'js>) -> Result<usize> {
    Ok(JsStr::new(&ctx, &s)?.len)
}

fn new_string<'js>(ctx: &Ctx<'js>, utf8: &[u8]) -> Result<Value<'js>> {
    unsafe {
        let v = qjs::JS_NewStringLen(ctx.as_raw().as_ptr(), utf8.as_ptr() as *const _, utf8.len() as qjs::size_t);
        if qjs::JS_IsException(v) {
            return Err(Error::Exception);
        }
        Ok(Value::from_raw(ctx.clone(), v))
    }
}

fn new_utf16<'js>(ctx: &Ctx<'js>, units: &[u16]) -> Result<Value<'js>> {
    unsafe {
        let v = qjs::JS_NewTwoByteString(ctx.as_raw().as_ptr(), units.as_ptr(), units.len() as qjs::size_t);
        if qjs::JS_IsException(v) {
            return Err(Error::Exception);
        }
        Ok(Value::from_raw(ctx.clone(), v))
    }
}

const HEX_DIGITS: &[u8; 16] = b"0123456789abcdef";

fn encode_base64(src: &[u8], url: bool) -> Vec<u8> {
    let table: &[u8; 64] = if url {
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    } else {
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    };
    let mut out = Vec::with_capacity(src.len().div_ceil(3) * 4);
    let mut chunks = src.chunks_exact(3);
    for c in &mut chunks {
        let n = ((c[0] as u32) << 16) | ((c[1] as u32) << 8) | c[2] as u32;
        out.extend_from_slice(&[
            table[(n >> 18) as usize & 63],
            table[(n >> 12) as usize & 63],
            table[(n >> 6) as usize & 63],
            table[n as usize & 63],
        ]);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let n = ((rest[0] as u32) << 16) | ((rest.get(1).copied().unwrap_or(0) as u32) << 8);
        out.push(table[(n >> 18) as usize & 63]);
        out.push(table[(n >> 12) as usize & 63]);
        if rest.len() == 2 {
            out.push(table[(n >> 6) as usize & 63]);
        }
        if !url {
            out.resize(out.len() + 4 - (out.len() % 4), b'=');
        }
    }
    out
}

fn decode<'js>(ctx: &Ctx<'js>, enc: u8, src: &[u8]) -> Result<Value<'js>> {
    match enc {
        UTF8 => match std::str::from_utf8(src) {
            Ok(s) => new_string(ctx, s.as_bytes()),
            Err(_) => new_string(ctx, String::from_utf8_lossy(src).as_bytes()),
        },
        UCS2 => {
            let units: Vec<u16> = src.chunks_exact(2).map(|p| u16::from_le_bytes([p[0], p[1]])).collect();
            new_utf16(ctx, &units)
        }
        LATIN1 | ASCII => {
            let mask = if enc == ASCII { 0x7F } else { 0xFF };
            if src.iter().all(|b| *b < 0x80) {
                return new_string(ctx, src);
            }
            let mut out = Vec::with_capacity(src.len() * 2);
            for &b in src {
                let b = b & mask;
                if b < 0x80 {
                    out.push(b);
                } else {
                    out.extend_from_slice(&[0xC0 | (b >> 6), 0x80 | (b & 0x3F)]);
                }
            }
            new_string(ctx, &out)
        }
        HEX => {
            let mut out = vec![0u8; src.len() * 2];
            for (pair, &b) in out.chunks_exact_mut(2).zip(src) {
                pair[0] = HEX_DIGITS[(b >> 4) as usize];
                pair[1] = HEX_DIGITS[(b & 15) as usize];
            }
            new_string(ctx, &out)
        }
        _ => new_string(ctx, &encode_base64(src, enc == BASE64URL)),
    }
}

/// `slice<enc>(buf, start, end)`: the bytes `buf[start..end]` decoded to a string.
fn slice<'js, const E: u8>(ctx: Ctx<'js>, buf: Value<'js>, start: f64, end: f64) -> Result<Value<'js>> {
    let src = bytes_of(&ctx, &buf)?;
    let end = (end.max(0.0) as usize).min(src.len());
    let start = (start.max(0.0) as usize).min(end);
    decode(&ctx, E, &src[start..end])
}

/// `compare(a, b)`: -1, 0 or 1 by bytes.
fn compare<'js>(ctx: Ctx<'js>, a: Value<'js>, b: Value<'js>) -> Result<i32> {
    let (a, b) = (bytes_of(&ctx, &a)?, bytes_of(&ctx, &b)?);
    Ok(a.cmp(&b) as i32)
}

/// `compareOffset(source, target, targetStart, sourceStart, targetEnd, sourceEnd)`
fn compare_offset<'js>(
    ctx: Ctx<'js>, source: Value<'js>, target: Value<'js>, ts: f64, ss: f64, te: f64, se: f64,
) -> Result<i32> {
    let (s, t) = (bytes_of(&ctx, &source)?, bytes_of(&ctx, &target)?);
    let clamp = |v: f64, max: usize| (v.max(0.0) as usize).min(max);
    let (te, se) = (clamp(te, t.len()), clamp(se, s.len()));
    let (ts, ss) = (clamp(ts, te), clamp(ss, se));
    Ok(s[ss..se].cmp(&t[ts..te]) as i32)
}

/// `indexOfBytes(haystack, needle, byteOffset, forward)`: first (or last) match at/before/after offset, or -1.
fn index_of_bytes<'js>(ctx: Ctx<'js>, hay: Value<'js>, needle: Value<'js>, offset: f64, forward: bool) -> Result<f64> {
    let (h, n) = (bytes_of(&ctx, &hay)?, bytes_of(&ctx, &needle)?);
    Ok(find(h, n, offset, forward).map_or(-1.0, |i| i as f64))
}

fn find(h: &[u8], n: &[u8], offset: f64, forward: bool) -> Option<usize> {
    if n.len() > h.len() {
        return None;
    }
    let last = h.len() - n.len();
    if forward {
        let start = offset.max(0.0);
        if start > last as f64 {
            return None;
        }
        let start = start as usize;
        if n.is_empty() {
            return Some(start);
        }
        let first = n[0];
        let mut i = start;
        while i <= last {
            let pos = h[i..=last].iter().position(|b| *b == first)?;
            i += pos;
            if &h[i..i + n.len()] == n {
                return Some(i);
            }
            i += 1;
        }
        None
    } else {
        if offset < 0.0 {
            return None;
        }
        let start = (offset as usize).min(last);
        (0..=start).rev().find(|&i| &h[i..i + n.len()] == n)
    }
}

/// `fillBytes(buf, pattern, start, end)`: repeats `pattern` over `buf[start..end]`.
fn fill_bytes<'js>(ctx: Ctx<'js>, buf: Value<'js>, pattern: Value<'js>, start: f64, end: f64) -> Result<()> {
    let dst = bytes_of(&ctx, &buf)?;
    let pat = bytes_of(&ctx, &pattern)?.to_vec();
    let end = (end.max(0.0) as usize).min(dst.len());
    let start = (start.max(0.0) as usize).min(end);
    if pat.is_empty() {
        return Ok(());
    }
    for (d, s) in dst[start..end].iter_mut().zip(pat.iter().cycle()) {
        *d = *s;
    }
    Ok(())
}

/// `encodeIntoUtf8(dest, string)`: `[read, written]` in UTF-16 units and bytes, for TextEncoder.encodeInto.
fn encode_into_utf8<'js>(ctx: Ctx<'js>, dest: Value<'js>, s: Value<'js>) -> Result<Vec<usize>> {
    let dst = bytes_of(&ctx, &dest)?;
    let s = JsStr::new(&ctx, &s)?;
    let written = write_utf8(s.bytes(), dst);
    let read = s.bytes()[..written].iter().map(|b| match b {
        0x80..=0xBF => 0,
        0xF0..=0xFF => 2,
        _ => 1,
    });
    Ok(vec![read.sum(), written])
}

/// `isUtf8(view)`
fn is_utf8<'js>(ctx: Ctx<'js>, v: Value<'js>) -> Result<bool> {
    Ok(std::str::from_utf8(bytes_of(&ctx, &v)?).is_ok())
}

/// `isAscii(view)`
fn is_ascii<'js>(ctx: Ctx<'js>, v: Value<'js>) -> Result<bool> {
    Ok(bytes_of(&ctx, &v)?.is_ascii())
}

/// `decodeUtf8(view, fatal)`: WHATWG UTF-8 decode; `null` when `fatal` and the bytes are invalid.
fn decode_utf8<'js>(ctx: Ctx<'js>, v: Value<'js>, fatal: bool) -> Result<Value<'js>> {
    let src = bytes_of(&ctx, &v)?;
    if fatal && std::str::from_utf8(src).is_err() {
        return Ok(Value::new_null(ctx));
    }
    decode(&ctx, UTF8, src)
}

pub fn init<'js>(ctx: &Ctx<'js>, target: &Object<'js>) -> Result<()> {
    macro_rules! per_encoding {
        ($($name:literal => $enc:ident),*) => {$(
            target.set(concat!($name, "Write"), Function::new(ctx.clone(), write::<$enc>)?)?;
            target.set(concat!($name, "Slice"), Function::new(ctx.clone(), slice::<$enc>)?)?;
        )*};
    }
    per_encoding!("utf8" => UTF8, "ucs2" => UCS2, "latin1" => LATIN1, "ascii" => ASCII, "hex" => HEX,
        "base64" => BASE64, "base64url" => BASE64URL);
    let ids = Object::new(ctx.clone())?;
    for (name, id) in [("utf8", UTF8), ("ucs2", UCS2), ("latin1", LATIN1), ("ascii", ASCII), ("hex", HEX),
        ("base64", BASE64), ("base64url", BASE64URL)] {
        ids.set(name, id)?;
    }
    target.set("encodings", ids)?;
    target.set("fromString", Function::new(ctx.clone(), from_string)?)?;
    target.set("byteLengthUtf8", Function::new(ctx.clone(), byte_length_utf8)?)?;
    target.set("compare", Function::new(ctx.clone(), compare)?)?;
    target.set("compareOffset", Function::new(ctx.clone(), compare_offset)?)?;
    target.set("indexOfBytes", Function::new(ctx.clone(), index_of_bytes)?)?;
    target.set("fillBytes", Function::new(ctx.clone(), fill_bytes)?)?;
    target.set("encodeIntoUtf8", Function::new(ctx.clone(), encode_into_utf8)?)?;
    target.set("isUtf8", Function::new(ctx.clone(), is_utf8)?)?;
    target.set("isAscii", Function::new(ctx.clone(), is_ascii)?)?;
    target.set("decodeUtf8", Function::new(ctx.clone(), decode_utf8)?)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trip() {
        let enc = encode_base64(b"hello!?", false);
        assert_eq!(enc, b"aGVsbG8hPw==");
        let mut out = vec![0u8; 16];
        let n = decode_base64(b"aGVs bG8h\nPw==", &mut out);
        assert_eq!(&out[..n], b"hello!?");
    }

    #[test]
    fn lone_surrogate_becomes_replacement() {
        let mut out = [0u8; 3];
        assert_eq!(write_utf8(&[0xED, 0xA0, 0x80], &mut out), 3);
        assert_eq!(out, [0xEF, 0xBF, 0xBD]);
    }
}
