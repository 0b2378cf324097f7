import Foundation

/// Ngày âm lịch — a date of the Vietnamese lunar calendar; `isLeapMonth` marks a tháng nhuận, which repeats the number
/// of the month before it.
public struct LunarDate: Hashable, Sendable, CustomStringConvertible {
    /// The lunar year, named by the solar year in which its Tết falls.
    public let year: Int
    public let month: Int
    public let day: Int
    public let isLeapMonth: Bool

    public init(year: Int, month: Int, day: Int, isLeapMonth: Bool = false) {
        self.year = year
        self.month = month
        self.day = day
        self.isLeapMonth = isLeapMonth
    }

    /// "10/3 âm lịch", "15/4 nhuận âm lịch" — as people write a lunar date.
    public var description: String {
        "\(day)/\(month)\(isLeapMonth ? " nhuận" : "")/\(year) âm lịch"
    }
}
