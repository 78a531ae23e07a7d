/// Bytes that stay put while their owner lives: a buffer of fixed size, freed with its box.
/// (A `let` buffer in a class: reading it pays no exclusivity check.)
///
/// `NameWordTable` and `CanonicalKeys` keep the bytes of the words and names they number in
/// one, and make room for more with `grown(toHold:keeping:)`.
final class ByteArena {
    let buffer: UnsafeMutableBufferPointer<UInt8>

    /// Room for `capacity` bytes.
    init(capacity: Int) { buffer = .allocate(capacity: max(1, capacity)) }

    deinit { buffer.deallocate() }

    /// A new arena of at least `size` bytes (this one's size doubled as often as it takes),
    /// holding this one's first `used` bytes.
    func grown(toHold size: Int, keeping used: Int) -> ByteArena {
        var capacity = buffer.count * 2
        while capacity < size { capacity *= 2 }
        let grown = ByteArena(capacity: capacity)
        if used > 0 { grown.buffer.baseAddress!.initialize(from: buffer.baseAddress!, count: used) }
        return grown
    }
}
