/// Per-token facts the mention and attribution rules ask for again and again, computed once.
///
/// A class: the recognizer, the attribution context and its cue table each keep the facts, and a
/// copy of a struct of them retained and released every one of its arrays (a tenth of the time
/// of a one-sentence text went to that).
final class TokenFeatures {
    /// Each token's text.
    let texts: TokenStrings
    /// The number of tokens: kept, as `person(at:)` alone read it through a call to
    /// `Array.count` 28,354 times on the 168 PolNeAR dev+test texts.
    let count: Int
    /// Each token's text in lowercase (`String.lowercased()`).
    let lowercased: TokenStrings
    /// First letter uppercase.
    let capitalized: [Bool]
    /// Two or more letters, all uppercase.
    let allCaps: [Bool]
    /// Each token's kind.
    let kinds: TokenKinds
    /// Each token's span.
    let spans: TokenSpans
    /// Index of each token's sentence.
    let sentence: TokenSentences
    /// First token of each sentence up to the last token's (a sentence without tokens starts
    /// where the next one does), plus a final entry holding the token count.
    let sentenceStart: [Int]
    /// Whether whitespace separates the token from the one before.
    let spaceBefore: [Bool]
    /// What each token is as a word in capitals or not (`CaseShape`).
    let caseShapes: [CaseShape]

    /// Each token's word id: tokens with the same bytes share it, and ids count from 0 in order
    /// of first occurrence in the document (see `WordCache`).
    let ids: [Int32]
    /// Number of distinct ids.
    let distinctCount: Int
    /// What is known of each id's text besides its strings.
    private let words: [WordFacts]
    /// Lexicon answers remembered per id (see `TokenLookups`).
    let lookups: TokenLookups
    /// `lookups.phraseScratch`, unmanaged: `lookups` holds it strongly for as long as these
    /// features live, and never replaces it (`let`). Read through `lookups` (or held
    /// `unowned(unsafe)`), it was retained and released at every phrase laid out (14,000 pairs
    /// on the 168 PolNeAR dev+test texts, in callgrind); see `phraseBytes(from:through:)`.
    let phraseScratch: Unmanaged<PhraseScratch>
    /// The thread's cache the ids came from, its `generation` then, and each id's thread-wide
    /// index in it (for answers kept from one document to the next: `shareAnswers(for:)`).
    let wordCache: WordCache
    let cacheGeneration: Int
    let threadWords: [Int32]
    /// The lexicon tables whose answers `lookups` was filled with when made, if any.
    private let answersFilledFor: AnyObject?
    /// The capitalised run last asked for (see `RunMemo`).
    let runs = RunMemo()

    /// Facts of one distinct word, kept together: one array to fill and to read.
    struct WordFacts {
        /// First letter uppercase.
        var firstUpper: Bool
        /// Two or more letters, all uppercase.
        var allCaps: Bool
        /// The first UTF-8 byte (0 for an empty text).
        var firstByte: UInt8
        /// The byte of a one-byte text, else 0.
        var singleByte: UInt8
        /// The number of characters when the text is one byte each (see `oneByteEach`), else -1.
        var characters: Int32
        /// The byte length of a possessive ending (`EntityRecognizer.possessiveBytes`).
        var possessive: UInt8
        /// The case shape of a token of this text that is a word, and of one that is a number.
        var wordShape: CaseShape
        var numberShape: CaseShape

        /// Facts that stand for a word's until they are known.
        static var placeholder: WordFacts {
            WordFacts(firstUpper: false, allCaps: false, firstByte: 0, singleByte: 0, characters: -1, possessive: 0,
                      wordShape: .none, numberShape: .none)
        }
    }

    /// What a token is as a word in capitals or not, as `DocumentLayout` counts a sentence's words.
    enum CaseShape: UInt8 {
        /// Punctuation, or a token whose first scalar is neither a number nor a letter.
        case none
        /// A token whose first scalar is a number.
        case number
        /// A letter word in capitals: two or more letters all uppercase, or one capitalised character.
        case capitals
        /// A capitalised letter word that is not in capitals.
        case capitalized
        /// A letter word that is not capitalised.
        case lowercase
    }

    /// What a word's first scalar is.
    enum Lead: UInt8 {
        /// Neither a number nor a letter.
        case other
        /// A scalar with a numeric type (an ASCII digit among them).
        case number
        /// An alphabetic scalar.
        case letter
    }

    /// The features of `document`'s tokens; with `tables`, the lexicon tables the rules will ask
    /// in, the lookups share the thread's word cache's answers at once (see `shareAnswers(for:)`),
    /// and are then to be asked on this thread only.
    init(_ document: Document, answersFor tables: AnyObject? = nil) {
        let n = document.tokens.count
        let tokens = document.tokens
        let sentences = document.sentences
        // Word ids from this thread's cache: each token is looked up in the document's own small
        // table; then each distinct word, once, in the thread's table, where its string,
        // lowercase form and facts were made the first time the thread met it (see `WordCache`).
        let cache = WordCache.current
        cache.beginDocument(tokens: n)
        let documentWords = cache.documentWords
        // Pass 1: each token's id.
        var ids = [Int32].filled(with: 0, count: n)
        ids.withUnsafeMutableBufferPointer { ids in
            tokens.withUnsafeBufferPointer { tokens in
                document.bytes.withUnsafeBufferPointer { bytes in documentWords.intern(bytes, tokens: tokens, into: ids) }
            }
        }
        // Pass 2: each distinct word's thread-wide index (its strings and facts made there if
        // new), and its facts; the cache reads where each word first occurs in its table.
        // Each word's kept answers come with its index, into the lookups (`WordCache.indices`),
        // rather than in a later pass over the cache's entries: they are the tables' answers
        // when the tables are known (and kept for them from here on).
        var words: [WordFacts] = []
        var threadWords: [Int32] = []
        if let tables { cache.keepAnswers(for: tables) }
        let lookups = TokenLookups(count: documentWords.count) { answers in
            threadWords = document.bytes.withUnsafeBufferPointer { bytes in
                cache.indices(bytes, facts: &words, answers: answers, orMake: Self.makeWord)
            }
        }
        // Without the tables, the answers kept may be other tables': none is taken.
        if tables != nil { lookups.join(cache, threadWords: threadWords, generation: cache.generation) } else { lookups.forgetAll() }
        // Pass 3: each token's sentence, whether a space precedes it, and its letter facts read
        // off its word. One loop over the tokens: the sentences and spaces had a loop of their
        // own, which cost about 5 instructions a token more (callgrind).
        var spaceBefore = [Bool].filled(with: false, count: n), sentence = [Int32].filled(with: 0, count: n)
        var sentenceStart: [Int] = []
        sentenceStart.reserveCapacity(sentences.count + 1)
        var capitalized = [Bool].filled(with: false, count: n), allCaps = [Bool].filled(with: false, count: n)
        var caseShapes = [CaseShape].filled(with: .none, count: n)
        var tokenWords = [Int32].filled(with: 0, count: n)
        spaceBefore.withUnsafeMutableBufferPointer { spaceBefore in
        sentence.withUnsafeMutableBufferPointer { sentence in
        sentences.withUnsafeBufferPointer { sentences in
        tokenWords.withUnsafeMutableBufferPointer { tokenWords in
        threadWords.withUnsafeBufferPointer { threadWords in
        caseShapes.withUnsafeMutableBufferPointer { caseShapes in
        capitalized.withUnsafeMutableBufferPointer { capitalized in
        allCaps.withUnsafeMutableBufferPointer { allCaps in
        tokens.withUnsafeBufferPointer { tokens in
        ids.withUnsafeBufferPointer { ids in
        words.withUnsafeBufferPointer { words in
            // The first token's `previousEnd < start` holds (a space before it, as for any first token).
            var s = 0, previousEnd = Int.min, started = 0
            let lastSentence = sentences.count - 1
            for i in 0..<n {
                let token = tokens[i]
                let span = token.span
                spaceBefore[i] = previousEnd < span.start
                previousEnd = span.end
                while s < lastSentence && span.start >= sentences[s].end { s += 1 }
                sentence[i] = Int32(truncatingIfNeeded: s)
                // Sentences up to this token's that have no start yet start here.
                while started <= s { sentenceStart.append(i); started += 1 }
                let kind = token.kind
                let id = Int(ids[i])
                let word = words[id]
                tokenWords[i] = threadWords[id]
                capitalized[i] = kind == .word && word.firstUpper
                caseShapes[i] = kind == .word ? word.wordShape : kind == .number ? word.numberShape : .none
                allCaps[i] = word.allCaps
            }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        sentenceStart.append(n)
        self.ids = ids
        self.distinctCount = words.count
        self.words = words
        self.lookups = lookups
        self.answersFilledFor = tables
        self.phraseScratch = Unmanaged.passUnretained(lookups.phraseScratch)
        self.wordCache = cache
        self.cacheGeneration = cache.generation
        self.threadWords = threadWords
        // The strings stay in the cache's arrays, shared, not gathered per document.
        self.texts = TokenStrings(all: cache.strings, lowercase: false, words: tokenWords, threadWords: threadWords)
        self.count = tokenWords.count
        self.lowercased = TokenStrings(all: cache.strings, lowercase: true, words: tokenWords, threadWords: threadWords)
        self.capitalized = capitalized
        self.allCaps = allCaps
        self.kinds = TokenKinds(tokens: tokens)
        self.spans = TokenSpans(tokens: tokens)
        self.sentence = TokenSentences(indices32: sentence)
        self.sentenceStart = sentenceStart
        self.spaceBefore = spaceBefore
        self.caseShapes = caseShapes
    }

    /// Lets `lookups` read and add to the answers the thread's word cache keeps for words met in
    /// earlier documents, found in the lexicon tables `tables`. Call it on the thread that made
    /// these features; if the cache has started over since, answers are not shared.
    func shareAnswers(for tables: AnyObject) {
        if let filled = answersFilledFor {
            // Shared since the features were made, for these tables: nothing to read.
            if filled === tables && lookups.isShared(for: tables) { return }
            // Answers found in other tables are not these tables' answers.
            if filled !== tables { lookups.forgetAll() }
        }
        guard wordCache.generation == cacheGeneration, WordCache.current === wordCache else { return }
        wordCache.keepAnswers(for: tables)
        lookups.share(wordCache, threadWords: threadWords, generation: cacheGeneration)
    }

    /// The string, lowercase form and letter facts of a word with these UTF-8 bytes.
    static func makeWord(_ slice: UnsafeBufferPointer<UInt8>) -> (text: String, lower: String, facts: WordFacts) {
        let facts = letterFacts(slice)
        let text = String(decoding: slice, as: UTF8.self)
        let lower = facts.simple ? asciiLowercased(slice, text, hasUpper: facts.upper > 0) : text.lowercased()
        let characters = facts.oneByteEach ? Int32(truncatingIfNeeded: slice.count) : -1
        let allCaps = facts.letters >= 2 && facts.upper == facts.letters
        // The case shape as a word token (capitalised if the first letter is uppercase) and as a
        // number token (never capitalised).
        let wordShape: CaseShape, numberShape: CaseShape
        switch lead(slice, text) {
        case .other: (wordShape, numberShape) = (.none, .none)
        case .number: (wordShape, numberShape) = (.number, .number)
        case .letter:
            let oneCharacter = characters >= 0 ? characters == 1 : text.count == 1
            wordShape = allCaps || (facts.firstUpper && oneCharacter) ? .capitals : facts.firstUpper ? .capitalized : .lowercase
            numberShape = allCaps ? .capitals : .lowercase
        }
        return (text: text, lower: lower,
                facts: WordFacts(firstUpper: facts.firstUpper, allCaps: allCaps,
                                 firstByte: slice.first ?? 0, singleByte: slice.count == 1 ? slice[0] : 0,
                                 characters: characters,
                                 possessive: UInt8(truncatingIfNeeded: EntityRecognizer.possessiveBytes(utf8: slice)),
                                 wordShape: wordShape, numberShape: numberShape))
    }

    /// What the first scalar of a word (`bytes`, `text` its string) is.
    @inline(__always)
    static func lead(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> Lead {
        guard let first = bytes.first else { return .other }
        if first < 0x80 {
            if first >= 0x30 && first <= 0x39 { return .number }
            return (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7A ? .letter : .other
        }
        return nonASCIILead(text)
    }

    /// `lead` of a word whose first scalar is not ASCII, from its Unicode properties. Out of
    /// line: asking for `numericType` makes a function look up `Unicode.NumericType`'s metadata
    /// on entry, and `lead` did so for every new word, ASCII or not (about 90 instructions each).
    @inline(never)
    static func nonASCIILead(_ text: String) -> Lead {
        guard let scalar = text.unicodeScalars.first else { return .other }
        if scalar.properties.numericType != nil { return .number }
        return scalar.properties.isAlphabetic ? .letter : .other
    }

    /// Letter counts of one token's UTF-8 bytes: alphabetic scalars, uppercase ones among them,
    /// whether the first scalar is uppercase, and whether every scalar is ASCII or general
    /// punctuation (U+2010–U+2027, U+2030–U+205E: dashes, curly quotes …, no letters, each its
    /// own lowercase), so that lowercasing the ASCII bytes lowercases the token.
    /// Unicode properties are looked up only for the other scalars. And whether the text has
    /// one character per byte (`oneByteEach`): at most one byte, or ASCII without a carriage
    /// return (which joins a following line feed into one character).
    ///
    /// The bytes are read eight at a time (`asciiLetterBits`): loops over them, with a branch
    /// on each byte's range, took about 120 instructions and 1.6 mispredictions a new word
    /// (callgrind, 13,700 new words in the 168 PolNeAR dev and test texts), and another 40
    /// instructions to tell whether each byte is ASCII and no carriage return.
    static func letterFacts(_ bytes: UnsafeBufferPointer<UInt8>) -> (letters: Int, upper: Int, firstUpper: Bool, simple: Bool, oneByteEach: Bool) {
        guard let p = bytes.baseAddress, !bytes.isEmpty else { return (0, 0, false, true, true) }
        let n = bytes.count
        // The OR of every byte (a high bit set means a byte that is not ASCII), the counts, and
        // the carriage returns seen.
        var any: UInt64 = 0, letters = 0, upper = 0, returns: UInt64 = 0
        @inline(__always) func add(_ word: UInt64) {
            any |= word
            let (letterBits, upperBits, returnBits) = asciiLetterBits(word)
            letters &+= flaggedBytes(letterBits)
            upper &+= flaggedBytes(upperBits)
            returns |= returnBits
        }
        var i = 0
        while n &- i >= 8 {
            add(UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
            i &+= 8
        }
        let rest = n &- i
        if rest > 0 {
            // The last eight bytes without those already read (shifted out), or the fewer than
            // eight of a short word.
            add(n >= 8 ? UnsafeRawPointer(p + n - 8).loadUnaligned(as: UInt64.self) >> UInt64(8 &* (8 &- rest)) : shortWord(p, n))
        }
        if any & 0x8080_8080_8080_8080 == 0 {
            return (letters, upper, p[0] >= 0x41 && p[0] <= 0x5A, true, n <= 1 || returns == 0)
        }
        let facts = nonASCIILetterFacts(bytes)
        return (facts.letters, facts.upper, facts.firstUpper, facts.simple, n <= 1)
    }

    /// The high bit of each byte of `word` that is an ASCII letter (`letters`), of each that is
    /// an uppercase one (`upper`), and of each carriage return (`returns`); bytes of 0x80 and
    /// above count as their low seven bits (the caller then reads the word scalar by scalar).
    @inline(__always)
    static func asciiLetterBits(_ word: UInt64) -> (letters: UInt64, upper: UInt64, returns: UInt64) {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        // Each byte's low seven bits; a byte of `x` plus a constant below 0x80 never carries
        // into the next, and its high bit then tells whether it reached the constant's bound.
        let x = word & ~highs
        @inline(__always) func within(_ low: UInt64, _ high: UInt64) -> UInt64 {
            (x &+ ones &* (0x80 - low)) & ~(x &+ ones &* (0x7F - high)) & highs
        }
        let upper = within(0x41, 0x5A)
        return (upper | within(0x61, 0x7A), upper, within(0x0D, 0x0D))
    }

    /// The number of bytes of `bits` whose high bit is set (no other bit may be): their
    /// sum in the top byte of one multiplication. `nonzeroBitCount` is a dozen instructions
    /// on processors the build may not assume have a population count.
    @inline(__always)
    static func flaggedBytes(_ bits: UInt64) -> Int {
        Int(truncatingIfNeeded: ((bits >> 7) &* 0x0101_0101_0101_0101) >> 56)
    }

    /// The `count` bytes (1 to 7) at `p` in one word, the first lowest, zeros above (which are
    /// no letters): two overlapping four-byte loads for four or more, else byte by byte, read
    /// only within the `count`.
    @inline(__always)
    static func shortWord(_ p: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
        let raw = UnsafeRawPointer(p)
        if count >= 4 {
            let first = UInt64(raw.loadUnaligned(as: UInt32.self))
            let last = UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
            // The last load's bytes past the first four, moved to bytes 4 onwards.
            return first | (last >> UInt64(8 &* (8 &- count))) << 32
        }
        let second = count > 1 ? UInt64(p[1]) : 0, third = count > 2 ? UInt64(p[2]) : 0
        return UInt64(p[0]) | second << 8 | third << 16
    }

    /// `letterFacts` of a word with a non-ASCII byte, scalar by scalar. Out of line, as
    /// `nonASCIILead` is: reading scalar properties makes a function look up metadata on
    /// entry, which the ASCII words (most new words) then paid too.
    @inline(never)
    static func nonASCIILetterFacts(_ bytes: UnsafeBufferPointer<UInt8>) -> (letters: Int, upper: Int, firstUpper: Bool, simple: Bool) {
        var letters = 0, upper = 0
        var firstUpper = false
        var isFirst = true
        var simple = true
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let upperCase = value >= 0x41 && value <= 0x5A
                if isFirst { firstUpper = upperCase; isFirst = false }
                if upperCase { letters += 1; upper += 1 } else if value >= 0x61 && value <= 0x7A { letters += 1 }
                continue
            }
            if (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value) {
                if isFirst { firstUpper = false; isFirst = false }
                continue
            }
            simple = false
            let properties = scalar.properties
            if isFirst { firstUpper = properties.isUppercase; isFirst = false }
            if properties.isAlphabetic {
                letters += 1
                if properties.isUppercase { upper += 1 }
            }
        }
        return (letters, upper, firstUpper, simple)
    }

    /// `text` (`bytes` its UTF-8; every non-ASCII scalar its own lowercase) in lowercase, as
    /// `String.lowercased()` gives it.
    static func asciiLowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String, hasUpper: Bool) -> String {
        guard hasUpper else { return text }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            for (k, b) in bytes.enumerated() { out[k] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
            return bytes.count
        }
    }

    /// Whether token `k`'s text is the one ASCII character `c` (`texts[k] == String(c)`), read
    /// without a string comparison. `c` must be ASCII and not NUL.
    @inline(__always)
    func isText(_ k: Int, _ c: Unicode.Scalar) -> Bool {
        assert(c.isASCII && c.value != 0, "isText takes an ASCII character other than NUL")
        return words[Int(ids[k])].singleByte == UInt8(truncatingIfNeeded: c.value)
    }

    /// The byte length of token `k`'s possessive ending: 4 for `’s`, 2 for `'s`, else 0
    /// (`EntityRecognizer.possessiveBytes(texts[k])`).
    func possessiveBytes(_ k: Int) -> Int { Int(words[Int(ids[k])].possessive) }

    /// The first UTF-8 byte of token `k` (0 if the token is empty).
    func firstByte(_ k: Int) -> UInt8 { words[Int(ids[k])].firstByte }

    /// The number of characters of token `k` (`texts[k].count`), read off the byte count when
    /// the token is ASCII without a carriage return (one character per byte then).
    ///
    /// Inlined, with the count of characters of another token out of line: a call per question
    /// (7,402 from `contextualName` alone on the 168 PolNeAR dev+test texts) cost more than the
    /// read of the word's facts.
    @inline(__always)
    func characterCount(_ k: Int) -> Int {
        let known = words[Int(ids[k])].characters
        return known >= 0 ? Int(known) : countedCharacters(k)
    }

    /// The number of characters of token `k`, counted on its string.
    @inline(never)
    private func countedCharacters(_ k: Int) -> Int { texts[k].count }

    /// The token that starts at byte `offset` (the last one, should several), found by binary search.
    func token(startingAt offset: Int) -> Int? {
        var k = spans.partitionPoint { $0.start < offset }
        guard k < spans.count, spans[k].start == offset else { return nil }
        while k + 1 < spans.count, spans[k + 1].start == offset { k += 1 }
        return k
    }

    /// Whether token `i` starts its sentence (ignoring opening quotes and brackets).
    func isSentenceInitial(_ i: Int) -> Bool {
        var j = i - 1
        while j >= 0 && sentence[j] == sentence[i] {
            if kinds[j] != .punctuation { return false }
            j -= 1
        }
        return true
    }

    /// The text from token `a` through token `b - 1`, with single spaces where the text has whitespace.
    func phrase(_ a: Int, _ b: Int) -> String {
        guard b > a + 1 else { return b > a ? texts[a] : "" }
        // The bytes counted first, then written once into a string of that size.
        var length = 0
        for k in a..<b { length += texts[k].utf8.count + (k > a && spaceBefore[k] ? 1 : 0) }
        return String(unsafeUninitializedCapacity: length) { writePhrase(a, b, into: $0) }
    }

    /// Writes the UTF-8 of `phrase(a, b)` into `out` (room enough) and returns its length.
    private func writePhrase(_ a: Int, _ b: Int, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var p = 0
        for k in a..<b {
            if k > a && spaceBefore[k] { out[p] = 0x20; p += 1 }
            p += PhraseBytes.copyUTF8(of: texts[k], to: out.baseAddress! + p)
        }
        return p
    }

    /// `phrases(from: a, through: b)` up to, not including, the first phrase `keep` rejects:
    /// the longer phrases are never built.
    func phrases(from a: Int, through b: Int, while keep: (String) -> Bool) -> [String] {
        var out: [String] = []
        out.reserveCapacity(b - a)
        // Each phrase written once at its size; the first is the token's own string.
        var length = 0
        for k in a..<b {
            length += texts[k].utf8.count + (k > a && spaceBefore[k] ? 1 : 0)
            let current = k == a ? texts[a] : String(unsafeUninitializedCapacity: length) { writePhrase(a, k + 1, into: $0) }
            guard keep(current) else { break }
            out.append(current)
        }
        return out
    }

    /// `phrase(a, k)` for every `k` in `a + 1 ... b`, in that order.
    func phrases(from a: Int, through b: Int) -> [String] {
        var out: [String] = []
        out.reserveCapacity(b - a)
        var length = 0
        for k in a..<b {
            length += texts[k].utf8.count + (k > a && spaceBefore[k] ? 1 : 0)
            out.append(k == a ? texts[a] : String(unsafeUninitializedCapacity: length) { writePhrase(a, k + 1, into: $0) })
        }
        return out
    }
}
