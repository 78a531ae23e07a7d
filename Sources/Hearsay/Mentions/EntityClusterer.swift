import Foundation

/// Groups a document's mentions into entities: people by name compatibility ("Mr Mattis" joins
/// "Jim Mattis"; "Mrs Clinton" joins Hillary, not Bill), places and organisations by canonical name.
struct EntityClusterer {
    let lexicons: Lexicons

    /// Each thread's working arrays, reused for every document it clusters.
    private static let scratch = PerThread { ClusterScratch() }

    /// Builds the entities and sets each mention's `entity` and (for people) `canonical`.
    ///
    /// Mentions are first given to provisional entities (people in the order their names are
    /// clustered, then places and organisations); the entities are then made once, in order of
    /// first mention, each with its mentions in one array of the right size (an array grown as
    /// mentions joined, and entities moved into order after, cost allocations and copies).
    func cluster(_ mentions: inout [Mention]) -> [Entity] {
        // The mentions are read and written in place through a buffer pointer: each write
        // through the array checked that it was unique. (The clustering is static: a closure
        // that took `self` copied the lexicons, 25 retains and releases a document.)
        mentions.withUnsafeMutableBufferPointer { Self.cluster($0, in: &Self.scratch.current.buffers) }
    }

    /// `cluster(&mentions)` in the buffers `b`.
    ///
    /// The per-mention arrays (`owner`, `nextMember`, `lastMember`, `finalOf`,
    /// `memberCounts`, `members`) are made at their size and written through buffer pointers in
    /// the loops: written by subscript or appended to, each write checked that its array was
    /// unique (95,000 calls on the 168 PolNeAR dev+test texts, 0.9% of the worker's time in perf).
    private static func cluster(_ mentions: UnsafeMutableBufferPointer<Mention>, in b: inout ClusterScratch.Buffers) -> [Entity] {
        b.prepare(mentions: mentions.count)
        spellPeople(mentions, &b)
        joinPeople(mentions, &b)
        fileOthers(mentions, &b)
        numberEntities(mentions.count, &b)
        return makeEntities(mentions, b)
    }

    /// People: longest names first so that short forms find their full form wherever it appears.
    /// Each person mention's words as spelling ids (`NameWordTable`), mention m's at `words[m]`
    /// in `spellings` (mentions named alike share them); compared by class ids (`classes`).
    /// Person mentions with words, each as one sortable number: fewer words, then a later
    /// mention, sort later (`orderKey`, which also tells whether the name is verbatim).
    private static func spellPeople(_ mentions: UnsafeMutableBufferPointer<Mention>, _ b: inout ClusterScratch.Buffers) {
        for index in 0..<mentions.count where mentions[index].kind == .person {
            let (words, verbatim) = Self.words(of: mentions[index].name, &b)
            b.words[index] = words
            if !words.isEmpty { b.personOrder.append(Self.orderKey(words: words.count, index: index, verbatim: verbatim)) }
        }
        b.table.appendClasses(of: b.spellings, to: &b.classes)
        b.personOrder.sort()
    }

    /// The words of the person name `name` in `b.spellings`, and whether the name is verbatim:
    /// those it was given before when `b.names` has it, else split (`NameWordTable.appendWords`),
    /// appended and kept there.
    private static func words(of name: String, _ b: inout ClusterScratch.Buffers) -> (words: Range<Int>, verbatim: Bool) {
        let found = name.utf8.withContiguousStorageIfAvailable { b.names.find($0) } ?? -1
        if found >= 0 {
            let entry = b.names.entries[found]
            return (entry.words, entry.verbatim)
        }
        let start = b.spellings.count
        let verbatim = b.table.appendWords(of: name, to: &b.spellings)
        let words = start..<b.spellings.count
        if found < -1 {
            name.utf8.withContiguousStorageIfAvailable { b.names.record($0, slot: -2 - found, words: words, verbatim: verbatim) }
        }
        return (words, verbatim)
    }

    /// Gives each person mention (in `personOrder`) to a person entity, a new one when none
    /// can take it: sets its `owner`, and lists it in the entity's mentions.
    ///
    /// Person entities are filed by the class of the last and of the first word of their name,
    /// so that a mention looks only at the entities it can join, not at every person of the
    /// article. Each person entity has its words (those of the mention that made it), the
    /// mention whose name as written is those words (`namer`: that mention, or -1), gender
    /// and roles; its mentions as a list through `lastMember` and `nextMember` (last joined
    /// first); and the starts of its mentions, ascending, for "mentioned most recently" — made
    /// only when two entities compete for a mention (most never do), then kept sorted as mentions
    /// join (a scan of an entity's mentions at every such choice was quadratic in a long story
    /// that names two people of one surname again and again).
    private static func joinPeople(_ mentions: UnsafeMutableBufferPointer<Mention>, _ b: inout ClusterScratch.Buffers) {
        // The chains in locals: read from `b` in the loop, each call retained and released them.
        let byLastWord = b.byLastWord, byFirstWord = b.byFirstWord
        byLastWord.reset(keys: b.table.classCount, values: b.personOrder.count)
        byFirstWord.reset(keys: b.table.classCount, values: b.personOrder.count)
        // An entity per person mention at most: `lastMember` has a place for each from the start.
        b.lastMember.append(contentsOf: RepeatedFill(-1, count: b.personOrder.count))
        b.nextMember.withUnsafeMutableBufferPointer { nextMember in
            b.owner.withUnsafeMutableBufferPointer { owner in
                b.lastMember.withUnsafeMutableBufferPointer { lastMember in
                    for key in b.personOrder {
                        let index = Self.index(ofOrderKey: key)
                        let words = b.words[index]
                        let gender = mentions[index].gender
                        // Every entity the test below can accept shares the mention's last word, or (for
                        // a one-word mention) has it as its first word; in creation order, as a scan would
                        // find them: the two ascending lists are walked together, an entity in both met once.
                        let last = Int(b.classes[words.upperBound - 1])
                        var x = byLastWord.first(last), y = words.count == 1 ? byFirstWord.first(last) : -1
                        // The first entity that can take the mention; when several can, the one mentioned
                        // most recently before this mention (the first such among equals).
                        var chosen = -1, chosenLast = Int.min
                        let position = mentions[index].span.start
                        while x >= 0 || y >= 0 {
                            let e: Int
                            if y < 0 || (x >= 0 && x < y) { e = x; x = byLastWord.next(after: x) }
                            else if x < 0 || y < x { e = y; y = byFirstWord.next(after: y) }
                            else { e = x; x = byLastWord.next(after: x); y = byFirstWord.next(after: y) }
                            guard gender.agrees(with: b.genders[e]),
                                  Self.canJoin(words, b.entityWords[e], classes: b.classes, spellings: b.spellings, b.table) else { continue }
                            if chosen < 0 { chosen = e; continue }
                            // Several people share the surname.
                            if chosenLast == Int.min {
                                let list = Self.makeStarts(of: chosen, &b.startsOf, &b.startLists, lastMember: lastMember, nextMember: nextMember, mentions)
                                chosenLast = Self.lastStart(before: position, in: b.startLists[list])
                            }
                            let list = Self.makeStarts(of: e, &b.startsOf, &b.startLists, lastMember: lastMember, nextMember: nextMember, mentions)
                            let eLast = Self.lastStart(before: position, in: b.startLists[list])
                            if eLast > chosenLast { chosen = e; chosenLast = eLast }
                        }
                        let e: Int
                        if chosen >= 0 {
                            e = chosen
                            let starts = Int(b.startsOf[e])
                            if starts >= 0 { Self.insert(position, into: &b.startLists[starts]) }
                            if b.genders[e] == .unknown { b.genders[e] = gender }
                            if let role = mentions[index].role {
                                let roles = Int(b.rolesOf[e])
                                if roles < 0 {
                                    b.rolesOf[e] = Int32(truncatingIfNeeded: b.roleLists.count)
                                    b.roleLists.append([role])
                                } else if !b.roleLists[roles].contains(role) {
                                    b.roleLists[roles].append(role)
                                }
                            }
                        } else {
                            e = b.entityWords.count
                            b.entityWords.append(words)
                            b.namer.append(Self.isVerbatim(orderKey: key) ? Int32(truncatingIfNeeded: index) : -1)
                            b.genders.append(gender)
                            if let role = mentions[index].role {
                                b.rolesOf.append(Int32(truncatingIfNeeded: b.roleLists.count))
                                b.roleLists.append([role])
                            } else {
                                b.rolesOf.append(-1)
                            }
                            b.startsOf.append(-1)
                            byLastWord.append(e, to: last)
                            byFirstWord.append(e, to: Int(b.classes[words.lowerBound]))
                        }
                        nextMember[index] = lastMember[e]
                        lastMember[e] = Int32(truncatingIfNeeded: index)
                        owner[index] = Int32(truncatingIfNeeded: e)
                    }
                }
            }
        }
    }

    /// Places and organisations by kind, then canonical name: each mention's `owner` is the
    /// entity after the people's that its name is filed under.
    private static func fileOthers(_ mentions: UnsafeMutableBufferPointer<Mention>, _ b: inout ClusterScratch.Buffers) {
        let people = b.entityWords.count
        b.owner.withUnsafeMutableBufferPointer { owner in
            for index in mentions.indices where mentions[index].kind != .person {
                let key = b.canonicalKeys.number(of: mentions[index].canonical, isPlace: mentions[index].kind == .place)
                owner[index] = Int32(truncatingIfNeeded: people + key)
            }
        }
    }

    /// Numbers the entities in order of first mention (no two share one): each gets its number
    /// where its first mention is met (`finalOf`, `provisionalOf`), each mention's `owner` becomes
    /// that number; the entities' mentions, in text order, are then side by side in `members`,
    /// entity f's ending at `memberStarts[f]`.
    private static func numberEntities(_ n: Int, _ b: inout ClusterScratch.Buffers) {
        // Every provisional entity has a mention, so each gets a number.
        let provisional = b.entityWords.count + b.canonicalKeys.count
        b.finalOf.append(contentsOf: RepeatedFill(-1, count: provisional))
        b.provisionalOf.append(contentsOf: RepeatedFill(0, count: provisional))
        b.memberCounts.append(contentsOf: RepeatedFill(0, count: provisional))
        var numbered = 0
        b.owner.withUnsafeMutableBufferPointer { owner in
            b.finalOf.withUnsafeMutableBufferPointer { finalOf in
                b.provisionalOf.withUnsafeMutableBufferPointer { provisionalOf in
                    b.memberCounts.withUnsafeMutableBufferPointer { memberCounts in
                        for index in 0..<n {
                            let p = Int(owner[index])
                            guard p >= 0 else { continue }
                            var f = Int(finalOf[p])
                            if f < 0 {
                                f = numbered
                                numbered += 1
                                finalOf[p] = Int32(truncatingIfNeeded: f)
                                provisionalOf[f] = p
                            }
                            memberCounts[f] += 1
                            owner[index] = Int32(truncatingIfNeeded: f)
                        }
                    }
                }
            }
        }
        b.provisionalOf.removeLast(provisional - numbered)
        b.memberCounts.removeLast(provisional - numbered)
        var total = 0
        for count in b.memberCounts { b.memberStarts.append(total); total += count }
        b.members.append(contentsOf: RepeatedFill(0, count: total))
        b.owner.withUnsafeBufferPointer { owner in
            b.members.withUnsafeMutableBufferPointer { members in
                b.memberStarts.withUnsafeMutableBufferPointer { memberStarts in
                    for index in 0..<n {
                        let f = Int(owner[index])
                        guard f >= 0 else { continue }
                        members[memberStarts[f]] = index
                        memberStarts[f] += 1
                    }
                }
            }
        }
    }

    /// The entities numbered in `b`, each with its mentions; sets each mention's `entity` and
    /// (for people) `canonical`.
    private static func makeEntities(_ mentions: UnsafeMutableBufferPointer<Mention>, _ b: borrowing ClusterScratch.Buffers) -> [Entity] {
        var entities: [Entity] = []
        entities.reserveCapacity(b.provisionalOf.count)
        var end = 0
        for f in b.provisionalOf.indices {
            let range = end..<b.memberStarts[f]
            end = range.upperBound
            // Made at its size and filled with one copy, from a buffer pointer: the array is
            // allocated by the standard library's inlined path (`Array(unsafeUninitializedCapacity:)`
            // and `Array(slice)` go through run-time metadata, 620 and 380 instructions an entity;
            // `reserveCapacity` and `append(contentsOf:)` cost 1.4 M on the 168 PolNeAR dev+test
            // texts, this 0.7 M).
            let members = b.members.withUnsafeBufferPointer { Array(UnsafeBufferPointer(rebasing: $0[range])) }
            let p = b.provisionalOf[f], first = members[0]
            if mentions[first].kind == .person {
                // The namer's own string when there is one: no name to make (1,691 made cost
                // 0.55 M instructions on the 168 PolNeAR dev+test texts; all but 11 had a namer).
                let namer = Int(b.namer[p])
                let name = namer >= 0 ? mentions[namer].name : b.table.name(b.spellings[b.entityWords[p]])
                for m in members {
                    mentions[m].canonical = name
                    mentions[m].entity = f
                }
                let roles = Int(b.rolesOf[p])
                entities.append(Entity(kind: .person, name: name, mentions: members, gender: b.genders[p],
                                       roles: roles >= 0 ? b.roleLists[roles] : []))
            } else {
                let key = mentions[first].canonical
                for m in members { mentions[m].entity = f }
                entities.append(Entity(kind: mentions[first].kind, name: surfaceName(of: members, named: key, UnsafeBufferPointer(mentions)),
                                       mentions: members, gender: .unknown, roles: [], canonical: key))
            }
        }
        return entities
    }

    /// The place in `startLists` of the ascending starts of person entity `e`'s mentions so
    /// far (`startsOf[e]`), made there first unless made already; the entity's mentions are
    /// listed through `lastMember` and `nextMember`.
    static func makeStarts(of e: Int, _ startsOf: inout [Int32], _ startLists: inout [[Int]],
                           lastMember: UnsafeMutableBufferPointer<Int32>, nextMember: UnsafeMutableBufferPointer<Int32>,
                           _ mentions: UnsafeMutableBufferPointer<Mention>) -> Int {
        let known = Int(startsOf[e])
        guard known < 0 else { return known }
        var made: [Int] = []
        var m = Int(lastMember[e])
        while m >= 0 {
            made.append(mentions[m].span.start)
            m = Int(nextMember[m])
        }
        made.sort()
        startsOf[e] = Int32(truncatingIfNeeded: startLists.count)
        startLists.append(made)
        return startLists.count - 1
    }

    /// A person mention's place in the order names are clustered, as one number: names of more
    /// words sort first, then earlier mentions. The mention's index is in bits 1-31
    /// (`index(ofOrderKey:)`, below 2^31 as every mention index the clusterer keeps in an
    /// `Int32`), and bit 0 tells whether its name is verbatim (see `NameWordTable.appendWords`).
    static func orderKey(words: Int, index: Int, verbatim: Bool) -> Int {
        (Int(Int32.max) - words) << 32 | index << 1 | (verbatim ? 1 : 0)
    }

    /// The mention index of an order key (see `orderKey`).
    static func index(ofOrderKey key: Int) -> Int { (key & 0xFFFF_FFFF) >> 1 }

    /// Whether the name of an order key's mention is verbatim (see `orderKey`).
    static func isVerbatim(orderKey key: Int) -> Bool { key & 1 != 0 }

    /// Whether a person mention's name `words` can belong to the entity whose name is `full`:
    /// the same name; one word that is the entity's last or first name; or the same surname with
    /// compatible given names ("J. Mattis" joins "James Mattis", "Jim Mattis" does not).
    ///
    /// `words` and `full` are ranges of `spellings` (spelling ids of `table`), `classes` their
    /// classes: equal classes are equal words.
    static func canJoin(_ words: Range<Int>, _ full: Range<Int>, classes: [Int32], spellings: [Int32], _ table: NameWordTable) -> Bool {
        let first = classes[words.lowerBound], fullFirst = classes[full.lowerBound], fullLast = classes[full.upperBound - 1]
        if words.count == 1 { return fullLast == first || (fullFirst == first && full.count > 1) }
        guard fullLast == classes[words.upperBound - 1] else { return false }
        if first == fullFirst { return true }
        let a = Int(spellings[words.lowerBound]), b = Int(spellings[full.lowerBound])
        let aShort = table.isShort(Int32(a)), bShort = table.isShort(Int32(b))
        guard aShort || bShort else { return false }
        let aText = table.string(Int32(a)), bText = table.string(Int32(b))
        return (aShort && bText.hasPrefix(String(aText.prefix(1)))) || (bShort && aText.hasPrefix(String(bText.prefix(1))))
    }

    /// Whether an ASCII word is written in capitals as a headline writes a name ("KOVACS"): two
    /// or more bytes, a letter, no lowercase letter, and not a regnal number ("VIII").
    static func isHeadlineCapitals(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count >= 2 else { return false }
        var letter = false, roman = true
        for b in word {
            if b >= 0x61 && b <= 0x7A { return false }
            if b >= 0x41 && b <= 0x5A { letter = true }
            switch b {
            case 0x49, 0x56, 0x58, 0x4C, 0x43, 0x44, 0x4D: break // I V X L C D M
            default: roman = false
            }
        }
        return letter && !roman
    }

    /// A place's or organisation's reported name: the form the article uses most ("Britain",
    /// "the U.S."), preferring mixed case over headline capitals; the lexicon's canonical name
    /// ("UK", "US") stays in `Entity.canonical`.
    ///
    /// `indices` are the entity's mentions in `mentions`, `entityName` its name so far.
    static func surfaceName(of indices: [Int], named entityName: String, _ mentions: UnsafeBufferPointer<Mention>) -> String {
        // Every mention named alike (most places and organisations, one mention or several): that
        // name, as the count below finds, with no tables built.
        // (A name equal to the first as written is equal without its ending: most are, and are
        // compared once, not stripped.)
        guard let firstIndex = indices.first else { return entityName }
        let first = mentions[firstIndex].name, firstName = Self.withoutPossessive(first)
        var alike = true
        for k in 1..<indices.count {
            let name = mentions[indices[k]].name
            if name != first && Self.withoutPossessive(name) != firstName { alike = false; break }
        }
        if alike { return Self.isMixedCaseOrShort(firstName) ? firstName : Self.titleCasedWords(firstName) }
        // The distinct names in order of first use, each with how often it is used: one array,
        // reserved for every mention a distinct name (two arrays grown by append were allocated
        // about four times an entity; callgrind, 168 PolNeAR texts).
        var tallies: [(name: String, count: Int)] = []
        tallies.reserveCapacity(indices.count)
        for m in indices {
            let name = Self.withoutPossessive(mentions[m].name)
            if let k = tallies.firstIndex(where: { $0.name == name }) { tallies[k].count += 1 } else { tallies.append((name, 1)) }
        }
        // The most used name in mixed case, the first used among equals.
        var best = -1
        for k in tallies.indices where Self.isMixedCaseOrShort(tallies[k].name) && (best < 0 || tallies[k].count > tallies[best].count) { best = k }
        if best >= 0 { return tallies[best].name }
        // Only headline capitals ("NEW YORK"): write it in title case.
        if let first = tallies.first { return Self.titleCasedWords(first.name) }
        return entityName
    }

    /// `name` with each space-separated word's first character kept and the rest lowercased
    /// ("NEW YORK" as "New York").
    static func titleCasedWords(_ name: String) -> String {
        if let ascii = asciiTitleCasedWords(name) { return ascii }
        return name.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
    }

    /// `titleCasedWords(name)` for an ASCII name, read on its bytes: the words between runs of
    /// spaces, each with its first byte kept and its capitals after it lowered, joined by one
    /// space; nil for a name with other bytes. (An ASCII character's first byte is the one it
    /// keeps: a carriage return before a line feed is kept, and lowering leaves the feed.)
    static func asciiTitleCasedWords(_ name: String) -> String? {
        var name = name
        return name.withUTF8 { bytes -> String? in
            for b in bytes where b >= 0x80 { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var n = 0, wordStart = true
                for b in bytes {
                    if b == 0x20 { wordStart = true; continue }
                    if wordStart {
                        if n > 0 { out[n] = 0x20; n += 1 }
                        out[n] = b
                        wordStart = false
                    } else {
                        out[n] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                    }
                    n += 1
                }
                return n
            }
        }
    }

    /// `name` without a trailing `’s` or `'s`.
    static func withoutPossessive(_ name: String) -> String {
        // Such an ending ends in the bytes of "'s" or "’s" (0xE2 0x80 0x99 0x73): a name that
        // does not (most names, "Jones" too) has none, and needs no character comparison.
        // (Read on the bytes in place: through the `String.UTF8View` index calls the test cost
        // 145 instructions a name.)
        let ending = name.utf8.withContiguousStorageIfAvailable { b in
            b.count >= 2 && b[b.count - 1] == 0x73 && (b[b.count - 2] == 0x27 || b[b.count - 2] == 0x99)
        } ?? true
        guard ending else { return name }
        return name.hasSuffix("’s") || name.hasSuffix("'s") ? String(name.dropLast(2)) : name
    }

    /// Whether a place's or organisation's name is written with a lowercase letter or has at
    /// most four characters (so is no headline capitals to title-case).
    static func isMixedCaseOrShort(_ name: String) -> Bool {
        // ASCII without carriage returns: one byte per character, one pass over the bytes, read
        // in place (`withUTF8` is mutating: the copy of the name it needed cost a retain and a release).
        // An ASCII lowercase letter answers at once, whatever follows it (the scalar test below
        // finds it too): most names have one as their second byte ("Washington").
        let ascii: Bool?? = name.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            for b in bytes {
                if b >= 0x61 && b <= 0x7A { return true }
                if b >= 0x80 || b == 0x0D { return nil }
            }
            return bytes.count <= 4
        }
        if case let ascii?? = ascii { return ascii }
        return name.contains(where: \.isLowercase) || name.count <= 4
    }

    /// The largest of the ascending `starts` below `position`, or -1.
    static func lastStart(before position: Int, in starts: [Int]) -> Int {
        let i = starts.partitionPoint { $0 < position }
        return i > 0 ? starts[i - 1] : -1
    }

    /// Inserts `start` into the ascending `starts`, keeping them ascending.
    static func insert(_ start: Int, into starts: inout [Int]) {
        if let last = starts.last, last <= start { starts.append(start); return }
        starts.insert(start, at: starts.partitionPoint { $0 < start })
    }
}
