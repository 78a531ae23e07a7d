import Foundation

/// Turns command-line paths into a lazy stream of inputs: files, directories (recursively,
/// sorted, symlink loops skipped), `.jsonl` record files and `-` for standard input.
///
/// Records are `{"id", "text"}`, `{"id", "html"}` or `{"id", "path"}` (relative to the JSONL
/// file's folder, or absolute), optionally with `title`, `date`, `url`, `site_name`,
/// `language` and `authors`, which override what the text says. A bad line becomes a failure
/// input for that line alone.
public struct InputEnumerator: Sequence, IteratorProtocol {
    private var pending: [String]
    private var directoryQueue: [String] = []
    private var reader: (LineReader, source: String, base: String)?
    private var visitedDirectories: Set<String> = []
    private var queued: [AnalysisInput] = []
    /// Largest single input read from stdin.
    let maxBytes: Int

    /// Enumerates `paths` in order.
    public init(paths: [String], maxBytes: Int = 512 << 20) {
        self.pending = paths.reversed()
        self.maxBytes = maxBytes
    }

    static let articleExtensions: Set<String> = ["html", "htm", "xhtml", "txt", "text", "gz", "jsonl", "md", ""]

    public mutating func next() -> AnalysisInput? {
        while true {
            if !queued.isEmpty { return queued.removeFirst() }
            if let (lines, source, base) = reader {
                if let line = lines.next() {
                    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                    return Self.record(line, source: source, line: lines.lineNumber, base: base)
                }
                reader = nil
                continue
            }
            guard let path = pending.popLast() else { return nil }
            if path == "-" {
                let stdin = LineReader(standardInput: ())
                if stdin.peekFirstNonSpace() == 0x7B {
                    reader = (stdin, "-", FileManager.default.currentDirectoryPath)
                    continue
                }
                do { return .bytes(id: "-", data: try stdin.readAll(limit: maxBytes)) }
                catch { return .failure(id: "-", message: "\(error)") }
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                return .failure(id: path, message: "cannot read \(path): no such file or directory")
            }
            if isDirectory.boolValue {
                expand(directory: path)
                continue
            }
            if path.hasSuffix(".jsonl") {
                do { reader = (try LineReader(path: path), path, (path as NSString).deletingLastPathComponent) }
                catch { return .failure(id: path, message: "\(error)") }
                continue
            }
            return .file(id: path, path: path)
        }
    }

    /// Pushes a directory's entries (sorted) to the front of the queue; skips loops and hidden files.
    private mutating func expand(directory: String) {
        let real = (directory as NSString).resolvingSymlinksInPath
        guard visitedDirectories.insert(real).inserted else {
            queued.append(.failure(id: directory, message: "skipped \(directory): symbolic link loop"))
            return
        }
        let entries: [String]
        do { entries = try FileManager.default.contentsOfDirectory(atPath: directory) }
        catch {
            queued.append(.failure(id: directory, message: "cannot read directory \(directory): \(error.localizedDescription)"))
            return
        }
        var children: [String] = []
        for name in entries.sorted() where !name.hasPrefix(".") {
            let full = (directory as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), isDirectory.boolValue {
                children.append(full)
            } else if Self.articleExtensions.contains((name as NSString).pathExtension.lowercased()) || !FileManager.default.fileExists(atPath: full) {
                children.append(full)
            }
        }
        pending.append(contentsOf: children.reversed())
    }

    /// Parses one JSONL record.
    static func record(_ line: [UInt8], source: String, line number: Int, base: String) -> AnalysisInput {
        let fallbackID = "\(source):\(number)"
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
            return .failure(id: fallbackID, message: "\(source):\(number): not a JSON object")
        }
        let id: String
        if let s = object["id"] as? String { id = s }
        else if let n = object["id"] as? NSNumber { id = n.stringValue }
        else { id = fallbackID }
        let input: AnalysisInput
        if let text = object["text"] as? String { input = .text(id: id, text: text) }
        else if let html = object["html"] as? String { input = .html(id: id, html: html) }
        else if let path = object["path"] as? String ?? object["html_path"] as? String {
            let full = path.hasPrefix("/") ? path : (base as NSString).appendingPathComponent(path)
            input = .file(id: id, path: full)
        } else {
            return .failure(id: id, message: "\(source):\(number): record has none of \"text\", \"html\" or \"path\"")
        }
        if let metadata = RecordMetadata(record: object) { return .annotated(input, metadata) }
        return input
    }
}
