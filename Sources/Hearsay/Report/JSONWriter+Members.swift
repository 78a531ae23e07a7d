/// Object members whose keys are spelled in the source, written without escaping.
///
/// The report's keys are fixed ASCII names with nothing to escape, so their bytes are copied
/// straight from the binary instead of being scanned byte by byte like the values.
extension JSONWriter {
    /// Writes a key spelled in the source, which must need no JSON escapes: quotes, colon and
    /// (pretty) space in one write with the key's bytes.
    @inline(__always)
    mutating func key(_ k: StaticString) {
        beginKey()
        let length = k.utf8CodeUnitCount, source = k.utf8Start, pretty = pretty
        out.write(upTo: length + 4) { start in
            start[0] = 0x22
            (start + 1).initialize(from: source, count: length)
            var end = start + length + 1
            end[0] = 0x22
            end[1] = 0x3A
            end += 2
            if pretty { end[0] = 0x20; end += 1 }
            return end
        }
        isValueForKey = true
    }

    /// Writes a member with a string value (or `null`) under a key spelled in the source.
    @inline(__always)
    mutating func member(_ k: StaticString, _ s: String?) {
        guard let s else { key(k); null(); return }
        member(k, s)
    }

    /// Writes a member with a string value under a key spelled in the source: compact, the
    /// comma, key, colon and opening quote in one write.
    @inline(__always)
    mutating func member(_ k: StaticString, _ s: String) {
        guard !pretty else { key(k); value(s); return }
        compactKey(k, then: 0x22)
        stringBody(s)
        out.append(0x22)
    }

    /// Writes a member with an integer value (or `null`) under a key spelled in the source.
    @inline(__always)
    mutating func member(_ k: StaticString, _ n: Int?) {
        guard let n else { key(k); null(); return }
        member(k, n)
    }

    /// Writes a member with an integer value under a key spelled in the source: compact and
    /// not negative, the comma, key, colon and digits in one write.
    @inline(__always)
    mutating func member(_ k: StaticString, _ n: Int) {
        guard !pretty, n >= 0 else { key(k); value(n); return }
        let comma = needsComma
        needsComma = true
        out.write(upTo: k.utf8CodeUnitCount + 24) { start in
            ByteBuffer.writeDecimal(n, at: Self.writeCompactKey(k, comma: comma, at: start))
        }
    }

    /// The compact start of a member, as `key` writes it with the comma before it, and then
    /// `next` (the value's first byte), in one write.
    @inline(__always)
    mutating func compactKey(_ k: StaticString, then next: UInt8) {
        let comma = needsComma
        needsComma = true
        out.write(upTo: k.utf8CodeUnitCount + 5) { start in
            let at = Self.writeCompactKey(k, comma: comma, at: start)
            at.pointee = next
            return at + 1
        }
    }

    /// Writes `,"key":` (the comma only when `comma`) at `start`, which has room for it, and
    /// returns the position after the colon.
    @inline(__always)
    private static func writeCompactKey(_ k: StaticString, comma: Bool, at start: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        var at = start
        if comma { at.pointee = 0x2C; at += 1 }
        let length = k.utf8CodeUnitCount
        at.pointee = 0x22
        (at + 1).initialize(from: k.utf8Start, count: length)
        at += length + 1
        at[0] = 0x22
        at[1] = 0x3A
        return at + 2
    }

    /// Writes a member with a number value (or `null`) under a key spelled in the source.
    mutating func member(_ k: StaticString, _ d: Double?) { key(k); value(d) }
}
