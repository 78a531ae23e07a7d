import Testing
@testable import Hearsay

/// `EntityRecognizer.startsNoPlace(at:_:)` lets the recogniser settle the place at a word
/// without calling `place(at:)`: wherever it says so, `place(at:)` must find nothing.
@Suite struct StartsNoPlaceTests {
    /// Made-up text: capitalised names and common words, places alone, with a possessive
    /// ending, before a period and in capitals, and multi-word places.
    static let text = """
        The Quillan board met in Paris. Vellmar said Iowa's farms were dry. He left for Berlin.
        New York was quiet , and Brandt stayed in Texas. Officials in OHIO met Okafor.
        They flew to Rome. Marsh wrote from Kent , near the Isle of Man. But Lenz said no.
        """

    @Test func placeFindsNothingWhereTheWordStartsNoPlace() throws {
        let document = try Segmenter().document(for: Article(paragraphs: [], verbatimText: Self.text))
        let t = TokenFeatures(document)
        let recognizer = EntityRecognizer()
        var settled = 0
        for i in 0..<t.count where recognizer.startsNoPlace(at: i, t) {
            settled += 1
            #expect(recognizer.place(at: i, t) == nil, "\(t.texts[i])")
        }
        // Most words are settled so; the places and capitals are not.
        #expect(settled > t.count / 2)
        for word in ["Paris", "Iowa's", "Berlin", "New", "Texas", "OHIO", "Rome", "Kent"] {
            let k = try #require((0..<t.count).first { t.texts[$0] == word })
            #expect(!recognizer.startsNoPlace(at: k, t), "\(word)")
        }
        for word in ["board", "farms", "quiet", "wrote"] {
            let k = try #require((0..<t.count).first { t.texts[$0] == word })
            #expect(recognizer.startsNoPlace(at: k, t), "\(word)")
            #expect(recognizer.place(at: k, t) == nil, "\(word)")
        }
    }

    @Test func theRecognizerStillFindsThePlaces() throws {
        let analysis = try TestSupport.analyze(Self.text)
        let places = Set(analysis.places.map(\.name))
        for place in ["Paris", "Berlin", "New York", "Texas", "Rome"] { #expect(places.contains(place), "\(place)") }
    }
}
