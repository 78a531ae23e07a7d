import Foundation

/// Person names: titled or first-named runs, and the run and role helpers they share.
extension EntityRecognizer {
    /// A person starting at token `i`: [Title] Name… with a title, honorific or known first name,
    /// appended to `mentions`; returns the end of the name and the token the name (after its
    /// title) starts at, or nil (nothing appended).
    ///
    /// The mention goes straight into the array: returned in an optional (a large value), it was
    /// copied twice at every token asked, most of them no person.
    func person(at i: Int, _ t: TokenFeatures, _ document: Document, into mentions: inout [Mention]) -> (end: Int, nameStart: Int)? {
        var start = i
        // Sentence-initial function word or a demonym ("Russian President Vladimir Putin").
        // Also a capitalised role noun opening the sentence ("Fullback Andre Joubert").
        // (Whether the word is a role noun, remembered per word id, is asked before whether it
        // opens its sentence, a call that reads back over the tokens before it: most words are
        // none, and the call was made for 10,577 of the 11,747 words asked about on the 168
        // PolNeAR dev+test texts, in callgrind.)
        if isDemonym(t, start) || (isCommon(t, start) && !isTitle(t, start))
            || t.capitalized[start] && isPersonCue(t, start) && t.isSentenceInitial(start)
                && !isTitle(t, start) {
            guard start + 1 < t.count, t.capitalized[start + 1], t.sentence[start + 1] == t.sentence[i] else { return nil }
            if !isDemonym(t, start) && !t.isSentenceInitial(start) { return nil }
            start += 1
        }
        var title: String?
        // The gender of the title's lexicon entry, read off the entry the title was found with
        // (looking the title up again cost 0.3 M instructions in callgrind of the 168 PolNeAR
        // texts); a title that takes the period after it ("Sen.") is a key of its own, looked up
        // only once a person is found.
        var titleGender: Gender = .unknown, titleTookPeriod = false
        var titleEnd = start
        // Longest title at `start` (titles may include a trailing period token: "Sen." "Gen.").
        let kmax = min(t.count, start + lexicons.maxTitleWords * 2 + 1)
        // Most words start no title: that is known per word after its first test.
        let mayStartTitle = start >= kmax || lexicons.titlePrefixes == nil || isTitlePrefix(t, start)
        if mayStartTitle && kmax > start {
            // The phrases from `start`, as bytes, as far as they can still begin a title; the longest title wins.
            var p = t.phraseBytes(from: start, through: kmax)
            // (The first word is a title prefix: `isTitlePrefix` said so above.)
            let count = p.extend(whilePrefixIn: lexicons.titlePrefixes, firstKnown: true, t)
            var k = start + count
            while k > start {
                // (The first word alone is the token's own text: whether it is a title is
                // remembered per word id, and a word that is none is not looked up.)
                if k > start + 1 || isTitle(t, start), let entry = lexicons.title(utf8: p.bytes(to: k)), entry.kind != "role",
                   k < t.count, t.capitalized[k] || t.isText(k, ".") {
                    title = String(decoding: p.bytes(to: k), as: UTF8.self)
                    titleGender = entry.gender
                    titleEnd = k
                    break
                }
                k -= 1
            }
        }
        if title != nil, titleEnd < t.count, t.isText(titleEnd, "."), !t.spaceBefore[titleEnd] {
            title! += "."
            titleEnd += 1
            titleTookPeriod = true
        }
        guard titleEnd < t.count, t.capitalized[titleEnd] || t.allCaps[titleEnd] else { return nil }
        let (end, _) = capitalizedRun(t, titleEnd)
        var wordCount = 0
        for k in titleEnd..<end where t.kinds[k] == .word && !t.isText(k, ".") { wordCount += 1 }
        // Without a title a name needs two words: no test below makes a person of fewer.
        if title == nil && wordCount < 2 { return nil }
        // "the White Sox" is no person, but "the Marc Dutroux case" names one.
        if title == nil && followsArticle(start, t) && !isModifier(t, end) { return nil }
        if title == nil && isQuotedTitle(titleEnd, end, t) { return nil }
        guard end > titleEnd else { return nil }
        var nameEnd = end
        // A trailing organisation or place word set ends the name: "Mattis Pentagon" is rare; keep simple.
        // The first name's gender is looked up only for a word known to be one.
        let firstName = personFirstNameGender(t, titleEnd)
        if title == nil {
            // A known first name, or an unknown one before a known surname ("Rakeyia Scott").
            // (Asked only without a first name, and the surname list, a large table, after the
            // tests of the first word: the tests have no effects, so their order is free.)
            let knownSurname = firstName == nil && wordCount >= 2 && wordCount <= 3 && !t.allCaps[titleEnd]
                && !isCommon(t, titleEnd) && !isDemonym(t, titleEnd) && !isOrganization(t, titleEnd)
                && !isPlace(t, titleEnd) && isSurnameStripped(t, nameEnd - 1)
                // "Real Madrid", "Statistics Canada", "Reynard Honda": a place or a firm is no surname here.
                && (!isPlaceStripped(t, nameEnd - 1) || isInitialsWord(t, titleEnd))
                && !isOrganizationStripped(t, nameEnd - 1)
            guard (firstName != nil || knownSurname), wordCount >= 2 else { return nil }
            // "Jordan Peterson" is a person, but "Georgia Tech" or "Washington Post" are not: last word must not be an org head.
            // (The phrase looked up as bytes, laid out once for both lexicons.)
            if isCommonStripped(t, nameEnd - 1) { return nil }
            let whole = t.phraseUTF8(titleEnd, nameEnd)
            if mayBePlaceName(whole, from: titleEnd, t) && isPlaceName(utf8: whole) || mayBeOrganization(whole, from: titleEnd, t) && lexicons.organization(utf8: whole) != nil { return nil }
        } else if nameEnd == titleEnd + 1 {
            if isCountry(t, titleEnd) { return nil }
        } else if case let phrase = t.phraseUTF8(titleEnd, nameEnd), mayBePlaceName(phrase, from: titleEnd, t),
                  lexicons.place(utf8: phrase)?.kind == "country" {
            return nil
        }
        // A regnal number: "Queen Elizabeth I", "Charles VI".
        if nameEnd < t.count, t.sentence[nameEnd] == t.sentence[i], isRomanNumeral(t, nameEnd) || title != nil && t.isText(nameEnd, "I"),
           nameEnd == end {
            nameEnd += 1
        }
        // "Lola Honda", "Reynard Mercedes-Benz": a name ending in a known firm is a product, no person.
        if nameEnd > titleEnd + 1 {
            let p = t.laidOutPhraseBytes(from: titleEnd, through: nameEnd)
            for j in titleEnd + 1..<nameEnd {
                // The last word alone is the token's own text: its answer is remembered per word id.
                if j == nameEnd - 1 { if isOrganization(t, j) { return nil }; continue }
                let suffix = p.bytes(from: j, to: nameEnd)
                if mayBeOrganization(suffix, from: j, t), lexicons.organization(utf8: suffix) != nil { return nil }
            }
        }
        // "Major League Baseball", "Prince Albert Hall": a head word makes the run no person's name.
        for k in titleEnd..<nameEnd where isNameHeadStripped(t, k) { return nil }
        // Drop a capitalised word that starts a new clause after the name ("… Trump Thursday").
        while nameEnd - 1 > titleEnd, isCommonStripped(t, nameEnd - 1),
              !(title != nil && t.isText(nameEnd - 1, "I")) { nameEnd -= 1 }
        let (span, possessive) = nameSpan(t, titleEnd, nameEnd)
        let fullSpan = Span(t.spans[start].start, span.end)
        var gender = titleGender
        if titleTookPeriod, let title { gender = lexicons.title(title)?.gender ?? .unknown }
        if gender == .unknown, let firstName { gender = firstName }
        let role = role(before: start, t) ?? appositiveRole(after: nameEnd, t)
        if gender == .unknown, let role, let g = lexicons.role(role)?.gender { gender = g }
        let name = document.string(span)
        mentions.append(Mention(kind: .person, span: span, fullSpan: fullSpan, name: name, title: title, role: role, gender: gender,
                                canonical: name, isPossessive: possessive, isModifier: isModifier(t, nameEnd), sentence: t.sentence[i]))
        return (nameEnd, titleEnd)
    }

    /// Whether the phrase `phrase` of two tokens or more, laid out from token `k`, may be a
    /// place's name (`isPlaceName`): not when it is ASCII, a space follows token `k`, it does not
    /// start with "St " (looked up also as "St. …" and "Saint …"), and no multi-word name starts
    /// with token `k`'s word (asked once per word id, `canStartPhrase`): a key with a space is in
    /// `multiWordStarts` under its first word.
    func mayBePlaceName(_ phrase: UnsafeBufferPointer<UInt8>, from k: Int, _ t: TokenFeatures) -> Bool {
        if canStartPhrase(t, k) || k + 1 >= t.count || !t.spaceBefore[k + 1] { return true }
        if phrase.count >= 3, phrase[0] == 0x53, phrase[1] == 0x74, phrase[2] == 0x20 { return true }
        for byte in phrase where byte >= 0x80 { return true }
        return false
    }

    /// Whether the phrase `phrase`, laid out from token `k`, may be an organisation's name: not
    /// when it is ASCII and no organisation name starts with token `k`'s word (asked once per
    /// word id, `mayStartOrganization`). An ASCII phrase that is a key starts with one of the
    /// key's prefixes, and the prefixes hold every prefix of every key.
    func mayBeOrganization(_ phrase: UnsafeBufferPointer<UInt8>, from k: Int, _ t: TokenFeatures) -> Bool {
        if mayStartOrganization(t, k) { return true }
        for byte in phrase where byte >= 0x80 { return true }
        return false
    }

    /// The gender of the first name that token `k`'s word is, in lowercase and without a
    /// possessive ending (a word with other than ASCII letters also without its accents), or nil.
    func personFirstName(_ t: TokenFeatures, _ k: Int) -> Gender? {
        let firstWord = lowercasedStripped(t, k)
        // Folding leaves ASCII as it is: only other words are looked up again without accents.
        // (No `??`: its autoclosure would copy the lexicons at every call.)
        if let gender = lexicons.firstName(firstWord) { return gender }
        guard !firstWord.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return lexicons.firstName(firstWord.folding(options: .diacriticInsensitive, locale: nil))
    }

    /// Whether the gazetteer knows `phrase`, also with "St" written "St." or "Saint" ("St Louis").
    func isPlaceName(_ phrase: String) -> Bool {
        if lexicons.place(phrase) != nil { return true }
        guard phrase.hasPrefix("St ") else { return false }
        let rest = phrase.dropFirst(3)
        return lexicons.place("St. " + rest) != nil || lexicons.place("Saint " + rest) != nil
    }

    /// `isPlaceName(String(decoding: phrase, as: UTF8.self))`, looked up on the bytes (a string
    /// is built only for a phrase that starts with "St ").
    func isPlaceName(utf8 phrase: UnsafeBufferPointer<UInt8>) -> Bool {
        if lexicons.place(utf8: phrase) != nil { return true }
        guard phrase.count >= 3, phrase[0] == 0x53, phrase[1] == 0x74, phrase[2] == 0x20 else { return false }
        return isPlaceName(String(decoding: phrase, as: UTF8.self))
    }

    /// Whether the name at `i` comes right after "the": "the White Sox", "the China Daily", "the KDP"
    /// name teams, papers, parties and events; an untitled person's name does not take an article.
    ///
    /// (A word whose lowercase form is "the" starts with the byte of "t" or "T": no other
    /// character lowercases or is canonically equivalent to "t". Other words are ruled out on
    /// their first byte, without reading their lowercase string.)
    func followsArticle(_ i: Int, _ t: TokenFeatures) -> Bool {
        i > 0 && t.firstByte(i - 1) | 0x20 == 0x74 && t.sentence[i - 1] == t.sentence[i] && t.lowercased[i - 1] == "the"
    }

    static let quoteMarks: WordTable<Void> = ["\"", "'", "“", "”", "‘", "’", "«", "»"]
    /// Small words a title may hold between its capitalised ones ("Ice Cold in Alex", "Anne of a Thousand Days").
    static let titleConnectors: WordTable<Void> = ["of", "in", "the", "a", "an", "for", "and", "on", "to", "at"]

    /// Whether the run `i..<end` is the whole or the start of a quoted title: " Sleeping Bread ",
    /// ' Ice Cold in Alex '. A person's name is not quoted on its own.
    func isQuotedTitle(_ i: Int, _ end: Int, _ t: TokenFeatures) -> Bool {
        let s = t.sentence[i]
        guard i > 0, t.sentence[i - 1] == s, isQuoteMark(t, i - 1) else { return false }
        // A straight quote after an odd number of its kind closes a quotation (" Sleeping Bread " Puig).
        var k0 = i - 2
        var before = 0
        // Compared by word id: a quotation mark's text has no other canonically equivalent spelling.
        let mark = t.ids[i - 1]
        while k0 >= 0, t.sentence[k0] == s, i - k0 < 200 { if t.ids[k0] == mark { before += 1 }; k0 -= 1 }
        if before % 2 == 1 { return false }
        var k = end
        while k < t.count, t.sentence[k] == s, k - i < 10 {
            if isQuoteMark(t, k) { return true }
            guard t.kinds[k] == .word, t.capitalized[k] || Self.titleConnectors.contains(t.lowercased[k]) else { return false }
            k += 1
        }
        return false
    }

    /// Longest run of name tokens looked at: no name is longer, and the bound keeps a sentence of
    /// thousands of capitalised words linear (each token starts a run).
    static let maxRunTokens = 16

    /// End of the run of name tokens starting at `i`: capitalised words, particles between them,
    /// hyphens and initials' periods written without spaces.
    func capitalizedRun(_ t: TokenFeatures, _ i: Int) -> (end: Int, words: Int) {
        t.runs.run(at: i) { findCapitalizedRun(t, i) }
    }

    /// `capitalizedRun(t, i)`, found token by token.
    func findCapitalizedRun(_ t: TokenFeatures, _ i: Int) -> (end: Int, words: Int) {
        var j = i
        var words = 0
        let sentence = t.sentence[i]
        while j < t.count, j - i < Self.maxRunTokens, t.sentence[j] == sentence {
            if t.kinds[j] == .word && (t.capitalized[j] || t.allCaps[j]) {
                if j > i && isOrganization(t, j) && words >= 2 { break }
                words += 1
                // A possessive ends the name.
                if t.possessiveBytes(j) > 0 { j += 1; break }
                j += 1
                continue
            }
            // Only a period, a hyphen or a particle carries the run on (each test below asks for
            // one): any other token ends it here, as the tests would.
            if !t.isText(j, "."), !t.isText(j, "-"), !(t.kinds[j] == .word && isParticle(t, j)) { break }
            // Initials: "W.", "G.K." (ICU keeps "G.K" as one word before the final period).
            if j > i, t.isText(j, "."), !t.spaceBefore[j], isInitialsWord(t, j - 1) { j += 1; continue }
            if j > i, t.isText(j, "-"), !t.spaceBefore[j], j + 1 < t.count, !t.spaceBefore[j + 1], t.capitalized[j + 1] { j += 1; continue }
            if t.isText(j, "-"), isGivenNameSyllable(j, i, t) { j += 2; break }
            // "Inzamam-ul-Haq", "Ata-ur-Rehman": a short lowercase link between hyphens.
            if j > i, t.isText(j, "-"), !t.spaceBefore[j], j + 3 < t.count, !t.spaceBefore[j + 1], t.kinds[j + 1] == .word,
               t.characterCount(j + 1) <= 3, !t.capitalized[j + 1], t.isText(j + 2, "-"), !t.spaceBefore[j + 2], !t.spaceBefore[j + 3],
               t.capitalized[j + 3] { j += 3; continue }
            if j > i, t.kinds[j] == .word, isParticle(t, j), !t.capitalized[j],
               j + 1 < t.count, t.capitalized[j + 1], t.sentence[j + 1] == sentence { j += 1; continue }
            // A particle joined by a hyphen: "Rami al-Saadani", "Zine al-Abidine".
            if j > i, j + 2 < t.count, t.kinds[j] == .word, !t.capitalized[j], isParticle(t, j),
               t.isText(j + 1, "-"), !t.spaceBefore[j + 1], !t.spaceBefore[j + 2], t.capitalized[j + 2],
               t.sentence[j + 2] == sentence { j += 2; continue }
            // Two particles in a row: "Joost van der Westhuizen".
            if j > i, j + 2 < t.count, t.kinds[j] == .word, !t.capitalized[j], isParticle(t, j),
               !t.capitalized[j + 1], isParticle(t, j + 1), t.capitalized[j + 2],
               t.sentence[j + 2] == sentence { j += 2; continue }
            break
        }
        return (j, words)
    }

    /// Words that follow a name's hyphen without belonging to it ("NATO-led", "Clinton-era").
    static let hyphenSuffixes: WordTable<Void> = ["led", "era", "run", "old", "day", "age", "set", "won", "ish", "style", "type",
                                              "born", "area", "size", "like", "wide", "free", "made", "held", "bred", "only",
                                              "long", "year", "time", "week", "line", "team", "side", "club", "ward", "bound"]

    /// Whether tokens `j`, `j + 1` are the lowercase second syllable of a hyphenated given name
    /// ending a run that began at `start`: "Li Song-ho", "Kim In-so".
    func isGivenNameSyllable(_ j: Int, _ start: Int, _ t: TokenFeatures) -> Bool {
        guard j > start, j + 1 < t.count, t.isText(j, "-"), !t.spaceBefore[j], !t.spaceBefore[j + 1],
              t.sentence[j + 1] == t.sentence[j], t.kinds[j + 1] == .word, !t.capitalized[j + 1] else { return false }
        let syllable = t.lowercased[j + 1]
        guard (2...4).contains(syllable.count), !Self.hyphenSuffixes.contains(syllable) else { return false }
        return j + 2 >= t.count || t.spaceBefore[j + 2]
    }

    /// A lowercase role phrase ending just before token `i` ("defence secretary" Jim Mattis).
    ///
    /// The phrases are looked up as bytes (`withLoweredWords`), a string made only of the role
    /// found: joining strings word by word cost a third of the rule in callgrind.
    func role(before i: Int, _ t: TokenFeatures) -> String? {
        // Every role ends with the word before `i`: most words end none.
        guard i >= 1, t.sentence[i - 1] == t.sentence[i], t.kinds[i - 1] == .word, mayEndRole(t, i - 1) else { return nil }
        // The words a role may take: up to four before `i`, words of its sentence.
        var first = i - 1
        while first > max(0, i - 4), t.sentence[first - 1] == t.sentence[i], t.kinds[first - 1] == .word { first -= 1 }
        return withLoweredWords(t, first, i) { bytes, starts in
            // The longest role wins: the phrases of `a..<i`, grown one word to the left.
            var best = -1
            for a in stride(from: i - 1, through: first, by: -1) {
                let phrase = UnsafeBufferPointer(rebasing: bytes[starts[a - first]...])
                if lexicons.role(utf8: phrase) != nil, !t.capitalized[a] || a == 0 || t.isSentenceInitial(a) || !isTitle(t, a) {
                    best = starts[a - first]
                }
            }
            return best < 0 ? nil : String(decoding: UnsafeBufferPointer(rebasing: bytes[best...]), as: UTF8.self)
        }
    }

    /// ", the defence secretary," after a name.
    ///
    /// (Looked up as bytes, as `role(before:)` is.)
    func appositiveRole(after i: Int, _ t: TokenFeatures) -> String? {
        guard i + 2 < t.count, t.isText(i, ","), isArticle(t, i + 1) else { return nil }
        // Up to four lowercase words after the article.
        let first = i + 2
        var end = first
        while end < min(t.count, first + 4), t.kinds[end] == .word, !t.capitalized[end] { end += 1 }
        guard end > first else { return nil }
        return withLoweredWords(t, first, end) { bytes, starts in
            // The longest phrase of `first...k` that is a role or ends with one ("the union leader").
            var best = -1
            for k in first..<end {
                let stop = k + 1 < end ? starts[k + 1 - first] - 1 : bytes.count
                let phrase = UnsafeBufferPointer(rebasing: bytes[..<stop])
                let last = UnsafeBufferPointer(rebasing: bytes[starts[k - first]..<stop])
                if lexicons.role(utf8: phrase) != nil || lexicons.role(utf8: last) != nil { best = stop }
            }
            return best < 0 ? nil : String(decoding: UnsafeBufferPointer(rebasing: bytes[..<best]), as: UTF8.self)
        }
    }

    /// Calls `body` with the lowercase forms of tokens `a..<b` (`a < b`) joined by single
    /// spaces, as UTF-8 (what `joined(separator: " ")` of the strings gives), and the offset
    /// each word starts at in it (`starts[j - a]` for token `j`).
    func withLoweredWords<R>(_ t: TokenFeatures, _ a: Int, _ b: Int,
                             _ body: (_ bytes: UnsafeBufferPointer<UInt8>, _ starts: UnsafeBufferPointer<Int>) -> R) -> R {
        precondition(a < b, "one word or more")
        var total = b - a - 1
        for k in a..<b { total += t.lowercased[k].utf8.count }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: b - a) { starts in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, total)) { bytes in
                let base = bytes.baseAddress!
                var p = 0
                for k in a..<b {
                    if k > a { base[p] = 0x20; p += 1 }
                    starts[k - a] = p
                    p += PhraseBytes.copyUTF8(of: t.lowercased[k], to: base + p)
                }
                return body(UnsafeBufferPointer(rebasing: bytes[..<p]), UnsafeBufferPointer(starts))
            }
        }
    }

    /// Whether `word` is a run of single-letter initials without the final period ("W", "G.K", "J.R").
    static func isInitials(_ word: String) -> Bool {
        let utf8 = word.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: capitals and periods taking turns, a capital first and last.
            var expectsLetter = true
            for byte in utf8 {
                guard expectsLetter ? byte >= 0x41 && byte <= 0x5A : byte == 0x2E else { return false }
                expectsLetter.toggle()
            }
            return !expectsLetter
        }
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy { $0.count == 1 && $0.first!.isUppercase }
    }

    func isModifier(_ t: TokenFeatures, _ next: Int) -> Bool {
        guard next < t.count, t.kinds[next] == .word, !t.capitalized[next], t.sentence[next] == t.sentence[next - 1] else { return false }
        return isModifierHead(t, next)
    }

    /// Words that may stand between a name and its reporting verb ("Smith has said", "Jones later told").
    static let cueLeadIns: WordTable<Void> = ["has", "had", "have", "also", "later", "then", "once", "previously", "would", "will"]

    /// Whether a reporting verb follows the name ending before `next`, maybe after one lead-in word.
    func followedByCue(_ t: TokenFeatures, _ next: Int) -> Bool {
        var j = next
        if j < t.count, isCueLeadIn(t, j) { j += 1 }
        return j < t.count && t.sentence[j] == t.sentence[next - 1] && isCueVerb(t, j)
    }
}
