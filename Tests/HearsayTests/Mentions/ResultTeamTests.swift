import Testing
@testable import Hearsay

/// Teams in score and standings rows are organisations, not people.
@Suite struct ResultTeamTests {
    func names(_ text: String) throws -> (people: [String], orgs: [String]) {
        let analysis = try TestSupport.analyze(text)
        return (analysis.people.map(\.name), analysis.organizations.map(\.name))
    }

    @Test func scoreLineTeams() throws {
        let result = try names("SOCCER - NORDIC LEAGUE RESULTS .\nTorvale 3 Red Lynx 1\nOsterby 0 Kalden Vorn 2\n")
        #expect(result.people.isEmpty)
        #expect(Set(result.orgs) == ["Torvale", "Red Lynx", "Osterby", "Kalden Vorn"])
    }

    @Test func teamsWithTheirCountryInBrackets() throws {
        let result = try names("BASKETBALL - CUP RESULTS .\nLarsa ( Italy ) 88 Korvin ( Russia ) 79 ( halftime 40-38 )\n")
        #expect(result.people.isEmpty)
        #expect(Set(result.orgs) == ["Larsa", "Korvin"])
    }

    @Test func standingsRows() throws {
        let result = try names("SOCCER - STANDINGS .\nRed Lynx 4 3 1 0 9 2 10\nKalden Vorn 4 2 1 1 6 5 7\n")
        #expect(result.people.isEmpty)
        #expect(Set(result.orgs) == ["Red Lynx", "Kalden Vorn"])
    }

    @Test func playerRowsStayPeople() throws {
        let result = try names("GOLF - LEADERS .\n280 Xandor Quell ( South Africa ) 70 71 69 70\nMarek Kowalczyk ( Poland ) beat Tomas Berdahl ( Sweden ) 6-3 6-4\n")
        #expect(result.people == ["Xandor Quell", "Marek Kowalczyk", "Tomas Berdahl"])
    }
}

/// Clubs and teams from `teams.tsv`, organisations only in sports stories.
@Suite struct KnownTeamTests {
    @Test func countySidesAndNicknamesInSportsStories() throws {
        let analysis = try TestSupport.analyze("CRICKET - DERBYSHIRE WIN .\nDerbyshire beat Sussex by six wickets while the Red Sox rested .")
        #expect(Set(analysis.organizations.map(\.name)) == ["Derbyshire", "Sussex", "Red Sox"])
        #expect(analysis.people.isEmpty)
    }

    @Test func aTownAndANicknameAreOneClub() throws {
        let analysis = try TestSupport.analyze("Markets were calm .\nHe joined the Philadelphia Eagles last year .")
        #expect(analysis.organizations.map(\.name) == ["Philadelphia Eagles"])
        #expect(analysis.places.isEmpty)
    }

    @Test func teamNamesOutsideSportAreNoClubs() throws {
        let analysis = try TestSupport.analyze("Storms hit the coast .\nFarmers in Sussex counted losses on Monday .")
        #expect(analysis.organizations.isEmpty)
    }
}
