import Foundation

/// The two astronomical quantities the Vietnamese lunar calendar is built from: the instant of each new moon and the
/// sun's apparent longitude (which marks the solar terms).
///
/// Method (Jean Meeus, *Astronomical Algorithms*, 2nd ed.): new moons from chapter 49 (mean phase plus the periodic
/// and planetary corrections, error well under a minute); the sun's apparent longitude from chapter 25's low-accuracy
/// theory (about 0.01°, i.e. under 15 minutes of time at a solar term). Both give Terrestrial Time; civil time is
/// TT − ΔT, with ΔT from the Espenak–Meeus polynomials. Times are Julian Days; 1970-01-01 00:00 UT is JD 2440587.5.
enum Astronomy {
    /// The new moon of 6 January 2000 is lunation 0; lunations are counted from it.
    static func newMoon(lunation k: Int) -> Double {
        let k = Double(k)
        let t = k / 1236.85
        let t2 = t * t
        let t3 = t2 * t
        let t4 = t3 * t
        var jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4
        let e = 1 - 0.002516 * t - 0.0000074 * t2
        let m = radians(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3)
        let mp = radians(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4)
        let f = radians(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4)
        let omega = radians(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3)
        // Table 49.A, new moon column.
        jde +=
            -0.40720 * sin(mp) + 0.17241 * e * sin(m) + 0.01608 * sin(2 * mp) + 0.01039 * sin(2 * f)
            + 0.00739 * e * sin(mp - m) - 0.00514 * e * sin(mp + m) + 0.00208 * e * e * sin(2 * m)
            - 0.00111 * sin(mp - 2 * f) - 0.00057 * sin(mp + 2 * f) + 0.00056 * e * sin(2 * mp + m)
            - 0.00042 * sin(3 * mp) + 0.00042 * e * sin(m + 2 * f) + 0.00038 * e * sin(m - 2 * f)
            - 0.00024 * e * sin(2 * mp - m) - 0.00017 * sin(omega) - 0.00007 * sin(mp + 2 * m)
            + 0.00004 * sin(2 * mp - 2 * f) + 0.00004 * sin(3 * m) + 0.00003 * sin(mp + m - 2 * f)
            + 0.00003 * sin(2 * mp + 2 * f) - 0.00003 * sin(mp + m + 2 * f) + 0.00003 * sin(mp - m + 2 * f)
            - 0.00002 * sin(mp - m - 2 * f) - 0.00002 * sin(3 * mp + m) + 0.00002 * sin(4 * mp)
        // Planetary arguments A1…A14 and their coefficients.
        let planetary: [(Double, Double, Double)] = [
            (299.77, 0.107408, 0.000325), (251.88, 0.016321, 0.000165), (251.83, 26.651886, 0.000164),
            (349.42, 36.412478, 0.000126), (84.66, 18.206239, 0.000110), (141.74, 53.303771, 0.000062),
            (207.14, 2.453732, 0.000060), (154.84, 7.306860, 0.000056), (34.52, 27.261239, 0.000047),
            (207.19, 0.121824, 0.000042), (291.34, 1.844379, 0.000040), (161.72, 24.198154, 0.000037),
            (239.56, 25.513099, 0.000035), (331.55, 3.592518, 0.000023)
        ]
        for (index, (base, rate, amplitude)) in planetary.enumerated() {
            let argument = base + rate * k - (index == 0 ? 0.009173 * t2 : 0)
            jde += amplitude * sin(radians(argument))
        }
        return jde - deltaT(julianDay: jde) / 86_400
    }

    /// The lunation whose mean new moon is nearest to `julianDay`.
    static func lunation(near julianDay: Double) -> Int {
        Int(((julianDay - 2451550.09766) / 29.530588861).rounded())
    }

    /// The sun's apparent geocentric longitude in degrees, [0, 360), at `julianDay` (UT).
    static func sunLongitude(julianDay: Double) -> Double {
        let jde = julianDay + deltaT(julianDay: julianDay) / 86_400
        let t = (jde - 2451545.0) / 36525
        let meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t
        let anomaly = radians(357.52911 + 35999.05029 * t - 0.0001537 * t * t)
        let center =
            (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin(anomaly)
            + (0.019993 - 0.000101 * t) * sin(2 * anomaly) + 0.000289 * sin(3 * anomaly)
        let omega = radians(125.04 - 1934.136 * t)
        // Aberration and nutation in longitude, as Meeus folds them into the apparent longitude.
        let apparent = meanLongitude + center - 0.00569 - 0.00478 * sin(omega)
        let reduced = apparent.truncatingRemainder(dividingBy: 360)
        return reduced < 0 ? reduced + 360 : reduced
    }

    /// ΔT = TT − UT in seconds (Espenak & Meeus, NASA eclipse site): observed values through 2005, the published
    /// extrapolations after. Its error (seconds to a minute) only matters for a new moon within that of midnight.
    static func deltaT(julianDay: Double) -> Double {
        let y = 2000 + (julianDay - 2451544.5) / 365.2425
        func poly(_ t: Double, _ coefficients: [Double]) -> Double {
            coefficients.reversed().reduce(0) { $0 * t + $1 }
        }
        switch y {
        case ..<1860:
            let u = (y - 1820) / 100
            return -20 + 32 * u * u
        case ..<1900: return poly(y - 1860, [7.62, 0.5737, -0.251754, 0.01680668, -0.0004473624, 1.0 / 233_174])
        case ..<1920: return poly(y - 1900, [-2.79, 1.494119, -0.0598939, 0.0061966, -0.000197])
        case ..<1941: return poly(y - 1920, [21.20, 0.84493, -0.076100, 0.0020936])
        case ..<1961: return poly(y - 1950, [29.07, 0.407, -1.0 / 233, 1.0 / 2547])
        case ..<1986: return poly(y - 1975, [45.45, 1.067, -1.0 / 260, -1.0 / 718])
        case ..<2005: return poly(y - 2000, [63.86, 0.3345, -0.060374, 0.0017275, 0.000651814, 0.00002373599])
        case ..<2050: return poly(y - 2000, [62.92, 0.32217, 0.005589])
        case ..<2150:
            let u = (y - 1820) / 100
            return -20 + 32 * u * u - 0.5628 * (2150 - y)
        default:
            let u = (y - 1820) / 100
            return -20 + 32 * u * u
        }
    }

    private static func radians(_ degrees: Double) -> Double {
        degrees.truncatingRemainder(dividingBy: 360) * .pi / 180
    }
}
