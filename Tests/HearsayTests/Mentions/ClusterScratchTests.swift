import Testing
@testable import Hearsay

@Suite struct ClusterScratchTests {
    @Test func preparedBuffersAreEmptiedAndSized() {
        var buffers = ClusterScratch.Buffers()
        buffers.spellings = [4, 5]
        buffers.namer = [2]
        buffers.owner = [3]
        buffers.rolesOf = [0]
        buffers.roleLists = [["defence secretary"]]
        buffers.startsOf = [0]
        buffers.startLists = [[4, 9]]
        buffers.members = [1, 2, 3]
        _ = buffers.canonicalKeys.number(of: "Tollan", isPlace: true)
        var name = "Tessa"
        name.withUTF8 { buffers.names.record($0, slot: -2 - buffers.names.find($0), words: 0..<1, verbatim: true) }
        buffers.prepare(mentions: 3)
        #expect(buffers.spellings.isEmpty)
        #expect(buffers.namer.isEmpty)
        #expect(buffers.rolesOf.isEmpty && buffers.roleLists.isEmpty)
        #expect(buffers.startsOf.isEmpty && buffers.startLists.isEmpty)
        #expect(buffers.members.isEmpty)
        #expect(buffers.words == [0..<0, 0..<0, 0..<0])
        #expect(buffers.names.entries.isEmpty)
        #expect(buffers.owner == [-1, -1, -1])
        #expect(buffers.nextMember == [-1, -1, -1])
        #expect(buffers.canonicalKeys.count == 0)
    }

    @Test func clusteringTwiceOnOneThreadGivesTheSameEntities() {
        func person(_ name: String, at start: Int) -> Mention {
            Mention(kind: .person, span: Span(start, start + name.utf8.count),
                    fullSpan: Span(start, start + name.utf8.count), name: name, canonical: name, sentence: 0)
        }
        func place(_ name: String, at start: Int) -> Mention {
            Mention(kind: .place, span: Span(start, start + name.utf8.count),
                    fullSpan: Span(start, start + name.utf8.count), name: name, canonical: name, sentence: 0)
        }
        let first = [place("Tollan", at: 0), person("Tessa Brannock", at: 10), person("Brannock", at: 30), place("Tollan", at: 40)]
        let second = [person("Ivo Quill", at: 0), place("Fredonia", at: 20), person("Quill", at: 30)]
        var a = first, b = second, c = first
        let clusterer = EntityClusterer(lexicons: Lexicons())
        let entitiesA = clusterer.cluster(&a)
        let entitiesB = clusterer.cluster(&b)
        let entitiesC = clusterer.cluster(&c)
        #expect(entitiesA == entitiesC)
        #expect(a == c)
        #expect(entitiesA.map(\.mentions) == [[0, 3], [1, 2]])
        #expect(entitiesB.map(\.name) == ["Ivo Quill", "Fredonia"])
        #expect(b.map(\.entity) == [0, 1, 0])
    }
}
