/// Place names from the gazetteer with their ambiguity rules, and shared lexicon matching.
extension EntityRecognizer {
    /// Whether `place(at: i, t)` certainly finds nothing, read off answers remembered per word
    /// id: one word that starts no multi-word name and is no place alone (`isNoPlaceAlone`, the
    /// test `place(at:)` settles a one-word stretch with).
    ///
    /// Inlined, so that most of the words the recogniser asks about (capitalised words that name
    /// no place: "He", "Trump") are settled without a call into `place(at:)`, a large function
    /// whose code the rules between two askings push out of the instruction cache (callgrind of
    /// the 168 PolNeAR dev+test texts: 80,000 fewer instruction-cache misses in the recogniser).
    @inline(__always)
    func startsNoPlace(at i: Int, _ t: TokenFeatures) -> Bool {
        // A word in capitals first: a plain read, before the remembered answers are asked.
        !t.allCaps[i] && !canStartPhrase(t, i) && isNoPlaceAlone(i, t)
    }

    /// Whether token `i` on its own is certainly no place: not in capitals, no period right
    /// after it, and no place with or without a possessive ending by its answer remembered per
    /// word id.
    @inline(__always)
    func isNoPlaceAlone(_ i: Int, _ t: TokenFeatures) -> Bool {
        !t.allCaps[i] && !periodFollows(i, t) && !isPlaceStripped(t, i)
    }

    /// Whether a period follows token `i` with no space before it ("Mass.", "Corp."): a name
    /// may then end with that period.
    @inline(__always)
    func periodFollows(_ i: Int, _ t: TokenFeatures) -> Bool {
        i + 1 < t.count && t.isText(i + 1, ".") && !t.spaceBefore[i + 1]
    }

    /// The longest gazetteer match at `i` that survives the ambiguity rules.
    func place(at i: Int, _ t: TokenFeatures) -> (end: Int, entry: PlaceEntry)? {
        let kmax = min(t.count, i + (canStartPhrase(t, i) ? lexicons.maxPlaceWords * 2 : 1))
        // Every token of a name shares the sentence of token i and is capitalised or a connector
        // ("Bosnia and Herzegovina", "Isle of Man"): tested once per token, names end before `limit`.
        var limit = i
        while limit < kmax, t.sentence[limit] == t.sentence[i],
              t.capitalized[limit] || t.allCaps[limit] || t.kinds[limit] != .word || isPlaceConnector(t, limit) {
            limit += 1
        }
        guard limit > i else { return nil }
        // One word, no period after it, not in capitals: the gazetteer answer for the word
        // (remembered per word) settles it without building phrases.
        if limit == i + 1, isNoPlaceAlone(i, t) { return nil }
        // The phrases of i..<k for every k, laid out as bytes as far as the longest one looked
        // up (the longest first below).
        var p = t.phraseBytes(from: i, through: limit)
        var k = limit
        while k > i {
            defer { k -= 1 }
            guard t.kinds[k - 1] == .word || t.isText(k - 1, ".") else { continue }
            guard t.capitalized[k - 1] || t.allCaps[k - 1] || t.isText(k - 1, ".") else { continue }
            // A phrase whose last word (after a space) ends no name of the gazetteer in any case,
            // with or without a possessive ending or a period, is no name: not looked up.
            // (A third of its look-ups in callgrind of the 168 PolNeAR texts, 6,004 to 4,025.)
            if k > i + 1, t.spaceBefore[k - 1], !mayEndPlaceName(t, k - 1) { continue }
            p.extend(to: k, t)
            let plain = p.bytes(to: k)
            var phrase = plain
            var stripped = PhraseBytes.strippingPossessive(plain)
            var periodAdded = false
            // The first word alone is the token's own text: the gazetteer's answer for it,
            // remembered per word id, rules it out without a look-up.
            var entry = k > i + 1 ? lexicons.place(utf8: stripped) : isPlaceStripped(t, i) ? singleWordPlace(t, i, stripped) : nil
            // (`case .none`, not `== nil`: the entry is Equatable, and that comparison goes
            // through a generic tuple of two optionals.)
            if case .none = entry, k < t.count, t.isText(k, "."), !t.spaceBefore[k] {
                phrase = p.bytesWithPeriod(to: k)
                stripped = phrase
                periodAdded = true
                entry = lexicons.place(utf8: phrase)
            }
            if case .none = entry, t.allCaps[i], k > i + 1 || t.characterCount(i) > 3 {
                entry = placeTitleCased(utf8: stripped)
                // A name in capitals before a full stop ("MISSISSIPPI."): the period added above
                // is the sentence's, so the capitals are also tried without it.
                if case .none = entry, periodAdded {
                    let unpunctuated = PhraseBytes.strippingPossessive(plain)
                    entry = placeTitleCased(utf8: unpunctuated)
                    if entry != nil { phrase = plain; stripped = unpunctuated; periodAdded = false }
                }
            }
            guard let entry else { continue }
            var end = k
            if PhraseBytes.endsWithPeriod(phrase), case .none = lexicons.place(utf8: plain), end < t.count, t.isText(end, ".") { end += 1 }
            if acceptsPlace(entry, name: stripped, isWord: k == i + 1 && !periodAdded, at: i, end: end, t) { return (end, entry) }
        }
        return nil
    }

    /// `lexicons.place(utf8: name)` for `name` the bytes of token `i`'s word without a possessive
    /// ending: the entry's number in the gazetteer is kept per word in the thread's word cache
    /// (`TokenLookups.tableEntry`), so that a place met again is not looked up again.
    func singleWordPlace(_ t: TokenFeatures, _ i: Int, _ name: UnsafeBufferPointer<UInt8>) -> PlaceEntry? {
        guard let tables = lexicons.tables else { return lexicons.place(utf8: name) }
        if let entry = t.lookups.tableEntry(t.ids[i], for: tables, { tables.places.entry(utf8: name) }) {
            return tables.places.value(at: entry)
        }
        return lexicons.place(utf8: name)
    }

    /// Ambiguity rules: common words, small places that are also names, sentence openers.
    /// `name` is the UTF-8 of the matched name (a string is built only to ask for a first name);
    /// `isWord` says it is token `i`'s word without a possessive ending, whose answers are
    /// then read per word id instead of looked up.
    func acceptsPlace(_ entry: PlaceEntry, name: UnsafeBufferPointer<UInt8>, isWord: Bool, at i: Int, end: Int, _ t: TokenFeatures) -> Bool {
        let locative = i > 0 && t.sentence[i - 1] == t.sentence[i] && isLocative(t, i - 1)
        let followedByRegion = end + 1 < t.count && t.isText(end, ",") && isCountryOrState(t, end + 1)
        if isWord ? isCommonStripped(t, i) : lexicons.isCommonWord(utf8: name) { return locative && entry.kind != "city" || followedByRegion }
        if entry.kind != "city" { return true }
        if entry.population >= 100_000
            && !(entry.population < 1_000_000 && !locative
                 && (isWord ? isFirstNameStripped(t, i) : lexicons.firstName(String(decoding: name, as: UTF8.self).lowercased()) != nil)) {
            return true
        }
        return locative || followedByRegion
    }

    /// The lexicon table `longestMatch` looks its phrases up in.
    ///
    /// Named, not passed as a closure over the lexicons: the caller retained the closure's
    /// context (the lexicons' box) around every call (5,096 retains and releases on the 168
    /// PolNeAR dev+test texts, in callgrind).
    enum PhraseTable {
        /// The organisations (`Lexicons.organization(utf8:)`).
        case organizations
        /// The teams (`Lexicons.team(utf8:)`).
        case teams
    }

    /// Longest run of tokens from `i` whose phrase is a key of `table`.
    ///
    /// `prefixes`, when given, holds every prefix of every key (also with `’s`, `'s` or `.`
    /// after it): phrases stop growing at the first one outside it, as no longer one can match.
    /// The caller has found token `i`'s word in it (`mayStartOrganization` or `mayStartTeam`,
    /// remembered per word id), so it is not looked up again here.
    ///
    /// With `organizationWords` (`table` must then be the organisations'), the one-word phrase
    /// is looked up only when token `i`'s word, or the word without a possessive ending, is an
    /// organisation by the answers remembered per word id: the one-word look-ups were half the
    /// rule's in callgrind of the 168 PolNeAR texts, each a likely cache miss in the table.
    func longestMatch(_ t: TokenFeatures, _ i: Int, maxWords: Int, prefixes: WordTable<Void>? = nil,
                      organizationWords: Bool = false, table: PhraseTable) -> (Int, String)? {
        /// The entry of `phrase` in `table`.
        func lookUp(_ phrase: UnsafeBufferPointer<UInt8>) -> String? {
            switch table {
            case .organizations: lexicons.organization(utf8: phrase)
            case .teams: lexicons.team(utf8: phrase)
            }
        }
        let kmax = min(t.count, i + (canStartPhrase(t, i) ? maxWords * 2 : 1))
        guard kmax > i else { return nil }
        // One word that is no organisation by its remembered answers, with no period after it:
        // nothing to look up, so no phrase is laid out (0.3 M instructions of the rule's 4.1 M
        // in callgrind of the 168 PolNeAR texts).
        if organizationWords, kmax == i + 1, !isOrganization(t, i), !isOrganizationStripped(t, i), !periodFollows(i, t) {
            return nil
        }
        // The phrases of i..<k for every k, laid out once as bytes (the longest first below);
        // with prefixes, only as far as they are prefixes of some name.
        // Laid out token by token while the phrases can still match.
        var p = t.phraseBytes(from: i, through: kmax)
        let count = p.extend(whilePrefixIn: prefixes, firstKnown: true, t)
        var k = i + count
        while k > i {
            if t.sentence[k - 1] == t.sentence[i] {
                let phrase = p.bytes(to: k)
                let stripped = PhraseBytes.strippingPossessive(phrase)
                if k > i + 1 || !organizationWords || isOrganization(t, i) || isOrganizationStripped(t, i),
                   let hit = lookUp(phrase) ?? (stripped.count == phrase.count ? nil : lookUp(stripped)) {
                    var end = k
                    if end < t.count, t.isText(end, "."), !t.spaceBefore[end], lookUp(p.bytesWithPeriod(to: k)) != nil { end += 1 }
                    return (end, hit)
                }
                if k < t.count, t.isText(k, "."), !t.spaceBefore[k], let hit = lookUp(p.bytesWithPeriod(to: k)) { return (k + 1, hit) }
            }
            k -= 1
        }
        return nil
    }

    /// Whether a gazetteer name with a space may end with token `k`'s word when a space is
    /// before it (`mayEndPlaceName(_:)`, remembered per word id).
    @inline(__always)
    func mayEndPlaceName(_ t: TokenFeatures, _ k: Int) -> Bool {
        t.lookups.answer(.placeLastWord, t.ids[k]) { mayEndPlaceName(t.texts[k]) }
    }

    /// Whether a gazetteer name with a space may end with a space and `word`: false only when
    /// `word`'s last word (after its last space, if it has one) is ASCII and, in lowercase,
    /// neither it nor it without a possessive ending ends such a name, alone or with a period
    /// after it (`Lexicons.mayEndPlaceName(lowercaseASCII:)`). A phrase ending with a space and
    /// `word` then equals no name, title-cased or not, with a period added or its possessive
    /// ending dropped: the place rule looks none of them up.
    func mayEndPlaceName(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return lexicons.mayEndPlaceName(lowercaseASCII: bytes) }
            var start = bytes.count
            while start > 0, base[start - 1] != 0x20 {
                // Other bytes (and control bytes, which title-casing handles apart) are not ruled on.
                guard base[start - 1] < 0x80, base[start - 1] >= 0x20 else { return true }
                start -= 1
            }
            let count = bytes.count - start
            let kept = count - Self.possessiveBytes(utf8: UnsafeBufferPointer(start: base + start, count: count))
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, count)) { room in
                let lower = room.baseAddress!
                for j in 0..<count { lower[j] = NameKeySet.lowercaseByte(base[start + j]) }
                return lexicons.mayEndPlaceName(lowercaseASCII: UnsafeBufferPointer(start: lower, count: kept))
                    || kept < count && lexicons.mayEndPlaceName(lowercaseASCII: UnsafeBufferPointer(start: lower, count: count))
            }
        }
    }

    /// Whether a multi-word lexicon name can start at token `i` (otherwise only one word is tried).
    ///
    /// Inlined: asked at every place and organisation look-up (21,600 times in callgrind of the
    /// 168 PolNeAR texts), almost always answered from memory, and the call cost more than the
    /// answer (0.8 M instructions of `CorpusRunner.process`'s 206.5 M went with it).
    @inline(__always)
    func canStartPhrase(_ t: TokenFeatures, _ i: Int) -> Bool {
        fact(.multiWordStartOrStripped, t, i) { canStartPhrase(t.texts[i]) }
    }

    /// Whether a multi-word place or organisation name can start with `word` (or with `word`
    /// without its possessive ending).
    func canStartPhrase(_ word: String) -> Bool {
        if lexicons.isMultiWordStart(word) { return true }
        // Without a possessive ending the stripped word is the word itself: no second lookup.
        return Self.possessiveBytes(word) > 0 && lexicons.isMultiWordStart(strippedPossessive(word))
    }

    /// The span of tokens `a..<b` without a trailing possessive ending.
    func nameSpan(_ t: TokenFeatures, _ a: Int, _ b: Int) -> (Span, Bool) {
        var end = t.spans[b - 1].end
        // The ending and the period read off the last token's word facts, not its string.
        let possessive = t.possessiveBytes(b - 1)
        if possessive > 0 {
            end -= possessive
            return (Span(t.spans[a].start, end), true)
        }
        // The period of "Acme Inc." or "Smith Corp." belongs to the name.
        if t.isText(b - 1, "."), b - 1 > a, t.characterCount(b - 2) > 1,
           case let phrase = t.phraseUTF8(a, b), case .none = lexicons.place(utf8: phrase), lexicons.organization(utf8: phrase) == nil,
           lexicons.nameHead(t.texts[b - 2] + ".") == nil {
            end = t.spans[b - 2].end
        }
        return (Span(t.spans[a].start, end), false)
    }

    /// The text of token `k` without a possessive ending (`strippedPossessive(t.texts[k])`): the
    /// token's own string unless its word facts record an ending.
    func strippedText(_ t: TokenFeatures, _ k: Int) -> String {
        t.possessiveBytes(k) == 0 ? t.texts[k] : strippedPossessive(t.texts[k])
    }

    /// `word` without a possessive ending (`’s` or `'s`), tested on its UTF-8 bytes.
    func strippedPossessive(_ word: String) -> String {
        let drop = Self.possessiveBytes(word)
        guard drop > 0 else { return word }
        return String(word[..<word.utf8.index(word.utf8.endIndex, offsetBy: -drop)])
    }

    /// The byte length of `word`'s possessive ending: 4 for `’s`, 2 for `'s`, else 0.
    static func possessiveBytes(_ word: String) -> Int {
        if let length = word.utf8.withContiguousStorageIfAvailable({ possessiveBytes(utf8: $0) }) { return length }
        return Array(word.utf8).withUnsafeBufferPointer { possessiveBytes(utf8: $0) }
    }

    /// `possessiveBytes` of the word whose UTF-8 bytes are `bytes`.
    static func possessiveBytes(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let n = bytes.count
        guard n >= 2, bytes[n - 1] == 0x73 else { return 0 }
        if bytes[n - 2] == 0x27 { return 2 }
        return n >= 4 && bytes[n - 2] == 0x99 && bytes[n - 3] == 0x80 && bytes[n - 4] == 0xE2 ? 4 : 0
    }

    func titleCased(_ word: String) -> String {
        guard let first = word.first else { return word }
        return String(first) + word.dropFirst().lowercased()
    }
}

extension EntityRecognizer {
    /// The places of a dateline from token `i` to the date: each comma-separated part
    /// ("FARMINGTON HILLS , Mich . 1996-08-30" gives two), known to the gazetteer or not.
    func datelinePlaces(from i: Int, _ t: TokenFeatures, _ layout: DocumentLayout) -> [(start: Int, end: Int, canonical: String)] {
        let s = t.sentence[i]
        let stop = layout.sentenceStart[s + 1]
        var out: [(start: Int, end: Int, canonical: String)] = []
        var a = i
        var k = i
        while k <= stop {
            let boundary = k == stop || t.isText(k, ",") || t.texts[k].unicodeScalars.first!.properties.numericType != nil
            if boundary {
                var b = k
                while b > a, t.kinds[b - 1] != .word { b -= 1 }
                if b > a, t.capitalized[a] || t.allCaps[a] {
                    let phrase = t.phrase(a, b)
                    let entry = lexicons.place(phrase) ?? lexicons.place(titleCasedPhrase(phrase))
                    let canonical = entry?.canonical ?? titleCasedPhrase(phrase)
                    // "Mich ." keeps its period when the abbreviation is known with it.
                    var end = b
                    if b < stop, t.isText(b, "."), lexicons.place(phrase + ".") != nil { end = b + 1 }
                    out.append((a, end, lexicons.place(phrase + ".")?.canonical ?? canonical))
                }
                if k == stop || !t.isText(k, ",") { break }
                a = k + 1
            }
            k += 1
        }
        return out
    }

    /// "NEW YORK" as "New York": each word capitalised, the rest lowercased.
    func titleCasedPhrase(_ phrase: String) -> String {
        if let ascii = Self.asciiTitleCased(phrase) { return ascii }
        if let byWord = titleCasedBySpaceBytes(phrase) { return byWord }
        return phrase.split(separator: " ", omittingEmptySubsequences: false).map { titleCased(String($0)) }.joined(separator: " ")
    }

    /// `lexicons.place(titleCasedPhrase(String(decoding: phrase, as: UTF8.self)))`: an ASCII
    /// phrase without carriage returns is title-cased into a temporary buffer and looked up on
    /// its bytes, with no string built; any other phrase takes the string path.
    func placeTitleCased(utf8 phrase: UnsafeBufferPointer<UInt8>) -> PlaceEntry? {
        for byte in phrase where byte >= 0x80 || byte == 0x0D {
            return lexicons.place(titleCasedPhrase(String(decoding: phrase, as: UTF8.self)))
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, phrase.count)) { out in
            Self.asciiTitleCase(phrase, into: out)
            return lexicons.place(utf8: UnsafeBufferPointer(rebasing: out[0..<phrase.count]))
        }
    }

    /// Writes `phrase` (ASCII) title-cased into `out` (room for as many bytes; it may be
    /// `phrase` itself): each space-separated word keeps its first byte and lowercases the rest.
    static func asciiTitleCase(_ phrase: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) {
        var wordStart = true
        for k in phrase.indices {
            let b = phrase[k]
            out[k] = b
            if b == 0x20 { wordStart = true; continue }
            if !wordStart, b >= 0x41, b <= 0x5A { out[k] = b | 0x20 }
            wordStart = false
        }
    }

    /// `titleCasedPhrase(phrase)` for an ASCII phrase without carriage returns (one character per
    /// byte): each space-separated word keeps its first byte and lowercases the rest; nil for
    /// any other phrase.
    static func asciiTitleCased(_ phrase: String) -> String? {
        var bytes = Array(phrase.utf8)
        guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
        // In place: each byte is written after it is read, and depends on those before only.
        bytes.withUnsafeMutableBufferPointer { asciiTitleCase(UnsafeBufferPointer($0), into: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `titleCasedPhrase(phrase)` split on its space bytes, for a phrase whose every space is a
    /// character of its own, nil for any other: its ASCII words are title-cased on their bytes
    /// and only the others go through `titleCased`.
    ///
    /// Splitting by `Character` cost about 14,000 instructions a phrase (callgrind: 24 capitalised
    /// runs with accented letters in the 168 PolNeAR dev and test texts, 26,500 a phrase in all).
    /// A space is not a character of its own only when a mark that joins the character before
    /// (a combining accent, a joiner) follows it or a prepended mark precedes it: whether the two
    /// scalars beside it are two characters is asked of Swift's own character breaking, and
    /// only where the neighbour is not ASCII (ASCII is neither).
    func titleCasedBySpaceBytes(_ phrase: String) -> String? {
        var phrase = phrase
        return phrase.withUTF8 { bytes -> String? in
            for k in bytes.indices where bytes[k] == 0x20 {
                if k + 1 < bytes.count && bytes[k + 1] >= 0x80 {
                    let lead = bytes[k + 1]
                    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                    let pair = UnsafeBufferPointer(rebasing: bytes[k..<min(bytes.count, k + 1 + length)])
                    if String(decoding: pair, as: UTF8.self).count != 2 { return nil }
                }
                if k > 0 && bytes[k - 1] >= 0x80 {
                    var start = k - 1
                    while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
                    if String(decoding: UnsafeBufferPointer(rebasing: bytes[start...k]), as: UTF8.self).count != 2 { return nil }
                }
            }
            var out = ""
            out.reserveCapacity(bytes.count)
            var start = 0
            while true {
                var end = start
                while end < bytes.count && bytes[end] != 0x20 { end += 1 }
                let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if word.contains(where: { $0 >= 0x80 || $0 == 0x0D }) {
                    out += titleCased(String(decoding: word, as: UTF8.self))
                } else {
                    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, word.count)) { cased in
                        Self.asciiTitleCase(word, into: cased)
                        out += String(decoding: UnsafeBufferPointer(rebasing: cased[0..<word.count]), as: UTF8.self)
                    }
                }
                guard end < bytes.count else { return out }
                out += " "
                start = end + 1
            }
        }
    }
}
