import Testing
@testable import Hearsay

@Suite struct ClauseSubjectSieveTests {
    @Test func clauseEndsAreTheMarksOfTheSets() throws {
        let t = TokenFeatures(try TestSupport.document("Polls tighten - a, b; c – d — e: f. g… h-i ‘j’ “k” -- l ;; m"))
        for k in 0..<t.count {
            let text = t.texts[k]
            #expect(ClauseSubjectSieve.endsClause(k, t, beforeColon: true) == [",", ";", "-", "–", "—"].contains(text), "\(text)")
            #expect(ClauseSubjectSieve.endsClause(k, t, beforeColon: false) == [",", ";"].contains(text), "\(text)")
        }
        #expect((0..<t.count).contains { t.texts[$0] == "—" && ClauseSubjectSieve.endsClause($0, t, beforeColon: true) })
    }

    @Test func aDashEndsTheClauseOnlyBeforeAColon() throws {
        let colon = try TestSupport.analyze("Polls tighten - Jane Hill: “We will win this.”")
        #expect(colon.quotes.first?.attribution?.speaker == "Jane Hill")
        #expect(colon.quotes.first?.attribution?.sieve == "clause-subject")
    }
}
