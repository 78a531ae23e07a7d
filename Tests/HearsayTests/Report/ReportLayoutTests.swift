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
            ReportLayout.beginEntity(&w, name: "Lisbon", canonical: "Lisbon", gender: nil as String?, roles: nil)
            ReportLayout.mention(&w, text: "Lisbon", start: 5, end: 11)
            ReportLayout.endEntity(&w)
        }
        #expect(place == #"{"name":"Lisbon","canonical":"Lisbon","mentions":[{"text":"Lisbon","start":5,"end":11}]}"#)
        let person = compact { w in
            ReportLayout.beginEntity(&w, name: "Ann Lee", canonical: nil, gender: "female", roles: ["mayor"])
            ReportLayout.endEntity(&w)
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

    /// The records written a run at a time are byte for byte what writing them member by
    /// member gives, among other elements: every optional present and absent, escapes,
    /// spans cut inside a character, and negative numbers (left to the general calls).
    @Test func runsMatchMemberByMemberWriting() {
        let document = Document(text: "Zoë said \"hi\"\n\u{01} — “fine”")
        let bytes = document.bytes
        let spans = [Span(0, 4), Span(0, 3), Span(9, 15), Span(4, bytes.count), Span(bytes.count, bytes.count)]
        func both(_ write: (inout JSONWriter, Bool) -> Void) -> (String, String) {
            func one(_ runs: Bool) -> String {
                compact { w in
                    w.beginArray(); w.value(0 as Int?)
                    write(&w, runs); write(&w, runs)
                    w.endArray()
                }
            }
            return (one(true), one(false))
        }
        for (start, end) in [(0, 5), (12, 345), (-1, 3), (4, -2), (1_234_567, 9_876_543)] {
            var (runs, members) = both { w, runs in
                if runs { ReportLayout.sentence(&w, start: start, end: end) }
                else { ReportLayout.sentenceByMember(&w, start: start, end: end) }
            }
            #expect(runs == members)
            (runs, members) = both { w, runs in
                if runs { ReportLayout.paragraph(&w, start: start, end: end, kind: "body\"") }
                else { ReportLayout.paragraphByMember(&w, start: start, end: end, kind: "body\"") }
            }
            #expect(runs == members)
        }
        bytes.withUnsafeBufferPointer { p in
            for span in spans {
                let text = DocumentText(p, span)
                for (start, end) in [(3, 8), (-1, 2)] {
                    let (runs, members) = both { w, runs in
                        if runs { ReportLayout.mention(&w, text: text, start: start, end: end) }
                        else { ReportLayout.mentionByMember(&w, text: text, start: start, end: end) }
                    }
                    #expect(runs == members, "\(span)")
                }
                for speaker in ["Ann \"A\" Lee", nil] as [String?] {
                    for cue in [text, nil] as [DocumentText?] {
                        for confidence in [0.85, 1, 0.123, 1.0 / 3, nil] as [Double?] {
                            for (start, cueStart) in [(2, 7), (-3, 7), (2, -7)] {
                                let (cueStart, cueEnd) = cue == nil ? (nil, nil) : (cueStart, 20)
                                let sieve = speaker.map { _ in "trailing-cue" }
                                let (runs, members) = both { w, runs in
                                    if runs {
                                        ReportLayout.quote(&w, text: text, start: start, end: 9, kind: "direct", paragraph: 4,
                                                           speaker: speaker, mention: text, mentionStart: 11, mentionEnd: 12, cue: cue,
                                                           cueStart: cueStart, cueEnd: cueEnd, sieve: sieve, confidence: confidence)
                                    } else {
                                        ReportLayout.quoteByMember(&w, text: text, start: start, end: 9, kind: "direct", paragraph: 4,
                                                                   speaker: speaker, mention: text, mentionStart: 11, mentionEnd: 12,
                                                                   cue: cue, cueStart: cueStart, cueEnd: cueEnd, sieve: sieve,
                                                                   confidence: confidence)
                                    }
                                }
                                #expect(runs == members, "\(span) \(String(describing: speaker)) \(String(describing: confidence))")
                            }
                        }
                    }
                }
            }
        }
        for roles in [["mayor", "the \"boss\""], [], nil] as [[String]?] {
            for canonical in ["Lisbon", nil] as [String?] {
                let gender: String? = roles == nil ? nil : "female"
                let (runs, members) = both { w, runs in
                    if runs {
                        ReportLayout.beginEntity(&w, name: "Ann\tLee", canonical: canonical, gender: gender, roles: roles)
                    } else {
                        ReportLayout.beginEntityByMember(&w, name: "Ann\tLee", canonical: canonical, gender: gender, roles: roles)
                    }
                    ReportLayout.mention(&w, text: "Lee", start: 1, end: 4)
                    ReportLayout.mention(&w, text: "Ann", start: 5, end: 8)
                    if runs { ReportLayout.endEntity(&w) } else { ReportLayout.endEntityByMember(&w) }
                }
                #expect(runs == members)
            }
        }
    }
}
