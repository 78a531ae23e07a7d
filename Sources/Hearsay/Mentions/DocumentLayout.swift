/// Per-sentence layout facts that change how names are read: headlines in capitals, datelines
/// ("LONDON 1996-08-30"), result-table lines ("Wigan 42 Bradford 36") and whether the story is
/// about sport (where a club named after its town is an organisation).
///
/// Computed once per document in O(tokens).
struct DocumentLayout {
    /// First token index of each sentence (plus a final entry holding the token count).
    let sentenceStart: [Int]
    /// Sentences whose words are all in capitals (headlines, table headers).
    let isHeadline: [Bool]
    /// Sentences that are a dateline: capitalised place words, maybe ", Region", then a date.
    let isDateline: [Bool]
    /// Sentences that read like a row of a results or standings table: names and numbers.
    let isTableRow: [Bool]
    /// Whether the story is about sport (its headline opens with a sport, or it has result rows).
    let isSports: Bool

    init(_ t: TokenFeatures, lexicons: Lexicons) { self.init(t, sports: lexicons.sports) }

    /// The layout of `t`'s document, with the lexicons' sport names `sports` (the one table it
    /// reads: passing the whole `Lexicons` copied and destroyed every table once per document).
    init(_ t: TokenFeatures, sports: Set<String>) {
        // Found with the tokens' sentences (`TokenFeatures.sentenceStart`), not by another pass.
        let start = t.sentenceStart
        let sentenceCount = start.count - 1
        var headline = [Bool].filled(with: false, count: sentenceCount)
        var dateline = [Bool].filled(with: false, count: sentenceCount)
        var table = [Bool].filled(with: false, count: sentenceCount)
        var tableRows = 0
        // Each token's case shape, worked out with its other facts (`TokenFeatures.caseShapes`).
        let shapes = t.caseShapes
        // Written through buffer pointers: each write by subscript checked that its array was
        // unique (19,278 calls on the 168 PolNeAR dev+test texts, in callgrind).
        headline.withUnsafeMutableBufferPointer { headline in
            dateline.withUnsafeMutableBufferPointer { dateline in
                table.withUnsafeMutableBufferPointer { table in
                    for s in 0..<sentenceCount {
                        let a = start[s], b = start[s + 1]
                        guard a < b else { continue }
                        let (caps, lowerWords, numbers, letterWords) = Self.tally(shapes, a, b)
                        headline[s] = letterWords >= 2 && caps == letterWords
                        dateline[s] = t.allCaps[a] && lowerWords == 0 && Self.endsWithDate(t, a, b)
                        table[s] = numbers >= 2 && lowerWords <= 1 && letterWords >= 1 && !dateline[s]
                        if table[s] { tableRows += 1 }
                    }
                }
            }
        }
        let opensWithSport = t.count > 0 && sports.contains(t.texts[0])
        self.sentenceStart = start
        self.isHeadline = headline
        self.isDateline = dateline
        self.isTableRow = table
        self.isSports = opensWithSport || tableRows >= 3
    }

    /// How many of the tokens `a..<b` are words in capitals, lowercase words, numbers and
    /// letter words (in capitals, capitalised or lowercase), counted from their case `shapes`.
    ///
    /// Counted without a branch per token: a switch on the shape mispredicts wherever shapes
    /// alternate, as in running text they do. Each shape adds its share of the four counts,
    /// packed in the 16-bit lanes of one word (`packedCounts`), with one addition per token;
    /// a lane cannot overflow in a stretch of at most 65,535 tokens, so longer ranges are
    /// counted stretch by stretch.
    static func tally(_ shapes: [TokenFeatures.CaseShape], _ a: Int, _ b: Int)
        -> (caps: Int, lowerWords: Int, numbers: Int, letterWords: Int) {
        var caps = 0, lowerWords = 0, numbers = 0, letterWords = 0
        shapes.withUnsafeBufferPointer { shapes in
            packedCounts.withUnsafeBufferPointer { counts in
                var stretch = a
                while stretch < b {
                    let end = min(b, stretch + 65_535)
                    var packed: UInt64 = 0
                    for k in stretch..<end { packed &+= counts[Int(shapes[k].rawValue)] }
                    caps += Int(packed & 0xFFFF)
                    lowerWords += Int(packed >> 16 & 0xFFFF)
                    numbers += Int(packed >> 32 & 0xFFFF)
                    letterWords += Int(packed >> 48)
                    stretch = end
                }
            }
        }
        return (caps, lowerWords, numbers, letterWords)
    }

    /// What a token of each case shape (by raw value) adds to the counts of `tally`, in 16-bit
    /// lanes: words in capitals (bits 0–15), lowercase words (16–31), numbers (32–47) and letter
    /// words (48–63, every shape from `capitals` on).
    static let packedCounts: [UInt64] = (0...TokenFeatures.CaseShape.lowercase.rawValue).map { raw in
        guard let shape = TokenFeatures.CaseShape(rawValue: raw) else { return 0 }
        let caps: UInt64 = shape == .capitals ? 1 : 0
        let lowercase: UInt64 = shape == .lowercase ? 1 : 0
        let number: UInt64 = shape == .number ? 1 : 0
        let letters: UInt64 = shape.rawValue >= TokenFeatures.CaseShape.capitals.rawValue ? 1 : 0
        return caps | lowercase << 16 | number << 32 | letters << 48
    }

    /// Whether tokens `a..<b` end with a date written `1996-08-30` (one token or split at the hyphens).
    static func endsWithDate(_ t: TokenFeatures, _ a: Int, _ b: Int) -> Bool {
        // The last tokens' bytes, back to at least ten; a non-ASCII byte can be no part of a date.
        var text: [UInt8] = []
        var k = b - 1
        while k >= a, text.count < 10 {
            let bytes = Array(t.texts[k].utf8)
            if bytes.contains(where: { $0 >= 0x80 }) { return false }
            text.insert(contentsOf: bytes, at: 0)
            k -= 1
        }
        guard text.count == 10 else { return false }
        for (index, c) in text.enumerated() {
            if index == 4 || index == 7 { guard c == 0x2D else { return false } } else { guard c >= 0x30 && c <= 0x39 else { return false } }
        }
        return true
    }

    /// Whether token `i` is in a sentence where capitals say nothing about names.
    func inHeadline(_ t: TokenFeatures, _ i: Int) -> Bool { isHeadline[t.sentence[i]] }
}
