/// The UTF-8 of the phrases that start at one token (`TokenFeatures.phrase(a, k)` for every `k`
/// up to a bound), written into one scratch buffer as far as asked (`extend`): each phrase is
/// a prefix of the next, so the phrase ending before token `k` is the buffer's first
/// `length(to: k)` bytes.
///
/// The lexicon lookups of the mention rules take these bytes (`WordTable[utf8:]`): no `String`
/// is built for a phrase unless a lexicon knows it.
///
///     var p = t.phraseBytes(from: i, through: i + 3)
///     p.extend(to: i + 2, t)
///     let entry = lexicons.place(utf8: p.bytes(to: i + 2))
struct PhraseBytes {
    /// The first token of every phrase.
    let start: Int
    /// The last phrase that may be laid out ends before token `bound`.
    let bound: Int
    /// The bytes of the phrases: the document's own bytes while they read as the phrases do
    /// (`inPlace`), else `room`'s copy.
    private var buffer: UnsafePointer<UInt8>
    /// The scratch buffer: room for the phrases' bytes, then (from `scratch` on) room for a
    /// copy of one phrase and a period.
    private let room: UnsafeMutablePointer<UInt8>
    /// Where the copy with a period goes: past the room of the longest phrase.
    private let scratch: Int
    /// The document's bytes while the phrases are read there in place, else nil (copied into
    /// `room`, as they are from the first token whose bytes and gap do not read as its phrase).
    private var inPlace: UnsafeBufferPointer<UInt8>?
    /// `ends[k - start - 1]`: the byte length of the phrase of tokens `start..<k`.
    private let ends: UnsafeMutablePointer<Int>
    /// `starts[j - start]`: the byte offset of token `j` in the buffer.
    private let starts: UnsafeMutablePointer<Int>
    /// Tokens `start..<laidOut` are in the buffer.
    private(set) var laidOut: Int

    /// The byte length of the phrase of tokens `start..<k` (laid out).
    @inline(__always)
    func length(to k: Int) -> Int { ends[k - start - 1] }

    /// The UTF-8 of the phrase of tokens `start..<k` (`phrase(start, k)`; laid out).
    @inline(__always)
    func bytes(to k: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: buffer, count: ends[k - start - 1]) }

    /// The UTF-8 of the phrase of tokens `j..<k` (`phrase(j, k)`), `start <= j < k` (laid out).
    @inline(__always)
    func bytes(from j: Int, to k: Int) -> UnsafeBufferPointer<UInt8> {
        let a = starts[j - start]
        return UnsafeBufferPointer(start: buffer + a, count: ends[k - start - 1] - a)
    }

    /// The UTF-8 of `phrase(start, k) + "."` (laid out), written into the scratch room (the
    /// last such copy is overwritten).
    func bytesWithPeriod(to k: Int) -> UnsafeBufferPointer<UInt8> {
        let n = ends[k - start - 1]
        let copy = room + scratch
        copy.update(from: buffer, count: n)
        copy[n] = 0x2E
        return UnsafeBufferPointer(start: copy, count: n + 1)
    }

    /// Lays out tokens up to `k` (`k <= bound`), if they are not yet.
    @inline(__always)
    mutating func extend(to k: Int, _ t: TokenFeatures) {
        if k > laidOut { layOut(to: k, t) }
    }

    /// Lays out the phrases from `start` while `prefixes` holds them (each a prefix of some
    /// lexicon key), and returns the token count of the longest phrase it holds; with no
    /// `prefixes`, lays out every phrase up to `bound` and returns their count.
    ///
    /// `firstKnown` says the caller has found the first token's word in `prefixes` already
    /// (remembered per word id): it is then laid out without a second look-up.
    mutating func extend(whilePrefixIn prefixes: WordTable<Void>?, firstKnown: Bool = false, _ t: TokenFeatures) -> Int {
        guard let prefixes else {
            extend(to: bound, t)
            return bound - start
        }
        var count = 0
        if firstKnown && bound > start {
            // With the next token, which the loop below asks about at once when there is one:
            // laid out in one call, not two.
            extend(to: min(bound, start + 2), t)
            count = 1
        }
        while count < bound - start {
            extend(to: start + count + 1, t)
            guard prefixes[utf8: bytes(to: start + count + 1)] != nil else { break }
            count += 1
        }
        return count
    }

    /// Lays out tokens `laidOut..<k`: read in place in the document's bytes as far as they are
    /// the phrase's (`readsInPlace`), else copied from the tokens' texts.
    private mutating func layOut(to k: Int, _ t: TokenFeatures) {
        precondition(k <= bound, "phrase past its bound")
        if let document = inPlace {
            let origin = t.spans[start].start
            while laidOut < k, Self.readsInPlace(laidOut, from: start, document, t) {
                let span = t.spans[laidOut]
                starts[laidOut - start] = span.start - origin
                ends[laidOut - start] = span.end - origin
                laidOut += 1
            }
            if laidOut == k { return }
            // From here on copied: the bytes read in place so far go first.
            let n = laidOut > start ? ends[laidOut - start - 1] : 0
            room.update(from: buffer, count: n)
            buffer = UnsafePointer(room)
            inPlace = nil
        }
        var p = laidOut > start ? ends[laidOut - start - 1] : 0
        for j in laidOut..<k {
            if j > start && t.spaceBefore[j] { room[p] = 0x20; p += 1 }
            starts[j - start] = p
            let text = t.texts[j]
            precondition(p + text.utf8.count <= scratch, "phrase room")
            p += Self.copyUTF8(of: text, to: room + p)
            ends[j - start] = p
        }
        laidOut = k
    }

    /// Whether token `j` of a phrase from token `a` reads in the document's bytes `document`
    /// as it is laid out: its span holds its text's bytes (a non-empty span inside the bytes,
    /// on character-scalar boundaries, so that its text, decoded from them, is them), and the
    /// bytes between it and token `j - 1` are one space when a space is before it, else none.
    @inline(__always)
    static func readsInPlace(_ j: Int, from a: Int, _ document: UnsafeBufferPointer<UInt8>, _ t: TokenFeatures) -> Bool {
        let span = t.spans[j]
        guard span.start >= 0, span.start < span.end, span.end <= document.count,
              document[span.start] & 0xC0 != 0x80,
              span.end == document.count || document[span.end] & 0xC0 != 0x80 else { return false }
        guard j > a else { return true }
        let previous = t.spans[j - 1].end
        return t.spaceBefore[j] ? span.start == previous + 1 && document[previous] == 0x20 : span.start == previous
    }

    /// Readies the phrases of tokens `a..<k`, `a < k <= b`, in `scratch`, none laid out yet
    /// (see `extend`): valid until the scratch is asked for other phrases.
    ///
    /// The room is known from the tokens' spans, without reading their texts: a token's text
    /// has at most three times its span's bytes (a replaced invalid byte takes three).
    ///
    /// Inlined: its callers lay out phrases at most capitalised words, and the call cost
    /// 0.4 M instructions on the 168 PolNeAR dev+test texts (callgrind of `place(at:)`,
    /// `longestMatch` and `person(at:)`).
    @inline(__always)
    static func layout(_ t: TokenFeatures, from a: Int, through b: Int, in scratch: PhraseScratch) -> PhraseBytes {
        precondition(a < b && b <= t.count, "a phrase needs one token or more")
        let room = 3 * (t.spans[b - 1].end - t.spans[a].start) + (b - a)
        // The phrases, then a copy of one with a period.
        let (base, ends) = scratch.room(bytes: 2 * room + 1, offsets: 2 * (b - a))
        // Read in place from the first token's bytes, when the document's bytes are at hand.
        var buffer = UnsafePointer(base)
        var inPlace = scratch.document
        if let document = inPlace, let address = document.baseAddress, t.spans[a].start >= 0, t.spans[a].start <= document.count {
            buffer = UnsafePointer(address) + t.spans[a].start
        } else {
            inPlace = nil
        }
        return PhraseBytes(start: a, bound: b, buffer: buffer, room: base, scratch: room, inPlace: inPlace, ends: ends,
                           starts: ends + (b - a), laidOut: a)
    }

    /// Writes the UTF-8 of `text` at `destination` (room enough) and returns its length.
    @inline(__always)
    static func copyUTF8(of text: String, to destination: UnsafeMutablePointer<UInt8>) -> Int {
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
    /// The bytes of the document whose tokens the phrases are made of, while they are at hand
    /// (`EntityRecognizer.recognize` sets them for its run): phrases are then read in place
    /// where the document's bytes are theirs (see `PhraseBytes.readsInPlace`), not copied.
    @exclusivity(unchecked) var document: UnsafeBufferPointer<UInt8>?
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
    /// The phrases from token `a` through each token up to `b` (see `PhraseBytes`), to be laid
    /// out in the document's scratch buffers: valid until the next phrases are asked for.
    ///
    /// The scratch is read as a guaranteed reference (`lookups` owns it): no retain and release.
    @inline(__always)
    func phraseBytes(from a: Int, through b: Int) -> PhraseBytes {
        phraseScratch._withUnsafeGuaranteedRef { PhraseBytes.layout(self, from: a, through: b, in: $0) }
    }

    /// The phrases from token `a` through each token up to `b`, all laid out.
    @inline(__always)
    func laidOutPhraseBytes(from a: Int, through b: Int) -> PhraseBytes {
        var p = phraseBytes(from: a, through: b)
        p.extend(to: b, self)
        return p
    }

    /// The UTF-8 of `phrase(a, b)` (`a < b`), laid out in the document's scratch buffers:
    /// valid until the next phrases are laid out.
    @inline(__always)
    func phraseUTF8(_ a: Int, _ b: Int) -> UnsafeBufferPointer<UInt8> {
        laidOutPhraseBytes(from: a, through: b).bytes(to: b)
    }
}
