/// The working arrays and tables of a thread's clusterer, kept from one document to the next:
/// made anew per document they were allocated, grown and released every time (the name word
/// table alone cost 0.8 M of `EntityClusterer.cluster`'s 20.3 M instructions on the 168 PolNeAR
/// dev+test texts, a dictionary's `reserveCapacity` 0.4 M more).
///
/// One per thread (`EntityClusterer` keeps it in a `PerThread`), so no locks; a clustering works
/// in `buffers` in place (taken out and put back, the buffers were copied and destroyed, 0.3 M
/// instructions).
final class ClusterScratch {
    /// What one clustering works in: each array is emptied by `prepare` and filled by the
    /// clusterer (see `EntityClusterer.cluster`, which says what each holds).
    struct Buffers {
        var table = NameWordTable()
        var spellings: [Int32] = []
        var classes: [Int32] = []
        var names = NameMemo()
        var words: [Range<Int>] = []
        var personOrder: [Int] = []
        let byLastWord = IndexChains(keys: 0)
        let byFirstWord = IndexChains(keys: 0)
        var entityWords: [Range<Int>] = []
        var namer: [Int32] = []
        var genders: [Gender] = []
        /// Each person entity's roles as a place in `roleLists`, or -1 when it has none; and the
        /// starts of its mentions (see `EntityClusterer.joinPeople`) as a place in `startLists`,
        /// or -1 until they are made. (An array per entity, most of them empty, cost its append
        /// and its release at the next document: 0.4 M instructions on the 168 PolNeAR dev+test texts.)
        var rolesOf: [Int32] = []
        var roleLists: [[String]] = []
        var startsOf: [Int32] = []
        var startLists: [[Int]] = []
        var lastMember: [Int32] = []
        var nextMember: [Int32] = []
        var owner: [Int32] = []
        var canonicalKeys = CanonicalKeys()
        var finalOf: [Int32] = []
        var provisionalOf: [Int] = []
        var memberCounts: [Int] = []
        var memberStarts: [Int] = []
        var members: [Int] = []

        /// Empties the buffers for a document of `mentions` mentions: `words` holds `mentions`
        /// empty ranges, `owner` and `nextMember` `mentions` times -1, every other array and
        /// table is empty.
        mutating func prepare(mentions: Int) {
            table.reset(words: mentions)
            canonicalKeys.reset(names: mentions)
            spellings.removeAll(keepingCapacity: true)
            spellings.reserveCapacity(2 * mentions)
            classes.removeAll(keepingCapacity: true)
            names.reset()
            words.removeAll(keepingCapacity: true)
            words.append(contentsOf: RepeatedFill(0..<0, count: mentions))
            personOrder.removeAll(keepingCapacity: true)
            personOrder.reserveCapacity(mentions)
            entityWords.removeAll(keepingCapacity: true)
            namer.removeAll(keepingCapacity: true)
            genders.removeAll(keepingCapacity: true)
            rolesOf.removeAll(keepingCapacity: true)
            if !roleLists.isEmpty { roleLists.removeAll(keepingCapacity: true) }
            startsOf.removeAll(keepingCapacity: true)
            if !startLists.isEmpty { startLists.removeAll(keepingCapacity: true) }
            lastMember.removeAll(keepingCapacity: true)
            nextMember.removeAll(keepingCapacity: true)
            nextMember.append(contentsOf: RepeatedFill(-1, count: mentions))
            owner.removeAll(keepingCapacity: true)
            owner.append(contentsOf: RepeatedFill(-1, count: mentions))
            finalOf.removeAll(keepingCapacity: true)
            provisionalOf.removeAll(keepingCapacity: true)
            memberCounts.removeAll(keepingCapacity: true)
            memberStarts.removeAll(keepingCapacity: true)
            members.removeAll(keepingCapacity: true)
        }
    }

    /// The thread's buffers.
    var buffers = Buffers()
}
