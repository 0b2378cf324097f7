import SQLKit

extension SQLQueryString {
    /// A stored vocabulary value (a status, a kind, a frequency) written into the statement as an SQL literal, taken from
    /// its enum so no statement spells it by hand. A literal, not a parameter: the planners can then match it against
    /// partial indexes and `CHECK`s written with the same value.
    mutating func appendInterpolation<Value: RawRepresentable>(literal value: Value) where Value.RawValue == String {
        appendInterpolation(literal: value.rawValue)
    }
}
