import Testing
@testable import Hearsay

@Suite struct JSONWriterRecordsTests {
    func compact(_ body: (inout JSONWriter) -> Void) -> String {
        var w = JSONWriter()
        body(&w)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    /// Elements written a run at a time take the commas of elements written by the general
    /// calls, before and after them, and leave the array's state as those do.
    @Test func elementsTakeTheirCommasAmongOtherElements() {
        let json = compact { w in
            w.beginArray()
            w.compactElement(upTo: 8) { JSONWriter.put("{\"a\":", at: $0) }
            w.compactRun(upTo: 20) { at in JSONWriter.put("}", at: JSONWriter.put(7, at: at)) }
            w.value(1 as Int?)
            w.compactElement(upTo: 2) { JSONWriter.put("[]", at: $0) }
            w.beginObject(); w.member("b", 2); w.endObject()
            w.endArray()
        }
        #expect(json == #"[{"a":7},1,[],{"b":2}]"#)
        let first = compact { w in
            w.beginArray()
            w.compactElement(upTo: 4) { JSONWriter.put("true", at: $0) }
            w.endArray()
        }
        #expect(first == "[true]")
    }

    /// A short text with nothing to escape makes a whole element in one write, with the comma
    /// of the elements around it; a text with a byte to escape writes nothing and is refused.
    @Test func textElementsAreWrittenWholeOrNotAtAll() {
        let json = compact { w in
            w.beginArray()
            for text in ["Lee", "Zoë Ñúñez", "", "sixteen bytes ok"] {
                let written = Array(text.utf8).withUnsafeBufferPointer { w.compactTextElement($0, start: 12, end: 3_456) }
                #expect(written, "\(text)")
            }
            w.value(1 as Int?)
            for text in ["say \"hi\"", "a\\b", "line\n", "\u{01}"] {
                let written = Array(text.utf8).withUnsafeBufferPointer { w.compactTextElement($0, start: 0, end: 1) }
                #expect(!written, "\(text.debugDescription)")
            }
            w.endArray()
        }
        let element = { (text: String) in #"{"text":""# + text + #"","start":12,"end":3456}"# }
        #expect(json == "[" + ["Lee", "Zoë Ñúñez", "", "sixteen bytes ok"].map(element).joined(separator: ",") + ",1]")
    }

    /// A spelled value's bytes land at the place given, whatever their length.
    @Test func putsSpelledValuesOfEveryLength() {
        let spellings: [StaticString] = ["", "m", "body", "heading", "list-item", "preformatted", "sixteen bytes ok",
                                         "longer than sixteen bytes"]
        for spelling in spellings {
            let json = compact { w in w.compactRun(upTo: spelling.utf8CodeUnitCount + 17) { at in
                JSONWriter.put("!", at: JSONWriter.put(spelled: spelling, at: at))
            } }
            #expect(json == spelling.description + "!")
        }
    }

    /// Numbers are written as `String` spells them, nil as `null`.
    @Test func putsNumbersAndNull() {
        for n in [0, 7, 10, 99, 100, 1234, 98_765, Int.max] {
            let json = compact { w in w.compactRun(upTo: 20) { JSONWriter.put(n, at: $0) } }
            #expect(json == String(n))
        }
        #expect(compact { w in w.compactRun(upTo: 4) { JSONWriter.put(nil as Int?, at: $0) } } == "null")
    }
}
