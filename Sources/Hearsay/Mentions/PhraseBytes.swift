/// The UTF-8 of the phrases that start at one token (`TokenFeatures.phrase(a, k)` for every `k`
/// up to a bound), written once into one scratch buffer: each phrase is a prefix of the next, so
/// the phrase ending before token `k` is the buffer's first `length(to: k)` bytes.
///
/// The lexicon lookups of the mention rules take these bytes (`WordTable[utf8:]`): no `String`
/// is built for a phrase unless a lexicon knows it.
///
///     let p = t.phraseBytes(from: i, through: i + 3)
///     let entry = lexicons.place(utf8: p.bytes(to: i + 2))
struct PhraseBytes {
    /// The first token of every phrase.
    let start: Int
    /// The bytes of the longest phrase, then room for a copy of one phrase and a period.
    private let buffer: UnsafeMutablePointer<UInt8>
    /// Where the copy with a period goes: just past the longest phrase.
    private let scratch: Int
    /// `ends[k - start - 1]`: the byte length of the phrase of tokens `start..<k`.
    private let ends: UnsafeMutablePointer<Int>
    /// `starts[j - start]`: the byte offset of token `j` in the buffer.
    private let starts: UnsafeMutablePointer<Int>

    /// The byte length of the phrase of tokens `start..<k`.
    @inline(__always)
    func length(to k: Int) -> Int { ends[k - start - 1] }

    /// The UTF-8 of the phrase of tokens `start..<k` (`phrase(start, k)`).
    @inline(__always)
    func bytes(to k: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: buffer, count: ends[k - start - 1]) }

    /// The UTF-8 of the phrase of tokens `j..<k` (`phrase(j, k)`), `start <= j < k`.
    @inline(__always)
    func bytes(from j: Int, to k: Int) -> UnsafeBufferPointer<UInt8> {
        let a = starts[j - start]
        return UnsafeBufferPointer(start: buffer + a, count: ends[k - start - 1] - a)
    }

    /// The UTF-8 of `phrase(start, k) + "."`, written into the scratch room (the last such copy
    /// is overwritten).
    func bytesWithPeriod(to k: Int) -> UnsafeBufferPointer<UInt8> {
        let n = ends[k - start - 1]
        let copy = buffer + scratch
        copy.update(from: buffer, count: n)
        copy[n] = 0x2E
        return UnsafeBufferPointer(start: copy, count: n + 1)
    }

    /// Lays out the phrases of tokens `a..<k`, `a < k <= b`, in `scratch`: valid until the
    /// scratch lays out other phrases.
    static func layout(_ t: TokenFeatures, from a: Int, through b: Int, in scratch: PhraseScratch) -> PhraseBytes {
        precondition(a < b && b <= t.count, "a phrase needs one token or more")
        var total = 0
        for k in a..<b { total += t.texts[k].utf8.count + 1 }
        // The longest phrase, then its copy with a period.
        let (base, ends) = scratch.room(bytes: 2 * total + 1, offsets: 2 * (b - a))
        let starts = ends + (b - a)
        var p = 0
        for k in a..<b {
            if k > a && t.spaceBefore[k] { base[p] = 0x20; p += 1 }
            starts[k - a] = p
            p += copyUTF8(of: t.texts[k], to: base + p)
            ends[k - a] = p
        }
        return PhraseBytes(start: a, buffer: base, scratch: p, ends: ends, starts: starts)
    }

    /// Writes the UTF-8 of `text` at `destination` (room enough) and returns its length.
    @inline(__always)
    private static func copyUTF8(of text: String, to destination: UnsafeMutablePointer<UInt8>) -> Int {
        let copied = text.utf8.withContiguousStorageIfAvailable { source -> Int in
            if let from = source.baseAddress { destination.initialize(from: from, count: source.count) }
            return source.count
        }
        if let copied { return copied }
        var n = 0
        for byte in text.utf8 { destination[n] = byte; n += 1 }
        return n
    }

    /// Whether the phrase `bytes` ends with the character "." (`String.hasSuffix(".")`): read
    /// on the last byte, and on the string only when the text is not ASCII (a prepended mark
    /// could join the period into one character).
    static func endsWithPeriod(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = bytes.last, last == 0x2E else { return false }
        for b in bytes where b >= 0x80 { return String(decoding: bytes, as: UTF8.self).hasSuffix(".") }
        return true
    }

    /// `bytes` without a possessive ending (`EntityRecognizer.strippedPossessive`).
    static func strippingPossessive(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let drop = EntityRecognizer.possessiveBytes(utf8: bytes)
        return drop == 0 ? bytes : UnsafeBufferPointer(start: bytes.baseAddress, count: bytes.count - drop)
    }
}

/// The reusable buffers `PhraseBytes` lays phrases out in: one per document (in `TokenLookups`),
/// grown when a phrase needs more room, so that laying out a phrase allocates nothing.
final class PhraseScratch {
    private var bytes: UnsafeMutablePointer<UInt8>
    private var byteCapacity: Int
    private var offsets: UnsafeMutablePointer<Int>
    private var offsetCapacity: Int

    /// Room for phrases of a few hundred bytes and tokens.
    init() {
        byteCapacity = 512
        offsetCapacity = 64
        bytes = .allocate(capacity: byteCapacity)
        offsets = .allocate(capacity: offsetCapacity)
    }

    deinit {
        bytes.deallocate()
        offsets.deallocate()
    }

    /// Room for `byteCount` bytes and `offsetCount` offsets (what was there before is lost).
    @inline(__always)
    func room(bytes byteCount: Int, offsets offsetCount: Int) -> (UnsafeMutablePointer<UInt8>, UnsafeMutablePointer<Int>) {
        if byteCount > byteCapacity {
            bytes.deallocate()
            byteCapacity = max(byteCount, 2 * byteCapacity)
            bytes = .allocate(capacity: byteCapacity)
        }
        if offsetCount > offsetCapacity {
            offsets.deallocate()
            offsetCapacity = max(offsetCount, 2 * offsetCapacity)
            offsets = .allocate(capacity: offsetCapacity)
        }
        return (bytes, offsets)
    }
}

extension TokenFeatures {
    /// The phrases from token `a` through each token up to `b` (see `PhraseBytes`), laid out in
    /// the document's scratch buffers: valid until the next phrases are laid out.
    @inline(__always)
    func phraseBytes(from a: Int, through b: Int) -> PhraseBytes {
        PhraseBytes.layout(self, from: a, through: b, in: lookups.phraseScratch)
    }

    /// The UTF-8 of `phrase(a, b)` (`a < b`), laid out in the document's scratch buffers:
    /// valid until the next phrases are laid out.
    @inline(__always)
    func phraseUTF8(_ a: Int, _ b: Int) -> UnsafeBufferPointer<UInt8> {
        phraseBytes(from: a, through: b).bytes(to: b)
    }
}
