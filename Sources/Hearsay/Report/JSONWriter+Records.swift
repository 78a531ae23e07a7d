/// Compact records written a run of members at a time.
///
/// A report's records (a sentence, a mention, a quote) have a fixed layout, so compact output
/// can write the bytes between two strings (closing quote, keys, numbers, opening quote) in
/// one write: one capacity check and one update of the length, where writing member by member
/// checks and updates them, and tests `pretty` and the comma, once per member. Callgrind put
/// that bookkeeping at most of the instructions of a report's sentences and mentions.
///
/// The writer's state stays what member-by-member writing leaves: an object opened here is
/// not pushed on the stack of enclosing objects and arrays, so its members see `needsComma`
/// set (the object has a member once its first is written), and once it is closed the
/// enclosing array has an element, which is what `needsComma` says again.
extension JSONWriter {
    /// Compact only: starts an element of the innermost array (its comma unless it is the
    /// first), then writes what `body` writes (at most `maxCount` bytes) in the same write.
    @inline(__always)
    mutating func compactElement(upTo maxCount: Int, _ body: (UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8>) {
        let comma = needsComma
        needsComma = true
        out.write(upTo: maxCount + 1) { start in
            var at = start
            if comma { at.pointee = 0x2C; at += 1 }
            return body(at)
        }
    }

    /// Compact only: writes a whole element `{"text":"…","start":…,"end":…}` of the innermost
    /// array (its comma unless it is the first) in one write and returns true, when `utf8` (at
    /// most 16 bytes, valid UTF-8) needs no escape; writes nothing and returns false when it
    /// does. `start` and `end` are not negative.
    ///
    /// An entity's mention written in three writes (`textAndSpan`) cost some 290 instructions
    /// with the call escaping its words, 185 so (callgrind, 8,820 mentions on the 168 PolNeAR
    /// dev+test texts): most of the difference the checks and bookkeeping of each write.
    @inline(__always)
    mutating func compactTextElement(_ utf8: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
        guard let base = utf8.baseAddress else { return false }
        let count = utf8.count, comma = needsComma
        var clean = false
        out.write(upTo: 1 + 9 + 16 + 55 + 1) { first in
            var at = first
            if comma { at.pointee = 0x2C; at += 1 }
            at = Self.put("{\"text\":\"", at: at)
            let mask = Self.copyShort(UnsafeRawPointer(base), count: count, to: UnsafeMutableRawPointer(at))
            guard mask == 0 else { return first }
            clean = true
            at = Self.put(start: start, end: end, at: Self.put("\",", at: at + count))
            return Self.put("}", at: at)
        }
        if clean { needsComma = true }
        return clean
    }

    /// Compact only: writes what `body` writes (at most `maxCount` bytes) in one write.
    @inline(__always)
    mutating func compactRun(upTo maxCount: Int, _ body: (UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8>) {
        out.write(upTo: maxCount, body)
    }

    /// Writes the bytes of `s` (spelled in the source) at `at`; returns the end.
    ///
    /// Copied as bytes that cannot overlap the buffer (`initialize`): `update`, which allows
    /// an overlap, compared `at` with the string's address before each store (callgrind: up
    /// to seven instructions a key, some 100,000 keys on the 168 PolNeAR dev+test texts).
    @inline(__always)
    static func put(_ s: StaticString, at: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        let length = s.utf8CodeUnitCount
        at.initialize(from: s.utf8Start, count: length)
        return at + length
    }

    /// Writes `s` (spelled in the source, of a length known only at run time) at `at`, which
    /// has room for it and 16 bytes more; returns the end. Up to 16 bytes are copied as words
    /// (`copyShort`): `put` called `memmove` for them.
    @inline(__always)
    static func put(spelled s: StaticString, at: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        let length = s.utf8CodeUnitCount
        guard length <= 16 else { return put(s, at: at) }
        _ = copyShort(UnsafeRawPointer(s.utf8Start), count: length, to: UnsafeMutableRawPointer(at))
        return at + length
    }

    /// Writes a span's members, `"start":` and `"end":` with their numbers (not negative), at
    /// `at`; returns the end (at most 53 bytes on). Paragraphs, sentences, quotes and mentions
    /// all lead with them.
    @inline(__always)
    static func put(start: Int, end: Int, at: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        var at = put("\"start\":", at: at)
        at = put(start, at: at)
        at = put(",\"end\":", at: at)
        return put(end, at: at)
    }

    /// Writes `n` (not negative) in decimal at `at`, or `null` for nil; returns the end (at
    /// most 19 bytes on).
    @inline(__always)
    static func put(_ n: Int?, at: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        guard let n else { return put("null", at: at) }
        return ByteBuffer.writeDecimal(n, at: at)
    }
}
