import Testing
@testable import Hearsay

/// A name that looks like a person's but that the story shows to be an organisation.
@Suite struct OrganizationEvidenceTests {
    func names(_ text: String) throws -> (people: [String], orgs: [String]) {
        let analysis = try TestSupport.analyze(text)
        return (analysis.people.map(\.name), analysis.organizations.map(\.name))
    }

    @Test func percentOfAName() throws {
        let result = try names("Pelkor said profits rose . The state sold 30 percent of Pelkor in March .")
        #expect(result.people.isEmpty)
        #expect(result.orgs == ["Pelkor"])
    }

    @Test func organisationNounBeforeOrAfter() throws {
        let result = try names("The daily Vortna said on Monday that Kelm Ostara chairman Ivo Brandt had resigned . Vortna said Kelm Ostara would appeal .")
        #expect(result.people == ["Ivo Brandt"])
        #expect(Set(result.orgs).isSuperset(of: ["Vortna", "Kelm Ostara"]))
    }

    @Test func appositiveHeadedByACompany() throws {
        let result = try names("Zorvex , the first foreign company to list in Riga , said sales fell .")
        #expect(result.people.isEmpty)
    }

    @Test func appositiveAboutAPersonStaysAPerson() throws {
        let result = try names("Peter Brandt , the team 's captain , said he was tired . Brandt said more .")
        #expect(result.people == ["Peter Brandt"])
    }
}
