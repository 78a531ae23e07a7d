/// Object members whose keys are spelled in the source, written without escaping.
///
/// The report's keys are fixed ASCII names with nothing to escape, so their bytes are copied
/// straight from the binary instead of being scanned byte by byte like the values.
extension JSONWriter {
    /// Writes a key spelled in the source, which must need no JSON escapes.
    mutating func key(_ k: StaticString) {
        beginKey()
        bytes.append(0x22)
        bytes.append(contentsOf: UnsafeBufferPointer(start: k.utf8Start, count: k.utf8CodeUnitCount))
        bytes.append(0x22)
        endKey()
    }

    /// Writes a member with a string value (or `null`) under a key spelled in the source.
    mutating func member(_ k: StaticString, _ s: String?) { key(k); value(s) }
    /// Writes a member with an integer value (or `null`) under a key spelled in the source.
    mutating func member(_ k: StaticString, _ n: Int?) { key(k); value(n) }
    /// Writes a member with a number value (or `null`) under a key spelled in the source.
    mutating func member(_ k: StaticString, _ d: Double?) { key(k); value(d) }
}
