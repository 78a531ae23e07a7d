import Testing
@testable import Hearsay

@Suite struct ReportLayoutTests {
    func compact(_ body: (inout JSONWriter) -> Void) -> String {
        var w = JSONWriter()
        body(&w)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    /// A quote with a speaker and a cue, and one with neither: the speaker object or null,
    /// the cue and its offsets or nulls, members in schema order.
    @Test func quotesWithAndWithoutASpeaker() {
        let attributed = compact { w in
            ReportLayout.quote(&w, text: "Yes", start: 1, end: 4, kind: "direct", paragraph: 0, speaker: "Ann Lee",
                               mention: "Lee", mentionStart: 12, mentionEnd: 15, cue: "said", cueStart: 7, cueEnd: 11,
                               sieve: "trailing-cue", confidence: 0.9)
        }
        #expect(attributed == #"{"text":"Yes","start":1,"end":4,"kind":"direct","paragraph":0,"#
            + #""speaker":{"name":"Ann Lee","mention":"Lee","mention_start":12,"mention_end":15},"#
            + #""cue":"said","cue_start":7,"cue_end":11,"sieve":"trailing-cue","confidence":0.9}"#)
        let unattributed = compact { w in
            ReportLayout.quote(&w, text: "No", start: 0, end: 2, kind: "partial", paragraph: 3, speaker: nil,
                               mention: nil as String?, mentionStart: 0, mentionEnd: 0, cue: nil, cueStart: nil, cueEnd: nil,
                               sieve: nil, confidence: nil)
        }
        #expect(unattributed == #"{"text":"No","start":0,"end":2,"kind":"partial","paragraph":3,"speaker":null,"#
            + #""cue":null,"cue_start":null,"cue_end":null,"sieve":null,"confidence":null}"#)
    }

    /// An entity leaves out the members it does not have (a place has no gender or roles).
    @Test func entitiesLeaveOutMissingMembers() {
        let place = compact { w in
            ReportLayout.entity(&w, name: "Lisbon", canonical: "Lisbon", gender: nil, roles: nil) { w in
                ReportLayout.mention(&w, text: "Lisbon", start: 5, end: 11)
            }
        }
        #expect(place == #"{"name":"Lisbon","canonical":"Lisbon","mentions":[{"text":"Lisbon","start":5,"end":11}]}"#)
        let person = compact { w in
            ReportLayout.entity(&w, name: "Ann Lee", canonical: nil, gender: "female", roles: ["mayor"]) { _ in }
        }
        #expect(person == #"{"name":"Ann Lee","gender":"female","roles":["mayor"],"mentions":[]}"#)
    }

    /// Document text is escaped from the bytes; a span cut inside a character is repaired, as
    /// `Document.string` repairs it.
    @Test func documentTextMatchesDocumentString() {
        let document = Document(text: "Zoë said \"hi\"\n")
        let bytes = document.bytes
        let spans = [Span(0, 4), Span(0, 3), Span(3, 6), Span(4, bytes.count), Span(9, 20), Span(bytes.count, bytes.count)]
        for span in spans {
            let direct = bytes.withUnsafeBufferPointer { p in compact { DocumentText(p, span).writeJSON(member: "t", to: &$0) } }
            let viaString = compact { $0.member("t", document.string(span)) }
            #expect(direct == viaString, "\(span)")
        }
    }
}
