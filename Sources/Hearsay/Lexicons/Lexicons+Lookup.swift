/// The lookups the mention rules make on every capitalised token, answered from byte-indexed
/// copies of the tables (`WordTable`) when the bundled lexicons are loaded, and from the public
/// tables themselves otherwise (changing any table after loading drops the copies).
extension Lexicons {
    /// Byte-indexed copies of the public tables of `Lexicons`, shared by every copy of it.
    final class WordTables: @unchecked Sendable {
        let places: WordTable<PlaceEntry>
        let commonWords: WordTable<Void>
        let titles: WordTable<TitleEntry>
        let roles: WordTable<TitleEntry>
        let firstNames: WordTable<Gender>
        let surnames: WordTable<Void>
        let pronouns: WordTable<Pronoun>
        let sourceNouns: WordTable<Bool>
        let organizations: WordTable<String>
        let demonyms: WordTable<String>
        let nameHeads: WordTable<String>
        let teams: WordTable<String>
        let cueVerbs: WordTable<CueVerb>
        let multiWordStarts: WordTable<Void>
        let modifierHeads: WordTable<Void>
        let personCues: WordTable<Void>
        /// The last word of every key of `roles` (after its last space).
        let roleLastWords: WordTable<Void>
        /// The last word (after its last space) of every gazetteer name with a space, as ASCII in
        /// lowercase, also without a period it ends with (see `lowercaseLastWords(of:)`).
        let placeLastWords: WordTable<Void>
        /// Every single-word answer of these tables (and of the prefix tables of the lexicons
        /// they were copied from) per key, found in one look-up (see `LexiconFacts`).
        let facts: LexiconFacts?

        /// Copies of every table of `lexicons`.
        init(_ lexicons: Lexicons) {
            places = WordTable(lexicons.places)
            commonWords = WordTable(lexicons.commonWords)
            titles = WordTable(lexicons.titles)
            roles = WordTable(lexicons.roles)
            firstNames = WordTable(lexicons.firstNames)
            surnames = WordTable(lexicons.surnames)
            pronouns = WordTable(lexicons.pronouns)
            sourceNouns = WordTable(lexicons.sourceNouns)
            organizations = WordTable(lexicons.organizations)
            demonyms = WordTable(lexicons.demonyms)
            nameHeads = WordTable(lexicons.nameHeads)
            teams = WordTable(lexicons.teams)
            cueVerbs = WordTable(lexicons.cueVerbs)
            multiWordStarts = WordTable(lexicons.multiWordStarts)
            modifierHeads = WordTable(lexicons.modifierHeads)
            personCues = WordTable(lexicons.personCues)
            roleLastWords = WordTable(Set(lexicons.roles.keys.map { key in
                String(key[(key.utf8.lastIndex(of: 0x20).map { key.utf8.index(after: $0) } ?? key.startIndex)...])
            }))
            placeLastWords = WordTable(Self.lowercaseLastWords(of: lexicons.places.keys))
            let sources = LexiconFacts.Tables(
                commonWords: commonWords, titles: titles, demonyms: demonyms, organizations: organizations,
                nameHeads: nameHeads, places: places, multiWordStarts: multiWordStarts, pronouns: pronouns,
                personCues: personCues, cueVerbs: cueVerbs, sourceNouns: sourceNouns, roleLastWords: roleLastWords,
                modifierHeads: modifierHeads, firstNames: firstNames)
            facts = LexiconFacts(tables: sources, titlePrefixes: lexicons.titlePrefixes,
                                 organizationPrefixes: lexicons.organizationPrefixes, teamPrefixes: lexicons.teamPrefixes)
        }

        /// The words after the last space of the keys of `keys` that have a space, each in the
        /// ASCII it is canonically equivalent to (`ByteIndex.Builder.asciiEquivalent`) with its
        /// capitals lowered, and also without its last byte when that is a period; a word
        /// equivalent to no ASCII is left out (no ASCII word equals it).
        ///
        /// A phrase of ASCII words that equals such a key in any case (title-cased, in capitals
        /// or not) ends with a space and a word whose lowercase form is one of these, or is one
        /// of these with a period after it.
        ///
        /// Read on each key's bytes, once per process when the lexicons load: through the
        /// `String` views (`utf8.lastIndex(of:)`, a substring, its scalars) the 40,845 names of
        /// the bundled gazetteer took 33 M instructions, about 20 ms of start-up.
        static func lowercaseLastWords<S: Sequence>(of keys: S) -> Set<String> where S.Element == String {
            var words = Set<String>()
            var lowered: [UInt8] = []
            for var key in keys {
                key.withUTF8 { bytes in
                    var space = bytes.count
                    while space > 0, bytes[space - 1] != 0x20 { space -= 1 }
                    guard space > 0 else { return }
                    let word = UnsafeBufferPointer(rebasing: bytes[space...])
                    lowered.removeAll(keepingCapacity: true)
                    if word.allSatisfy({ $0 < 0x80 }) {
                        lowered.append(contentsOf: word)
                    } else if let ascii = ByteIndex.Builder.asciiEquivalent(String(decoding: word, as: UTF8.self)) {
                        lowered.append(contentsOf: ascii)
                    } else {
                        return
                    }
                    // Lowered as the place rule lowers the words it asks about (`mayEndPlaceName`).
                    for j in lowered.indices { lowered[j] = NameKeySet.lowercaseByte(lowered[j]) }
                    words.insert(String(decoding: lowered, as: UTF8.self))
                    if lowered.last == 0x2E { words.insert(String(decoding: lowered.dropLast(), as: UTF8.self)) }
                }
            }
            return words
        }
    }

    /// The gazetteer entry named `name` (`places[name]`).
    func place(_ name: String) -> PlaceEntry? {
        if let tables { return tables.places[name] }
        return places[name]
    }
    /// Whether `word` is in `commonWords`.
    func isCommonWord(_ word: String) -> Bool {
        if let tables { return tables.commonWords.contains(word) }
        return commonWords.contains(word)
    }
    /// The title or honorific written `phrase` (`titles[phrase]`).
    func title(_ phrase: String) -> TitleEntry? {
        if let tables { return tables.titles[phrase] }
        return titles[phrase]
    }
    /// The lowercase role phrase `phrase` (`roles[phrase]`).
    func role(_ phrase: String) -> TitleEntry? {
        if let tables { return tables.roles[phrase] }
        return roles[phrase]
    }
    /// The gender of the first name `name` (`firstNames[name]`).
    func firstName(_ name: String) -> Gender? {
        if let tables { return tables.firstNames[name] }
        return firstNames[name]
    }
    /// Whether `name` is in `surnames`.
    func isSurname(_ name: String) -> Bool {
        if let tables { return tables.surnames.contains(name) }
        return surnames.contains(name)
    }
    /// The pronoun `word` (`pronouns[word]`).
    func pronoun(_ word: String) -> Pronoun? {
        if let tables { return tables.pronouns[word] }
        return pronouns[word]
    }
    /// Whether the source noun `word` is plural (`sourceNouns[word]`).
    func sourceNoun(_ word: String) -> Bool? {
        if let tables { return tables.sourceNouns[word] }
        return sourceNouns[word]
    }
    /// The canonical name of the organisation written `name` (`organizations[name]`).
    func organization(_ name: String) -> String? {
        if let tables { return tables.organizations[name] }
        return organizations[name]
    }
    /// The place of the demonym `word` (`demonyms[word]`).
    func demonym(_ word: String) -> String? {
        if let tables { return tables.demonyms[word] }
        return demonyms[word]
    }
    /// What the head word `word` makes a name (`nameHeads[word]`).
    func nameHead(_ word: String) -> String? {
        if let tables { return tables.nameHeads[word] }
        return nameHeads[word]
    }
    /// The sport of the team `name` (`teams[name]`).
    func team(_ name: String) -> String? {
        if let tables { return tables.teams[name] }
        return teams[name]
    }
    /// Whether a multi-word organisation or place name can start with `word`.
    func isMultiWordStart(_ word: String) -> Bool {
        if let tables { return tables.multiWordStarts.contains(word) }
        return multiWordStarts.contains(word)
    }
    /// Whether `word` is in `modifierHeads`.
    func isModifierHead(_ word: String) -> Bool {
        if let tables { return tables.modifierHeads.contains(word) }
        return modifierHeads.contains(word)
    }
    /// Whether a role phrase can end with the word `word` (always true for lexicons assembled
    /// by hand, which have no byte-indexed tables).
    func mayEndRole(_ word: String) -> Bool {
        if let tables { return tables.roleLastWords.contains(word) }
        return true
    }
    /// Whether a gazetteer name with a space may end with a space and a word whose lowercase
    /// form is the ASCII `word` (lowercase), or `word` and a period: false only when none does.
    /// Always true for lexicons assembled by hand, which have no byte-indexed tables.
    func mayEndPlaceName(lowercaseASCII word: UnsafeBufferPointer<UInt8>) -> Bool {
        if let tables { return tables.placeLastWords[utf8: word] != nil }
        return true
    }
    /// Whether `word` is in `personCues`.
    func isPersonCue(_ word: String) -> Bool {
        if let tables { return tables.personCues.contains(word) }
        return personCues.contains(word)
    }
}

/// The lookups of phrases the mention rules lay out as UTF-8 (`PhraseBytes`): the same answers
/// as the `String` lookups of the same text, without building the string.
extension Lexicons {
    /// `place(String(decoding: name, as: UTF8.self))`.
    func place(utf8 name: UnsafeBufferPointer<UInt8>) -> PlaceEntry? {
        if let tables { return tables.places[utf8: name] }
        return places[String(decoding: name, as: UTF8.self)]
    }
    /// `organization(String(decoding: name, as: UTF8.self))`.
    func organization(utf8 name: UnsafeBufferPointer<UInt8>) -> String? {
        if let tables { return tables.organizations[utf8: name] }
        return organizations[String(decoding: name, as: UTF8.self)]
    }
    /// `team(String(decoding: name, as: UTF8.self))`.
    func team(utf8 name: UnsafeBufferPointer<UInt8>) -> String? {
        if let tables { return tables.teams[utf8: name] }
        return teams[String(decoding: name, as: UTF8.self)]
    }
    /// `title(String(decoding: phrase, as: UTF8.self))`.
    func title(utf8 phrase: UnsafeBufferPointer<UInt8>) -> TitleEntry? {
        if let tables { return tables.titles[utf8: phrase] }
        return titles[String(decoding: phrase, as: UTF8.self)]
    }
    /// `role(String(decoding: phrase, as: UTF8.self))`.
    func role(utf8 phrase: UnsafeBufferPointer<UInt8>) -> TitleEntry? {
        if let tables { return tables.roles[utf8: phrase] }
        return roles[String(decoding: phrase, as: UTF8.self)]
    }
    /// `firstName(String(decoding: name, as: UTF8.self))`.
    func firstName(utf8 name: UnsafeBufferPointer<UInt8>) -> Gender? {
        if let tables { return tables.firstNames[utf8: name] }
        return firstNames[String(decoding: name, as: UTF8.self)]
    }
    /// `isCommonWord(String(decoding: word, as: UTF8.self))`.
    func isCommonWord(utf8 word: UnsafeBufferPointer<UInt8>) -> Bool {
        if let tables { return tables.commonWords[utf8: word] != nil }
        return commonWords.contains(String(decoding: word, as: UTF8.self))
    }
}
