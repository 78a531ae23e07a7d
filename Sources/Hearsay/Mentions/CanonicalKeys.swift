/// Numbers the canonical names of a document's places and organisations as the clusterer files
/// them: names of one kind that are equal as Swift strings (canonically equivalent) get one
/// number; numbers count up from 0 in order of first filing, places and organisations together.
///
/// It replaces a `[String: Int]` per kind, whose look-ups (SipHash over each name, then a
/// string comparison) cost 1.3 M of the clusterer's instructions on the 168 PolNeAR dev+test
/// texts. An ASCII name (almost every one) is numbered by its bytes, after a byte for its kind,
/// in a `TokenInterner`; a name whose other scalars all have a one-scalar ASCII decomposition
/// (`ByteIndex.Builder.asciiEquivalent`) by those ASCII bytes, which it equals as a string; any
/// other name, which no ASCII name equals, in a dictionary of its kind.
struct CanonicalKeys {
    /// The kind bytes and name bytes numbered so far (`used` of them), each at the offset the
    /// interner records for it.
    private var storage = ByteArena(capacity: 1 << 10)
    private var used = 0
    private let interner = TokenInterner(capacity: 64)
    /// The number of each interned byte string, by interner id.
    private var numbers: [Int32] = []
    /// Names with no ASCII equivalent, by kind, and their numbers.
    private var otherPlaces: [String: Int] = [:], otherOrganizations: [String: Int] = [:]
    /// The numbers given so far.
    private(set) var count = 0

    /// Forgets every name (numbers count from 0 again), keeping the room the tables have, for a
    /// document of about `names` names.
    mutating func reset(names: Int) {
        interner.reset(capacity: names)
        numbers.removeAll(keepingCapacity: true)
        if !otherPlaces.isEmpty { otherPlaces.removeAll(keepingCapacity: true) }
        if !otherOrganizations.isEmpty { otherOrganizations.removeAll(keepingCapacity: true) }
        used = 0
        count = 0
    }

    /// The number of canonical name `name` of a place (`isPlace`) or of an organisation: the
    /// one it got when filed before, else the next.
    mutating func number(of name: String, isPlace: Bool) -> Int {
        // Read in place (a native string's bytes always are): `withUTF8` is mutating, and the
        // copy of the name it needed cost a retain and a release per name.
        let ascii = name.utf8.withContiguousStorageIfAvailable { bytes in
            NameWordTable.isASCII(bytes) ? number(ascii: bytes, isPlace: isPlace) : nil
        } ?? nil
        if let ascii { return ascii }
        if let equivalent = ByteIndex.Builder.asciiEquivalent(name) {
            return equivalent.withUnsafeBufferPointer { number(ascii: $0, isPlace: isPlace) }
        }
        return isPlace ? Self.number(of: name, in: &otherPlaces, next: &count) : Self.number(of: name, in: &otherOrganizations, next: &count)
    }

    /// The number of the ASCII name `bytes` of the kind `isPlace` tells.
    private mutating func number(ascii bytes: UnsafeBufferPointer<UInt8>, isPlace: Bool) -> Int {
        let length = bytes.count + 1
        if used + length > storage.buffer.count { storage = storage.grown(toHold: used + length, keeping: used) }
        let arena = storage.buffer
        arena[used] = isPlace ? 1 : 2
        if let base = bytes.baseAddress { (arena.baseAddress! + used + 1).update(from: base, count: bytes.count) }
        let (id, isNew) = interner.intern(UnsafeBufferPointer(arena), used, used + length)
        if isNew {
            used += length
            numbers.append(Int32(truncatingIfNeeded: count))
            count += 1
        }
        return Int(numbers[id])
    }

    /// The number of `name` in `table`, recorded as `next` (then counted up) when new.
    private static func number(of name: String, in table: inout [String: Int], next: inout Int) -> Int {
        if let known = table[name] { return known }
        table[name] = next
        next += 1
        return next - 1
    }
}
