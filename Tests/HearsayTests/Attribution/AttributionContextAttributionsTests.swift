import Testing
@testable import Hearsay

@Suite struct AttributionContextAttributionsTests {
    /// A context over `text`'s quotes, none attributed yet.
    func context(_ text: String) throws -> AttributionContext {
        let document = try TestSupport.document(text)
        return AttributionContext(document: document, tokens: TokenFeatures(document), lexicons: .shared, mentions: [], entities: [],
                                  quotes: QuoteFinder().find(in: document).quotes)
    }

    @Test func anUnattributedQuoteHasNoSieveAndNoCue() throws {
        let context = try context("“The bridge opens in May,” the mayor said.")
        #expect(!context.isAttributed(0))
        #expect(context.attributingSieve(of: 0) == nil)
        #expect(context.attributionCue(of: 0) == nil)
    }

    @Test func anAttributionIsReadBackFromTheQuotes() throws {
        let context = try context("“The bridge opens in May,” the mayor said. “Then the road.”")
        context.quotes[1].attribution = Attribution(speaker: "the mayor", mention: Span(27, 36), entity: nil, cue: Span(37, 41),
                                                    cueLemma: "say", sieve: "trailing-cue", confidence: 0.95)
        #expect(!context.isAttributed(0))
        #expect(context.isAttributed(1))
        #expect(context.attributingSieve(of: 1) == "trailing-cue")
        #expect(context.attributionCue(of: 1) == Span(37, 41))
    }

    @Test func anAttributionWithoutACueHasNoCue() throws {
        let context = try context("“We are done.” “So are we.”")
        context.quotes[0].attribution = Attribution(speaker: "Jane Hill", mention: Span(0, 0), entity: nil, cue: nil, cueLemma: nil,
                                                    sieve: "floating-quote", confidence: 0.6)
        #expect(context.isAttributed(0))
        #expect(context.attributingSieve(of: 0) == "floating-quote")
        #expect(context.attributionCue(of: 0) == nil)
    }

    @Test func anUnattributedQuoteHasNoLemmaMentionOrSpeaker() throws {
        let context = try context("“The bridge opens in May,” the mayor said.")
        #expect(context.attributionCueLemma(of: 0) == nil)
        #expect(context.attributionMention(of: 0) == nil)
        #expect(context.attributedSpeaker(of: 0) == nil)
    }

    @Test func theLemmaMentionAndSpeakerAreReadBack() throws {
        let context = try context("“The bridge opens in May,” the mayor said. “Then the road.”")
        context.quotes[1].attribution = Attribution(speaker: "the mayor", mention: Span(27, 36), entity: 3, cue: Span(37, 41),
                                                    cueLemma: "say", sieve: "trailing-cue", confidence: 0.95)
        #expect(context.attributionCueLemma(of: 1) == "say")
        #expect(context.attributionMention(of: 1) == Span(27, 36))
        #expect(context.attributedSpeaker(of: 1)?.name == "the mayor")
        #expect(context.attributedSpeaker(of: 1)?.entity == 3)
        #expect(context.attributionCueLemma(of: 0) == nil)
    }

    @Test func aSpeakerWithoutAnEntityHasANilEntity() throws {
        let context = try context("“We are done.” “So are we.”")
        context.quotes[0].attribution = Attribution(speaker: "Jane Hill", mention: Span(0, 0), entity: nil, cue: nil, cueLemma: nil,
                                                    sieve: "floating-quote", confidence: 0.6)
        let speaker = try #require(context.attributedSpeaker(of: 0))
        #expect(speaker.name == "Jane Hill")
        #expect(speaker.entity == nil)
    }
}
