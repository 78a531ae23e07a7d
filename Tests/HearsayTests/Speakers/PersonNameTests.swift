import Testing
@testable import Hearsay

/// Names taken apart for matching: titles and honorifics, suffixes, middle names, junk words.
@Suite struct PersonNameTests {
    @Test func partsOfAFullName() throws {
        let name = try #require(PersonName("Mr. Donald J. Trump Jr.'s"))
        #expect(name.given == "Donald")
        #expect(name.middles == ["J."])
        #expect(name.surname == "Trump")
        #expect(name.suffix == "Jr.")
        #expect(name.honorificGender == .male)
        #expect(!name.isLone)
        #expect(name.display == "Donald J. Trump Jr.")
        #expect(name.fullKey == "donald|trump|jr.")
    }

    @Test func loneSurnamesWithHonorificsAndTitles() throws {
        #expect(PersonName("Mrs. Clinton")?.isLone == true)
        #expect(PersonName("Mrs. Clinton")?.honorificGender == .female)
        #expect(PersonName("Mr. Clinton")?.honorificGender == .male)
        #expect(PersonName("President Obama")?.surname == "Obama")
        #expect(PersonName("President Obama")?.honorificGender == .unknown, "titles carry no gender")
        #expect(PersonName("Secretary of State Hillary Clinton")?.display == "Hillary Clinton")
        #expect(PersonName("Trump’s")?.surname == "Trump")
    }

    @Test func foldsCaseAndAccents() {
        #expect(PersonName("HIllary Clinton")?.fullKey == PersonName("Hillary Clinton")?.fullKey)
        #expect(PersonName.fold("Būsh") == "bush")
        #expect(PersonName("Donald\u{00A0}Trump")?.display == "Donald Trump")
    }

    @Test func middleInitials() {
        #expect(PersonName("George H. W. Bush")?.middleInitials == "hw")
        #expect(PersonName("George W. Bush")?.middleInitials == "w")
        #expect(PersonName("Hillary Rodham Clinton")?.middleInitials == "r")
    }

    @Test func dropsWordsThatAreNoName() {
        #expect(PersonName("Billionaire Donald Trump")?.display == "Donald Trump")
        #expect(PersonName("Maybe Trump")?.display == "Trump")
        #expect(PersonName("Hillary Clinton Calls")?.display == "Hillary Clinton")
        #expect(PersonName("Will Smith")?.display == "Will Smith", "a given name that is also a function word stays")
    }

    @Test func refusesPronounsAndDescriptions() {
        #expect(PersonName("he") == nil)
        #expect(PersonName("I") == nil)
        #expect(PersonName("a spokesman") == nil)
        #expect(PersonName("") == nil)
    }
}
