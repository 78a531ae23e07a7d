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
            (start + 1).update(from: source, count: length)
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
    mutating func member(_ k: StaticString, _ s: String?) { key(k); value(s) }
    /// Writes a member with an integer value (or `null`) under a key spelled in the source.
    @inline(__always)
    mutating func member(_ k: StaticString, _ n: Int?) { key(k); value(n) }
    /// Writes a member with a number value (or `null`) under a key spelled in the source.
    mutating func member(_ k: StaticString, _ d: Double?) { key(k); value(d) }
}
