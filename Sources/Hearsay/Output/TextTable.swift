/// Lays rows out in aligned columns for a terminal, cutting long cells with "…".
public enum TextTable {
    /// The rows as text; the first row is the header. Columns in `rightAligned` are right-aligned.
    public static func render(_ rows: [[String]], rightAligned: Set<Int> = [], maxWidth: Int = 40) -> String {
        guard let columns = rows.map(\.count).max(), columns > 0 else { return "" }
        func cut(_ cell: String) -> String { cell.count > maxWidth ? String(cell.prefix(maxWidth - 1)) + "…" : cell }
        let cells = rows.map { row in (0..<columns).map { $0 < row.count ? cut(row[$0]) : "" } }
        let widths = (0..<columns).map { column in cells.map { $0[column].count }.max() ?? 0 }
        var out = ""
        for row in cells {
            var line = ""
            for (column, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                if column > 0 { line += "  " }
                line += rightAligned.contains(column) ? pad + cell : cell + pad
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        return out
    }
}
