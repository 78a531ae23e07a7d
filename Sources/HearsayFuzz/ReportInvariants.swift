import Foundation
import Hearsay

/// The promises every report keeps, whatever the input: valid JSON, and every range inside
/// `text` with `text[start:end]` (in code points) equal to the string reported beside it.
enum ReportInvariants {
    /// A description of the first broken promise, or nil when the report keeps them all.
    static func violation(in report: Report, json: [UInt8]) -> String? {
        if (try? JSONSerialization.jsonObject(with: Data(json))) == nil { return "the report is not valid JSON" }
        let scalars = Array(report.text.unicodeScalars)
        func check(_ what: String, _ start: Int, _ end: Int, _ expected: String?) -> String? {
            guard 0 <= start, start <= end, end <= scalars.count else {
                return "\(what) [\(start), \(end)) is outside the text of \(scalars.count) code points"
            }
            guard let expected else { return nil }
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[start..<end])
            let actual = String(slice)
            return actual == expected ? nil : "\(what) [\(start), \(end)) is \(actual.debugDescription), reported as \(expected.debugDescription)"
        }
        var problems: [String?] = []
        for p in report.paragraphs { problems.append(check("paragraph", p.start, p.end, nil)) }
        for s in report.sentences { problems.append(check("sentence", s.start, s.end, nil)) }
        for q in report.quotes {
            problems.append(check("quote", q.start, q.end, q.text))
            if let s = q.speaker { problems.append(check("speaker mention", s.mentionStart, s.mentionEnd, s.mention)) }
            if let cs = q.cueStart, let ce = q.cueEnd { problems.append(check("cue", cs, ce, q.cue)) }
            if q.paragraph < 0 || q.paragraph >= max(1, report.paragraphs.count) { problems.append("quote paragraph \(q.paragraph) does not exist") }
        }
        for entity in report.people + report.places + report.organizations {
            for m in entity.mentions { problems.append(check("mention of \(entity.name)", m.start, m.end, m.text)) }
        }
        for o in report.otherQuoted { problems.append(check("other quoted", o.start, o.end, o.text)) }
        return problems.lazy.compactMap { $0 }.first
    }
}
