import Testing
@testable import Hearsay

@Suite struct MentionTests {
    @Test func theInitializerSetsEachFieldFromItsOwnArgument() {
        let m = Mention(kind: .place, span: Span(3, 9), fullSpan: Span(1, 9), name: "Vellmar", title: "Dr", role: "mayor",
                        gender: .female, canonical: "Vellmarsk", isPossessive: true, isModifier: true, sentence: 4, entity: 7)
        #expect(m.kind == .place && m.gender == .female)
        #expect(m.span == Span(3, 9) && m.fullSpan == Span(1, 9))
        #expect(m.name == "Vellmar" && m.title == "Dr" && m.role == "mayor" && m.canonical == "Vellmarsk")
        #expect(m.isPossessive && m.isModifier)
        #expect(m.sentence == 4 && m.entity == 7)
    }

    @Test func defaultsLeaveAMentionPlainAndUnclustered() {
        let m = Mention(kind: .person, span: Span(0, 5), fullSpan: Span(0, 5), name: "Orlin", canonical: "Orlin", sentence: 2)
        #expect(m.title == nil && m.role == nil && m.gender == .unknown)
        #expect(!m.isPossessive && !m.isModifier)
        #expect(m.sentence == 2 && m.entity == -1)
    }
}
