import Foundation

/// Counts the inputs that `InputEnumerator` will produce for some paths, cheaply, for a progress
/// bar's total: files in directories, and lines in `.jsonl` files (scanned, not parsed).
public enum InputCensus {
    /// The number of inputs, or nil when it cannot be known ahead (standard input).
    public static func count(paths: [String]) -> Int? {
        var total = 0
        for path in paths {
            if path == "-" { return nil }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { total += 1; continue }
            if isDirectory.boolValue {
                total += countFiles(in: path)
            } else if path.hasSuffix(".jsonl") {
                total += countRecords(path)
            } else {
                total += 1
            }
        }
        return total
    }

    /// Files below a directory that the enumerator reads (hidden ones skipped).
    static func countFiles(in directory: String) -> Int {
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return 0 }
        var count = 0
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") { walker.skipDescendants(); continue }
            if walker.fileAttributes?[.type] as? FileAttributeType == .typeDirectory { continue }
            let ext = (name as NSString).pathExtension.lowercased()
            if ext == "jsonl" { count += countRecords((directory as NSString).appendingPathComponent(relative)) }
            else if InputEnumerator.articleExtensions.contains(ext) { count += 1 }
        }
        return count
    }

    /// Non-blank lines of a JSON Lines file.
    static func countRecords(_ path: String) -> Int {
        guard let handle = FileHandle(forReadingAtPath: path) else { return 1 }
        defer { try? handle.close() }
        var count = 0
        var lineHasContent = false
        while let data = try? handle.read(upToCount: 1 << 20), !data.isEmpty {
            data.withUnsafeBytes { buffer in
                for byte in buffer {
                    if byte == 0x0A { if lineHasContent { count += 1 }; lineHasContent = false }
                    else if byte != 0x20 && byte != 0x09 && byte != 0x0D { lineHasContent = true }
                }
            }
        }
        if lineHasContent { count += 1 }
        return count
    }
}
