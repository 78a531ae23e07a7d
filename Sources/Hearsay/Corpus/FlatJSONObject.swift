#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// The quick reading of a JSONL record that is one flat object of string members, such as
/// `{"id": "a1", "text": "…"}`, straight from its bytes.
///
/// It parses only what it can vouch for: an object (with JSON whitespace around its tokens)
/// whose keys are all different and whose values are all strings, with the standard escapes and
/// `\uXXXX` (surrogate pairs joined), in well-formed UTF-8. Anything else (numbers, arrays,
/// nesting, a repeated key, a lone surrogate, `\u0000`, a raw control character, trailing
/// bytes) gives nil, and the caller reads the line with `JSONSerialization`, which then also
/// words the error; so a line means the same whichever reader took it.
///
/// A line with a byte-order mark (U+FEFF, raw or escaped) anywhere is also left to Foundation,
/// which drops a raw one that opens a string or follows an escape: a quirk not worth copying
/// for a character that real text almost never holds.
///
///     FlatJSONObject.parse(Array(#"{"id":"x","text":"caf\u00e9"}"#.utf8))   // ["id": "x", "text": "café"]
enum FlatJSONObject {
    /// The members of `line`, or nil when it is not a flat object of strings (see above).
    static func parse(_ line: [UInt8]) -> [String: String]? {
        line.withUnsafeBufferPointer { bytes in
            guard !containsByteOrderMark(bytes) else { return nil }
            var reader = Reader(bytes: bytes)
            return reader.object()
        }
    }

    /// Whether `bytes` hold U+FEFF (EF BB BF), looked for with `memchr`.
    static func containsByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var at = 0
        while at < bytes.count, let found = memchr(base + at, 0xEF, bytes.count - at) {
            at = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
            if at + 2 <= bytes.count, base[at] == 0xBB, base[at + 1] == 0xBF { return true }
        }
        return false
    }

    /// A cursor over the bytes of one line.
    struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var at = 0
        /// Unescaped bytes of the string being read, reused from string to string.
        var scratch: [UInt8] = []

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        /// The whole line as an object, or nil.
        mutating func object() -> [String: String]? {
            skipSpace()
            guard take(0x7B) else { return nil }
            var members: [String: String] = [:]
            skipSpace()
            if !take(0x7D) {
                repeat {
                    skipSpace()
                    guard let key = string() else { return nil }
                    skipSpace()
                    guard take(0x3A) else { return nil }
                    skipSpace()
                    guard let value = string(), members.updateValue(value, forKey: key) == nil else { return nil }
                    skipSpace()
                } while take(0x2C)
                guard take(0x7D) else { return nil }
            }
            skipSpace()
            return at == bytes.count ? members : nil
        }

        /// Skips JSON whitespace: space, tab, line feed, carriage return.
        mutating func skipSpace() {
            while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x09 || bytes[at] == 0x0A || bytes[at] == 0x0D { at += 1 }
        }

        /// Steps over `byte` if it comes next.
        mutating func take(_ byte: UInt8) -> Bool {
            guard at < bytes.count, bytes[at] == byte else { return false }
            at += 1
            return true
        }

        /// A string token, unescaped; nil if there is none or it is not valid.
        mutating func string() -> String? {
            guard take(0x22) else { return nil }
            let base = bytes.baseAddress!
            var runStart = at
            var escaped = false
            scratch.removeAll(keepingCapacity: true)
            while true {
                // Eight bytes at a time while none is a quote, a backslash or a control character.
                while at + 8 <= bytes.count, !JSONWriter.needsEscape(UnsafeRawPointer(base + at).loadUnaligned(as: UInt64.self)) {
                    at += 8
                }
                guard at < bytes.count else { return nil }
                let b = bytes[at]
                if b == 0x22 { break }
                if b < 0x20 { return nil }
                guard b == 0x5C else { at += 1; continue }
                escaped = true
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<at]))
                at += 1
                guard at < bytes.count else { return nil }
                let e = bytes[at]
                at += 1
                switch e {
                case 0x22, 0x5C, 0x2F: scratch.append(e)
                case 0x62: scratch.append(0x08)
                case 0x66: scratch.append(0x0C)
                case 0x6E: scratch.append(0x0A)
                case 0x72: scratch.append(0x0D)
                case 0x74: scratch.append(0x09)
                case 0x75:
                    guard let scalar = unicodeEscape() else { return nil }
                    scratch.append(contentsOf: UTF8.encode(scalar)!)
                default: return nil
                }
                runStart = at
            }
            let run = UnsafeBufferPointer(rebasing: bytes[runStart..<at])
            at += 1
            if !escaped { return String(validating: run, as: UTF8.self) }
            scratch.append(contentsOf: run)
            return String(validating: scratch, as: UTF8.self)
        }

        /// The scalar of a `\u` escape whose `u` was just read: four hex digits, and for a high
        /// surrogate the `\uXXXX` of its low one. Nil for a lone surrogate, NUL, U+FEFF or bad digits.
        mutating func unicodeEscape() -> Unicode.Scalar? {
            guard let unit = hex4() else { return nil }
            // NUL is left to the full reader, which knows what it makes of it.
            if unit == 0 || unit == 0xFEFF { return nil }
            if unit < 0xD800 || unit > 0xDFFF { return Unicode.Scalar(unit) }
            guard unit < 0xDC00, take(0x5C), take(0x75), let low = hex4(), low >= 0xDC00, low <= 0xDFFF else { return nil }
            return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
        }

        /// Four hexadecimal digits as a number.
        mutating func hex4() -> UInt32? {
            guard at + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let b = bytes[at]
                let digit: UInt8
                switch b {
                case 0x30...0x39: digit = b - 0x30
                case 0x41...0x46: digit = b - 0x41 + 10
                case 0x61...0x66: digit = b - 0x61 + 10
                default: return nil
                }
                value = value << 4 | UInt32(digit)
                at += 1
            }
            return value
        }
    }
}
