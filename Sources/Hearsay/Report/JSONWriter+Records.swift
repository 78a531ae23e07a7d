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

    /// Compact only: writes what `body` writes (at most `maxCount` bytes) in one write.
    @inline(__always)
    mutating func compactRun(upTo maxCount: Int, _ body: (UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8>) {
        out.write(upTo: maxCount, body)
    }

    /// Writes the bytes of `s` (spelled in the source) at `at`; returns the end.
    @inline(__always)
    static func put(_ s: StaticString, at: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        let length = s.utf8CodeUnitCount
        at.update(from: s.utf8Start, count: length)
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
