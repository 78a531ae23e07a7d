import Testing
@testable import Hearsay

@Suite struct QuoteGroupsTests {
    /// A made-up quote of `group` (its span and paragraph do not matter to the grouping).
    func quote(group: Int) -> Quote {
        Quote(span: Span(0, 1), openMark: nil, closeMark: nil, kind: .direct, paragraph: 0, group: group)
    }

    @Test func membersAreTheGroupsQuotesAscending() {
        let groups = QuoteGroups([quote(group: 2), quote(group: 0), quote(group: 2), quote(group: 5), quote(group: 0), quote(group: 2)])
        #expect(Array(groups.members(of: 2)) == [0, 2, 5])
        #expect(Array(groups.members(of: 0)) == [1, 4])
        #expect(Array(groups.members(of: 5)) == [3])
    }

    @Test func aGroupWithoutQuotesHasNoMembers() {
        let groups = QuoteGroups([quote(group: 1), quote(group: 3)])
        #expect(groups.members(of: 2).isEmpty)
        #expect(groups.members(of: -1).isEmpty)
        #expect(groups.members(of: 9).isEmpty)
        #expect(QuoteGroups([]).members(of: 0).isEmpty)
    }
}
