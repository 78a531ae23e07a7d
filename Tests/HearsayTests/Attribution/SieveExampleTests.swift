import Testing
@testable import Hearsay

/// Every sieve's own examples: the sieve must decide, and pick the expected speaker.
@Suite struct SieveExampleTests {
    static let cases: [(sieve: String, example: SieveExample)] = AttributionSieves.standard.flatMap { sieve in
        sieve.examples.map { (sieve.name, $0) }
    }

    @Test(arguments: cases.indices)
    func example(_ index: Int) throws {
        let (sieve, example) = Self.cases[index]
        let analysis = try TestSupport.analyze(example.text)
        let quote = try #require(TestSupport.quote(analysis, containing: example.quote), "\(sieve): quote not found in \(example.text)")
        #expect(quote.attribution?.speaker == example.speaker, "\(sieve): \(example.text)")
        #expect(quote.attribution?.sieve == sieve, "\(sieve) should decide: \(example.text)")
    }

    @Test func everySieveHasExamples() {
        for sieve in AttributionSieves.standard { #expect(!sieve.examples.isEmpty, "\(sieve.name) has no examples") }
        #expect(Set(AttributionSieves.standard.map(\.name)).count == AttributionSieves.standard.count)
    }
}
