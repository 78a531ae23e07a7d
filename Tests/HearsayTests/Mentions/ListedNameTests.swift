import Testing
@testable import Hearsay

/// Line-ups: bare surnames in a comma list, and shirt numbers before names.
@Suite struct ListedNameTests {
    func people(_ text: String) throws -> [String] {
        try TestSupport.analyze(text).people.map(\.name)
    }

    @Test func bareSurnamesInALineUp() throws {
        let names = try people("SOCCER - SQUAD NAMED .\nManager Tom Kowal named Peter Brenner and John Laine in the side .\nThe team is :\nOstrow , Brenner , Vatanen , Laine , Petrakis .\n")
        #expect(Set(names).isSuperset(of: ["Ostrow", "Vatanen", "Petrakis"]))
    }

    @Test func aScoreLineListingPlayers() throws {
        let names = try people("GOLF - LEADERS .\n67 Peter Brenner , John Laine ( Canada ) , Mark Ostrow , Vatanen\n")
        #expect(names.contains("Vatanen"))
    }

    @Test func aListOfThingsIsNoLineUp() throws {
        let names = try people("The fund holds shares in firms .\nHoldings :\nVortana , Kelmar , Ostrava , Prelux .\n")
        #expect(names.isEmpty)
    }

    @Test func shirtNumbers() throws {
        let names = try people("RUGBY - TEAMS .\nNordland - 15 - Arvo Kettunen , 14 - Besim Oralu ; 13 - Tarik Velder\n")
        #expect(names == ["Arvo Kettunen", "Besim Oralu", "Tarik Velder"])
    }

    @Test func yearsAreNoShirtNumbers() throws {
        let names = try people("ON THIS DAY .\n1993 - Nine former republics signed a pact .\n")
        #expect(names.isEmpty)
    }

    @Test func startsAreSortedWhateverTheirRuns() {
        for values in [[], [4], [1, 3, 9], [2, 5, 8, 1, 6, 9], [7, 8, 1, 2], [5, 5, 2, 5], [3, 1, 2], [9, 4, 6, 1, 8]] {
            var sorted = values
            EntityRecognizer.sortAscending(&sorted)
            #expect(sorted == values.sorted(), "\(values)")
        }
    }
}
