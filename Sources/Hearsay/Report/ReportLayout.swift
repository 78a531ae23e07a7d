/// The JSON layout of a report (schema version 1): its sections in order and each record's
/// members, written once for both sources of a report, a `Report`'s fields
/// (`Report.json(pretty:)`) and an `Analysis` read directly (`Report.json(for:pretty:)`), so
/// that the two give the same bytes.
///
/// String values are generic (`JSONStringValue`): a `String`, or UTF-8 cut from the
/// document (`DocumentText`), written without building a `String` first.
enum ReportLayout {
    /// The members every report starts with, up to and including `metadata`.
    struct Header {
        var schemaVersion: Int
        var id: String
        var title: String?
        var text: String
        var offsetUnit: String
        var metadata: ArticleMetadata
    }

    /// Writes the whole report object: the header, then each section's elements written by
    /// its closure inside the section's array, then the warnings.
    static func write(
        _ w: inout JSONWriter, header: Header,
        paragraphs: (inout JSONWriter) -> Void, sentences: (inout JSONWriter) -> Void, quotes: (inout JSONWriter) -> Void,
        people: (inout JSONWriter) -> Void, places: (inout JSONWriter) -> Void, organizations: (inout JSONWriter) -> Void,
        otherQuoted: (inout JSONWriter) -> Void, warnings: [String]
    ) {
        w.beginObject()
        w.member("schema_version", header.schemaVersion)
        w.member("id", header.id)
        w.member("title", header.title)
        w.member("text", header.text)
        w.member("offset_unit", header.offsetUnit)
        let metadata = header.metadata
        w.key("metadata"); w.beginObject()
        w.key("authors"); w.beginArray(); for a in metadata.authors { w.value(a) }; w.endArray()
        w.member("date", metadata.date)
        w.member("site_name", metadata.siteName)
        w.member("url", metadata.url)
        w.member("language", metadata.language)
        w.member("description", metadata.description)
        w.endObject()
        w.key("paragraphs"); w.beginArray(); paragraphs(&w); w.endArray()
        w.key("sentences"); w.beginArray(); sentences(&w); w.endArray()
        w.key("quotes"); w.beginArray(); quotes(&w); w.endArray()
        w.key("people"); w.beginArray(); people(&w); w.endArray()
        w.key("places"); w.beginArray(); places(&w); w.endArray()
        w.key("organizations"); w.beginArray(); organizations(&w); w.endArray()
        w.key("other_quoted"); w.beginArray(); otherQuoted(&w); w.endArray()
        w.key("warnings"); w.beginArray(); for warning in warnings { w.value(warning) }; w.endArray()
        w.endObject()
    }

    /// One element of `paragraphs`.
    @inline(__always)
    static func paragraph(_ w: inout JSONWriter, start: Int, end: Int, kind: String) {
        w.beginObject(); w.member("start", start); w.member("end", end); w.member("kind", kind); w.endObject()
    }

    /// One element of `sentences`.
    @inline(__always)
    static func sentence(_ w: inout JSONWriter, start: Int, end: Int) {
        w.beginObject(); w.member("start", start); w.member("end", end); w.endObject()
    }

    /// One element of `quotes`; `mention`, `mentionStart` and `mentionEnd` are written (in
    /// the `speaker` object) only with a `speaker` name.
    static func quote<Text: JSONStringValue>(
        _ w: inout JSONWriter, text: Text, start: Int, end: Int, kind: String, paragraph: Int,
        speaker: String?, mention: Text?, mentionStart: Int, mentionEnd: Int,
        cue: Text?, cueStart: Int?, cueEnd: Int?, sieve: String?, confidence: Double?
    ) {
        w.beginObject()
        text.writeJSON(member: "text", to: &w)
        w.member("start", start); w.member("end", end); w.member("kind", kind)
        w.member("paragraph", paragraph)
        w.key("speaker")
        if let speaker, let mention {
            w.beginObject()
            w.member("name", speaker); mention.writeJSON(member: "mention", to: &w)
            w.member("mention_start", mentionStart); w.member("mention_end", mentionEnd)
            w.endObject()
        } else { w.null() }
        if let cue { cue.writeJSON(member: "cue", to: &w) } else { w.key("cue"); w.null() }
        w.member("cue_start", cueStart); w.member("cue_end", cueEnd)
        w.member("sieve", sieve); w.member("confidence", confidence)
        w.endObject()
    }

    /// One element of `people`, `places` or `organizations`: its members, then its mentions
    /// written by `mentions` (with `mention`) inside their array.
    static func entity(_ w: inout JSONWriter, name: String, canonical: String?, gender: String?, roles: [String]?,
                       mentions: (inout JSONWriter) -> Void) {
        w.beginObject()
        w.member("name", name)
        if let canonical { w.member("canonical", canonical) }
        if let gender { w.member("gender", gender) }
        if let roles { w.key("roles"); w.beginArray(); for r in roles { w.value(r) }; w.endArray() }
        w.key("mentions"); w.beginArray(); mentions(&w); w.endArray()
        w.endObject()
    }

    /// One mention of an entity.
    @inline(__always)
    static func mention<Text: JSONStringValue>(_ w: inout JSONWriter, text: Text, start: Int, end: Int) {
        w.beginObject(); text.writeJSON(member: "text", to: &w); w.member("start", start); w.member("end", end); w.endObject()
    }

    /// One element of `other_quoted`.
    static func otherQuoted<Text: JSONStringValue>(_ w: inout JSONWriter, text: Text, start: Int, end: Int, reason: String) {
        w.beginObject(); text.writeJSON(member: "text", to: &w); w.member("start", start); w.member("end", end)
        w.member("reason", reason); w.endObject()
    }
}
