/// Số, ký hiệu and địa danh, ngày tháng năm as Nghị định 30/2020 writes them: numbers, days below 10
/// and the months 1 and 2 take a leading 0 ("Số: 05/BC-UBND", "Hương Trà, ngày 05 tháng 01 năm 2026").
public enum OfficialHeaderLines {
    public static func dateLine(place: String, date: CivilDate) -> String {
        "\(place), ngày \(padded(date.day)) tháng \(date.month <= 2 ? padded(date.month) : String(date.month)) năm \(date.year)"
    }

    /// The line before the report is signed: the văn thư writes day and month in the blanks.
    public static func blankDateLine(place: String, year: Int) -> String {
        "\(place), ngày     tháng     năm \(year)"
    }

    /// "Số: 05/BC-UBND"; without a number, a blank the văn thư fills in: "Số:      /BC-UBND".
    public static func numberLine(number: String?, symbol: String) -> String {
        guard let number, !number.isEmpty else { return "Số:      /\(symbol)" }
        return "Số: \(Int(number).map(padded) ?? number)/\(symbol)"
    }

    private static func padded(_ value: Int) -> String {
        value < 10 && value >= 0 ? "0\(value)" : String(value)
    }
}
