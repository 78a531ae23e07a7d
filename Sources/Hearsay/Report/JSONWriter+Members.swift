/// Object members whose keys are spelled in the source, written without escaping.
///
/// The report's keys are fixed ASCII names with nothing to escape, so their bytes are copied
/// straight from the binary instead of being scanned byte by byte like the values.
extension JSONWriter {
    /// Writes a key spelled in the source, which must need no JSON escapes.
    @inline(__always)
    mutating func key(_ k: StaticString) {
        beginKey()
        out.reserve(k.utf8CodeUnitCount + 2)
        out.append(0x22)
        out.append(k)
        out.append(0x22)
        endKey()
    }

    /// Writes a member with a string value (or `null`) under a key spelled in the source.
    mutating func member(_ k: StaticString, _ s: String?) { key(k); value(s) }
    /// Writes a member with an integer value (or `null`) under a key spelled in the source.
    mutating func member(_ k: StaticString, _ n: Int?) { key(k); value(n) }
    /// Writes a member with a number value (or `null`) under a key spelled in the source.
    mutating func member(_ k: StaticString, _ d: Double?) { key(k); value(d) }
}
