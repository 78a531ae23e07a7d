import Testing
@testable import Hearsay

@Suite struct SpelledValueTests {
    func compact(pretty: Bool = false, _ body: (inout JSONWriter) -> Void) -> String {
        var w = JSONWriter(pretty: pretty)
        body(&w)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    /// Every case is spelled as its raw value, the spelling the report schema gives it.
    @Test func spellingsAreTheRawValues() {
        let paragraphKinds: [Article.ParagraphKind] = [.body, .heading, .listItem, .blockquote, .preformatted]
        for kind in paragraphKinds { #expect(SpelledValue(kind).spelling.description == kind.rawValue) }
        let quoteKinds: [Quote.Kind] = [.direct, .partial, .mixed, .block, .indirect]
        for kind in quoteKinds { #expect(SpelledValue(kind).spelling.description == kind.rawValue) }
        let genders: [Gender] = [.male, .female, .unknown]
        for gender in genders { #expect(SpelledValue(gender).spelling.description == gender.rawValue) }
    }

    /// Paragraphs, quotes and entities write a spelled value as they write the same words as a
    /// string: compact and pretty, and compact with a negative number (written member by member).
    @Test func recordsWriteSpelledValuesAsStrings() {
        for pretty in [false, true] {
            for (start, end) in [(0, 12), (-1, 5)] {
                let spelled = compact(pretty: pretty) { w in
                    w.beginArray()
                    ReportLayout.paragraph(&w, start: start, end: end, kind: SpelledValue(Article.ParagraphKind.listItem))
                    ReportLayout.quote(&w, text: "Yes", start: start, end: end, kind: SpelledValue(Quote.Kind.indirect),
                                       paragraph: 2, speaker: "Ann Lee", mention: "Lee", mentionStart: 3, mentionEnd: 6,
                                       cue: "said", cueStart: 7, cueEnd: 11, sieve: "trailing-cue", confidence: 0.9)
                    ReportLayout.beginEntity(&w, name: "Ann Lee", canonical: nil, gender: SpelledValue(Gender.female),
                                             roles: ["mayor"])
                    ReportLayout.mention(&w, text: "Lee", start: start, end: end)
                    ReportLayout.endEntity(&w)
                    w.endArray()
                }
                let strings = compact(pretty: pretty) { w in
                    w.beginArray()
                    ReportLayout.paragraph(&w, start: start, end: end, kind: "list-item")
                    ReportLayout.quote(&w, text: "Yes", start: start, end: end, kind: "indirect",
                                       paragraph: 2, speaker: "Ann Lee", mention: "Lee", mentionStart: 3, mentionEnd: 6,
                                       cue: "said", cueStart: 7, cueEnd: 11, sieve: "trailing-cue", confidence: 0.9)
                    ReportLayout.beginEntity(&w, name: "Ann Lee", canonical: nil, gender: "f", roles: ["mayor"])
                    ReportLayout.mention(&w, text: "Lee", start: start, end: end)
                    ReportLayout.endEntity(&w)
                    w.endArray()
                }
                #expect(spelled == strings, "pretty \(pretty), start \(start)")
                if !pretty, start >= 0 { #expect(spelled.contains(#""kind":"list-item"}"#) && spelled.contains(#""gender":"f""#)) }
            }
        }
    }
}
