import Foundation

/// Finds person, place and organisation names with lexicons and context rules, then clusters
/// the people of a document ("Jim Mattis", "Mr Mattis", "Mattis" are one person).
///
/// Order of decisions at each capitalised token: organisation lexicon (longest match), a person
/// name with a title or a known first name, the place gazetteer (longest match, with ambiguity
/// rules), then single capitalised words that only context can settle.
public struct EntityRecognizer: Sendable {
    /// The lexicons, boxed: closures and nested functions that capture `self` copy the
    /// recognizer, and a copy then retains one box instead of every table of the lexicons.
    private let box: LexiconsBox
    /// Read in place (a borrow, not a copy): a copy of `Lexicons` retains and releases every
    /// table, over a thousand instructions, wherever a lookup is not inlined.
    var lexicons: Lexicons {
        _read { yield box.lexicons }
    }


    static let particles: WordTable<Void> = ["de", "van", "von", "der", "den", "bin", "ibn", "al", "la", "le", "da", "di", "du",
                                         "del", "della", "dos", "das", "ter", "ten", "al-", "el", "bint", "abu", "mac", "wa"]
    static let locatives: WordTable<Void> = ["in", "at", "near", "from", "outside", "to", "into", "across", "around", "toward",
                                         "towards", "via", "throughout", "inside", "visit", "visited", "visiting", "of"]
    static let placeConnectors: WordTable<Void> = ["of", "and", "the", "de", "upon", "on", "du", "la", "del", "da"]

    public init(lexicons: Lexicons = .shared) { self.box = LexiconsBox(lexicons) }

    /// A recogniser reading the lexicons in `box` (a worker's, shared with its other rules).
    init(box: LexiconsBox) { self.box = box }

    /// Mentions in text order and the entities they form.
    public func recognize(_ document: Document) -> (mentions: [Mention], entities: [Entity]) {
        let tokens = TokenFeatures(document)
        return recognize(document, tokens)
    }

    /// Mentions and entities of `document`, whose tokens' features `t` are.
    func recognize(_ document: Document, _ t: TokenFeatures) -> (mentions: [Mention], entities: [Entity]) {
        // The rules' phrases are read in the document's own bytes where they are the phrase's
        // (see `PhraseBytes`), for as long as the bytes are at hand: this call.
        document.bytes.withUnsafeBufferPointer { bytes in
            let scratch = t.lookups.phraseScratch
            scratch.document = bytes
            defer { scratch.document = nil }
            return recognize(tokensOf: document, t)
        }
    }

    /// `recognize(document, t)`, the document's bytes at hand to the phrases.
    private func recognize(tokensOf document: Document, _ t: TokenFeatures) -> (mentions: [Mention], entities: [Entity]) {
        // Answers about words met in earlier documents of this thread come from its word cache.
        if let tables = lexicons.tables { t.shareAnswers(for: tables) }
        let layout = DocumentLayout(t, sports: lexicons.sports)
        var mentions: [Mention] = []
        // Room for a mention every dozen tokens, made once: each growth of the array copies
        // every mention made so far.
        mentions.reserveCapacity(t.count / 12 + 4)
        // Lone capitalised words set aside until the names are known, each with its role phrase
        // as an index into `singleRoles` (or -1): a tuple holding the string was destroyed
        // element by element through the run-time's generic tuple witness (115 instructions a
        // word), a tuple of plain values needs no destroying.
        var pendingSingles: [(index: Int, modifier: Bool, evidence: Bool, role: Int)] = []
        // Room made once, as for the mentions: grown from empty, the array was reallocated five
        // or six times a document, each growth of this tuple array 470 instructions (928 growths,
        // 0.44 M instructions on the 168 PolNeAR dev+test texts, in callgrind).
        pendingSingles.reserveCapacity(t.count / 12 + 4)
        var singleRoles: [String] = []
        var openers: Set<Int> = []
        // The token each mention starts at (its name's first token), one per mention, kept
        // alongside `mentions` until they are joined and sorted: rules after the loop below read
        // a name's first word through it instead of searching the token spans.
        var firstTokens: [Int] = []
        firstTokens.reserveCapacity(t.count / 12 + 4)
        func add(_ kind: Mention.Kind, _ a: Int, _ b: Int, canonical: String? = nil) {
            firstTokens.append(a)
            let (span, possessive) = nameSpan(t, a, b)
            // A one-token name without a possessive ending is its token's bytes: the token's
            // string (decoded from the same bytes) is the name, with no new string built.
            let name = b == a + 1 && !possessive ? t.texts[a] : document.string(span)
            mentions.append(Mention(kind: kind, span: span, fullSpan: span, name: name, canonical: canonical ?? name,
                                    isPossessive: possessive, isModifier: kind == .person && isModifier(t, b), sentence: t.sentence[a]))
        }
        var i = 0
        let n = t.count
        // The place at the last token asked about: rules 1a and 3 both ask at the same token.
        // Kept in plain variables (an optional tuple holding the entry is copied and destroyed
        // through generic value witnesses at every asking).
        var placeIndex = -1, placeEnd = -1
        var placeEntry: PlaceEntry?
        /// The end of the place at token `k`, or -1; its entry is then `placeEntry`.
        func placeEndAt(_ k: Int) -> Int {
            if placeIndex != k {
                placeIndex = k
                // Most words asked about name no place, and their remembered answers tell so
                // (`startsNoPlace`): settled without a call into `place(at:)` (9,036 of its
                // 16,428 calls on the 168 PolNeAR dev+test texts, in callgrind).
                if startsNoPlace(at: k, t) {
                    placeEnd = -1
                    placeEntry = nil
                } else if let found = place(at: k, t) {
                    placeEnd = found.end
                    placeEntry = found.entry
                } else {
                    placeEnd = -1
                    placeEntry = nil
                }
            }
            return placeEnd
        }
        // The next head word a headed name could end with (see `HeadWordCursor`), looked for at
        // capitalised words and words in capitals only. (The flags are read through locals: read
        // through `t` in the cursor's closure, each array was retained and released at every call.)
        var heads = HeadWordCursor()
        let capitalized = t.capitalized, allCaps = t.allCaps
        @inline(__always) func nextCandidate(_ k: Int) -> Int {
            k < n && (capitalized[k] || allCaps[k]) ? k : Self.firstCapitalized(from: k, capitalized, allCaps)
        }
        while i < n {
            // Most tokens are neither capitalised nor in capitals: passed over eight at a time.
            i = Self.firstCapitalized(from: i, capitalized, allCaps)
            guard i < n else { break }
            guard t.kinds[i] == .word else { i += 1; continue }
            let headline = layout.isHeadline[t.sentence[i]]
            // 0. Datelines: "LONDON 1996-08-30", "ESCHEN , Liechtenstein 1996-08-31".
            if layout.isDateline[t.sentence[i]] {
                for place in datelinePlaces(from: i, t, layout) { add(.place, place.start, place.end, canonical: place.canonical) }
                i = layout.sentenceStart[t.sentence[i] + 1]
                continue
            }
            // 1. Organisations from the lexicon.
            if mayStartOrganization(t, i),
               let (end, canonical) = longestMatch(t, i, maxWords: lexicons.maxOrganizationWords, prefixes: lexicons.organizationPrefixes,
                                                    organizationWords: true, table: .organizations),
               !(end - i == 1 && t.isSentenceInitial(i) && isCommon(t, i)) {
                add(.organization, i, end, canonical: canonical)
                i = end
                continue
            }
            // 1a. A town and a team's nickname: "Philadelphia Eagles", "Chicago White Sox".
            // (Looked for only at a word a team name starts with, remembered per word id: most
            // places are followed by none, and each look-up laid out and hashed its phrases.)
            if !t.allCaps[i], case let placeEnd = placeEndAt(i), placeEnd >= 0, placeEnd < t.count, t.sentence[placeEnd] == t.sentence[i],
               mayStartTeam(t, placeEnd),
               let (end, _) = longestMatch(t, placeEnd, maxWords: lexicons.maxTeamWords, prefixes: lexicons.teamPrefixes, table: .teams) {
                add(.organization, i, end)
                i = end
                continue
            }
            // 1a. Clubs a sports story names by a known team name: "Derbyshire", "Red Sox".
            if layout.isSports, !t.allCaps[i], mayStartTeam(t, i),
               let (end, _) = longestMatch(t, i, maxWords: lexicons.maxTeamWords, prefixes: lexicons.teamPrefixes, table: .teams) {
                add(.organization, i, end)
                i = end
                continue
            }
            // 1a. Teams in score and standings rows: "Partick 1 St Mirren 1".
            // (Only in a table row, which most sentences are not: asked before the call, 16,447
            // of them on the 168 PolNeAR dev+test texts, in callgrind.)
            if layout.isTableRow[t.sentence[i]], let end = resultTeam(at: i, t, layout) {
                add(.organization, i, end)
                i = end
                continue
            }
            // Most capitalised common words ("The", "But", "He", a quarter of the words asked
            // about here) start nothing the rules below could find: passed over on their facts.
            // (The place at `i` is mostly known by now, from rule 1a: read back here and at rule
            // 3 without a call, 24,400 of the 40,800 askings on the 168 PolNeAR dev+test texts.)
            if !t.allCaps[i], (placeIndex == i ? placeEnd : placeEndAt(i)) < 0, startsNothing(at: i, t) {
                i += 1
                continue
            }
            // 1b. Names that their head word types: "Kurdistan Democratic Party", "Ministry of Defence", "U.S. Open".
            // (Asked only where a head word lies ahead within the scan's reach. Two `min`s of two:
            // `min` of three values is the variadic one, which made and released an empty array
            // at each asking, 12,286 times on the 168 PolNeAR dev+test texts.)
            if !headline,
               heads.headAhead(from: i, before: min(min(n, i + Self.headedNameReach), layout.sentenceStart[t.sentence[i] + 1]),
                               nextCandidate: nextCandidate, { mayHeadName(t, $0) }),
               let headed = headedName(at: i, t) {
                if let kind = headed.kind { add(kind, headed.start, headed.end) }
                i = headed.end
                continue
            }
            // 2. A titled or first-named person.
            if !headline, let person = person(at: i, t, document, into: &mentions) {
                firstTokens.append(person.nameStart)
                i = person.end
                continue
            }
            // 3. Places; in sports stories a town's name outside a locative phrase is its club.
            if case let end = placeIndex == i ? placeEnd : placeEndAt(i), end >= 0, let entry = placeEntry {
                let kind: Mention.Kind = isClub(entry, i, end, t, layout) ? .organization : .place
                add(kind, i, end, canonical: kind == .place ? entry.canonical : nil)
                i = end
                continue
            }
            // 3b. Unknown names that their context marks as people or places.
            if !headline, let (end, kind) = contextualName(at: i, t, layout) {
                add(kind, i, end)
                i = end
                continue
            }
            // 3c. Acronyms in running text: "UEFA", "KDP".
            if !headline, isAcronymOrganization(i, t, layout) {
                add(.organization, i, i + 1)
                i += 1
                continue
            }
            // 4. A lone capitalised word: a surname, or nothing.
            if !isPronoun(t, i) && !isCommonStripped(t, i) && !isCommon(t, i)
                && !isDemonymStripped(t, i) && t.kinds[i] == .word {
                let (end, _) = headline || t.allCaps[i] ? (i + 1, 1) : capitalizedRun(t, i)
                if end == i + 1 {
                    let modifier = isModifier(t, end)
                    // (The role phrase is looked for once; a possessive ending is read off the word facts.)
                    let role = role(before: i, t)
                    let evidence = !t.allCaps[i] && (followedByCue(t, end) || role != nil
                        || (i > 0 && isCueVerb(t, i - 1) && t.sentence[i - 1] == t.sentence[i] && !t.capitalized[i - 1] || i > 0 && t.lowercased[i - 1] == "said"))
                    if let role { singleRoles.append(role) }
                    pendingSingles.append((i, modifier, evidence, role == nil ? -1 : singleRoles.count - 1))
                }
                // An unknown word opening a sentence may be an adjective before a name
                // ("Controversial Australian Anthony Hill"): read on from the next word.
                if end > i + 1 && t.isSentenceInitial(i) { openers.insert(i); i += 1; continue }
                // "Education Minister Nagoum Yamassoum": a title inside the run starts the name.
                if let title = firstNonRoleTitle(in: i + 1..<end, t) {
                    i = title
                    continue
                }
                i = end
                continue
            }
            i += 1
        }
        // Lone words that name a person already introduced, or that context marks as a person.
        // Surnames of the people found so far; given names of people in the story (a lone "Randall"
        // after "Randall Cunningham" is that person); surnames strong enough to take a place name
        // over (a first name or a title came with them). Each person's name is split once.
        var people = 0
        for m in mentions.indices where mentions[m].kind == .person { people += 1 }
        // One table, each word marked with the sets it is in; sized once for every person's two
        // words (and the lone words added below): it does not grow while filled.
        let names = NameKeySet(minimumCapacity: 2 * people + pendingSingles.count)
        let surname: UInt8 = 1, givenName: UInt8 = 2, strongSurname: UInt8 = 4
        // The lowercase bytes of a name's first word.
        var lowered: [UInt8] = []
        lowered.reserveCapacity(32)
        precondition(firstTokens.count == mentions.count, "a first token per mention")
        for m in mentions.indices where mentions[m].kind == .person {
            let titled = mentions[m].title != nil
            if markOuterWords(ofASCII: mentions[m].name, firstToken: firstTokens[m], titled: titled, t, in: names,
                              surname: surname, strongSurname: strongSurname, givenName: givenName, lowered: &lowered) {
                continue
            }
            // The first and last space-separated words, found without splitting the whole name
            // (two words or more when they start at different places).
            let name = mentions[m].name
            guard let last = name.lastSpaceSeparatedWord, let first = name.firstSpaceSeparatedWord else { continue }
            let lastWord = strippedPossessive(String(last)).lowercased()
            let firstNamed = first.startIndex != last.startIndex && lexicons.firstName(first.lowercased()) != nil
            names.insert(lowercase: lastWord, as: titled || firstNamed ? surname | strongSurname : surname)
            if firstNamed && !titled { names.insert(lowercase: String(first).lowercased(), as: givenName) }
        }
        for single in pendingSingles {
            let role = single.role >= 0 ? singleRoles[single.role] : nil
            let word = strippedText(t, single.index)
            // Lowercased once; without a possessive ending it is the token's own lowercase form.
            let lower = lowercasedStripped(t, single.index)
            let known = names.contains(lowercase: lower, anyOf: surname | givenName)
            guard known || single.evidence, single.modifier || !followsArticle(single.index, t),
                  !isQuotedTitle(single.index, single.index + 1, t) else { continue }
            // Context alone ("Ruch said", "Traders said") makes a person only of a word that is a
            // known surname, not a plural noun, a demonym or a lone letter.
            if !known {
                guard isSurnameStripped(t, single.index) || isFirstNameStripped(t, single.index) || role != nil,
                      !isDemonymStripped(t, single.index), word.count > 1 else { continue }
            }
            // "Naina Yeltsin" opening a sentence: the unknown word before a person's surname is a given name.
            let start = isGivenNameOpener(single.index - 1, openers, t) ? single.index - 1 : single.index
            let (span, possessive) = nameSpan(t, start, single.index + 1)
            let name = start < single.index ? t.texts[start] + " " + word : word
            let mention = Mention(kind: .person, span: span, fullSpan: span, name: name, role: role,
                                  canonical: name, isPossessive: possessive, isModifier: single.modifier,
                                  sentence: t.sentence[single.index])
            mentions.append(mention)
            firstTokens.append(start)
            names.insert(lowercase: lower, as: surname)
        }
        for index in listedNames(pendingSingles.map(\.index), mentions, t, layout) {
            let word = strippedText(t, index)
            let (span, possessive) = nameSpan(t, index, index + 1)
            mentions.append(Mention(kind: .person, span: span, fullSpan: span, name: word, canonical: word,
                                    isPossessive: possessive, isModifier: false, sentence: t.sentence[index]))
            firstTokens.append(index)
        }
        // A place word that is the surname of a person in the story is that person ("Neil Jordan" … "Jordan said").
        // (The cheap tests first: no strong surname, a space or a dateline settles it without a lookup.)
        // (The name is read out once: passed from the array to each test, it was retained and
        // released for each, 6,615 times on the 168 PolNeAR dev+test texts.)
        for m in mentions.indices where !names.isEmpty(of: strongSurname) && (mentions[m].kind == .place || mentions[m].kind == .organization)
            && !layout.isDateline[mentions[m].sentence] {
            let name = mentions[m].name
            guard !name.containsSpace, mentions[m].kind == .place || !isOrganizationName(name, firstTokens[m], t),
                  Self.containsLowercased(name, in: names, anyOf: strongSurname) else { continue }
            mentions[m].kind = .person
            mentions[m].canonical = name
        }
        retypeOrganizationsByEvidence(&mentions, firstTokens: firstTokens, t)
        joinHeadlineNames(&mentions, document, layout)
        // (Three words need two spaces: a name with fewer is passed over before its mention is
        // opened for writing, which checked the array was unique for every person.)
        for m in mentions.indices where mentions[m].kind == .person && Self.hasTwoSpaces(mentions[m].name) {
            trimLeadingRole(&mentions[m])
        }
        Self.sortBySpan(&mentions)
        let entities = EntityClusterer(lexicons: lexicons).cluster(&mentions)
        return (mentions, entities)
    }

    /// Marks the words of the person name `name` in `names`, read on its bytes when it is
    /// ASCII: its last word, lowercase and without a possessive ending, as a `surname` (also a
    /// `strongSurname` when the name is `titled` or opens with a known first name), and that
    /// first name as a `givenName` when the name is not `titled`. Returns whether it was read so
    /// (false for any other name, which the caller splits as a string). `firstToken` is the
    /// token the name starts at; `lowered` is room for a lowercase word.
    ///
    /// A method of its own, not a closure in the recogniser's loop: the closure's context
    /// retained three objects and released them at every person (3,233 times on the 168
    /// PolNeAR dev+test texts, in callgrind).
    func markOuterWords(ofASCII name: String, firstToken k: Int, titled: Bool, _ t: TokenFeatures, in names: NameKeySet,
                        surname: UInt8, strongSurname: UInt8, givenName: UInt8, lowered: inout [UInt8]) -> Bool {
        name.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard let (first, last) = Self.outerWordRanges(bytes) else { return false }
            guard !last.isEmpty else { return true }
            let lastBytes = UnsafeBufferPointer(rebasing: bytes[last])
            let lastWord = UnsafeBufferPointer(rebasing: lastBytes[0..<(lastBytes.count - Self.possessiveBytes(utf8: lastBytes))])
            let firstBytes = UnsafeBufferPointer(rebasing: bytes[first])
            var firstNamed = false
            if first.lowerBound != last.lowerBound, first.lowerBound == 0, first.count == t.texts[k].utf8.count {
                // The first word is the first token's text (ASCII: its lowercase form is the
                // ASCII one): asked once per word id.
                firstNamed = isFirstName(t, k)
            } else if first.lowerBound != last.lowerBound {
                lowered.removeAll(keepingCapacity: true)
                for byte in firstBytes { lowered.append(NameKeySet.lowercaseByte(byte)) }
                firstNamed = lowered.withUnsafeBufferPointer { lexicons.firstName(utf8: $0) } != nil
            }
            names.insert(lowercasing: lastWord, as: titled || firstNamed ? surname | strongSurname : surname)
            if firstNamed && !titled { names.insert(lowercasing: firstBytes, as: givenName) }
            return true
        } ?? false
    }

    /// Whether the rules after the team rules (headed names, people, places, unknown names,
    /// acronyms, lone words) find nothing at token `i`, a capitalised word not in capitals
    /// outside a dateline where no place starts (the caller has asked `place(at:)`), read off its
    /// word's and the next token's facts: a common word, no title, without a possessive ending,
    /// not followed in its sentence by a capitalised word, a period written against it, a name
    /// particle or a connector of headed names.
    ///
    /// Each rule turns such a word away: its run is the word alone, and a head word alone names
    /// nothing; a common word opens a person's name only before a capitalised one; a common word
    /// is known, so no unknown name; no acronym; and no lone word (`StartsNothingTests` asks
    /// each rule).
    @inline(__always)
    func startsNothing(at i: Int, _ t: TokenFeatures) -> Bool {
        guard !t.allCaps[i], t.possessiveBytes(i) == 0, isCommon(t, i), !isTitle(t, i) else { return false }
        let next = i + 1
        guard next < t.count else { return true }
        if t.sentence[next] != t.sentence[i] { return !(t.isText(next, ".") && !t.spaceBefore[next]) }
        return t.kinds[next] == .word && !t.capitalized[next] && !t.allCaps[next] && !isHeadConnector(t, next) && !isParticle(t, next)
    }

    /// The first index from `i` on where `capitalized` or `allCaps` (of equal length) is true,
    /// or their length: read eight flags of each at a time (a `Bool` is one byte, 0 or 1) while
    /// all are false, then one by one.
    static func firstCapitalized(from i: Int, _ capitalized: [Bool], _ allCaps: [Bool]) -> Int {
        precondition(capitalized.count == allCaps.count, "one flag of each per token")
        return capitalized.withUnsafeBufferPointer { c in
            allCaps.withUnsafeBufferPointer { a in
                let n = c.count
                var k = max(0, i)
                if let cBase = c.baseAddress, let aBase = a.baseAddress {
                    while k + 8 <= n {
                        let any = UnsafeRawPointer(cBase + k).loadUnaligned(as: UInt64.self)
                            | UnsafeRawPointer(aBase + k).loadUnaligned(as: UInt64.self)
                        if any != 0 { return k + UInt64(littleEndian: any).trailingZeroBitCount / 8 }
                        k += 8
                    }
                }
                while k < n && !(c[k] || a[k]) { k += 1 }
                return k
            }
        }
    }

    /// Sorts `mentions` by span, keeping equal spans in their order: what `sort { $0.span < $1.span }`
    /// gives, without moving a mention when they are in order already (as they mostly are: the
    /// rules find them left to right, and a mention is a large value to move).
    ///
    /// The mentions come as two ascending runs most of the time (the names the loop finds, then
    /// the lone words and listed names added after it): those are merged in place (`Array.mergeRuns`).
    /// Any other order has each mention's place found (by span, then index) and each mention
    /// then moved to it (`destinationsBySpan`).
    static func sortBySpan(_ mentions: inout [Mention]) {
        guard let split = mentions.secondRunStart(by: { $0.span < $1.span }) else {
            var destinations = destinationsBySpan(mentions.map(\.span))
            mentions.move(to: &destinations)
            return
        }
        mentions.mergeRuns(at: split, by: { $0.span < $1.span })
    }

    /// The place of each of `spans` in their order by span, then index.
    static func destinationsBySpan(_ spans: [Span]) -> [Int] {
        var destinations = [Int].filled(with: 0, count: spans.count)
        var order = Array(spans.indices)
        order.sort { spans[$0] != spans[$1] ? spans[$0] < spans[$1] : $0 < $1 }
        for (place, m) in order.enumerated() { destinations[m] = place }
        return destinations
    }

    /// Whether `set` holds `name.lowercased()` as one of `kinds`, asked on the name's bytes.
    static func containsLowercased(_ name: String, in set: NameKeySet, anyOf kinds: UInt8) -> Bool {
        name.utf8.withContiguousStorageIfAvailable { set.contains(lowercasing: $0, anyOf: kinds) }
            ?? set.contains(lowercase: name.lowercased(), anyOf: kinds)
    }

    /// The byte ranges of the first and last space-separated words of a name written in ASCII
    /// without carriage returns (`firstSpaceSeparatedWord`, `lastSpaceSeparatedWord`; empty
    /// ranges when the name has no word), or nil for any other name.
    static func outerWordRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> (first: Range<Int>, last: Range<Int>)? {
        for byte in bytes where byte >= 0x80 || byte == 0x0D { return nil }
        var start = 0
        while start < bytes.count && bytes[start] == 0x20 { start += 1 }
        var end = start
        while end < bytes.count && bytes[end] != 0x20 { end += 1 }
        var lastEnd = bytes.count
        while lastEnd > 0 && bytes[lastEnd - 1] == 0x20 { lastEnd -= 1 }
        var lastStart = lastEnd
        while lastStart > 0 && bytes[lastStart - 1] != 0x20 { lastStart -= 1 }
        return (start..<end, lastStart..<lastEnd)
    }

    /// "KEVIN BROWN LOWERS ERA": in a capitalised headline each word was read alone; a given name
    /// and a surname next to each other, both people, are one name.
    func joinHeadlineNames(_ mentions: inout [Mention], _ document: Document, _ layout: DocumentLayout) {
        Self.sortBySpan(&mentions)
        // Without a headline there is nothing to join: the mentions stay as they are, uncopied.
        guard layout.isHeadline.contains(true) else { return }
        // Joined in place: `w` mentions kept so far (the last of them perhaps a joined name), the
        // next kept one moved down over the gap, none copied.
        var w = 0
        for r in mentions.indices {
            // (The mentions' fields are read in place: a mention passed whole is copied.)
            if w > 0, mentions[w - 1].kind == .person, mentions[r].kind == .person,
               Self.joinsHeadlineName(kinds: true, mentions[w - 1].sentence, mentions[r].sentence, mentions[w - 1].isPossessive,
                                      mentions[w - 1].name, layout)
                && lexicons.firstName(mentions[w - 1].name.lowercased()) != nil
                && document.string(Span(mentions[w - 1].span.end, mentions[r].span.start)) == " " {
                let span = Span(mentions[w - 1].span.start, mentions[r].span.end)
                let name = document.string(span)
                mentions[w - 1] = Mention(kind: .person, span: span, fullSpan: span, name: name, canonical: name,
                                          isPossessive: mentions[r].isPossessive, isModifier: mentions[r].isModifier,
                                          sentence: mentions[w - 1].sentence)
                continue
            }
            if w != r { mentions.withUnsafeMutableBufferPointer { $0.swapAt(w, r) } }
            w += 1
        }
        mentions.removeLast(mentions.count - w)
    }

    /// Whether person mentions `a` and `b` (next to each other in the list) could be one name
    /// read as two in a capitalised headline: both people in one headline, `a` one word without
    /// a possessive ending. (The caller then asks for a given name `a` and one space between them.)
    @inline(__always)
    static func joinsHeadlineName(_ a: borrowing Mention, _ b: borrowing Mention, _ layout: DocumentLayout) -> Bool {
        joinsHeadlineName(kinds: a.kind == .person && b.kind == .person, a.sentence, b.sentence, a.isPossessive, a.name, layout)
    }

    /// `joinsHeadlineName(a, b, layout)` on the fields it reads: whether both are people
    /// (`kinds`), their sentences, whether `a` is possessive, and `a`'s name.
    @inline(__always)
    static func joinsHeadlineName(kinds bothPeople: Bool, _ aSentence: Int, _ bSentence: Int, _ aPossessive: Bool,
                                  _ aName: String, _ layout: DocumentLayout) -> Bool {
        bothPeople && aSentence == bSentence && layout.isHeadline[aSentence] && !aPossessive && !aName.containsSpace
    }

    /// The first token in `range` that is a title other than a role ("Minister" in "Education
    /// Minister Nagoum Yamassoum"), or nil.
    ///
    /// Only a word that is a title by its answer remembered per word id (`isTitle`) is looked up
    /// for its kind: most words of a capitalised run are none (870 table look-ups on the 168
    /// PolNeAR dev+test texts before).
    func firstNonRoleTitle(in range: Range<Int>, _ t: TokenFeatures) -> Int? {
        for k in range where isTitle(t, k) {
            if let title = lexicons.title(t.texts[k]), title.kind != "role" { return k }
        }
        return nil
    }

    /// Whether token `k` opened its sentence, began a longer run of unknown words and could be a
    /// given name: no adjective or adverb ending ("Ailing", "Embattled", "Reportedly").
    func isGivenNameOpener(_ k: Int, _ openers: Set<Int>, _ t: TokenFeatures) -> Bool {
        guard k >= 0, openers.contains(k), t.capitalized[k], !t.allCaps[k], t.characterCount(k) > 1 else { return false }
        let lower = t.lowercased[k]
        return !["ing", "ed", "ly"].contains(where: { lower.hasSuffix($0) }) && !isPlace(t, k)
            && lexicons.isPersonCue(lower) == false && !isTitle(t, k)
    }

    /// Whether `name` holds at least two space bytes (read until the second).
    ///
    /// Inlined, the bytes read out of line: a call with the name retained and released it,
    /// 5,138 times on the 168 PolNeAR dev+test texts (the test of every person mention).
    @inline(__always)
    static func hasTwoSpaces(_ name: String) -> Bool {
        name.utf8.withContiguousStorageIfAvailable { hasTwoSpaces(bytes: $0) } ?? hasTwoSpaces(bytes: name.utf8)
    }

    /// Whether `bytes` holds at least two space bytes (read until the second).
    static func hasTwoSpaces(bytes: some Sequence<UInt8>) -> Bool {
        var spaces = 0
        for byte in bytes where byte == 0x20 {
            spaces += 1
            if spaces == 2 { return true }
        }
        return false
    }

    /// Whether a space-separated word of `bytes` other than the first and the last is, in
    /// lowercase, a known first name; nil when `bytes` are not all ASCII.
    func hasInnerFirstName(ascii bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        for b in bytes where b >= 0x80 { return nil }
        // The words strictly between the first and the last.
        var start = 0
        while start < bytes.count && bytes[start] == 0x20 { start += 1 }
        while start < bytes.count && bytes[start] != 0x20 { start += 1 }
        var stop = bytes.count
        while stop > start && bytes[stop - 1] == 0x20 { stop -= 1 }
        while stop > start && bytes[stop - 1] != 0x20 { stop -= 1 }
        guard stop > start else { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: stop - start) { lowered -> Bool in
            var k = start
            while k < stop {
                while k < stop && bytes[k] == 0x20 { k += 1 }
                var n = 0
                while k < stop && bytes[k] != 0x20 { lowered[n] = NameKeySet.lowercaseByte(bytes[k]); n += 1; k += 1 }
                if n > 0, lexicons.firstName(utf8: UnsafeBufferPointer(rebasing: lowered[0..<n])) != nil { return true }
            }
            return false
        }
    }

    /// `words` joined with single spaces, as `joined(separator: " ")` gives them. Each word is
    /// made a `String` and appended as one: `joined(separator:)`, and appending a `Substring`
    /// (generic), looked up an associated type witness at every word, 11,000 instructions each.
    static func spaceJoined(_ words: ArraySlice<Substring>) -> String {
        var joined = "", first = true
        for word in words {
            if !first { joined += " " }
            joined += String(word)
            first = false
        }
        return joined
    }

    /// `word.capitalized` of a lowercase word: made on its bytes when they are ASCII letters
    /// only (the first in capitals, the rest as they are), else by Foundation (`capitalized`
    /// cost 3,600 instructions a word, 0.28 M on the 168 PolNeAR dev+test texts).
    static func capitalizedLowercase(_ word: String) -> String {
        let ascii = word.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard let first = bytes.first, bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                out[0] = first - 0x20
                for k in 1..<bytes.count { out[k] = bytes[k] }
                return bytes.count
            }
        } ?? nil
        return ascii ?? word.capitalized
    }

    /// "Majority Leader Mitch McConnell" -> "Mitch McConnell" with the title kept: a capitalised
    /// role word before a known first name is not part of the name.
    func trimLeadingRole(_ mention: inout Mention) {
        // Three words need at least two space bytes: most names are ruled out without splitting.
        guard Self.hasTwoSpaces(mention.name) else { return }
        // An ASCII name is read on its bytes first: most have no first name inside, and are
        // then left as they are without splitting or lowercasing strings.
        let inner = mention.name.utf8.withContiguousStorageIfAvailable { hasInnerFirstName(ascii: $0) } ?? nil
        if inner == false { return }
        let words = mention.name.spaceSeparatedWords()
        guard words.count >= 3 else { return }
        for p in 1..<(words.count - 1) where lexicons.firstName(words[p].lowercased()) != nil {
            let before = words[..<p].map { $0.lowercased() }
            guard before.contains(where: { lexicons.role($0) != nil || lexicons.title(Self.capitalizedLowercase($0)) != nil }) else { return }
            let byteOffset = mention.name.utf8.distance(from: mention.name.utf8.startIndex, to: words[p].startIndex.samePosition(in: mention.name.utf8) ?? mention.name.utf8.startIndex)
            let title = Self.spaceJoined(words[..<p])
            mention.title = mention.title.map { $0 + " " + title } ?? title
            mention.span = Span(mention.span.start + byteOffset, mention.span.end)
            mention.name = Self.spaceJoined(words[p...])
            mention.canonical = mention.name
            return
        }
    }
}
