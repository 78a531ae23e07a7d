#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// Splits text into paragraphs, sentences and tokens, working on UTF-8 bytes: sentences with
/// `SentenceBreaker` and tokens with `WordBreaker` (ICU's sentence and word boundaries found on
/// the bytes) where they cover the text, and with ICU's iterators where they do not.
///
/// One `Segmenter` per worker: it owns cloned ICU iterators and reuses them for every document.
public final class Segmenter {
    let sentenceIterator: BreakIterator
    let wordIterator: BreakIterator
    let abbreviations: AbbreviationRules
    /// The UTF-16 copy of the current document that both iterators read.
    let utf16 = UTF16Buffer()
    /// Where `segment` gathers a document's tokens before copying them into the document: one
    /// buffer for all the worker's documents, so that no per-document array grows token by token.
    private var tokenScratch: UnsafeMutableBufferPointer<Document.Token> = .allocate(capacity: 4096)
    /// Tokens of scratch (and sentence boundaries of `sentenceScratch`) kept between documents;
    /// a larger buffer is freed after its document.
    static let retainedTokenCapacity = 1 << 16
    /// Whether `segment` lets `WordBreaker` find the tokens of the texts it covers: when it
    /// agrees with this process's ICU (`WordBreaker.agreesWithICU`); the tests turn it off to
    /// get ICU's tokens for every text.
    var usesWordBreaker = WordBreaker.agreesWithICU
    /// Whether `segment` lets `SentenceBreaker` find the sentence boundaries of the lines it
    /// covers: when it agrees with this process's ICU (`SentenceBreaker.agreesWithICU`); the
    /// tests turn it off to get ICU's boundaries for every text.
    var usesSentenceBreaker = SentenceBreaker.agreesWithICU
    /// Where `segment` gathers a document's sentence boundaries (reused for every document).
    var sentenceScratch: [Int32] = []

    /// Clones the shared ICU prototypes.
    public init(abbreviations: AbbreviationRules = .shared) throws {
        self.sentenceIterator = try BreakIterator.make(.sentence)
        self.wordIterator = try BreakIterator.make(.word)
        self.abbreviations = abbreviations
    }

    deinit { tokenScratch.deallocate() }

    /// The ICU version in use.
    public static var icuVersion: String { BreakIterator.icuVersion }

    /// Builds and segments the document for `article`: its verbatim text for plain-text input,
    /// otherwise the body paragraphs joined by blank lines.
    public func document(for article: Article) throws -> Document {
        var document: Document
        var paragraphs: [Document.Paragraph] = []
        if let verbatim = article.verbatimText {
            document = Document(text: verbatim)
            paragraphs = Self.paragraphSpans(document.bytes).map { Document.Paragraph(span: $0, kind: .body) }
            if paragraphs.count >= 3, Self.looksLikeHeadline(paragraphs[0].span, document.bytes) { paragraphs[0].kind = .heading }
        } else {
            var text = ""
            var offset = 0
            for (i, paragraph) in article.paragraphs.enumerated() {
                if i > 0 { text += "\n\n"; offset += 2 }
                let length = paragraph.text.utf8.count
                paragraphs.append(Document.Paragraph(span: Span(offset, offset + length), kind: paragraph.kind))
                text += paragraph.text
                offset += length
            }
            document = Document(text: text)
        }
        document.paragraphs = paragraphs
        try segment(&document)
        return document
    }

    /// Fills `sentences` and `tokens` of `document`.
    ///
    /// The sentence boundaries are `SentenceBreaker`'s (ICU's found on the bytes), with those of
    /// lines it does not cover from ICU's sentence iterator (`breakerSentenceBoundaries`), and
    /// are turned into sentences one by one; when the breaker is off, or the one line it does
    /// not cover is the whole text, ICU's iterator reads a UTF-16 copy of the text and its
    /// boundaries become sentences chunk by chunk as it finds them
    /// (`BreakIterator.forEachChunk`). The tokens are `WordBreaker`'s, gathered in the
    /// segmenter's scratch buffer and copied out once, except in lines with a scalar it does not
    /// cover, whose tokens ICU's word iterator finds (`breakerTokens`): exactly ICU's sentences
    /// and tokens either way. No UTF-16 copy is made when both breakers cover the text.
    public func segment(_ document: inout Document) throws {
        let bytes = document.bytes
        let (sentences, tokens) = try bytes.withUnsafeBufferPointer { buffer -> ([Span], [Document.Token]) in
            defer { releaseTokenScratch() }
            var sentences: [Span] = []
            // Room for sentences of 96 bytes on average, made once (news sentences are longer).
            sentences.reserveCapacity(buffer.count / 96 + 4)
            var start = 0
            if usesSentenceBreaker, try breakerSentenceBoundaries(buffer) {
                for boundary in sentenceScratch { start = appendSentence(to: &sentences, from: start, boundary: Int(boundary), buffer) }
                // One long text does not pin its boundaries' buffer.
                if sentenceScratch.capacity > Self.retainedTokenCapacity { sentenceScratch = [] }
                if usesWordBreaker { return (sentences, try breakerTokens(buffer, nil)) }
                return (sentences, try utf16.withUTF16(of: buffer) { units in try icuTokens(buffer, units) })
            }
            return try utf16.withUTF16(of: buffer) { units in
                try sentenceIterator.forEachChunk(buffer, utf16: units, byteOffsets: utf16.byteOffsets, withStatus: false) { chunk, _ in
                    for boundary in chunk { start = appendSentence(to: &sentences, from: start, boundary: Int(boundary), buffer) }
                }
                return (sentences, try usesWordBreaker ? breakerTokens(buffer, units) : icuTokens(buffer, units))
            }
        }
        document.sentences = sentences
        document.tokens = tokens
    }

    /// Puts the sentence boundaries of `buffer` after 0 (as ICU's sentence iterator returns them)
    /// in `sentenceScratch`: `SentenceBreaker`'s, and ICU's for each line with a scalar the
    /// breaker does not cover (read as UTF-8, on its own: SB4 breaks after every line feed, and
    /// no rule nor suppression looks across one). Returns false, with no boundaries, when that
    /// line is the whole text, which ICU then reads as UTF-16.
    func breakerSentenceBoundaries(_ buffer: UnsafeBufferPointer<UInt8>) throws -> Bool {
        let n = buffer.count
        sentenceScratch.removeAll(keepingCapacity: true)
        var from = 0
        while from < n {
            let stop = SentenceBreaker.boundaries(buffer, from: from, into: &sentenceScratch)
            if stop == n { break }
            let (lineStart, lineEnd) = Self.line(around: stop, from: from, buffer)
            if lineStart == 0, lineEnd == n { return false }
            // The breaker's boundaries inside the line (it stopped there) give way to ICU's.
            while let last = sentenceScratch.last, Int(last) > lineStart { sentenceScratch.removeLast() }
            let region = UnsafeBufferPointer(rebasing: buffer[lineStart..<lineEnd])
            try sentenceIterator.forEachChunk(region, utf16: nil, byteOffsets: nil, withStatus: false) { chunk, _ in
                for boundary in chunk { sentenceScratch.append(boundary + Int32(lineStart)) }
            }
            from = lineEnd
        }
        return true
    }

    /// The tokens of `buffer` (whose UTF-16 form `units` is, or nil) from `WordBreaker`, with
    /// those of each line that has a scalar the breaker does not cover from ICU's word iterator
    /// (`appendICUTokens`): ICU always breaks after a line feed, and none of its rules looks
    /// across one, so a line's tokens do not depend on the text around it. When that line is
    /// the whole text, all the tokens are ICU's (`icuTokens`, reading the UTF-16).
    func breakerTokens(_ buffer: UnsafeBufferPointer<UInt8>, _ units: UnsafeBufferPointer<UInt16>?) throws -> [Document.Token] {
        let n = buffer.count
        var count = 0, from = 0
        while from < n {
            let stop = WordBreaker.tokens(buffer, from: from, into: &tokenScratch, count: &count)
            if stop == n { break }
            let (lineStart, lineEnd) = Self.line(around: stop, from: from, buffer)
            if lineStart == 0, lineEnd == n {
                // No UTF-16 copy yet (the sentence breaker covered the text): ICU reads one.
                if units == nil { return try utf16.withUTF16(of: buffer) { try icuTokens(buffer, $0) } }
                return try icuTokens(buffer, units)
            }
            // The breaker's tokens of the line (it stopped inside it) give way to ICU's.
            while count > 0, tokenScratch[count - 1].span.start >= lineStart { count -= 1 }
            try appendICUTokens(buffer, lineStart..<lineEnd, count: &count)
            from = lineEnd
        }
        return copyTokenScratch(count)
    }

    /// The line of `buffer` that holds offset `stop`, where a breaker that began at `from` (0 or
    /// just after a line feed) stopped: from just after the line feed before it (or `from`) to
    /// just after the line feed that ends it (or the end). The line a breaker leaves to ICU.
    static func line(around stop: Int, from: Int, _ buffer: UnsafeBufferPointer<UInt8>) -> (start: Int, end: Int) {
        var start = stop, end = stop
        while start > from, buffer[start - 1] != 0x0A { start -= 1 }
        while end < buffer.count, buffer[end] != 0x0A { end += 1 }
        if end < buffer.count { end += 1 }
        return (start, end)
    }

    /// Writes the tokens ICU's word iterator finds in `range` of `buffer` (read as UTF-8, on
    /// its own) to `tokenScratch` after its first `count`, and counts them.
    private func appendICUTokens(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, count: inout Int) throws {
        let region = UnsafeBufferPointer(rebasing: buffer[range])
        var previous = 0
        try wordIterator.forEachChunk(region, utf16: nil, byteOffsets: nil, withStatus: true) { offsets, statuses in
            reserveTokenScratch(count + offsets.count)
            let first = tokenScratch.baseAddress! + count
            let end = Self.appendTokens(offsets, statuses, after: &previous, region, to: first)
            // Offsets in the region become offsets in the text.
            for k in 0..<first.distance(to: end) {
                let span = first[k].span
                first[k].span = Span(span.start + range.lowerBound, span.end + range.lowerBound)
            }
            count += first.distance(to: end)
        }
    }

    /// The tokens of `buffer` from ICU's word iterator (reading `units`, its UTF-16 form in
    /// `utf16`, or the bytes themselves when nil): the way for text `WordBreaker` does not cover.
    ///
    /// The tokens of a text with one chunk of word boundaries go straight into their array,
    /// those of a longer text gather in the segmenter's scratch buffer and are copied out once.
    func icuTokens(_ buffer: UnsafeBufferPointer<UInt8>, _ units: UnsafeBufferPointer<UInt16>?) throws -> [Document.Token] {
        var count = 0
        var previous = 0
        // A text whose boundaries all come in one chunk (most documents): its tokens go
        // straight into an array with room for one per boundary, and are not copied.
        var direct: [Document.Token]?
        try wordIterator.forEachChunk(buffer, utf16: units, byteOffsets: utf16.byteOffsets, withStatus: true) { offsets, statuses in
            if count == 0, direct == nil, offsets.count < BreakIterator.chunkCapacity {
                direct = [Document.Token](unsafeUninitializedCapacity: offsets.count) { out, initialized in
                    let end = Self.appendTokens(offsets, statuses, after: &previous, buffer, to: out.baseAddress!)
                    initialized = out.baseAddress!.distance(to: end)
                }
                return
            }
            // (Not reached after a short first chunk, which is the last; kept correct all the same.)
            if let tokens = direct {
                reserveTokenScratch(tokens.count)
                _ = UnsafeMutableBufferPointer(rebasing: tokenScratch[0..<tokens.count]).initialize(fromContentsOf: tokens)
                count = tokens.count
                direct = nil
            }
            reserveTokenScratch(count + offsets.count)
            count = Self.appendTokens(offsets, statuses, after: &previous, buffer, to: tokenScratch.baseAddress! + count) - tokenScratch.baseAddress!
        }
        if let direct { return direct }
        return copyTokenScratch(count)
    }

    /// The first `count` tokens of `tokenScratch`, copied into an array of their own.
    private func copyTokenScratch(_ count: Int) -> [Document.Token] {
        // Copied from a buffer (not written into an uninitialized array): that initializer looks
        // up the array's metadata in the runtime on every call (see `Array.filled(with:count:)`).
        [Document.Token](UnsafeBufferPointer(start: tokenScratch.baseAddress!, count: count))
    }

    /// Makes `tokenScratch` hold at least `capacity` tokens (keeping the first ones, by doubling).
    private func reserveTokenScratch(_ capacity: Int) {
        guard tokenScratch.count < capacity else { return }
        let grown = UnsafeMutableBufferPointer<Document.Token>.allocate(capacity: max(capacity, 2 * tokenScratch.count))
        _ = grown.moveInitialize(fromContentsOf: tokenScratch)
        tokenScratch.deallocate()
        tokenScratch = grown
    }

    /// Gives back a token scratch buffer grown past `retainedTokenCapacity` (one long text does not pin it).
    private func releaseTokenScratch() {
        guard tokenScratch.count > Self.retainedTokenCapacity else { return }
        tokenScratch.deallocate()
        tokenScratch = .allocate(capacity: 4096)
    }

    /// Paragraphs of plain text: blocks separated by blank lines, or lines when there are none.
    static func paragraphSpans(_ bytes: [UInt8]) -> [Span] {
        let lines = lineSpans(bytes)
        func isBlank(_ s: Span) -> Bool {
            let trimmed = trim(s, bytes)
            return trimmed.isEmpty || (trimmed.length == 2 && bytes[trimmed.start] == 0xC2 && bytes[trimmed.start + 1] == 0xA0)
        }
        let hasBlank = lines.contains(where: isBlank)
        var paragraphs: [Span] = []
        // No more paragraphs than lines.
        paragraphs.reserveCapacity(lines.count)
        var current: Span?
        for line in lines {
            if isBlank(line) {
                if let c = current { paragraphs.append(c); current = nil }
                continue
            }
            let trimmed = trim(line, bytes)
            if !hasBlank { paragraphs.append(trimmed); continue }
            // Text that mostly separates paragraphs with blank lines may still put one paragraph per
            // line elsewhere: a line that ends a sentence ends its paragraph.
            if let c = current, endsSentence(c, bytes) {
                paragraphs.append(c)
                current = trimmed
                continue
            }
            current = current.map { Span($0.start, trimmed.end) } ?? trimmed
        }
        if let c = current { paragraphs.append(c) }
        return paragraphs
    }

    /// The lines of `bytes` (without their line feeds), found with `ByteSearch`; the last runs
    /// to the end, so there is always one more line than line feeds.
    static func lineSpans(_ bytes: [UInt8]) -> [Span] {
        var lines: [Span] = []
        // Room for lines of 64 bytes on average, made once (news text has longer ones).
        lines.reserveCapacity(bytes.count / 64 + 4)
        var start = 0
        while true {
            let feed = ByteSearch.next(0x0A, in: bytes, from: start, to: bytes.count)
            lines.append(Span(start, feed))
            if feed == bytes.count { return lines }
            start = feed + 1
        }
    }

    /// Whether the first line of a plain text is a headline: one short line (at most 20 words)
    /// that is mostly capitalised words or does not end like a sentence.
    ///
    /// Words are split at spaces on bytes; a space followed by a non-ASCII scalar that could
    /// be a combining mark joining the space into another character (any but those
    /// `startsSeparateCharacter` knows) sends the line to `looksLikeHeadlineByCharacters` instead.
    static func looksLikeHeadline(_ span: Span, _ bytes: [UInt8]) -> Bool {
        var letterWords = 0, capitalisedWords = 0
        var wordStart = span.start
        for i in span.start...span.end where i == span.end || bytes[i] == 0x20 || bytes[i] == 0x0A {
            if i < span.end {
                if bytes[i] == 0x0A { return false }
                if i + 1 < span.end, bytes[i + 1] >= 0x80, !startsSeparateCharacter(bytes, i + 1, span.end) {
                    return looksLikeHeadlineByCharacters(span, bytes)
                }
            }
            if i > wordStart {
                let (isLetter, isUppercase) = firstCharacterIsLetter(bytes, wordStart..<i)
                if isLetter { letterWords += 1 }
                if isLetter, isUppercase { capitalisedWords += 1 }
                // More than 20 words is no headline (nor is a line with a line feed further on).
                if letterWords > 20 { return false }
            }
            wordStart = i + 1
        }
        guard letterWords > 0 else { return false }
        return !endsSentence(span, bytes) || capitalisedWords * 2 >= letterWords + 1
    }

    /// Whether the non-ASCII scalar at `bytes[i]` (before `end`) can join no character before it:
    /// a Latin letter of U+00C0–U+017F (lead byte C3–C5) or a dash, quote mark or other
    /// punctuation of U+2010–U+203F (E2 80 90–BF), none of them a combining mark or joiner. Past
    /// a space, such a scalar leaves the space a character of its own, so the bytes may be split there.
    static func startsSeparateCharacter(_ bytes: [UInt8], _ i: Int, _ end: Int) -> Bool {
        let lead = bytes[i]
        if lead >= 0xC3 && lead <= 0xC5 { return true }
        return lead == 0xE2 && i + 2 < end && bytes[i + 1] == 0x80 && bytes[i + 2] >= 0x90 && bytes[i + 2] <= 0xBF
    }

    /// `looksLikeHeadline` on strings: words split at the character " ", tested by `Character`.
    static func looksLikeHeadlineByCharacters(_ span: Span, _ bytes: [UInt8]) -> Bool {
        guard !bytes[span.start..<span.end].contains(0x0A) else { return false }
        let text = String(decoding: bytes[span.start..<span.end], as: UTF8.self)
        let words = text.spaceSeparatedWords().filter { $0.first?.isLetter == true }
        guard !words.isEmpty, words.count <= 20 else { return false }
        let capitalised = words.filter { $0.first!.isUppercase }.count
        return !endsSentence(span, bytes) || capitalised * 2 >= words.count + 1
    }

    /// Whether the first character of the (non-empty) word at `range` is a letter, and an upper
    /// case one: on the byte itself when the word starts with two ASCII bytes or is one ASCII
    /// byte (a character of its own, as ASCII letters take no combining marks after an ASCII
    /// byte), else by `Character`.
    static func firstCharacterIsLetter(_ bytes: [UInt8], _ range: Range<Int>) -> (Bool, Bool) {
        let b = bytes[range.lowerBound]
        if b < 0x80, range.count == 1 || bytes[range.lowerBound + 1] < 0x80 {
            let isLetter = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A
            return (isLetter, isLetter && b <= 0x5A)
        }
        guard let first = String(decoding: bytes[range], as: UTF8.self).first else { return (false, false) }
        return (first.isLetter, first.isUppercase)
    }

    /// Whether the text of `span` ends with sentence-final punctuation, possibly followed by a closing quote mark.
    static func endsSentence(_ span: Span, _ bytes: [UInt8]) -> Bool {
        var e = span.end
        // Closing marks: ” ’ (3 bytes each), " and '.
        while e - 3 >= span.start, bytes[e - 3] == 0xE2, bytes[e - 2] == 0x80, bytes[e - 1] == 0x9D || bytes[e - 1] == 0x99 { e -= 3 }
        while e - 1 >= span.start, bytes[e - 1] == 0x22 || bytes[e - 1] == 0x27 { e -= 1 }
        guard e > span.start else { return false }
        return bytes[e - 1] == 0x2E || bytes[e - 1] == 0x21 || bytes[e - 1] == 0x3F
    }

    static func trim(_ span: Span, _ bytes: [UInt8]) -> Span {
        var s = span.start, e = span.end
        while s < e, isSpace(bytes[s]) { s += 1 }
        while e > s, isSpace(bytes[e - 1]) { e -= 1 }
        return Span(s, e)
    }

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C }

    /// Longest sentence kept whole: longer runs (a page of text with no full stop) are split at
    /// the last space before the cap, so that the per-sentence work of the later stages stays
    /// bounded. Real sentences are a few hundred bytes.
    static let maxSentenceBytes = 4096

    /// `span` cut into pieces of at most `maxSentenceBytes`, each ending at a space when there
    /// is one in its last half, else at a character boundary.
    static func splitLong(_ span: Span, _ bytes: UnsafeBufferPointer<UInt8>) -> [Span] {
        var pieces: [Span] = []
        var start = span.start
        while span.end - start > maxSentenceBytes {
            var cut = start + maxSentenceBytes
            while cut > start + maxSentenceBytes / 2, !isSpace(bytes[cut - 1]) { cut -= 1 }
            if !isSpace(bytes[cut - 1]) {
                cut = start + maxSentenceBytes
                while cut > start + 1, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
            }
            var end = cut
            while end > start, isSpace(bytes[end - 1]) { end -= 1 }
            if end > start { pieces.append(Span(start, end)) }
            start = cut
            while start < span.end, isSpace(bytes[start]) { start += 1 }
        }
        if start < span.end { pieces.append(Span(start, span.end)) }
        return pieces
    }

    /// Adds the sentence that ICU's boundary at `boundary` ends (it began at `start`) to
    /// `sentences`, trimmed, unless the break is false (after an abbreviation), splitting it when
    /// longer than `maxSentenceBytes`; returns where the next sentence begins (`start` again after
    /// a false break).
    @inline(__always)
    func appendSentence(to sentences: inout [Span], from start: Int, boundary: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if boundary < bytes.count, !breakIsReal(at: boundary, bytes) { return start }
        var s = start, e = boundary
        while s < e, Self.isSpace(bytes[s]) { s += 1 }
        while e > s, Self.isSpace(bytes[e - 1]) { e -= 1 }
        if e - s > Self.maxSentenceBytes { sentences += Self.splitLong(Span(s, e), bytes) }
        else if e > s { sentences.append(Span(s, e)) }
        return boundary
    }

    private func breakIsReal(at boundary: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Look back over the spaces ICU attached to the sentence; a newline means a paragraph or line break.
        var e = boundary
        while e > 0, Self.isSpace(bytes[e - 1]) {
            if bytes[e - 1] == 0x0A { return true }
            e -= 1
        }
        guard e > 0, bytes[e - 1] == 0x2E else { return true }
        var s = e
        while s > 0, !Self.isSpace(bytes[s - 1]), e - s < 24 { s -= 1 }
        // An ASCII word no abbreviation nor initials can be: the break is real whatever follows.
        let start = Self.afterOpeningMarks(s..<e, bytes)
        if Self.isASCII(start..<e, bytes), !abbreviations.mayBeListed(asciiBefore: UnsafeBufferPointer(rebasing: bytes[start..<e])) {
            return true
        }
        var ns = boundary
        while ns < bytes.count, Self.isSpace(bytes[ns]) { ns += 1 }
        var ne = ns
        while ne < bytes.count, !Self.isSpace(bytes[ne]), ne - ns < 40 { ne += 1 }
        if let answer = asciiBreakIsReal(before: s..<e, next: ns..<ne, bytes) { return answer }
        var before = Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<e]), as: UTF8.self))
        while let first = before.first, Self.isOpeningMark(first) { before = before.dropFirst() }
        var next = Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[ns..<ne]), as: UTF8.self))
        while let last = next.last, !last.isLetter && !last.isNumber { next = next.dropLast() }
        return !abbreviations.suppressesBreak(before: String(before), next: String(next))
    }

    /// `breakIsReal` on bytes when the words around the break are ASCII (after the opening
    /// marks before the first word): nil when they are not, and strings must decide.
    ///
    /// `before` is the word ending in the period before the break, `next` the word after it.
    private func asciiBreakIsReal(before: Range<Int>, next: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        let start = Self.afterOpeningMarks(before, bytes)
        for i in start..<before.upperBound where bytes[i] >= 0x80 { return nil }
        for i in next where bytes[i] >= 0x80 { return nil }
        // The next word without what follows its last letter or digit.
        var end = next.upperBound
        while end > next.lowerBound, !Self.isASCIILetterOrDigit(bytes[end - 1]) { end -= 1 }
        return !abbreviations.suppressesBreak(asciiBefore: UnsafeBufferPointer(rebasing: bytes[start..<before.upperBound]),
                                              next: UnsafeBufferPointer(rebasing: bytes[next.lowerBound..<end]))
    }

    /// Where the word at `range` begins after the opening marks `isOpeningMark` names
    /// (`( " ' [` and the UTF-8 of “ and ‘) that stand before it.
    @inline(__always) static func afterOpeningMarks(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var start = range.lowerBound
        while start < range.upperBound {
            let b = bytes[start]
            if b == 0x28 || b == 0x22 || b == 0x27 || b == 0x5B { start += 1; continue }
            if b == 0xE2, range.upperBound - start >= 3, bytes[start + 1] == 0x80, bytes[start + 2] == 0x9C || bytes[start + 2] == 0x98 {
                start += 3
                continue
            }
            break
        }
        return start
    }

    /// Whether the bytes of `range` are all ASCII.
    @inline(__always) static func isASCII(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var any: UInt8 = 0
        for i in range { any |= bytes[i] }
        return any < 0x80
    }

    @inline(__always) static func isASCIILetterOrDigit(_ b: UInt8) -> Bool {
        (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || (b >= 0x30 && b <= 0x39)
    }

    /// Whether `c` is an opening bracket or quote mark that may stand before an abbreviation:
    /// one of `( " “ ‘ ' [` (compared one by one, far cheaper than a search of a string of them).
    static func isOpeningMark(_ c: Character) -> Bool {
        c == "(" || c == "\"" || c == "“" || c == "‘" || c == "'" || c == "["
    }

    /// Writes the tokens of a chunk of ICU word boundaries and their rule statuses at `out`
    /// (which has room for one per boundary), spaces dropped, and returns the position after the
    /// last; `previous` is the boundary before the chunk's first, and becomes its last.
    @inline(__always)
    static func appendTokens(_ offsets: UnsafeBufferPointer<Int32>, _ statuses: UnsafeBufferPointer<Int32>, after previous: inout Int,
                             _ bytes: UnsafeBufferPointer<UInt8>, to out: UnsafeMutablePointer<Document.Token>) -> UnsafeMutablePointer<Document.Token> {
        var next = out
        var s = previous
        for k in offsets.indices {
            let e = Int(offsets[k])
            defer { s = e }
            let status = statuses[k]
            let kind: Document.TokenKind
            if status >= 100 {
                kind = status < 200 ? .number : .word
            } else if !isSpace(bytes[s]) && !(bytes[s] == 0xC2 && s + 1 < e && bytes[s + 1] == 0xA0) {
                kind = .punctuation
            } else {
                continue
            }
            next.initialize(to: Document.Token(span: Span(s, e), kind: kind))
            next += 1
        }
        previous = s
        return next
    }
}
