/// How series look: a colour that keeps 4.5:1 contrast on white, plus a fill pattern (bars) or a
/// dash and marker shape (lines), so no series is told apart by colour alone.
enum ChartStyle {
    static let colours = ["#0b4f9c", "#b35806", "#1d6b35", "#6a3d9a", "#4a5562", "#8b1a1a"]

    static func colour(_ index: Int) -> String { colours[index % colours.count] }

    /// White marks drawn over the colour: none, diagonal stripes, dots, horizontal stripes, cross-hatch, vertical stripes.
    private static let patterns = [
        "",
        #"<path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke="white" stroke-width="1.5"/>"#,
        #"<circle cx="4" cy="4" r="1.6" fill="white"/>"#,
        #"<path d="M0,4 h8" stroke="white" stroke-width="1.5"/>"#,
        #"<path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4 M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4" stroke="white" stroke-width="1"/>"#,
        #"<path d="M4,0 v8" stroke="white" stroke-width="1.5"/>"#
    ]

    static func patternID(_ chart: String, _ index: Int) -> String { "\(chart)-p\(index)" }

    static func patternDefinition(_ chart: String, _ index: Int) -> String {
        #"<pattern id="\#(patternID(chart, index))" width="8" height="8" patternUnits="userSpaceOnUse">"#
            + #"<rect width="8" height="8" fill="\#(colour(index))"/>\#(patterns[index % patterns.count])</pattern>"#
    }

    static let dashes = ["", "8 4", "2 3", "10 3 2 3"]

    static func dash(_ index: Int) -> String {
        let dash = dashes[index % dashes.count]
        return dash.isEmpty ? "" : #" stroke-dasharray="\#(dash)""#
    }

    /// Circle, square, triangle, diamond around (x, y).
    static func marker(_ index: Int, x: Double, y: Double, body: String) -> String {
        let fill = #"fill="\#(colour(index))" stroke="white" stroke-width="1""#
        switch index % 4 {
        case 0: return #"<circle cx="\#(n(x))" cy="\#(n(y))" r="4.5" \#(fill)>\#(body)</circle>"#
        case 1: return #"<rect x="\#(n(x - 4))" y="\#(n(y - 4))" width="8" height="8" \#(fill)>\#(body)</rect>"#
        case 2: return #"<path d="M\#(n(x)),\#(n(y - 5.5)) L\#(n(x + 5)),\#(n(y + 4)) L\#(n(x - 5)),\#(n(y + 4)) Z" \#(fill)>\#(body)</path>"#
        default:
            return
                #"""
                <path d="M\#(n(x)),\#(n(y - 5.5)) L\#(n(x + 5.5)),\#(n(y)) L\#(n(x)),\#(n(y + 5.5)) L\#(n(x - 5.5)),\#(n(y)) Z"\#
                 \#(fill)>\#(body)</path>
                """#
        }
    }

    /// Coordinates with at most two decimals.
    static func n(_ value: Double) -> String {
        let hundredths = (value * 100).rounded() / 100
        return hundredths == hundredths.rounded() ? String(Int(hundredths)) : String(hundredths)
    }
}
